"""The web layer's own queries on PostgreSQL: the same pages and API answers as on SQLite."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from fastapi.testclient import TestClient
from web_ledger import HOSTILE, Ledger, build_ledger

from warledger.serve.app import create_app
from warledger.store.engine import close_store

pytestmark = pytest.mark.postgres
MAINTENANCE_DSN = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def pg_ledger() -> Iterator[Ledger]:
    name = f"wl_web_{uuid.uuid4().hex[:16]}"
    try:
        admin = psycopg.connect(MAINTENANCE_DSN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed under CI: {error}")
        pytest.skip(f"PostgreSQL unreachable: {error}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        admin.execute(f'CREATE DATABASE "{name}"')
        yield build_ledger(url)
    finally:
        close_store(url)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_pages_and_api_answer_on_postgres(pg_ledger: Ledger) -> None:
    with TestClient(create_app(pg_ledger.url, secret_key="pg")) as client:
        assert client.get("/api/incidents").json()["total"] == 2
        assert (
            client.get("/api/incidents", params={"place": "aleppo", "sort": "killed_desc"}).json()["total"]
            == 1
        )
        assert client.get("/api/incidents", params={"q": "rescue centre"}).json()["total"] == 1
        assert client.get("/api/incidents", params={"since": "2016-10-01"}).json()["total"] == 1
        kinds = {c["kind"] for c in client.get("/api/contradictions").json()["contradictions"]}
        assert kinds == {"casualty_count", "factual"}
        assert client.get("/api/statements", params={"speaker": "petrov"}).json()["total"] == 1
        assert len(client.get("/map/points.json").json()["features"]) == 2
        for path in [
            "/",
            "/timeline",
            "/map",
            "/statements",
            "/contradictions",
            "/documents",
            f"/incidents/{pg_ledger.aleppo}",
            f"/documents/{pg_ledger.doc_hostile}",
        ]:
            answer = client.get(path)
            assert answer.status_code == 200, path
            assert HOSTILE not in answer.text
        review = client.post(
            f"/api/incidents/{pg_ledger.aleppo}/review",
            json={"action": "reject", "reason": "dup"},
            headers={"Authorization": f"Bearer {pg_ledger.reviewer_token}"},
        )
        assert review.status_code == 200, review.text
        assert client.get("/api/incidents").json()["total"] == 1
