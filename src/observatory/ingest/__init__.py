"""Ingest reports: text, HTML, JSON Lines, RSS/Atom."""
