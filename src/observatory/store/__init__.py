"""The store: SQLAlchemy tables, Alembic migrations, sessions."""
