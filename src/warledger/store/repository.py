"""Repository functions: every read and write of the ledger tables, each taking an open Session.

The caller owns the transaction (`Store.writing()` / `Store.reading()`), so a document, its
extraction, statements and incident links are stored together or not at all. Functions here speak
in contract models (`Document`, `Extraction`, `LedgerIncident`, `StoredDocument`) and return ORM rows
only where the caller needs to change them; SQL differences between SQLite and PostgreSQL (upserts,
full-text search) stay inside this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import Select, Table, and_, func, or_, select, text
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from warledger.extract.models import Extraction
from warledger.ingest.document import Document
from warledger.resolve.models import LedgerIncident
from warledger.store.cache import INCIDENTS, CacheEntry, CacheKey
from warledger.store.records import StoredDocument
from warledger.store.schema import (
    ContradictionRow,
    DocumentRow,
    ExtractionRow,
    IncidentDocumentRow,
    IncidentRow,
    ReviewRow,
    StatementRow,
)

DOCUMENTS = cast(Table, DocumentRow.__table__)
RESOLVE_LOCK_KEY = 0x57415252  # the PostgreSQL advisory lock held while incidents change
INDEXED_TEXT = 200  # characters of a place name kept in an index (PostgreSQL caps an index row at ~2.7 kB)
BLOCK_DAYS = 3
MAX_CANDIDATES = 200
WORD = re.compile(r"\w+", re.UNICODE)


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """SQLite hands datetimes back without a zone; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def day_of(value: str | None) -> date | None:
    """A YYYY-MM-DD string as a date, or None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- documents -------------------------------------------------------------------------------


def stored_sha256s(session: Session, sha256s: Iterable[str]) -> set[str]:
    """Which of these SHA-256s are stored already."""
    wanted = list(set(sha256s))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.scalars(select(DocumentRow.sha256).where(DocumentRow.sha256.in_(chunk))))
    return found


def stored_sha256s_all(session: Session) -> list[str]:
    """Every stored document's SHA-256, in storing order."""
    return list(
        session.scalars(select(DocumentRow.sha256).order_by(DocumentRow.stored_at, DocumentRow.sha256))
    )


def add_document(session: Session, document: Document) -> bool:
    """Store a document with its original bytes; False when these bytes were stored already."""
    values = document_values(document)
    insert = postgres_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(DOCUMENTS)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(DOCUMENTS.c.sha256)
    )
    return session.execute(statement).first() is not None


def document_values(document: Document) -> dict[str, Any]:
    return {
        "sha256": document.sha256,
        "original": document.original,
        "text": document.text,
        "title": document.title,
        "author": document.author,
        "url": document.url,
        "source": document.source,
        "published": document.published,
        "published_precision": document.published_precision,
        "retrieved_at": aware(document.retrieved_at),
        "stored_at": now(),
        "language": document.language,
        "media_type": document.media_type,
        "extractor": document.extractor,
        "external_id": document.external_id,
        "origin": document.origin,
        "characters": len(document.text),
    }


def add_extraction(session: Session, extraction: Extraction, pipeline_version: str) -> None:
    """Store what extraction said about a stored document, with its statements and contradictions.

    The document's text is not stored a second time inside the extraction JSON: it is in `documents`,
    and `extraction_of` puts it back.
    """
    sha256 = extraction.document.sha256
    data = extraction.model_dump(mode="json")
    data["document"]["text"] = ""
    session.add(
        ExtractionRow(
            document_sha256=sha256,
            data=data,
            pipeline_version=pipeline_version,
            extracted_at=now(),
        )
    )
    for position, statement in enumerate(extraction.statements):
        session.add(
            StatementRow(
                document_sha256=sha256,
                position=position,
                speaker=statement.speaker,
                stance=statement.stance,
                data=statement.model_dump(mode="json"),
            )
        )
    for position, contradiction in enumerate(extraction.contradictions):
        session.add(
            ContradictionRow(
                document_sha256=sha256,
                position=position,
                kind=contradiction.kind,
                data=contradiction.model_dump(mode="json"),
            )
        )


