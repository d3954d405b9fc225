"""The web application and JSON API (FastAPI)."""
