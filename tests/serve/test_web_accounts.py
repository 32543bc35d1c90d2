"""Logins: `warledger users add` prints a working token once; hashes, not secrets, are stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from warledger.cli import app
from warledger.errors import ConfigurationError
from warledger.serve.security import CsrfGuard, LoginThrottle, role_allows
from warledger.store.accounts import (
    ApiTokenRow,
    UserRow,
    account_for_password,
    account_for_token,
    create_user,
)
from warledger.store.engine import close_store, open_store


def test_users_add_prints_a_token_that_authenticates(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'users.db'}"
    result = CliRunner().invoke(
        app, ["users", "add", "alice", "--role", "reviewer", "--password", "s3cret-pass", "--db", url]
    )
    assert result.exit_code == 0, result.output
    token = result.output.strip().rsplit(" ", 1)[-1]
    store = open_store(url)
    account = account_for_token(store, token)
    assert account is not None and (account.name, account.role) == ("alice", "reviewer")
    with store.reading() as session:
        user = session.scalars(select(UserRow)).one()
        digests = list(session.scalars(select(ApiTokenRow.digest)))
    assert user.password_hash.startswith("$argon2") and "s3cret-pass" not in user.password_hash
    assert token not in digests
    close_store(url)


def test_users_add_refuses_an_unknown_role(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "users",
            "add",
            "bob",
            "--role",
            "boss",
            "--password",
            "whatever1",
            "--db",
            f"sqlite:///{tmp_path / 'u.db'}",
        ],
    )
    assert result.exit_code == 2


@pytest.mark.parametrize(
    ("name", "password"), [("two words", "long enough"), ("carol", "short"), ("", "long enough")]
)
def test_bad_names_and_short_passwords_are_refused(tmp_path: Path, name: str, password: str) -> None:
    url = f"sqlite:///{tmp_path / 'u.db'}"
    with pytest.raises(ConfigurationError):
        create_user(open_store(url), name, "analyst", password)
    close_store(url)


def test_a_name_is_taken_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'u.db'}"
    store = open_store(url)
    create_user(store, "dana", "admin", "long enough")
    with pytest.raises(ConfigurationError, match="already exists"):
        create_user(store, "dana", "analyst", "long enough")
    assert account_for_password(store, "dana", "long enough") is not None
    assert account_for_password(store, "dana", "wrong one") is None
    assert account_for_password(store, "nobody", "long enough") is None
    close_store(url)


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("analyst", "confirm", True),
        ("analyst", "correct", True),
        ("analyst", "reject", True),
        ("analyst", "merge", False),
        ("analyst", "split", False),
        ("analyst", "users", False),
        ("reviewer", "merge", True),
        ("reviewer", "split", True),
        ("reviewer", "users", False),
        ("admin", "users", True),
        ("admin", "merge", True),
        ("nobody", "confirm", False),
    ],
)
def test_roles_are_cumulative(role: str, action: str, allowed: bool) -> None:
    assert role_allows(role, action) is allowed


def test_csrf_tokens_belong_to_one_browser() -> None:
    guard = CsrfGuard("key")
    token = guard.form_token("browser-a")
    assert guard.token_is_valid("browser-a", token)
    assert not guard.token_is_valid("browser-b", token)
    assert not CsrfGuard("other-key").token_is_valid("browser-a", token)
    assert not guard.token_is_valid("browser-a", None)


def test_the_throttle_blocks_a_name_and_an_address_after_five_failures() -> None:
    throttle = LoginThrottle(max_failures=5, window_seconds=60)
    for _ in range(5):
        assert throttle.seconds_blocked("client-1", "alice") == 0
        throttle.record_failure("client-1", "alice")
    assert throttle.seconds_blocked("client-1", "someone") > 0
    assert throttle.seconds_blocked("client-2", "ALICE") > 0
    assert throttle.seconds_blocked("client-2", "bob") == 0
