"""Routers, one module per page family plus the JSON API."""
