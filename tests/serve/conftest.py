"""Fixtures of the web tests: a filled store per test, a TestClient on it (helpers in web_ledger.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_ledger import Ledger, build_ledger

from warledger.serve.app import create_app
from warledger.store.engine import close_store


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    url = f"sqlite:///{tmp_path / 'web.db'}"
    yield build_ledger(url)
    close_store(url)


@pytest.fixture
def client(ledger: Ledger) -> Iterator[TestClient]:
    with TestClient(create_app(ledger.url, secret_key="test-secret")) as test_client:
        yield test_client
