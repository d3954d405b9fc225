"""Text utilities shared by the extractors: sentence splitting, normalisation."""