def extraction_of(session: Session, sha256: str) -> Extraction | None:
    """What extraction said about a stored document, its text included."""
    return extractions_of(session, [sha256]).get(sha256)


def extractions_of(session: Session, sha256s: Iterable[str]) -> dict[str, Extraction]:
    """What extraction said about each of these stored documents, their texts included."""
    wanted = list(set(sha256s))
    if not wanted:
        return {}
    query = (
        select(ExtractionRow.document_sha256, ExtractionRow.data, DocumentRow.text)
        .join(DocumentRow, DocumentRow.sha256 == ExtractionRow.document_sha256)
        .where(ExtractionRow.document_sha256.in_(wanted))
    )
    return {sha: extraction_with_text(data, body) for sha, data, body in session.execute(query)}


def extraction_with_text(data: dict[str, Any], body: str) -> Extraction:
    return Extraction.model_validate({**data, "document": {**data["document"], "text": body}})


def stored_documents(session: Session, sha256s: Sequence[str] | None = None) -> list[StoredDocument]:
    """Stored documents in the order they were stored, with their incident and statement counts."""
    incidents = (
        select(func.count(func.distinct(IncidentDocumentRow.incident_id)))
        .where(IncidentDocumentRow.document_sha256 == DocumentRow.sha256)
        .scalar_subquery()
    )
    statements = (
        select(func.count(StatementRow.id))
        .where(StatementRow.document_sha256 == DocumentRow.sha256)
        .scalar_subquery()
    )
    columns = [c for c in DocumentRow.__table__.c if c.key not in ("original", "text")]
    query = select(*columns, incidents.label("incidents"), statements.label("statements"))
    if sha256s is not None:
        query = query.where(DocumentRow.sha256.in_(list(sha256s)))
    query = query.order_by(DocumentRow.stored_at, DocumentRow.sha256)
    return [stored_document(row._mapping) for row in session.execute(query)]


def stored_document(row: Any) -> StoredDocument:
    published = row["published"]
    return StoredDocument(
        sha256=row["sha256"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        author=row["author"],
        published=published.isoformat() if published else None,
        published_precision=row["published_precision"],
        retrieved_at=aware(row["retrieved_at"]),
        language=row["language"],
        characters=row["characters"],
        incidents=row["incidents"] or 0,
        statements=row["statements"] or 0,
        media_type=row["media_type"],
        extractor=row["extractor"],
        external_id=row["external_id"],
        origin=row["origin"],
    )


def document_row(session: Session, sha256: str) -> DocumentRow | None:
    """The stored document with this SHA-256, or with this unique prefix of at least 8 hex digits."""
    row = session.get(DocumentRow, sha256)
    if row is not None or len(sha256) < 8 or len(sha256) >= 64:
        return row
    matches = session.scalars(
        select(DocumentRow).where(DocumentRow.sha256.like(f"{sha256.lower()}%")).limit(2)
    ).all()
    return matches[0] if len(matches) == 1 else None


# --- full-text search ------------------------------------------------------------------------


def matching_sha256s(session: Session, query: str, limit: int = 10_000) -> list[str]:
    """Documents whose title or text match every word of `query`, best first."""
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.scalars(
                text(
                    "SELECT sha256 FROM documents WHERE search @@ websearch_to_tsquery('english', :q) "
                    "ORDER BY ts_rank(search, websearch_to_tsquery('english', :q)) DESC LIMIT :limit"
                ),
                {"q": query, "limit": limit},
            )
        )
    words = WORD.findall(query)
    if not words:
        return []
    match = " ".join('"' + word.replace('"', "") + '"' for word in words)
    return list(
        session.scalars(
            text("SELECT sha256 FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit"),
            {"q": match, "limit": limit},
        )
    )


# --- incidents -------------------------------------------------------------------------------


