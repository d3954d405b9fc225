"""Observatory: conflict reports in, reviewable claims out."""

__version__ = "0.1.0"
