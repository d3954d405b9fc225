"""Exports analysts already use: ACLED and UCDP style CSV, GeoJSON, JSON."""
