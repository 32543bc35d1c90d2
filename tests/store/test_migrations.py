"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from warledger.store.engine import open_store
from warledger.store.schema import Base

FULL_TEXT = ("documents_fts", "search")  # kept in step by the migration itself, not by the models


def outside_the_models(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave out the full-text machinery (FTS5 tables, the tsvector column and its index).

    Indexes of the login tables are store/accounts.py's to declare (0002_accounts makes them).
    """
    if type_ == "index" and obj.table.name.startswith("account_"):
        return False
    if name and (name.startswith(FULL_TEXT[0]) or name in (FULL_TEXT[1], "ix_documents_search")):
        return False
    return not (type_ == "table" and name == "alembic_version")


def test_migrated_schema_matches_the_models(store_url: str) -> None:
    importlib.import_module("warledger.store.accounts")  # its tables hang off the same Base
    store = open_store(store_url)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": outside_the_models, "compare_type": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_opening_twice_does_not_migrate_again(store_url: str) -> None:
    first = open_store(store_url)
    assert open_store(store_url) is first
