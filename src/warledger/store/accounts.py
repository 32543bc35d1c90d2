"""Logins for the web UI and the API: users, API tokens and browser sessions.

Kept apart from the ledger tables because credentials are not evidence: they never appear in an
export. Passwords are stored as argon2 hashes; API tokens and session ids only as their SHA-256
(see `warledger.store.credentials`), so a leaked database gives no working credential. Sessions live
in a table rather than in a signed cookie so that logging out really ends them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, String, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column

from warledger.errors import ConfigurationError, StorageError
from warledger.store.credentials import (
    ROLES,
    SESSION_SECONDS,
    digest_of_secret,
    dummy_password_check,
    hash_password,
    new_secret,
    password_matches,
)
from warledger.store.schema import Base

NAME_MAX = 64


class UserRow(Base):
    """A login: a name, a role and the argon2 hash of its password."""

    __tablename__ = "account_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX), unique=True, nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ApiTokenRow(Base):
    """An API token, kept as the SHA-256 of the secret shown once to its owner."""

    __tablename__ = "account_tokens"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account_users.id", ondelete="CASCADE"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class SessionRow(Base):
    """A browser session, kept as the SHA-256 of the cookie's secret, until it expires or logs out."""

    __tablename__ = "account_sessions"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account_users.id", ondelete="CASCADE"), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


@dataclass(frozen=True)
class Account:
    """Who is asking: what the web layer needs to know of a user, never their hash."""

    id: int
    name: str
    role: str


def engine_of(target: Any) -> Engine:
    """The Engine behind an Engine, or behind a store object that holds one as `.engine`."""
    if isinstance(target, Engine):
        return target
    engine = getattr(target, "engine", None)
    if isinstance(engine, Engine):
        return engine
    raise ConfigurationError(f"{target!r}: not a database engine or store")


@contextmanager
def _writing(target: Any) -> Iterator[Session]:
    """A write transaction: the store's own (BEGIN IMMEDIATE on SQLite) when given a store."""
    writing = getattr(target, "writing", None)
    if callable(writing):
        with writing() as session:
            yield session
        return
    with Session(engine_of(target)) as session, session.begin():
        yield session


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _account(row: UserRow) -> Account:
    return Account(id=row.id, name=row.name, role=row.role)


def _checked_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > NAME_MAX or any(ch.isspace() or not ch.isprintable() for ch in clean):
        raise ConfigurationError(f"user name {name!r}: 1 to {NAME_MAX} printable characters without spaces")
    return clean


def _checked_role(role: str) -> str:
    if role not in ROLES:
        raise ConfigurationError(f"role {role!r}: must be one of {', '.join(ROLES)}")
    return role


def create_user(target: Any, name: str, role: str, password: str) -> str:
    """Create a login and its first API token; return the token (the only time it is shown)."""
    clean = _checked_name(name)
    _checked_role(role)
    if len(password) < 8:
        raise ConfigurationError(f"user {clean}: the password needs at least 8 characters")
    token = new_secret()
    try:
        with _writing(target) as session:
            if session.scalar(select(UserRow.id).where(UserRow.name == clean)) is not None:
                raise ConfigurationError(f"user {clean}: already exists")
            row = UserRow(name=clean, role=role, password_hash=hash_password(password), created_at=_now())
            session.add(row)
            session.flush()
            session.add(ApiTokenRow(digest=digest_of_secret(token), user_id=row.id, created_at=_now()))
    except SQLAlchemyError as error:
        raise StorageError(f"user {clean}: could not be stored ({error.__class__.__name__})") from error
    return token


def account_for_password(target: Any, name: str, password: str) -> Account | None:
    """The account whose name and password these are, or None (in the same time either way)."""
    with Session(engine_of(target)) as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name.strip()))
        if row is None:
            dummy_password_check(password)
            return None
        return _account(row) if password_matches(row.password_hash, password) else None


def account_for_token(target: Any, token: str) -> Account | None:
    """The account an API token belongs to, or None."""
    with Session(engine_of(target)) as session:
        row = session.scalar(
            select(UserRow)
            .join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
            .where(ApiTokenRow.digest == digest_of_secret(token))
        )
        return _account(row) if row else None


def open_session(target: Any, account: Account) -> str:
    """Start a browser session for `account`; return the secret for its cookie."""
    secret = new_secret()
    expires = _now() + timedelta(seconds=SESSION_SECONDS)
    with _writing(target) as session:
        session.execute(delete(SessionRow).where(SessionRow.expires_at < _now()))
        session.add(SessionRow(digest=digest_of_secret(secret), user_id=account.id, expires_at=expires))
    return secret


def account_for_session(target: Any, secret: str) -> Account | None:
    """The account a live session cookie belongs to, or None when unknown or expired."""
    with Session(engine_of(target)) as session:
        found = session.execute(
            select(UserRow, SessionRow.expires_at)
            .join(SessionRow, SessionRow.user_id == UserRow.id)
            .where(SessionRow.digest == digest_of_secret(secret))
        ).first()
        if found is None or _aware(found[1]) < _now():
            return None
        return _account(found[0])


def close_session(target: Any, secret: str) -> None:
    """End a browser session (logout)."""
    with _writing(target) as session:
        session.execute(delete(SessionRow).where(SessionRow.digest == digest_of_secret(secret)))


def list_accounts(target: Any) -> list[Account]:
    """Every login, by name."""
    with Session(engine_of(target)) as session:
        return [_account(row) for row in session.scalars(select(UserRow).order_by(UserRow.name))]
