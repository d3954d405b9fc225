"""Fusion: claims from many reports into incidents, tolls and a control timeline."""
