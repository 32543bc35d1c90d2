"""Making incidents again from the mentions linked to them: after an analyst's merge or split, and
`resolve_again` over the whole store.

An analyst's merge joins through the same `join_report` as the resolver; merges and splits pin the
links they move, and re-resolving leaves pinned links (and every reviewed incident) where they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warledger.extract.models import Extraction, Incident
from warledger.ledger.placement import (
    StatementDocument,
    link_statements,
    mention_statements,
    placed_incident,
    statement_only_extractions,
    with_document_contradictions,
)
from warledger.ledger.rows import refreshed
from warledger.resolve import assign, join_report, with_statement
from warledger.resolve.models import LedgerIncident
from warledger.store import repository as repo
from warledger.store.engine import open_store
from warledger.store.schema import DocumentRow, IncidentDocumentRow, IncidentRow, ReviewRow


def rebuilt_incident(incident_id: int, mentions: Sequence[tuple[Extraction, int]]) -> LedgerIncident | None:
    """An incident made again from exactly these mentions (after a merge, a split, or to re-resolve).

    The resolver is asked first; where it would keep a mention apart, the analyst's word wins and the
    report is joined anyway (resolve's `join_report`, the one way a report joins an incident).
    """
    current: LedgerIncident | None = None
    for extraction, index in mentions:
        incident, statements = extraction.incidents[index], mention_statements(extraction, index)
        result = assign(incident, extraction.document, [current] if current else [], statements)
        if current is not None and result.id != current.id:
            result = join_report(current, incident, extraction.document, statements)
        result = with_document_contradictions(result, extraction, index)
        current = result.model_copy(update={"id": str(incident_id)})
    return current


def mentions_for(session: Session, links: Sequence[IncidentDocumentRow]) -> list[tuple[Extraction, int]]:
    extractions = repo.extractions_of(session, [link.document_sha256 for link in links])
    return [
        (extractions[link.document_sha256], link.mention)
        for link in links
        if link.document_sha256 in extractions
        and link.mention < len(extractions[link.document_sha256].incidents)
    ]


def rebuild_row(session: Session, row: IncidentRow, merging: Sequence[IncidentRow] = ()) -> None:
    """Recompute an incident from the mentions linked to it now.

    Statements linked to it (or to the incidents `merging` into it) from documents that hold no
    incident of their own stay linked: no mention brings them back.
    """
    links = repo.mentions_of(session, [row.id])[row.id]
    incident = rebuilt_incident(row.id, mentions_for(session, links))
    if incident is None:
        return
    reporting = {link.document_sha256 for link in links}
    for before in [row, *merging]:
        for statement in repo.ledger_incident(before).statements:
            if statement.document and statement.document not in reporting:
                source = StatementDocument(statement.document, statement.source)
                incident = with_statement(incident, statement, source)
    refreshed(row, incident)


def resolve_again(db_url: str) -> int:
    """Re-resolve every stored extraction; analysts' decisions and the links they placed stay.

    Incidents nobody reviewed are made again from scratch (a mention that starts an incident gets the
    id its old incident had, so ids stay stable); reviewed ones keep their mentions and are recomputed
    from them; every other mention is offered the ledger again. Returns how many incidents there are.
    """
    store = open_store(db_url)
    with store.writing() as session:
        repo.lock_incidents(session)
        reviewed = set(session.scalars(select(ReviewRow.incident_id).distinct()))
        unreviewed = IncidentDocumentRow.incident_id.not_in(reviewed)
        previous = {
            (link.document_sha256, link.mention): link.incident_id
            for link in session.scalars(select(IncidentDocumentRow).where(unreviewed))
        }
        session.execute(delete(IncidentDocumentRow).where(unreviewed))
        session.execute(delete(IncidentRow).where(IncidentRow.id.not_in(reviewed)))
        for row in session.scalars(select(IncidentRow).where(IncidentRow.merged_into.is_(None))):
            rebuild_row(session, row)
        free = set(previous.values())
        for sha, index, incident, extraction, published in unlinked_mentions(session):
            old = previous.get((sha, index))
            reuse = old if old in free else None
            row = placed_incident(session, extraction, index, incident, published, [], reuse)
            free.discard(row.id)
            repo.link_mention(session, row.id, sha, index)
            session.flush()
        for extraction, published in statement_only_extractions(session, None):
            link_statements(session, extraction.statements, extraction.document, published, [])
        return len(repo.incident_rows(session, repo.IncidentQuery(include_rejected=True)))


def unlinked_mentions(session: Session) -> Iterator[tuple[str, int, Incident, Extraction, date | None]]:
    """Every extracted incident no incident holds, document by document in storing order."""
    links = session.execute(select(IncidentDocumentRow.document_sha256, IncidentDocumentRow.mention))
    linked = {(sha, mention) for sha, mention in links}
    documents = session.execute(
        select(DocumentRow.sha256, DocumentRow.published).order_by(DocumentRow.stored_at, DocumentRow.sha256)
    ).all()
    for sha, published in documents:
        extraction = repo.extraction_of(session, sha)
        for index, incident in enumerate(extraction.incidents if extraction else []):
            if extraction is not None and (sha, index) not in linked:
                yield sha, index, incident, extraction, published
