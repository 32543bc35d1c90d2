"""The store stage: SQLAlchemy models, Alembic migrations and the repository functions over them.

`open_store(url)` gives a migrated `Store` (SQLite by default, PostgreSQL for a team); the service
layer that orchestrates ingest, resolve and review on top of it is `warledger.ledger`.
"""

from warledger.store.engine import Store, close_store, open_store

__all__ = ["Store", "close_store", "open_store"]
