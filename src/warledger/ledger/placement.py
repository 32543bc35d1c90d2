"""Placing a new document's extraction in the ledger: each incident joins a stored one or starts its own.

Resolving is incremental: each extracted incident is offered the stored incidents of its block
(dates ± 3 days, same or unknown country) and joins one or starts its own (resolve's `assign`). An
incident a report joined then takes in the unreviewed candidates that now belong with it
(`belongs_with`), undoing splits the arrival order made. A document with statements and no incident
of its own (a denial issued on its own) has them linked to the incident they name
(`statement_incident`), whichever arrives first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session, defer

from warledger.extract.models import Extraction, Incident, Statement
from warledger.ledger.rows import refreshed
from warledger.resolve import assign, belongs_with, merged_incidents, statement_incident, with_statement
from warledger.resolve.cluster import ReportingDocument
from warledger.resolve.models import LedgerContradiction, LedgerIncident
from warledger.store import repository as repo
from warledger.store.cache import CacheEntry
from warledger.store.schema import IncidentDocumentRow, IncidentRow


def resolve_extraction(
    session: Session, extraction: Extraction, published: date | None, parsed: list[CacheEntry]
) -> None:
    """Place each extracted incident of a document in the ledger: join a stored incident or start one.

    A document with statements but no incident of its own (a denial issued on its own) has them
    linked to the stored incident they name; a document that brings incidents has them offered the
    statements of such documents published near them, so the order documents arrive in does not
    matter. Every incident version parsed or written goes to `parsed`, for the cache once the
    transaction commits.
    """
    if extraction.incidents or extraction.statements:
        repo.lock_incidents(session)
    if not extraction.incidents:
        link_statements(session, extraction.statements, extraction.document, published, parsed)
        return
    placed: dict[int, IncidentRow] = {}
    for index, incident in enumerate(extraction.incidents):
        row = placed_incident(session, extraction, index, incident, published, parsed)
        repo.link_mention(session, row.id, extraction.document.sha256, index)
        placed[row.id] = row
    session.flush()
    for row in placed.values():
        if row.merged_into is None:
            offer_waiting_statements(session, row, parsed)


@dataclass(frozen=True)
class StatementDocument:
    """The document a statement was said in, as resolve's `ReportingDocument` (sha256, outlet, day)."""

    sha256: str
    source: str | None
    published: object = None


def link_statements(
    session: Session,
    statements: Sequence[Statement],
    document: ReportingDocument,
    published: date | None,
    parsed: list[CacheEntry],
    only: int | None = None,
) -> None:
    """Link each statement to the stored incident it speaks of (resolve's `statement_incident`) among
    the incidents of its publication window, so a denial is recorded as a contradiction against every
    documenting source; with `only`, link only to that incident (when it is the one chosen)."""
    window = repo.block_window(None, None, published)
    for statement in statements:
        candidates = repo.candidate_incidents(session, window, None, parsed)
        chosen = statement_incident(statement, candidates)
        if chosen is None or (only is not None and chosen.id != str(only)):
            continue
        updated = with_statement(chosen, statement, document)
        if updated is chosen:
            continue
        row = session.get_one(IncidentRow, int(chosen.id), options=[defer(IncidentRow.data)])
        refreshed(row, updated)
        session.flush()
        parsed.append((repo.cache_key(session, row.id, row.version, row.created_at), updated))


def offer_waiting_statements(session: Session, row: IncidentRow, parsed: list[CacheEntry]) -> None:
    """Link to `row` the statements of stored documents without incidents, published near its dates,
    that speak of it (a denial that arrived before the reports it denies)."""
    start, end = (day.isoformat() if day else None for day in (row.date_start, row.date_end))
    window = repo.block_window(start, end, None)
    if window is None:
        return
    incident = repo.ledger_incident(row)
    for extraction, published in statement_only_extractions(session, window):
        naming = [s for s in extraction.statements if statement_incident(s, [incident]) is not None]
        if naming:  # only statements that speak of this incident are weighed against the others
            link_statements(session, naming, extraction.document, published, parsed, only=row.id)


