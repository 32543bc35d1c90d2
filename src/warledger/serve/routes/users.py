"""The admin's page of logins: who may write, and a form to add one (its API token is shown once)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from warledger.errors import ConfigurationError
from warledger.serve.deps import State, Viewer, check_form_csrf, page_context, permitted_account
from warledger.serve.security import CSRF_FIELD, ROLES
from warledger.store.accounts import create_user, list_accounts

router = APIRouter(include_in_schema=False)


def users_page(
    request: Request, state: State, account: Viewer, status_code: int = 200, **values: object
) -> Response:
    context = page_context(request, account, users=list_accounts(state.store), roles=ROLES, **values)
    return state.templates.TemplateResponse(request, "users.html", context, status_code=status_code)


@router.get("/users")
def users(request: Request, state: State, account: Viewer) -> Response:
    permitted_account(account, "users")
    return users_page(request, state, account)


@router.post("/users")
def add_user(
    request: Request,
    state: State,
    account: Viewer,
    name: Annotated[str, Form(max_length=64)],
    role: Annotated[str, Form(max_length=16)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
) -> Response:
    permitted_account(account, "users")
    check_form_csrf(request, state, csrf_token)
    try:
        token = create_user(state.store, name, role, password)
    except ConfigurationError as error:
        return users_page(request, state, account, status_code=422, error=str(error))
    return users_page(request, state, account, created=name, token=token)
