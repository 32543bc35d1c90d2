"""Secrets and the checks that guard every write: password hashes, tokens, CSRF, roles, rate limits.

Passwords are hashed with argon2 (argon2-cffi's defaults); API tokens and session ids are random
secrets stored only as their SHA-256, so a copy of the database gives no working credential.
CSRF uses a signed double submit: a random value in an HttpOnly cookie, and in each form that value
signed with the server's secret, so a page on another site can neither read nor forge it.
Roles are cumulative (analyst < reviewer < admin); `ROLE_ACTIONS` is the one place that says who
may do what, and the README and the API docs repeat it from here.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Final

from itsdangerous import BadSignature, URLSafeSerializer

from warledger.store.credentials import (
    ROLES,
    SESSION_SECONDS,
    TOKEN_BYTES,
    Role,
    digest_of_secret,
    dummy_password_check,
    hash_password,
    new_secret,
    password_matches,
)

__all__ = [
    "ROLES",
    "SESSION_SECONDS",
    "TOKEN_BYTES",
    "Role",
    "digest_of_secret",
    "dummy_password_check",
    "hash_password",
    "new_secret",
    "password_matches",
]

REVIEW_ACTIONS: Final[tuple[str, ...]] = ("confirm", "reject", "correct", "merge", "split")

# Who may do what. Roles are cumulative: a reviewer may do all an analyst may, an admin all of both.
ROLE_ACTIONS: Final[dict[Role, frozenset[str]]] = {
    "analyst": frozenset({"confirm", "reject", "correct", "upload"}),
    "reviewer": frozenset({"confirm", "reject", "correct", "upload", "merge", "split"}),
    "admin": frozenset({"confirm", "reject", "correct", "upload", "merge", "split", "users"}),
}

SESSION_COOKIE: Final = "warledger_session"
CSRF_COOKIE: Final = "warledger_csrf"
CSRF_FIELD: Final = "csrf_token"


def role_allows(role: str, action: str) -> bool:
    """Whether a user with `role` may do `action` (a review action, "upload" or "users")."""
    return action in ROLE_ACTIONS.get(role, frozenset())  # type: ignore[call-overload]


def roles_allowed(action: str) -> list[str]:
    """The roles that may do `action`, lowest first, for error messages and docs."""
    return [role for role in ROLES if action in ROLE_ACTIONS[role]]


class CsrfGuard:
    """Signs and checks the per-browser CSRF value (signed double submit)."""

    def __init__(self, secret_key: str) -> None:
        self._serializer = URLSafeSerializer(secret_key, salt="warledger-csrf")

    def form_token(self, cookie_value: str) -> str:
        """The token a form carries for the browser holding `cookie_value`."""
        return str(self._serializer.dumps(cookie_value))

    def token_is_valid(self, cookie_value: str | None, form_value: str | None) -> bool:
        """Whether a submitted form token belongs to this browser's CSRF cookie."""
        if not cookie_value or not form_value:
            return False
        try:
            signed = self._serializer.loads(form_value)
        except BadSignature:
            return False
        return isinstance(signed, str) and hmac.compare_digest(signed, cookie_value)


@dataclass
class LoginThrottle:
    """Failed logins per client address and per name in a sliding window; too many answer 429.

    Kept in memory: one server process serves one newsroom, and a restart forgetting the window is
    acceptable next to the cost of a database write per attempt.
    """

    max_failures: int = 5
    window_seconds: float = 300.0
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and now - times[0] > self.window_seconds:
            times.popleft()
        return times

    def seconds_blocked(self, client: str, name: str) -> int:
        """How long `client` or `name` must wait before trying again (0: may try now)."""
        now = time.monotonic()
        with self._lock:
            waits = [
                int(self.window_seconds - (now - times[0])) + 1
                for key in (f"ip:{client}", f"name:{name.lower()}")
                if len(times := self._recent(key, now)) >= self.max_failures
            ]
        return max(waits, default=0)

    def record_failure(self, client: str, name: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"ip:{client}", f"name:{name.lower()}"):
                self._recent(key, now).append(now)

    def record_success(self, client: str, name: str) -> None:
        with self._lock:
            self._failures.pop(f"name:{name.lower()}", None)
            self._failures.pop(f"ip:{client}", None)


CONTENT_SECURITY_POLICY: Final = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: Final[dict[str, str]] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}
