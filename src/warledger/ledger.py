"""The ledger's service layer: what the CLI and the web app call to ingest, list, review and report.

Ingest runs the flow one document at a time: read (warledger.ingest) -> extract (warledger.extract)
-> store the original bytes, the document, its extraction and statements, and resolve its incidents
against the stored ones, all in ONE transaction per document. So a crash or kill mid-batch leaves
every document either wholly stored or absent, and two processes ingesting at once only queue.
Resolving is incremental: each extracted incident is offered the stored incidents of its block
(dates ± 3 days, same or unknown country) and joins one or starts its own (resolve's `assign`; an
analyst's merge joins through the same `join_report`). An incident a report joined then takes in the
unreviewed candidates that now belong with it (`belongs_with`), undoing splits the arrival order
made. A document with statements and no incident of its own (a denial issued on its own) has them
linked to the incident they name (`statement_incident`), whichever arrives first.

Analysts' decisions are append-only review rows; their outcome sits beside the resolver's view of an
incident (`decisions`), never in it, so re-resolving never undoes one. Merges and splits move the
mention links and pin them, and re-resolving leaves pinned links where the analyst put them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, defer

from warledger.errors import RejectedInput, ReviewError, StorageError, WarledgerError
from warledger.extract.models import Contradiction, Extraction, Incident, Statement
from warledger.ingest.document import Document
from warledger.report.situation import Situation
from warledger.resolve import (
    assign,
    belongs_with,
    join_report,
    merged_incidents,
    statement_incident,
    with_statement,
)
from warledger.resolve.cluster import ReportingDocument
from warledger.resolve.models import LedgerContradiction, LedgerIncident, SourcedStatement
from warledger.store import repository as repo
from warledger.store.cache import INCIDENTS, CacheEntry
from warledger.store.decisions import (
    ACTIONS,
    after_decision,
    corrected,
    correction_value,
    current_value,
    incident_with_decisions,
)
from warledger.store.engine import Store, first_line, open_store
from warledger.store.records import StoredDocument
from warledger.store.schema import DocumentRow, IncidentDocumentRow, IncidentRow, ReviewRow, StatementRow

Extractor = Callable[[Iterable[Document]], Iterable[Extraction]]


# --- ingest ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IngestOutcome:
    """How many inputs became new documents, were stored already, or were rejected."""

    added: int = 0
    already_stored: int = 0
    rejected: int = 0
    sha256s: tuple[str, ...] = ()


class RejectionCounter:
    """Passes each rejected input on, and counts them."""

    def __init__(self, on_rejected: Callable[[RejectedInput], None] | None) -> None:
        self.on_rejected = on_rejected
        self.count = 0

    def __call__(self, error: RejectedInput) -> None:
        self.count += 1
        if self.on_rejected is not None:
            self.on_rejected(error)


def ingest_inputs(
    inputs: Sequence[str],
    db_url: str,
    on_rejected: Callable[[RejectedInput], None] | None = None,
    *,
    extractor: Extractor | None = None,
) -> IngestOutcome:
    """Read, extract, store and resolve every input; rejected inputs go to `on_rejected`."""
    from warledger.ingest import read_inputs

    store = open_store(db_url)
    rejections = RejectionCounter(on_rejected)
    documents = read_inputs(list(inputs), on_rejected=rejections)
    outcome = store_documents(store, documents, extractor=extractor, on_rejected=rejections)
    return replace(outcome, rejected=rejections.count)


def ingest_documents(
    documents: Iterable[Document],
    db_url: str,
    *,
    extractor: Extractor | None = None,
    on_rejected: Callable[[RejectedInput], None] | None = None,
) -> IngestOutcome:
    """Extract, store and resolve documents already read (an upload to the web app, a test)."""
    return store_documents(open_store(db_url), documents, extractor=extractor, on_rejected=on_rejected)


def default_extractor() -> Extractor:
    from warledger.extract import extract_documents

    return extract_documents


def pipeline_version() -> str:
    """The version of the extraction that produced what is stored (kept with every extraction)."""
    import warledger.extract

    return str(getattr(warledger.extract, "PIPELINE_VERSION", None) or warledger.__version__)


def store_documents(
    store: Store,
    documents: Iterable[Document],
    *,
    extractor: Extractor | None = None,
    on_rejected: Callable[[RejectedInput], None] | None = None,
) -> IngestOutcome:
    """Store each new document with its extraction and incidents, one transaction per document.

    A document the resolver cannot place is rolled back whole and handed to `on_rejected` with the
    reason (the batch goes on); a database that fails is a StorageError that stops the batch.
    """
    counts = {"added": 0, "already": 0, "rejected": 0}
    added: list[str] = []

    def new_documents() -> Iterator[Document]:
        seen: set[str] = set()
        for document in documents:
            if document.sha256 in seen or is_stored(store, document.sha256):
                counts["already"] += 1
                continue
            seen.add(document.sha256)
            yield document

    version = pipeline_version()
    for document, extraction in paired(new_documents(), extractor or default_extractor()):
        try:
            stored = save_document(store, document, extraction, version)
        except RejectedInput as rejection:
            counts["rejected"] += 1
            if on_rejected is None:
                raise
            on_rejected(rejection)
            continue
        counts["added" if stored else "already"] += 1
        if stored:
            added.append(document.sha256)
    return IngestOutcome(counts["added"], counts["already"], counts["rejected"], tuple(added))


def is_stored(store: Store, sha256: str) -> bool:
    with store.reading() as session:
        return bool(repo.stored_sha256s(session, [sha256]))


def paired(documents: Iterable[Document], extractor: Extractor) -> Iterator[tuple[Document, Extraction]]:
    """Each document with its extraction (the extractor yields one per document, in order)."""
    pending: deque[Document] = deque()

    def fed() -> Iterator[Document]:
        for document in documents:
            pending.append(document)
            yield document

    for extraction in extractor(fed()):
        if not pending:
            raise StorageError("extraction gave more results than it was given documents")
        document = pending.popleft()
        if extraction.document.sha256 not in (document.sha256, ""):
            raise StorageError(f"{document.origin or document.sha256}: extraction is of another document")
        yield document, extraction


def save_document(store: Store, document: Document, extraction: Extraction, version: str) -> bool:
    """Store one document, its extraction, statements and incidents together; False if already there."""
    if extraction.document.sha256 != document.sha256:
        extraction = extraction.model_copy(
            update={"document": extraction.document.model_copy(update={"sha256": document.sha256})}
        )
    name = document.origin or document.url or document.sha256
    parsed: list[CacheEntry] = []
    try:
        with store.writing() as session:
            if not repo.add_document(session, document):
                return False
            repo.add_extraction(session, extraction, version)
            resolve_extraction(session, extraction, document.published, parsed)
        INCIDENTS.publish(parsed)
    except WarledgerError:
        raise
    except SQLAlchemyError as error:
        raise StorageError(f"{name}: could not be stored ({first_line(error)})") from error
    except Exception as error:  # a resolver failure on this document: it is refused, the batch goes on
        raise RejectedInput(name, f"could not be resolved ({error.__class__.__name__}: {error})") from error
    return True


# --- resolve ---------------------------------------------------------------------------------


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


def refreshed(row: IncidentRow, incident: LedgerIncident) -> None:
    """Give a row the resolver's new view; its filter columns follow the corrected view."""
    visible = corrected(
        incident_with_decisions(incident.model_dump(mode="json"), row.decisions or {}, row.id)
    )
    repo.replace_incident(row, incident, visible)


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


