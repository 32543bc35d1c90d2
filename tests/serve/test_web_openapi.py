"""Property tests of the JSON API against its own OpenAPI document (schemathesis, bounded examples).

Every read operation is called with generated parameters; answers must never be a server error, must
use a status the document lists, and must match the response schema. Writes are exercised
anonymously, where every generated call must be refused (401), never applied.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from web_ledger import build_ledger

from warledger.serve.app import create_app
from warledger.store.engine import close_store


@pytest.fixture(scope="module")
def web_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    url = f"sqlite:///{tmp_path_factory.mktemp('schema') / 'schema.db'}"
    build_ledger(url)
    yield create_app(url, secret_key="schema-secret")
    close_store(url)


@pytest.fixture(scope="module")
def api_schema(web_app: FastAPI) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", web_app)


CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
# Explore freely on a developer's machine; under CI the same examples every run, so a gate never flakes.
SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=bool(os.environ.get("CI")),
)


def operations(api_schema: schemathesis.BaseSchema, method: str) -> list[Any]:
    found = [result.ok() for result in api_schema.get_all_operations()]  # type: ignore[union-attr]
    return [op for op in found if op.method.upper() == method]


def test_reads_answer_what_the_document_says(api_schema: schemathesis.BaseSchema) -> None:
    reads = operations(api_schema, "GET")
    assert len(reads) >= 9
    for operation in reads:

        @SETTINGS
        @given(case=operation.as_strategy())
        def read(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        read()


def test_anonymous_writes_are_always_refused(api_schema: schemathesis.BaseSchema) -> None:
    writes = operations(api_schema, "POST")
    assert len(writes) == 2
    for operation in writes:

        @settings(SETTINGS, max_examples=10)
        @given(case=operation.as_strategy())
        def write(case: schemathesis.Case) -> None:
            response = case.call()
            assert response.status_code in (401, 422), response.text

        write()
