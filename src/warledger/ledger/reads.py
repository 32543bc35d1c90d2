"""The ledger's reads: stored documents, incidents, statements, contradictions, the audit trail and
the situation report's contents.

Incidents are read as a reader sees them (ledger.rows): the sources' values, analysts' decisions beside them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warledger.errors import ReviewError
from warledger.extract.models import Contradiction
from warledger.ledger.rows import incident_of_row
from warledger.report.situation import Situation
from warledger.resolve.models import LedgerIncident, SourcedStatement
from warledger.store import repository as repo
from warledger.store.engine import open_store
from warledger.store.records import StoredDocument
from warledger.store.schema import DocumentRow, IncidentRow, StatementRow


def list_documents(db_url: str) -> list[StoredDocument]:
    """Every stored document with its provenance and incident and statement counts, in storing order."""
    with open_store(db_url).reading() as session:
        return repo.stored_documents(session)


def get_document(db_url: str, sha256: str) -> StoredDocument | None:
    """One stored document by its SHA-256 (or a unique prefix of at least 8 hex digits)."""
    with open_store(db_url).reading() as session:
        row = repo.document_row(session, sha256)
        return repo.stored_documents(session, [row.sha256])[0] if row else None


def document_original(db_url: str, sha256: str) -> bytes | None:
    """The original bytes of a stored document, exactly as they were collected."""
    with open_store(db_url).reading() as session:
        row = repo.document_row(session, sha256)
        return row.original if row else None


def search_documents(db_url: str, query: str, limit: int = 100) -> list[StoredDocument]:
    """Stored documents matching every word of `query` (full-text), best first."""
    with open_store(db_url).reading() as session:
        shas = repo.matching_sha256s(session, query, limit)
        found = {doc.sha256: doc for doc in repo.stored_documents(session, shas)}
        return [found[sha] for sha in shas if sha in found]


IncidentFilter = repo.IncidentQuery
"""Which incidents to list; None means no filter. `q` searches the reports' full text (the store's
own query type: `list_incidents` fills in which documents match `q`)."""


def list_incidents(db_url: str, filters: IncidentFilter | None = None) -> list[LedgerIncident]:
    """The reconciled incidents matching `filters`, with analysts' decisions applied, by date."""
    filters = filters or IncidentFilter()
    with open_store(db_url).reading() as session:
        if filters.q and filters.q.strip():
            query = replace(filters, text_matches=tuple(repo.matching_sha256s(session, filters.q)))
        else:
            query = replace(filters, q=None, text_matches=None)
        return [incident_of_row(row) for row in repo.incident_rows(session, query)]


def get_incident(db_url: str, incident_id: str) -> LedgerIncident | None:
    """One incident; a merged-away id answers the incident it was merged into."""
    with open_store(db_url).reading() as session:
        row = repo.incident_row(session, incident_id)
        seen: set[int] = set()
        while row is not None and row.merged_into is not None and row.id not in seen:
            seen.add(row.id)
            row = session.get(IncidentRow, row.merged_into)
        return incident_of_row(row) if row else None


def review_history(db_url: str, incident_id: str) -> list[dict[str, Any]]:
    """Every decision on an incident, oldest first: the audit trail."""
    with open_store(db_url).reading() as session:
        row = repo.incident_row(session, incident_id)
        if row is None:
            raise ReviewError(f"incident {incident_id}: unknown incident")
        return [repo.review_record(r) for r in repo.reviews_of(session, [row.id])[row.id]]


def list_statements(
    db_url: str, speaker: str | None = None, stance: str | None = None
) -> list[SourcedStatement]:
    """Who said what, across every stored document, with the document and outlet it was said in."""
    with open_store(db_url).reading() as session:
        return sourced_statements(session, repo.statement_rows(session, speaker=speaker, stance=stance))


def situation(
    db_url: str, place: str | None = None, since: date | None = None, until: date | None = None
) -> Situation:
    """What the situation report covers: the incidents in the period and place (rejected ones left out),
    and the statements and contradictions of their documents that no incident holds.

    Incidents are as a reader sees them: the sources' values, analysts' corrections beside them.
    """
    incidents = list_incidents(db_url, IncidentFilter(place=place, since=since, until=until))
    filtered = place is not None or since is not None or until is not None
    with open_store(db_url).reading() as session:
        scope = sorted({sha for incident in incidents for sha in incident.documents}) if filtered else None
        documents = len(scope) if scope is not None else len(repo.stored_sha256s_all(session))
        held_statements = {
            (s.document, s.speaker, s.quote, s.evidence.start) for i in incidents for s in i.statements
        }
        statements = [
            statement
            for statement in sourced_statements(session, repo.statement_rows(session, scope))
            if (statement.document, statement.speaker, statement.quote, statement.evidence.start)
            not in held_statements
        ]
        held = [
            c.model_dump(mode="json", include=set(Contradiction.model_fields))
            for i in incidents
            for c in i.contradictions
        ]
        contradictions = [
            Contradiction.model_validate(row.data)
            for row in repo.contradiction_rows(session, scope)
            if row.data not in held
        ]
    return Situation(
        incidents=incidents,
        statements=statements,
        contradictions=contradictions,
        documents=documents,
        since=since,
        until=until,
        place=place,
        filters={
            k: v
            for k, v in {
                "place": place,
                "since": since and since.isoformat(),
                "until": until and until.isoformat(),
            }.items()
            if v
        },
    )


def sourced_statements(session: Session, rows: Sequence[StatementRow]) -> list[SourcedStatement]:
    """Statement rows as statements with their document and outlet."""
    shas = list({row.document_sha256 for row in rows})
    query = select(DocumentRow.sha256, DocumentRow.source).where(DocumentRow.sha256.in_(shas))
    sources: dict[str, str | None] = {sha: source for sha, source in session.execute(query)} if shas else {}
    return [
        SourcedStatement(**row.data, document=row.document_sha256, source=sources.get(row.document_sha256))
        for row in rows
    ]