def statement_only_extractions(
    session: Session, window: tuple[date, date] | None
) -> list[tuple[Extraction, date | None]]:
    """The extractions (and publication days) of stored documents with statements and no incident."""
    found = repo.statement_only_documents(session, window)
    extractions = repo.extractions_of(session, [sha for sha, _ in found])
    return [
        (extractions[sha], published)
        for sha, published in found
        if sha in extractions and not extractions[sha].incidents
    ]


def placed_incident(
    session: Session,
    extraction: Extraction,
    index: int,
    incident: Incident,
    published: date | None,
    parsed: list[CacheEntry],
    reuse_id: int | None = None,
) -> IncidentRow:
    """The incident row a mention belongs to: a candidate the resolver joined it to, or a new one.

    An incident the mention joined then takes in the candidates that now belong with it (`absorbed`).
    """
    window = repo.block_window(incident.date_start, incident.date_end, published)
    country = incident.place.country if incident.place else None
    candidates = repo.candidate_incidents(session, window, country, parsed)
    statements = mention_statements(extraction, index)
    result = with_document_contradictions(
        assign(incident, extraction.document, candidates, statements), extraction, index
    )
    joined_id = result.id if any(c.id == result.id for c in candidates) else None
    if joined_id is None:
        row = repo.add_incident(session, result, reuse_id)
    else:
        row = session.get_one(IncidentRow, int(joined_id), options=[defer(IncidentRow.data)])
        result = absorbed(session, row, result, [c for c in candidates if c.id != result.id])
        refreshed(row, result)
        session.flush()
    stored = result.model_copy(update={"id": str(row.id)})
    parsed.append((repo.cache_key(session, row.id, row.version, row.created_at), stored))
    return row


def absorbed(
    session: Session, row: IncidentRow, incident: LedgerIncident, candidates: Sequence[LedgerIncident]
) -> LedgerIncident:
    """`incident` (stored as `row`) with the candidates that now belong with it merged in.

    Incremental clustering depends on arrival order: a report that came first may have started an
    incident of its own that a later report shows to be this one (resolve's `belongs_with`). Such a
    candidate's mentions move to `row` and it is marked merged into it, as an analyst's merge does,
    but unpinned and without an audit row. Analysts' decisions stay: neither side may be reviewed.
    """
    if len(incident.reports) < 2 or not candidates:
        return incident
    fitting = [c for c in candidates if belongs_with(c, incident)]
    if not fitting:
        return incident
    held = repo.reviewed_ids(session, [row.id, *(int(c.id) for c in fitting)])
    if row.id in held:
        return incident
    for other in fitting:
        if int(other.id) in held or not belongs_with(other, incident):
            continue
        other_row = session.get_one(IncidentRow, int(other.id), options=[defer(IncidentRow.data)])
        session.execute(
            update(IncidentDocumentRow)
            .where(IncidentDocumentRow.incident_id == other_row.id)
            .values(incident_id=row.id)
        )
        other_row.merged_into = row.id
        other_row.version += 1
        other_row.updated_at = repo.now()
        incident = merged_incidents(incident, other)
    session.flush()
    return incident


def mention_statements(extraction: Extraction, index: int) -> list[Statement]:
    """The document's statements about its `index`-th incident (all of them when it has only one)."""
    only = len(extraction.incidents) == 1
    return [s for s in extraction.statements if index in s.incidents or (only and not s.incidents)]


def with_document_contradictions(
    incident: LedgerIncident, extraction: Extraction, index: int
) -> LedgerIncident:
    """The incident with the disagreements its document holds within itself about it."""
    only = len(extraction.incidents) == 1
    contradictions = list(incident.contradictions)
    for contradiction in extraction.contradictions:
        if only or overlaps(contradiction.evidence, extraction.incidents[index].evidence):
            linked = LedgerContradiction(**contradiction.model_dump())
            if linked not in contradictions:
                contradictions.append(linked)
    return incident.model_copy(update={"contradictions": contradictions})


def overlaps(first: Sequence[Any], second: Sequence[Any]) -> bool:
    return any(a.start < b.end and b.start < a.end for a in first for b in second)
