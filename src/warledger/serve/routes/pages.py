"""The server-rendered pages: incidents, one incident, map, timeline, statements, contradictions, documents.

Each page is complete HTML without JavaScript (the map adds Leaflet on top of a table of the same
incidents). Query parameters are read leniently (a bad date is ignored, not a 422) because people
type them; the JSON API is the strict one. Forms that write carry the CSRF token and need a login.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import groupby
from typing import Annotated, Any, get_args

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response
from markupsafe import Markup

from warledger.config import max_input_bytes
from warledger.errors import RejectedInput
from warledger.extract.models import EventType, Stance
from warledger.resolve.models import LedgerIncident
from warledger.serve import actions, queries
from warledger.serve.deps import State, Viewer, check_form_csrf, page_context, permitted_account
from warledger.serve.routes.api_documents import capped_bytes
from warledger.serve.security import CSRF_FIELD, REVIEW_ACTIONS, role_allows
from warledger.serve.views import Span, highlighted, timeline_bars, timeline_svg

router = APIRouter(include_in_schema=False)

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
STANCES: tuple[str, ...] = get_args(Stance)
CORRECTABLE = (
    "event_type",
    "date_start",
    "date_end",
    "place",
    "perpetrators",
    "weapons",
    "targets",
    "killed",
    "injured",
    "victim_groups",
)
PAGE_SIZE = 50
DOCUMENTS_PAGE = 100
MAP_LIMIT = 2000
DONE_MESSAGES = {
    "confirm": "Confirmed: your decision is in the audit history.",
    "reject": "Rejected: your decision is in the audit history.",
    "correct": "Corrected: your correction is in the audit history.",
    "merge": "Merged: your decision is in the audit history.",
    "split": "Split: your decision is in the audit history.",
}


def lenient_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def lenient_int(value: str | None, default: int = 0) -> int:
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 9 else default


def incident_query(
    request: Request, limit: int = PAGE_SIZE, located_only: bool = False
) -> queries.IncidentQuery:
    """The list filters from a page's query string, bad values dropped."""
    args = request.query_params
    event_type = args.get("event_type")
    return queries.IncidentQuery(
        place=(args.get("place") or "").strip()[:200] or None,
        since=lenient_date(args.get("since")),
        until=lenient_date(args.get("until")),
        event_type=event_type if event_type in EVENT_TYPES else None,
        perpetrator=(args.get("perpetrator") or "").strip()[:200] or None,
        q=(args.get("q") or "").strip()[:200] or None,
        sort=queries.sort_key(args.get("sort")),
        limit=limit,
        offset=lenient_int(args.get("offset")),
        located_only=located_only,
        include_rejected=args.get("rejected") == "1",
    )


def render(
    request: Request, state: State, template: str, account: Any, status_code: int = 200, **values: Any
) -> Response:
    return state.templates.TemplateResponse(
        request, template, page_context(request, account, **values), status_code=status_code
    )


@router.get("/")
def incident_list(request: Request, state: State, account: Viewer) -> Response:
    query = incident_query(request)
    incidents, total = queries.incidents_page(state.store, query)
    return render(
        request,
        state,
        "incidents.html",
        account,
        incidents=incidents,
        total=total,
        params=queries.query_params(query),
        limit=query.limit,
        offset=query.offset,
        event_types=EVENT_TYPES,
        sorts=list(queries.SORTS.items()),
        sort_text=queries.SORTS.get(query.sort, ""),
    )


@dataclass(frozen=True)
class SourceView:
    """One report behind an incident, its text with the evidence marked."""

    sha256: str
    title: str | None
    source: str | None
    published: str | None
    text: Markup | None
    marks: int


def spans_in(incident: LedgerIncident, sha256: str) -> list[Span]:
    """Every stretch of one document that is evidence for this incident, by kind."""
    spans = [Span(e.start, e.end, "evidence", "evidence") for e in incident.evidence if e.document == sha256]
    for kind, figures in (("killed", incident.killed), ("injured", incident.injured)):
        for fig in figures.figures if figures else []:
            if fig.document == sha256:
                spans += [
                    Span(
                        e.start,
                        e.end,
                        "figure",
                        f"{kind}: {fig.min}–{fig.max} ({fig.source or 'unattributed'})",
                    )
                    for e in fig.evidence
                ]
    for statement in incident.statements:
        if getattr(statement, "document", None) == sha256:
            spans.append(
                Span(
                    statement.evidence.start,
                    statement.evidence.end,
                    "statement",
                    f"{statement.speaker}: {statement.stance}",
                )
            )
    return spans