def lock_incidents(session: Session) -> None:
    """Hold the ledger's incidents for this transaction, so concurrent writers never lose an update.

    A writer reads candidate incidents and writes one back, so two at once could each overwrite the
    other's report. SQLite write transactions are serialised already (BEGIN IMMEDIATE); on PostgreSQL
    an advisory lock does the same for the short resolve step (extraction runs outside it).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RESOLVE_LOCK_KEY})


def index_values(incident: LedgerIncident) -> dict[str, Any]:
    """The filter columns of an incident row, from the incident as a reader sees it."""
    place = incident.place
    return {
        "date_start": day_of(incident.date_start),
        "date_end": day_of(incident.date_end) or day_of(incident.date_start),
        "country": place.country if place else None,
        "place_name": place.name[:INDEXED_TEXT] if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "event_type": incident.event_type,
        "killed_min": incident.killed.min if incident.killed else None,
        "killed_max": incident.killed.max if incident.killed else None,
        "perpetrators": "\n".join(p.name.lower() for p in incident.perpetrators)[: INDEXED_TEXT * 2],
    }


def add_incident(session: Session, incident: LedgerIncident, incident_id: int | None = None) -> IncidentRow:
    """A new incident row for the resolver's incident (with `incident_id` when given, to keep an id)."""
    moment = now()
    row = IncidentRow(
        id=incident_id,
        data={},
        status="unreviewed",
        decisions={},
        version=1,
        created_at=moment,
        updated_at=moment,
        **index_values(incident),
    )
    session.add(row)
    session.flush()
    row.data = incident.model_copy(update={"id": str(row.id)}).model_dump(mode="json")
    return row


def replace_incident(
    row: IncidentRow, incident: LedgerIncident, effective: LedgerIncident | None = None
) -> None:
    """Put the resolver's new view of an incident in its row; filters follow `effective` if given."""
    row.data = incident.model_copy(update={"id": str(row.id)}).model_dump(mode="json")
    for key, value in index_values(effective or incident).items():
        setattr(row, key, value)
    row.version += 1
    row.updated_at = now()


def ledger_incident(row: IncidentRow) -> LedgerIncident:
    """The resolver's view of an incident (no analysts' decisions applied)."""
    return LedgerIncident.model_validate({**row.data, "id": str(row.id)})


INCIDENT_NUMBER = re.compile(r"[0-9]{1,9}")
"""An incident id as typed: ASCII digits only (str.isdigit also accepts "¹", which int() refuses)."""


def incident_number(incident_id: str) -> int | None:
    """The row id an incident id names, or None when it cannot be one."""
    text = incident_id.strip()
    return int(text) if INCIDENT_NUMBER.fullmatch(text) else None


def incident_row(session: Session, incident_id: str, *, for_update: bool = False) -> IncidentRow | None:
    """The incident row with this id (as typed), or None when there is none or the id is malformed."""
    number = incident_number(incident_id)
    if number is None:
        return None
    query = select(IncidentRow).where(IncidentRow.id == number)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).first()


def reviewed_ids(session: Session, incident_ids: Iterable[int]) -> set[int]:
    """Which of these incidents an analyst decided on (a review row, or links an analyst pinned)."""
    wanted = list(set(incident_ids))
    if not wanted:
        return set()
    reviewed = set(session.scalars(select(ReviewRow.incident_id).where(ReviewRow.incident_id.in_(wanted))))
    pinned = select(IncidentDocumentRow.incident_id).where(
        IncidentDocumentRow.incident_id.in_(wanted), IncidentDocumentRow.pinned.is_(True)
    )
    return reviewed | set(session.scalars(pinned))


