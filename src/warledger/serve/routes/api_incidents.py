"""The incidents API: the filtered, sorted, paginated list; one incident; an analyst's review decision."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from warledger.extract.models import EventType
from warledger.serve import actions, queries
from warledger.serve.deps import State, Viewer, check_api_csrf, permitted_account
from warledger.serve.schemas import (
    ERROR_RESPONSES,
    READ_ERRORS,
    IncidentDetail,
    IncidentPage,
    ReviewEventOut,
    ReviewIn,
    ReviewOut,
)

router = APIRouter(prefix="/api", tags=["incidents"])


def as_json(model: BaseModel) -> Response:
    """A model already validated by construction, serialised once (FastAPI would validate it again)."""
    return Response(model.model_dump_json(), media_type="application/json")


Sort = queries.SortKey


def incident_detail(state: State, incident_id: str) -> IncidentDetail:
    """The incident with its audit history, or a 404."""
    incident = queries.incident_by_id(state.store, incident_id)
    if incident is None:
        raise HTTPException(404, f"incident {incident_id}: no such incident")
    history = [ReviewEventOut(**vars(event)) for event in queries.review_history(state.store, incident.id)]
    return IncidentDetail(**incident.model_dump(), history=history)


@router.get("/incidents", response_model=IncidentPage, responses=READ_ERRORS)
def list_incidents(
    state: State,
    place: Annotated[str | None, Query(max_length=200, description="place name contains")] = None,
    since: Annotated[date | None, Query(description="on or after YYYY-MM-DD")] = None,
    until: Annotated[date | None, Query(description="on or before YYYY-MM-DD")] = None,
    event_type: Annotated[EventType | None, Query(description="an EVENT_TYPE")] = None,
    perpetrator: Annotated[
        str | None, Query(max_length=200, description="alleged perpetrator contains")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="full-text search of the reports")] = None,
    sort: Annotated[Sort, Query(description="order of the list")] = "date_desc",
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    """Reconciled incidents matching the filters, one page at a time; `total` counts them all."""
    query = queries.IncidentQuery(
        place=place,
        since=since,
        until=until,
        event_type=event_type,
        perpetrator=perpetrator,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    incidents, total = queries.incidents_page(state.store, query)
    return as_json(IncidentPage(total=total, limit=limit, offset=offset, incidents=incidents))


@router.get("/incidents/{incident_id}", response_model=IncidentDetail, responses={404: ERROR_RESPONSES[404]})
def get_incident(state: State, incident_id: str) -> Response:
    """One incident: casualty figures per source, evidence, statements, contradictions and review history."""
    return as_json(incident_detail(state, incident_id))


@router.post("/incidents/{incident_id}/review", response_model=ReviewOut, responses=ERROR_RESPONSES)
def review_incident(
    request: Request, state: State, account: Viewer, incident_id: str, review: ReviewIn
) -> ReviewOut:
    """Record a decision (confirm, reject, correct, merge, split) with its reason in the audit trail.

    Needs `Authorization: Bearer TOKEN` or a session cookie with the `X-CSRF-Token` header.
    analyst: confirm, reject, correct; reviewer: also merge, split; admin: everything.
    """
    who = permitted_account(account, review.action)
    check_api_csrf(request, state)
    if queries.incident_by_id(state.store, incident_id) is None:
        raise HTTPException(404, f"incident {incident_id}: no such incident")
    result = actions.apply_review(
        state.db_url,
        incident_id,
        who,
        review.action,
        review.reason,
        field=review.field,
        value=review.value,
        others=review.others,
        confirmed=review.confirmed,
    )
    return ReviewOut(
        action=review.action, by=who.name, result=result, incident=incident_detail(state, incident_id)
    )
