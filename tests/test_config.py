"""Settings from the environment: the database URL and the input size cap."""

from __future__ import annotations

import pytest

from warledger.config import DEFAULT_MAX_BYTES, database_url, max_input_bytes
from warledger.errors import ConfigurationError


def test_explicit_db_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLEDGER_DB", "sqlite:///env.db")
    assert database_url("sqlite:///cli.db") == "sqlite:///cli.db"
    assert database_url(None) == "sqlite:///env.db"


def test_default_db_is_sqlite_in_the_working_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARLEDGER_DB", raising=False)
    assert database_url(None) == "sqlite:///warledger.db"


@pytest.mark.parametrize(("raw", "expected"), [("", DEFAULT_MAX_BYTES), ("1024", 1024), (" 2048 ", 2048)])
def test_size_cap_from_the_environment(monkeypatch: pytest.MonkeyPatch, raw: str, expected: int) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_BYTES", raw)
    assert max_input_bytes() == expected


@pytest.mark.parametrize("raw", ["¹", "-5", "0", "20MB", "1e6"])
def test_size_cap_that_is_not_a_number_is_named(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("WARLEDGER_MAX_BYTES", raw)
    with pytest.raises(ConfigurationError, match="WARLEDGER_MAX_BYTES"):
        max_input_bytes()
