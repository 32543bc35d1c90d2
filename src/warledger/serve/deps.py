"""What routes get injected: the app's state, who is asking, and the checks a write must pass.

Who is asking comes from `Authorization: Bearer TOKEN` (scripts) or the session cookie (browsers).
A write by nobody answers 401, by someone whose role does not allow it 403. Browser writes also
carry the CSRF token: in the form field for pages, in the `X-CSRF-Token` header for API calls
made with the session cookie (a bearer token is not sent by browsers on their own, so needs none).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.templating import Jinja2Templates

from warledger.serve import queries
from warledger.serve.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    SESSION_COOKIE,
    CsrfGuard,
    LoginThrottle,
    role_allows,
    roles_allowed,
)
from warledger.store.accounts import Account, account_for_session, account_for_token
from warledger.store.engine import Store


@dataclass
class AppState:
    """Everything one app holds for its lifetime: the store, templates and security helpers."""

    db_url: str
    store: Store
    templates: Jinja2Templates
    csrf: CsrfGuard
    throttle: LoginThrottle

    @classmethod
    def open(
        cls, db_url: str, *, templates: Jinja2Templates, csrf: CsrfGuard, throttle: LoginThrottle
    ) -> AppState:
        return cls(db_url, queries.open_engine(db_url), templates, csrf, throttle)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.warledger
    return state


State = Annotated[AppState, Depends(app_state)]


def _bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


BEARER = HTTPBearer(
    auto_error=False,
    description="the API token `warledger users add` printed (or an admin's users page showed) once",
)


def current_account(
    request: Request,
    state: State,
    _documented: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None,
) -> Account | None:
    """Who is asking, or None for an anonymous reader. A wrong bearer token is a 401 at once.

    `_documented` only puts the bearer scheme in the OpenAPI document (Swagger UI's Authorize
    button); the header is read here so a malformed one is refused, never ignored.
    """
    token = _bearer_token(request)
    if token is not None:
        account = account_for_token(state.store, token)
        if account is None:
            raise HTTPException(401, "invalid API token", headers={"WWW-Authenticate": "Bearer"})
        request.state.auth_kind = "token"
        return account
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        account = account_for_session(state.store, secret)
        if account is not None:
            request.state.auth_kind = "session"
            return account
    return None


Viewer = Annotated[Account | None, Depends(current_account)]


def permitted_account(account: Account | None, action: str) -> Account:
    """The account if it may do `action`; 401 when nobody is logged in, 403 when the role is too low."""
    if account is None:
        raise HTTPException(
            401,
            "login required: log in or send Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not role_allows(account.role, action):
        raise HTTPException(
            403,
            f"{action} needs the role {' or '.join(roles_allowed(action))}; {account.name} is {account.role}",
        )
    return account


def csrf_cookie_value(request: Request) -> str:
    """This browser's CSRF value (set by the middleware when the browser had none)."""
    value: str = getattr(request.state, "csrf_cookie", None) or request.cookies.get(CSRF_COOKIE, "")
    return value


def check_api_csrf(request: Request, state: AppState) -> None:
    """A cookie-authenticated API write must echo the CSRF token in `X-CSRF-Token`."""
    if getattr(request.state, "auth_kind", None) != "session":
        return
    if not state.csrf.token_is_valid(request.cookies.get(CSRF_COOKIE), request.headers.get("x-csrf-token")):
        raise HTTPException(403, "missing or wrong X-CSRF-Token header for a write with a session cookie")


def check_form_csrf(request: Request, state: AppState, form_value: str | None) -> None:
    """A form post must carry the token that page was rendered with."""
    if not state.csrf.token_is_valid(request.cookies.get(CSRF_COOKIE), form_value):
        raise HTTPException(
            403, "the form has expired or did not come from this site: reload the page and retry"
        )


def page_context(request: Request, account: Account | None, **values: Any) -> dict[str, Any]:
    """What every page template gets: who is logged in and the CSRF token for its forms."""
    state = app_state(request)
    return {
        "account": account,
        "csrf_field": CSRF_FIELD,
        "csrf_token": state.csrf.form_token(csrf_cookie_value(request)),
        **values,
    }


LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def cookie_is_secure(request: Request) -> bool:
    """Cookies are `Secure` over HTTPS and on loopback (which browsers treat as a secure origin)."""
    return request.url.scheme == "https" or (request.url.hostname or "") in LOOPBACK_HOSTS
