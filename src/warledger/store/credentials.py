"""Credentials as the store keeps them: argon2 password hashes, and tokens and session ids kept only
as their SHA-256, so a copy of the database gives no working credential.

These live with the store (not the web layer) because the accounts tables are written by the CLI
(`warledger users add`) as well as by the server; `warledger.serve.security` builds on them.
"""

from __future__ import annotations

import hashlib
import secrets
from functools import cache
from typing import Final, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

Role = Literal["analyst", "reviewer", "admin"]
ROLES: Final[tuple[Role, ...]] = ("analyst", "reviewer", "admin")
SESSION_SECONDS: Final = 12 * 3600
TOKEN_BYTES: Final = 32

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """The argon2id hash of a password, salt and parameters included."""
    return _HASHER.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    """Whether `password` is the one behind `stored_hash`; never raises on a bad hash."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def dummy_password_check(password: str) -> None:
    """Spend the time of one verification, so an unknown login name answers as slowly as a known one."""
    password_matches(dummy_hash(), password)


@cache
def dummy_hash() -> str:
    """A hash of a random secret, made on first need (not at import: argon2 costs ~0.4 s)."""
    return _HASHER.hash(secrets.token_urlsafe(16))


def new_secret() -> str:
    """A fresh random credential (API token or session id), URL-safe."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest_of_secret(secret: str) -> str:
    """What the store keeps of a token or session id: its SHA-256, never the secret itself."""
    return hashlib.sha256(secret.encode()).hexdigest()
