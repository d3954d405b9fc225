"""CLI verbs, one module per pipeline area; each exposes ``register(app)``."""
