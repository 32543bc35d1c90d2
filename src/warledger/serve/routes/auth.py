"""Logging in and out of the web UI: a rate-limited password check, then a server-side session cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from warledger.serve.deps import State, Viewer, check_form_csrf, cookie_is_secure, page_context
from warledger.serve.security import CSRF_FIELD, SESSION_COOKIE, SESSION_SECONDS
from warledger.store.accounts import account_for_password, close_session, open_session

router = APIRouter(include_in_schema=False)


def safe_next(path: str | None) -> str:
    """Where to go after logging in: a path on this site only (never `//host` or a full URL)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login")
def login_page(request: Request, state: State, account: Viewer, next: str | None = None) -> Response:
    return state.templates.TemplateResponse(
        request,
        "login.html",
        page_context(request, account, next_path=safe_next(next), error=None, name=None),
    )


@router.post("/login")
def login(
    request: Request,
    state: State,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
    next: Annotated[str | None, Form(max_length=500)] = None,
) -> Response:
    check_form_csrf(request, state, csrf_token)
    client = client_address(request)
    wait = state.throttle.seconds_blocked(client, name)
    if wait:
        raise HTTPException(
            429, f"too many failed logins: try again in {wait} seconds", headers={"Retry-After": str(wait)}
        )
    account = account_for_password(state.store, name, password)
    if account is None:
        state.throttle.record_failure(client, name)
        context = page_context(
            request, None, next_path=safe_next(next), error="Wrong name or password.", name=name
        )
        return state.templates.TemplateResponse(request, "login.html", context, status_code=401)
    state.throttle.record_success(client, name)
    previous = request.cookies.get(SESSION_COOKIE)
    if previous:
        close_session(state.store, previous)  # a fresh session id at every login (no fixation)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        open_session(state.store, account),
        max_age=SESSION_SECONDS,
        httponly=True,
        samesite="strict",
        secure=cookie_is_secure(request),
        path="/",
    )
    return response


@router.post("/logout")
def logout(
    request: Request, state: State, csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None
) -> Response:
    check_form_csrf(request, state, csrf_token)
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        close_session(state.store, secret)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(
        SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=cookie_is_secure(request)
    )
    return response
