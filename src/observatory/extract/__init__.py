"""Extractors: report text in, claims (extraction.md) out."""