def statement_only_documents(
    session: Session, window: tuple[date, date] | None
) -> list[tuple[str, date | None]]:
    """Stored documents (SHA-256, publication day) with statements and no incident link, in storing
    order; with `window`, only those published within it."""
    linked = select(IncidentDocumentRow.document_sha256).where(
        IncidentDocumentRow.document_sha256 == DocumentRow.sha256
    )
    said = select(StatementRow.document_sha256).where(StatementRow.document_sha256 == DocumentRow.sha256)
    query = select(DocumentRow.sha256, DocumentRow.published).where(~linked.exists(), said.exists())
    if window is not None:
        query = query.where(DocumentRow.published.between(window[0], window[1]))
    query = query.order_by(DocumentRow.stored_at, DocumentRow.sha256)
    return [(sha, published) for sha, published in session.execute(query)]


def block_window(
    incident_start: str | None, incident_end: str | None, fallback: date | None
) -> tuple[date, date] | None:
    """The days an incident's candidates must overlap: its dates (or the fallback day) ± 3 days."""
    start = day_of(incident_start) or day_of(incident_end) or fallback
    end = day_of(incident_end) or start
    if start is None or end is None:
        return None
    low, high = min(start, end), max(start, end)
    return low - timedelta(days=BLOCK_DAYS), high + timedelta(days=BLOCK_DAYS)


def candidate_query(window: tuple[date, date] | None, country: str | None) -> Select[int, int, datetime]:
    """Incidents a new mention may join: overlapping the date window (an undated one: reported by a
    document published within it, as resolve's in-memory blocking files it), same or unknown country."""
    query = select(IncidentRow.id, IncidentRow.version, IncidentRow.created_at).where(
        IncidentRow.merged_into.is_(None)
    )
    if window is None:
        query = query.where(IncidentRow.date_start.is_(None))
    else:
        low, high = window
        reported_then = (
            select(IncidentDocumentRow.incident_id)
            .join(DocumentRow, DocumentRow.sha256 == IncidentDocumentRow.document_sha256)
            .where(IncidentDocumentRow.incident_id == IncidentRow.id)
            .where(DocumentRow.published.between(low, high))
            .exists()
        )
        query = query.where(
            or_(
                and_(IncidentRow.date_start <= high, IncidentRow.date_end >= low),
                and_(IncidentRow.date_start.is_(None), reported_then),
            )
        )
    if country:
        query = query.where(or_(IncidentRow.country == country, IncidentRow.country.is_(None)))
    return query.order_by(IncidentRow.id.desc()).limit(MAX_CANDIDATES)


def cache_key(session: Session, incident_id: int, version: int, created_at: datetime) -> CacheKey:
    """What identifies one committed version of an incident row, in this database."""
    return (str(session.get_bind().engine.url), incident_id, version, aware(created_at).timestamp())


def candidate_incidents(
    session: Session, window: tuple[date, date] | None, country: str | None, parsed: list[CacheEntry]
) -> list[LedgerIncident]:
    """The candidates of a mention as the resolver sees them, parsed once per row version and process.

    Rows parsed here are added to `parsed`, for the caller to publish once its transaction commits.
    """
    keys = {
        row.id: cache_key(session, row.id, row.version, row.created_at)
        for row in session.execute(candidate_query(window, country))
    }
    found = {incident_id: INCIDENTS.get(key) for incident_id, key in keys.items()}
    missing = [incident_id for incident_id, incident in found.items() if incident is None]
    if missing:
        query = select(IncidentRow.id, IncidentRow.data).where(IncidentRow.id.in_(missing))
        for incident_id, data in session.execute(query):
            incident = LedgerIncident.model_validate({**data, "id": str(incident_id)})
            found[incident_id] = incident
            parsed.append((keys[incident_id], incident))
    return [incident for incident in found.values() if incident is not None]


def link_mention(
    session: Session, incident_id: int, sha256: str, mention: int, *, pinned: bool = False
) -> None:
    session.add(
        IncidentDocumentRow(incident_id=incident_id, document_sha256=sha256, mention=mention, pinned=pinned)
    )


