"""Fixtures of the web tests: a filled store per test, a TestClient on it (helpers in web_ledger.py).

The ledger is built once per test process (migrations and two argon2 hashes are the slow part) and
copied, as a closed SQLite file, into each test's own folder: tests stay independent and fast.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_ledger import Ledger, build_ledger

from warledger.serve.app import create_app
from warledger.store.engine import close_store


@pytest.fixture(scope="session")
def ledger_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Ledger]:
    path = tmp_path_factory.mktemp("ledger-template") / "web.db"
    url = f"sqlite:///{path}"
    built = build_ledger(url)
    close_store(url)  # checkpoints the WAL into the file
    return path, built


@pytest.fixture
def ledger(tmp_path: Path, ledger_template: tuple[Path, Ledger]) -> Iterator[Ledger]:
    template, built = ledger_template
    shutil.copyfile(template, tmp_path / "web.db")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    yield dataclasses.replace(built, url=url)
    close_store(url)


@pytest.fixture
def client(ledger: Ledger) -> Iterator[TestClient]:
    with TestClient(create_app(ledger.url, secret_key="test-secret")) as test_client:
        yield test_client