# --- reading ---------------------------------------------------------------------------------


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


def document_text(db_url: str, sha256: str) -> str | None:
    """The clean text of a stored document: what every evidence offset indexes into."""
    with open_store(db_url).reading() as session:
        row = repo.document_row(session, sha256)
        return row.text if row else None


def search_documents(db_url: str, query: str, limit: int = 100) -> list[StoredDocument]:
    """Stored documents matching every word of `query` (full-text), best first."""
    with open_store(db_url).reading() as session:
        shas = repo.matching_sha256s(session, query, limit)
        found = {doc.sha256: doc for doc in repo.stored_documents(session, shas)}
        return [found[sha] for sha in shas if sha in found]


IncidentFilter = repo.IncidentQuery
"""Which incidents to list; None means no filter. `q` searches the reports' full text (the store's
own query type: `list_incidents` fills in which documents match `q`)."""


def incident_of_row(row: IncidentRow) -> LedgerIncident:
    """The incident a reader sees: the resolver's view with analysts' decisions beside it."""
    return incident_with_decisions(row.data, row.decisions or {}, row.id)


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


def list_contradictions(db_url: str) -> list[dict[str, Any]]:
    """Disagreements within documents, then across the sources of each incident, each with its evidence."""
    with open_store(db_url).reading() as session:
        within = [
            {**row.data, "document": row.document_sha256, "incident": None}
            for row in repo.contradiction_rows(session)
        ]
        across = [
            {**contradiction.model_dump(mode="json"), "document": None, "incident": incident.id}
            for incident in (incident_of_row(r) for r in repo.incident_rows(session, repo.IncidentQuery()))
            for contradiction in incident.contradictions
        ]
        return within + across


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