def mentions_of(session: Session, incident_ids: Iterable[int]) -> dict[int, list[IncidentDocumentRow]]:
    """The mention links of each incident, in the order their documents were stored."""
    wanted = list(set(incident_ids))
    links: dict[int, list[IncidentDocumentRow]] = {i: [] for i in wanted}
    if not wanted:
        return links
    query = (
        select(IncidentDocumentRow)
        .join(DocumentRow, DocumentRow.sha256 == IncidentDocumentRow.document_sha256)
        .where(IncidentDocumentRow.incident_id.in_(wanted))
        .order_by(DocumentRow.stored_at, IncidentDocumentRow.document_sha256, IncidentDocumentRow.mention)
    )
    for link in session.scalars(query):
        links[link.incident_id].append(link)
    return links


SortKey = Literal["date_desc", "date_asc", "killed_desc", "place", "recent"]
ORDERS: dict[SortKey, tuple[Any, ...]] = {
    "date_desc": (IncidentRow.date_start.desc().nulls_last(), IncidentRow.id.desc()),
    "date_asc": (IncidentRow.date_start.asc().nulls_last(), IncidentRow.id.asc()),
    "killed_desc": (IncidentRow.killed_max.desc().nulls_last(), IncidentRow.id.asc()),
    "place": (IncidentRow.place_name.asc().nulls_last(), IncidentRow.date_start.desc(), IncidentRow.id.asc()),
    "recent": (IncidentRow.updated_at.desc(), IncidentRow.id.desc()),
}
"""How each sort orders the incidents; the id last, so a page boundary never shuffles ties."""

ReportMatches = tuple[str, ...] | Select[Any]
"""The reports a full-text search matched: their SHA-256s, or a subquery selecting them."""


@dataclass(frozen=True)
class IncidentQuery:
    """Which incidents to read, in which order, and which page of them.

    The CLI's lists and the web's pages share it, so a filter means the same in both. Filters are on
    the indexed columns (the effective values); None means no filter. `q` is answered from
    `text_matches`, the reports the caller's full-text search matched (the store cannot search
    without a session); with `q_in_names` an incident whose place or perpetrators hold `q` matches
    too, as the CLI's search does. No `limit` means every match.
    """

    place: str | None = None
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    perpetrator: str | None = None
    q: str | None = None
    text_matches: ReportMatches | None = None
    q_in_names: bool = True
    located_only: bool = False
    include_rejected: bool = False
    sort: SortKey = "date_asc"
    limit: int | None = None
    offset: int = 0


def incident_rows(session: Session, query: IncidentQuery) -> list[IncidentRow]:
    """Visible incidents (not merged away) matching the query, in its order (by date, then id)."""
    return list(session.scalars(incident_select(query)))


def incident_select(query: IncidentQuery) -> Select[IncidentRow]:
    """The query's page of matching incidents, sorted: ids only are enough to pick a page, so a
    caller may swap the columns (`with_only_columns`) and keep the filters, order and page."""
    statement = matching_incidents(query).order_by(*ORDERS[query.sort])
    if query.limit is not None:
        statement = statement.limit(query.limit)
    return statement.offset(query.offset) if query.offset else statement


def incident_total(session: Session, query: IncidentQuery) -> int:
    """How many incidents match the query's filters, whichever page it asks for."""
    matching = matching_incidents(query).subquery()
    return session.scalar(select(func.count()).select_from(matching)) or 0


