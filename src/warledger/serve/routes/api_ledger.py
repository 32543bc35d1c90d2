"""GET /api/statements, GET /api/contradictions, GET /api/export.csv and GET /api/export.geojson."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from warledger.extract.models import EventType, Stance
from warledger.serve import queries
from warledger.serve.deps import State
from warledger.serve.schemas import (
    READ_ERRORS,
    ContradictionList,
    ContradictionOut,
    StatementOut,
    StatementPage,
)

router = APIRouter(prefix="/api", tags=["ledger"])


@router.get("/statements", response_model=StatementPage, responses=READ_ERRORS)
def list_statements(
    state: State,
    speaker: Annotated[str | None, Query(max_length=200, description="speaker name contains")] = None,
    stance: Annotated[Stance | None, Query(description="a STANCE")] = None,
    limit: Annotated[int, Query(ge=1, le=queries.MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> StatementPage:
    """Who said what, by speaker, with stance and the incidents each statement is about."""
    entries, total = queries.statements_page(
        state.store, speaker=speaker, stance=stance, limit=limit, offset=offset
    )
    statements = [
        StatementOut(**e.statement.model_dump(), document=e.document, incident_ids=e.incidents)
        for e in entries
    ]
    return StatementPage(total=total, limit=limit, offset=offset, statements=statements)


@router.get("/contradictions", response_model=ContradictionList, responses=READ_ERRORS)
def list_contradictions(state: State, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> ContradictionList:
    """Disagreements within documents and across the sources of each incident."""
    entries = queries.contradictions_list(state.store, limit=limit)
    items = [
        ContradictionOut(**e.contradiction.model_dump(), document=e.document, incident=e.incident)
        for e in entries
    ]
    return ContradictionList(total=len(items), contradictions=items)


@dataclass(frozen=True)
class ExportFilters:
    """The incident filters an export takes, as query parameters (all optional)."""

    place: Annotated[str | None, Query(max_length=200, description="place name contains")] = None
    since: Annotated[date | None, Query(description="on or after YYYY-MM-DD")] = None
    until: Annotated[date | None, Query(description="on or before YYYY-MM-DD")] = None
    event_type: Annotated[EventType | None, Query(description="an EVENT_TYPE")] = None
    perpetrator: Annotated[str | None, Query(max_length=200, description="alleged perpetrator contains")] = (
        None
    )
    q: Annotated[str | None, Query(max_length=200, description="full-text search of the reports")] = None


Filters = Annotated[ExportFilters, Depends()]


def _export(state: State, fmt: str, filters: ExportFilters) -> str:
    from warledger.export import write_incidents
    from warledger.ledger import IncidentFilter, list_incidents

    chosen = IncidentFilter(
        place=filters.place,
        since=filters.since,
        until=filters.until,
        event_type=filters.event_type,
        perpetrator=filters.perpetrator,
        q=filters.q,
    )
    buffer = io.StringIO()
    write_incidents(list_incidents(state.db_url, chosen), fmt, buffer)
    return buffer.getvalue()


@router.get(
    "/export.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "ACLED's columns"}, **READ_ERRORS},
)
def export_csv(state: State, filters: Filters) -> Response:
    """The ledger (or the incidents matching the filters) in ACLED's CSV column layout."""
    return Response(
        _export(state, "csv", filters),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="warledger.csv"'},
    )


@router.get(
    "/export.geojson",
    response_class=Response,
    responses={
        200: {"content": {"application/geo+json": {}}, "description": "a FeatureCollection"},
        **READ_ERRORS,
    },
)
def export_geojson(state: State, filters: Filters) -> Response:
    """The ledger (or the incidents matching the filters) as a GeoJSON FeatureCollection."""
    return Response(
        _export(state, "geojson", filters),
        media_type="application/geo+json",
        headers={"Content-Disposition": 'attachment; filename="warledger.geojson"'},
    )
