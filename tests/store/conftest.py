"""Storage tests run against both SQLite and PostgreSQL through the `store_url` fixture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.databases import database

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: an SQLite file in tmp, or a PostgreSQL database of its own."""
    with database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def sqlite_store_url(tmp_path: Path) -> Iterator[str]:
    with database("sqlite", tmp_path) as url:
        yield url
