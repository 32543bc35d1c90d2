"""Alembic environment for warledger: migrations run on the connection `open_store` hands over.

There is no alembic.ini: `warledger.store.engine.migrate` builds the Config in code and passes an
open connection (already inside the transaction that holds the migration lock) as
`config.attributes["connection"]`. Every module that defines tables on `Base` is imported here so
that `Base.metadata` is the whole schema (for autogenerate and checks).
"""

from __future__ import annotations

import importlib

from alembic import context

from warledger.store.schema import Base

MODEL_MODULES = ("warledger.store.schema", "warledger.store.accounts")

for module in MODEL_MODULES:
    importlib.import_module(module)

target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Upgrade through the connection the caller opened; it commits, not us."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("warledger migrations run through warledger.store.open_store, not the alembic CLI")
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("warledger migrations run online only, through warledger.store.open_store")
run_migrations_online()
