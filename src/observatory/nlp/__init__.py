"""Text utilities shared by the extractors: sentence splitting, the token tuple, normalisation."""