def source_views(state: State, incident: LedgerIncident) -> list[SourceView]:
    """Each report behind the incident, its text with the evidence marked (two queries in all)."""
    sources = queries.document_sources(state.store, incident.documents)
    views = []
    for sha in incident.documents:
        found = sources.get(sha)
        spans = spans_in(incident, sha)
        views.append(
            SourceView(
                sha256=sha,
                title=found.title if found else None,
                source=found.source if found else None,
                published=found.published if found else None,
                text=highlighted(found.text, spans) if found else None,
                marks=len({(s.start, s.end) for s in spans}),
            )
        )
    return views


def figure_rows(incident: LedgerIncident) -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for kind, figures in (("killed", incident.killed), ("injured", incident.injured)):
        rows += [(kind, fig) for fig in (figures.figures if figures else [])]
    return rows


def allowed_review_actions(account: Any) -> list[str]:
    return [a for a in REVIEW_ACTIONS if account is not None and role_allows(account.role, a)]


@router.get("/incidents/{incident_id}")
def incident_page(
    request: Request, state: State, account: Viewer, incident_id: str, done: str | None = None
) -> Response:
    incident = queries.incident_by_id(state.store, incident_id)
    if incident is None:
        raise HTTPException(404, f"incident {incident_id}: no such incident")
    if incident.id != incident_id:
        return RedirectResponse(f"/incidents/{incident.id}", status_code=303)
    return render(
        request,
        state,
        "incident.html",
        account,
        inc=incident,
        sources=source_views(state, incident),
        figures=figure_rows(incident),
        titles=queries.document_titles_of(state.store, incident.documents),
        history=queries.review_history(state.store, incident.id),
        allowed_actions=allowed_review_actions(account),
        correctable=CORRECTABLE,
        flash=DONE_MESSAGES.get(done or ""),
    )


def split_list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").replace(";", ",").split(",") if item.strip()]


@router.post("/incidents/{incident_id}/review")
def review_form(
    request: Request,
    state: State,
    account: Viewer,
    incident_id: str,
    action: Annotated[str, Form()],
    reason: Annotated[str, Form(max_length=2000)],
    field: Annotated[str | None, Form(max_length=64)] = None,
    value: Annotated[str | None, Form(max_length=10_000)] = None,
    others: Annotated[str | None, Form(max_length=10_000)] = None,
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
) -> Response:
    if action not in REVIEW_ACTIONS:
        raise HTTPException(422, f"action {action!r}: must be one of {', '.join(REVIEW_ACTIONS)}")
    who = permitted_account(account, action)
    check_form_csrf(request, state, csrf_token)
    if not reason.strip():
        raise HTTPException(422, "a reason is required: it is kept in the audit trail")
    if queries.incident_by_id(state.store, incident_id) is None:
        raise HTTPException(404, f"incident {incident_id}: no such incident")
    actions.apply_review(
        state.db_url,
        incident_id,
        who,
        action,
        reason.strip(),
        field=field,
        value=value,
        others=split_list(others),
    )
    return RedirectResponse(f"/incidents/{incident_id}?done={action}#review-h", status_code=303)


@router.get("/map")
def map_page(request: Request, state: State, account: Viewer) -> Response:
    query = incident_query(request, limit=MAP_LIMIT, located_only=True)
    located, located_total = queries.incidents_page(state.store, replace(query, limit=100))
    _, total = queries.incidents_page(state.store, replace(query, located_only=False, limit=1))
    return render(
        request,
        state,
        "map.html",
        account,
        located=located,
        located_total=located_total,
        total=total,
        params=queries.query_params(query),
        map_limit=MAP_LIMIT,
    )


@router.get("/map/points.json")
def map_points(request: Request, state: State) -> Response:
    features = queries.map_points(state.store, incident_query(request, limit=MAP_LIMIT, located_only=True))
    return JSONResponse({"type": "FeatureCollection", "features": features})