def matching_incidents(query: IncidentQuery) -> Select[IncidentRow]:
    """Visible incidents matching the query's filters, unordered and unpaged."""
    statement = select(IncidentRow).where(IncidentRow.merged_into.is_(None))
    if not query.include_rejected:
        statement = statement.where(IncidentRow.status != "rejected")
    if query.place:
        needle = query.place.strip().lower()
        statement = statement.where(
            or_(
                func.lower(IncidentRow.place_name).contains(needle, autoescape=True),
                func.lower(IncidentRow.country) == needle,
            )
        )
    if query.since:
        statement = statement.where(
            func.coalesce(IncidentRow.date_end, IncidentRow.date_start) >= query.since
        )
    if query.until:
        statement = statement.where(IncidentRow.date_start <= query.until)
    if query.event_type:
        statement = statement.where(IncidentRow.event_type == query.event_type)
    if query.perpetrator:
        statement = statement.where(
            IncidentRow.perpetrators.contains(query.perpetrator.strip().lower(), autoescape=True)
        )
    if query.located_only:
        statement = statement.where(IncidentRow.lat.is_not(None), IncidentRow.lon.is_not(None))
    if query.q is not None:
        matches = query.text_matches if query.text_matches is not None else ()
        statement = statement.where(text_filter(query.q, matches, names=query.q_in_names))
    return statement


def text_filter(q: str, reports: ReportMatches, *, names: bool = True) -> Any:
    """Incidents whose reports match the full-text search, or (with `names`) whose place or
    perpetrators hold `q`."""
    wanted = list(reports) if isinstance(reports, tuple) else reports
    linked = select(IncidentDocumentRow.incident_id).where(IncidentDocumentRow.document_sha256.in_(wanted))
    if not names:
        return IncidentRow.id.in_(linked)
    needle = q.strip().lower()
    return or_(
        IncidentRow.id.in_(linked),
        func.lower(IncidentRow.place_name).contains(needle, autoescape=True),
        IncidentRow.perpetrators.contains(needle, autoescape=True),
    )


# --- reviews ---------------------------------------------------------------------------------


def reviews_of(session: Session, incident_ids: Iterable[int]) -> dict[int, list[ReviewRow]]:
    """Each incident's decisions, oldest first."""
    wanted = list(set(incident_ids))
    found: dict[int, list[ReviewRow]] = {i: [] for i in wanted}
    if wanted:
        query = select(ReviewRow).where(ReviewRow.incident_id.in_(wanted)).order_by(ReviewRow.id)
        for row in session.scalars(query):
            found[row.incident_id].append(row)
    return found


def append_review(
    session: Session,
    incident_id: int,
    action: str,
    *,
    reason: str,
    by: str,
    field: str | None = None,
    before: Any = None,
    after: Any = None,
) -> ReviewRow:
    """Add one decision to the audit log (never updated or deleted afterwards)."""
    row = ReviewRow(
        incident_id=incident_id,
        action=action,
        field=field,
        value_before=before,
        value_after=after,
        reason=reason,
        by=by,
        at=now(),
    )
    session.add(row)
    session.flush()
    return row


def review_record(row: ReviewRow) -> dict[str, Any]:
    """An audit row as JSON."""
    return {
        "id": row.id,
        "incident_id": str(row.incident_id),
        "action": row.action,
        "field": row.field,
        "value_before": row.value_before,
        "value_after": row.value_after,
        "reason": row.reason,
        "by": row.by,
        "at": aware(row.at).isoformat(),
    }


# --- statements and contradictions -----------------------------------------------------------


def statement_rows(
    session: Session,
    sha256s: Iterable[str] | None = None,
    speaker: str | None = None,
    stance: str | None = None,
) -> list[StatementRow]:
    query = select(StatementRow)
    if sha256s is not None:
        query = query.where(StatementRow.document_sha256.in_(list(set(sha256s))))
    if speaker:
        query = query.where(
            func.lower(StatementRow.speaker).contains(speaker.strip().lower(), autoescape=True)
        )
    if stance:
        query = query.where(StatementRow.stance == stance)
    return list(session.scalars(query.order_by(StatementRow.document_sha256, StatementRow.position)))


def contradiction_rows(session: Session, sha256s: Iterable[str] | None = None) -> list[ContradictionRow]:
    query = select(ContradictionRow)
    if sha256s is not None:
        query = query.where(ContradictionRow.document_sha256.in_(list(set(sha256s))))
    return list(session.scalars(query.order_by(ContradictionRow.document_sha256, ContradictionRow.position)))
