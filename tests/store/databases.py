"""Throwaway databases for storage tests: an SQLite file in tmp, or a fresh PostgreSQL database.

PostgreSQL runs at 127.0.0.1:5432 (user postgres, trust auth, maintenance database `test`); each
test gets its own `wl_<uuid>` database, dropped afterwards, so tests run in parallel safely. Where
the server is unreachable the test skips, except under CI (`$CI` set), where that is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from warledger.store.engine import close_store

MAINTENANCE_DSN = "postgresql://postgres@127.0.0.1:5432/test"
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'ledger.db'}"


def unreachable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is needed under CI: {reason}")
    pytest.skip(f"PostgreSQL unreachable: {reason}")


@contextmanager
def postgres_database() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped (forcibly) when the block ends."""
    name = f"wl_{uuid.uuid4().hex[:20]}"
    try:
        admin = psycopg.connect(MAINTENANCE_DSN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        unreachable(str(error).strip().splitlines()[0])
        raise
    url = POSTGRES_URL.format(name=name)
    try:
        admin.execute(f'CREATE DATABASE "{name}"')
        yield url
    finally:
        close_store(url)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """A fresh store URL of this kind ("sqlite" or "postgres")."""
    if kind == "postgres":
        with postgres_database() as url:
            yield url
        return
    url = sqlite_url(folder)
    try:
        yield url
    finally:
        close_store(url)