# --- review ----------------------------------------------------------------------------------


def review_incident(
    db_url: str,
    incident_id: str,
    action: str,
    *,
    reason: str,
    by: str,
    field: str | None = None,
    value: Any = None,
    others: Sequence[str] = (),
    confirmed: bool = False,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Apply one analyst's decision and append it to the audit trail; returns the row and the incident.

    Decisions on one incident are serialised (the row is locked, SQLite writes queue), so two
    reviewers at once never lose either edit: the second sees the first's value as its value before.
    `expected_version` (from a read) makes a stale decision fail instead of applying blindly.
    """
    if action not in ACTIONS:
        raise ReviewError(f"incident {incident_id}: unknown action {action!r}; actions: {', '.join(ACTIONS)}")
    if not reason or not reason.strip():
        raise ReviewError(f"incident {incident_id}: a decision needs a reason")
    store = open_store(db_url)
    try:
        with store.writing() as session:
            repo.lock_incidents(session)
            lock_in_order(session, [incident_id, *others] if action == "merge" else [incident_id])
            row = locked_incident(session, incident_id, expected_version)
            if action == "merge":
                audit, extra = merge_decision(session, row, others, confirmed=confirmed, reason=reason, by=by)
            elif action == "split":
                audit, extra = split_decision(session, row, others, reason=reason, by=by)
            else:
                audit, extra = status_decision(session, row, action, field, value, reason=reason, by=by), {}
            incident = incident_of_row(row).model_dump(mode="json")
            decision = repo.review_record(audit)
            return {"ok": True, "review": decision, "incident": incident, "version": row.version, **extra}
    except SQLAlchemyError as error:
        raise StorageError(
            f"incident {incident_id}: the decision could not be stored ({first_line(error)})"
        ) from error


def lock_in_order(session: Session, incident_ids: Sequence[str]) -> None:
    """Lock every incident a decision touches, lowest id first, so two merges never deadlock."""
    ids = sorted({n for i in incident_ids if (n := repo.incident_number(i)) is not None})
    if ids:
        query = (
            select(IncidentRow.id).where(IncidentRow.id.in_(ids)).order_by(IncidentRow.id).with_for_update()
        )
        session.execute(query).all()


def locked_incident(session: Session, incident_id: str, expected_version: int | None) -> IncidentRow:
    row = repo.incident_row(session, incident_id, for_update=True)
    if row is None:
        raise ReviewError(f"incident {incident_id}: unknown incident")
    if row.merged_into is not None:
        raise ReviewError(f"incident {incident_id}: merged into incident {row.merged_into}; review that one")
    if expected_version is not None and row.version != expected_version:
        raise ReviewError(
            f"incident {incident_id}: changed since it was read (version {row.version}, "
            f"not {expected_version}); reload and decide again"
        )
    return row


def stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def decide(row: IncidentRow, action: str, by: str, field: str | None = None, value: Any = None) -> None:
    """Record a decision's outcome on the row, and refresh its filter columns."""
    row.decisions = after_decision(row.decisions or {}, action, by, stamp(), field, value)
    row.status = row.decisions.get("status", row.status)
    visible = corrected(incident_of_row(row))
    for key, column_value in repo.index_values(visible).items():
        setattr(row, key, column_value)
    row.version += 1
    row.updated_at = repo.now()


def status_decision(
    session: Session, row: IncidentRow, action: str, field: str | None, value: Any, *, reason: str, by: str
) -> ReviewRow:
    """Confirm, reject, or correct one field (the value shown beside the sources', never over them)."""
    incident = incident_of_row(row)
    if action == "correct":
        field, value = correction_value(incident, field, value)
        before = current_value(incident, field)
    else:
        field, value, before = None, None, incident.review.status
    decide(row, action, by, field, value)
    after = value if action == "correct" else row.status
    return repo.append_review(
        session, row.id, action, reason=reason, by=by, field=field, before=before, after=after
    )


def merge_decision(
    session: Session, row: IncidentRow, others: Sequence[str], *, confirmed: bool, reason: str, by: str
) -> tuple[ReviewRow, dict[str, Any]]:
    """Merge `others` into `row`: their reports become its own; they stay, marked merged, for the audit."""
    if not others:
        raise ReviewError(f"incident {row.id}: a merge needs the incidents to merge in (--other)")
    merging = [
        locked_incident(session, other, None) for other in sorted(set(others), key=lambda o: (len(o), o))
    ]
    if any(other.id == row.id for other in merging):
        raise ReviewError(f"incident {row.id}: cannot merge an incident into itself")
    countries = sorted({c for c in [row.country, *(o.country for o in merging)] if c})
    if len(countries) > 1 and not confirmed:
        raise ReviewError(
            f"incident {row.id}: merging incidents in different countries ({', '.join(countries)}) "
            "needs confirmation (--yes)"
        )
    documents_before = incident_of_row(row).documents
    ids = [o.id for o in merging]
    session.execute(
        update(IncidentDocumentRow)
        .where(IncidentDocumentRow.incident_id.in_([row.id, *ids]))
        .values(incident_id=row.id, pinned=True)
    )
    for other in merging:
        other.merged_into = row.id
        other.version += 1
        other.updated_at = repo.now()
        repo.append_review(
            session,
            other.id,
            "merge",
            reason=reason,
            by=by,
            before={"merged_into": None},
            after={"merged_into": str(row.id), "others": [str(row.id)]},
        )
    session.flush()
    rebuild_row(session, row, merging)
    decide(row, "merge", by)
    after = {"others": [str(i) for i in ids], "documents": incident_of_row(row).documents}
    audit = repo.append_review(
        session, row.id, "merge", reason=reason, by=by, before={"documents": documents_before}, after=after
    )
    return audit, {"merged": [str(i) for i in ids]}


def split_decision(
    session: Session, row: IncidentRow, others: Sequence[str], *, reason: str, by: str
) -> tuple[ReviewRow, dict[str, Any]]:
    """Split the reports of documents `others` off `row` into a new incident."""
    links = repo.mentions_of(session, [row.id])[row.id]
    documents = list(dict.fromkeys(link.document_sha256 for link in links))
    leaving = {document_in(row.id, documents, other) for other in others}
    if not leaving:
        raise ReviewError(f"incident {row.id}: a split needs the documents to split off (--other SHA256)")
    moving = [link for link in links if link.document_sha256 in leaving]
    staying = [link for link in links if link.document_sha256 not in leaving]
    if not staying:
        raise ReviewError(f"incident {row.id}: splitting off every document would leave nothing behind")
    incident = rebuilt_incident(0, mentions_for(session, moving))
    assert incident is not None  # moving holds at least one link
    new_row = repo.add_incident(session, incident)
    for link in moving:
        link.incident_id = new_row.id
    for link in links:
        link.pinned = True
    session.flush()
    refreshed(new_row, rebuilt_incident(new_row.id, mentions_for(session, moving)) or incident)
    rebuild_row(session, row)
    decide(row, "split", by)
    split_off = sorted(leaving)
    repo.append_review(
        session,
        new_row.id,
        "split",
        reason=reason,
        by=by,
        before={"split_from": str(row.id)},
        after={"documents": split_off, "others": [str(row.id)]},
    )
    audit = repo.append_review(
        session,
        row.id,
        "split",
        reason=reason,
        by=by,
        before={"documents": documents},
        after={
            "others": split_off,
            "new_incident": str(new_row.id),
            "documents": [d for d in documents if d not in leaving],
        },
    )
    return audit, {"new_incident": str(new_row.id)}


def document_in(incident_id: int, documents: Sequence[str], wanted: str) -> str:
    """The document of the incident that `wanted` names (its SHA-256 or a unique prefix of it)."""
    key = wanted.strip().lower()
    found = [d for d in documents if d == key or (len(key) >= 8 and d.startswith(key))]
    if len(found) != 1:
        raise ReviewError(f"incident {incident_id}: document {wanted!r} is not one of its reports")
    return found[0]


# --- users -----------------------------------------------------------------------------------


def add_user(db_url: str, name: str, role: str, password: str) -> str:
    """Create a login and return its API token (shown once); the accounts live in store/accounts.py."""
    from warledger.store.accounts import create_user

    return create_user(open_store(db_url), name, role, password)