@router.get("/timeline")
def timeline_page(request: Request, state: State, account: Viewer) -> Response:
    months, undated = queries.timeline_months(state.store)
    bars = timeline_bars(months)
    return render(
        request, state, "timeline.html", account, bars=bars, chart=timeline_svg(bars), undated=undated
    )


def grouped_by_speaker(
    entries: Iterable[queries.StatementEntry],
) -> list[tuple[str, list[queries.StatementEntry]]]:
    return [(name, list(items)) for name, items in groupby(entries, key=lambda e: e.statement.speaker)]


@router.get("/statements")
def statements_page(request: Request, state: State, account: Viewer) -> Response:
    speaker = (request.query_params.get("speaker") or "").strip()[:200] or None
    stance = request.query_params.get("stance")
    stance = stance if stance in STANCES else None
    entries, _ = queries.statements_page(state.store, speaker=speaker, stance=stance, limit=500)
    return render(
        request,
        state,
        "statements.html",
        account,
        groups=grouped_by_speaker(entries),
        speaker=speaker,
        stance=stance,
        stances=STANCES,
    )


@router.get("/contradictions")
def contradictions_page(request: Request, state: State, account: Viewer) -> Response:
    return render(
        request, state, "contradictions.html", account, rows=queries.contradictions_list(state.store)
    )


@router.get("/documents")
def documents_page(request: Request, state: State, account: Viewer) -> Response:
    offset = lenient_int(request.query_params.get("offset"))
    documents, total = queries.documents_page(state.store, limit=DOCUMENTS_PAGE, offset=offset)
    return render(
        request,
        state,
        "documents.html",
        account,
        documents=documents,
        total=total,
        offset=offset,
        limit=DOCUMENTS_PAGE,
    )


@router.get("/documents/{sha256}")
def document_page(request: Request, state: State, account: Viewer, sha256: str) -> Response:
    document = queries.document_by_sha(state.store, sha256) if len(sha256) == 64 else None
    if document is None:
        raise HTTPException(404, f"document {sha256}: not stored")
    incidents = queries.incidents_of_document(state.store, document.sha256)
    spans = [
        Span(e.start, e.end, "evidence")
        for inc in incidents
        for e in inc.evidence
        if e.document == document.sha256
    ]
    text = queries.document_texts(state.store, [document.sha256]).get(document.sha256)
    return render(
        request,
        state,
        "document.html",
        account,
        doc=document,
        incidents=incidents,
        text=highlighted(text, spans) if text is not None else None,
    )


def upload_context(outcome: str | None = None, uploaded: str | None = None) -> dict[str, Any]:
    return {
        "uploaded": uploaded,
        "accepted": ", ".join(actions.UPLOAD_SUFFIXES),
        "accept_attr": ",".join(actions.UPLOAD_SUFFIXES),
        "max_mb": max_input_bytes() // (1024 * 1024),
        "outcome": outcome,
    }


@router.get("/upload")
def upload_page(request: Request, state: State, account: Viewer) -> Response:
    return render(request, state, "upload.html", account, **upload_context())


@router.post("/upload")
async def upload_form(
    request: Request,
    state: State,
    account: Viewer,
    file: Annotated[UploadFile, File()],
    csrf_token: Annotated[str | None, Form(alias=CSRF_FIELD)] = None,
) -> Response:
    permitted_account(account, "upload")
    check_form_csrf(request, state, csrf_token)
    data = await capped_bytes(file, max_input_bytes())
    try:
        outcome = actions.ingest_upload(state.db_url, file.filename, data)
    except RejectedInput as error:
        return render(
            request, state, "upload.html", account, status_code=422, **upload_context(f"Rejected: {error}")
        )
    message = (
        f"{outcome.added} added, {outcome.already_stored} already stored"
        + (f"; rejected: {'; '.join(outcome.rejected)}" if outcome.rejected else "")
        + f". SHA-256 {outcome.sha256}."
    )
    return render(
        request,
        state,
        "upload.html",
        account,
        status_code=200 if outcome.added or outcome.already_stored else 422,
        **upload_context(message, outcome.sha256 if outcome.added or outcome.already_stored else None),
    )
