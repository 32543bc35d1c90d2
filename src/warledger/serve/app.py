"""The FastAPI application: JSON API under /api, server-rendered pages everywhere else.

`create_app(db_url)` builds one app per store. Everything a page needs ships in `static/` (Leaflet,
the country outlines, Swagger UI): the server never points a browser at another host, and the
Content-Security-Policy forbids it anyway. Errors leave in one JSON shape on /api
(`{"ok": false, "error", "status"}`) and as a plain page elsewhere, whatever raised them.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Awaitable, Callable
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from warledger.config import max_input_bytes
from warledger.errors import ConfigurationError, RejectedInput, ReviewError, WarledgerError
from warledger.serve.deps import AppState, cookie_is_secure
from warledger.serve.routes import api_documents, api_incidents, api_ledger, auth, pages, users
from warledger.serve.security import CSRF_COOKIE, SECURITY_HEADERS, CsrfGuard, LoginThrottle, new_secret
from warledger.serve.views import templates_for

LOG = logging.getLogger("warledger.serve")

API_DESCRIPTION = """\
The warledger JSON API: reconciled incidents with every source's figure and evidence, the stored
documents with their provenance, statements and contradictions, and analysts' review decisions.

Reading is open. Writing needs a login: a browser session (log in at `/login`) or
`Authorization: Bearer TOKEN` with the token `warledger users add` printed.

Roles are cumulative: **analyst** may confirm, reject and correct incidents and upload documents;
**reviewer** may also merge and split incidents; **admin** may do everything, including managing users.
Errors are always `{"ok": false, "error": "...", "status": N}`.
"""


def _static_dir() -> Path:
    return Path(str(resources.files("warledger.serve") / "static"))


def _error_status(error: WarledgerError) -> int:
    """The HTTP status of a library error: unknown things 404, stale edits 409, bad requests 422."""
    message = str(error).lower()
    if isinstance(error, ReviewError):
        if "unknown incident" in message or "no such" in message:
            return 404
        return 409 if "version" in message or "stale" in message else 422
    if isinstance(error, RejectedInput | ConfigurationError):
        return 422
    return 500


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_response(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse(
            {"ok": False, "error": message, "status": status}, status_code=status, headers=headers
        )
    state: AppState = request.app.state.warledger
    return state.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status, headers=headers
    )


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg', 'invalid')}"
            for err in exc.errors()
        )
        return _error_response(request, 422, problems or "invalid request")

    @app.exception_handler(WarledgerError)
    async def warledger_error(request: Request, exc: WarledgerError) -> Response:
        return _error_response(request, _error_status(exc), str(exc))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        """A bug: logged by the server with its traceback; the client gets the error shape, no details."""
        LOG.exception("unexpected error on %s %s", request.method, request.url.path)
        response = JSONResponse({"ok": False, "error": "internal error", "status": 500}, status_code=500)
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response


FORM_OVERHEAD_BYTES = 64 * 1024


def body_too_large(request: Request) -> bool:
    """A declared body past the upload cap is refused before anything parses it (even anonymously)."""
    declared = request.headers.get("content-length", "")
    return (
        declared.isascii() and declared.isdigit() and int(declared) > max_input_bytes() + FORM_OVERHEAD_BYTES
    )


def _install_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        had_csrf = bool(request.cookies.get(CSRF_COOKIE))
        if not had_csrf:
            request.state.csrf_cookie = new_secret()
        if body_too_large(request):
            response = _error_response(request, 413, f"request body larger than {max_input_bytes()} bytes")
        else:
            response = await call_next(request)
        if not had_csrf and not request.url.path.startswith(("/static/", "/api/")):
            response.set_cookie(
                CSRF_COOKIE,
                request.state.csrf_cookie,
                httponly=True,
                samesite="strict",
                secure=cookie_is_secure(request),
                path="/",
            )
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def _install_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def api_docs(request: Request) -> Response:
        state: AppState = request.app.state.warledger
        return state.templates.TemplateResponse(request, "docs.html", {})


def create_app(db_url: str, *, secret_key: str | None = None) -> FastAPI:
    """The web UI and JSON API over the store at `db_url` (migrated when opened)."""
    key = secret_key or os.environ.get("WARLEDGER_SECRET") or secrets.token_urlsafe(32)
    app = FastAPI(
        title="warledger",
        version="1",
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.warledger = AppState.open(
        db_url, templates=templates_for(), csrf=CsrfGuard(key), throttle=LoginThrottle()
    )
    _install_error_handlers(app)
    _install_security_headers(app)
    _install_docs(app)
    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")
    for module in (api_incidents, api_documents, api_ledger, auth, pages, users):
        app.include_router(module.router)
    return app
