"""The web layer's reads: paginated, filtered and sorted in SQL so a page costs the same at 10,000 incidents.

The ledger's own functions (`warledger.ledger`) answer whole lists for the CLI; a web page needs one
page of them, a total, and a sort order. Both ask with the store's `IncidentQuery`, so a filter means
the same on a page as in the CLI; here the web adds its full-text search (run inside the query) and
its page caps, and only the rows of the page are turned into `LedgerIncident`s. Writes (reviews,
uploads) go through `warledger.ledger`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Select, String, Text, cast, func, select, text
from sqlalchemy.orm import Session

from warledger.extract.models import Contradiction, Statement
from warledger.resolve.models import LedgerIncident
from warledger.store.decisions import incident_with_decisions
from warledger.store.engine import Store, open_store
from warledger.store.records import StoredDocument
from warledger.store.repository import (
    IncidentQuery,
    SortKey,
    aware,
    incident_select,
    incident_total,
)
from warledger.store.schema import (
    ContradictionRow,
    DocumentRow,
    IncidentDocumentRow,
    IncidentRow,
    ReviewRow,
    StatementRow,
)

SORTS: dict[SortKey, str] = {
    "date_desc": "newest first",
    "date_asc": "oldest first",
    "killed_desc": "most killed first",
    "place": "place A–Z",
    "recent": "recently updated",
}
"""The sorts a list offers, with their labels (the store's `ORDERS` says how each sorts)."""
DEFAULT_SORT: SortKey = "date_desc"
MAX_PAGE = 500
MAX_MAP_POINTS = 5000
FTS_WORD = re.compile(r"\w+", re.UNICODE)


def open_engine(db_url: str) -> Store:
    """The opened, migrated store the app reads and writes."""
    return open_store(db_url)


def sort_key(value: str | None) -> SortKey:
    """The sort a query string names; newest first when it names none the lists offer."""
    return next((key for key in SORTS if key == value), DEFAULT_SORT)


def query_params(query: IncidentQuery) -> dict[str, Any]:
    """The query as URL parameters, for links that keep the filters (not the page)."""
    return {
        "q": query.q,
        "place": query.place,
        "event_type": query.event_type,
        "perpetrator": query.perpetrator,
        "since": query.since.isoformat() if query.since else None,
        "until": query.until.isoformat() if query.until else None,
        "sort": query.sort if query.sort != DEFAULT_SORT else None,
        "rejected": "1" if query.include_rejected else None,
    }


def _like(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_match_expression(q: str) -> str | None:
    """A safe FTS5 MATCH string: every word quoted (so no operator syntax gets through), all required."""
    words = FTS_WORD.findall(q)
    return " ".join(f'"{w}"' for w in words[:12]) or None


def _documents_matching(session: Session, q: str) -> Select[Any] | None:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        match = fts_match_expression(q)
        if match is None:
            return None
        return (
            select(text("sha256"))
            .select_from(text("documents_fts"))
            .where(text("documents_fts MATCH :match").bindparams(match=match))
        )
    if dialect == "postgresql":
        return select(DocumentRow.sha256).where(
            text("documents.search @@ plainto_tsquery('english', :q)").bindparams(q=q)
        )
    return select(DocumentRow.sha256).where(func.lower(DocumentRow.text).like(_like(q), escape="\\"))


def _searched(session: Session, query: IncidentQuery, limit: int) -> IncidentQuery:
    """The query as the web asks it: `q` searches the reports alone, in SQL (no list of matches is
    fetched first), and at most `limit` rows are read whatever the caller asked."""
    capped = limit if query.limit is None else min(query.limit, limit)
    if not (query.q and query.q.strip()):
        return replace(query, q=None, text_matches=None, limit=capped)
    documents = _documents_matching(session, query.q)
    matches = documents if documents is not None else ()
    return replace(query, text_matches=matches, q_in_names=False, limit=capped)


def incident_from_row(row: IncidentRow) -> LedgerIncident:
    """The incident a reader sees: the stored view with the analysts' decisions applied."""
    return incident_with_decisions(row.data, row.decisions or {}, row.id)


def incidents_page(store: Store, query: IncidentQuery) -> tuple[list[LedgerIncident], int]:
    """One page of incidents matching `query`, and how many match in all.

    The page's ids are chosen first over the narrow columns (the covering index), and only then are
    those rows, with their JSON, read: sorting 10,000 whole rows to keep 50 would read them all.
    """
    with store.reading() as session:
        chosen = _searched(session, query, MAX_PAGE)
        total = incident_total(session, chosen)
        ids = list(session.scalars(incident_select(chosen).with_only_columns(IncidentRow.id)))
        rows = {row.id: row for row in session.scalars(select(IncidentRow).where(IncidentRow.id.in_(ids)))}
        return [incident_from_row(rows[i]) for i in ids if i in rows], total


def parse_incident_id(incident_id: str) -> int | None:
    return (
        int(incident_id)
        if incident_id.isascii() and incident_id.isdigit() and len(incident_id) < 18
        else None
    )


def incident_by_id(store: Store, incident_id: str) -> LedgerIncident | None:
    """One incident, or None when there is no such id; a merged-away id gives the incident it went into."""
    key = parse_incident_id(incident_id)
    if key is None:
        return None
    with store.reading() as session:
        row = session.get(IncidentRow, key)
        seen: set[int] = set()
        while row is not None and row.merged_into is not None and row.id not in seen:
            seen.add(row.id)
            row = session.get(IncidentRow, row.merged_into)
        return incident_from_row(row) if row else None


@dataclass(frozen=True)
class ReviewEvent:
    """One line of an incident's audit history."""

    action: str
    reason: str
    by: str
    at: str
    field: str | None = None
    value: Any = None
    others: list[str] = dataclasses.field(default_factory=list)


def _others_of(action: str, value_after: Any) -> list[str]:
    if action in ("merge", "split") and isinstance(value_after, dict):
        items = (
            value_after.get("others") or value_after.get("incidents") or value_after.get("documents") or []
        )
        return [str(item) for item in items] if isinstance(items, list) else []
    return []


def review_history(store: Store, incident_id: str) -> list[ReviewEvent]:
    """Every decision on an incident, oldest first (the append-only audit trail)."""
    key = parse_incident_id(incident_id)
    if key is None:
        return []
    with store.reading() as session:
        rows = session.scalars(
            select(ReviewRow).where(ReviewRow.incident_id == key).order_by(ReviewRow.at, ReviewRow.id)
        ).all()
        return [
            ReviewEvent(
                action=r.action,
                reason=r.reason,
                by=r.by,
                at=r.at.isoformat(timespec="seconds"),
                field=r.field,
                value=r.value_after if r.action == "correct" else None,
                others=_others_of(r.action, r.value_after),
            )
            for r in rows
        ]


def _stored_document(row: DocumentRow, incidents: int, statements: int) -> StoredDocument:
    return StoredDocument(
        sha256=row.sha256,
        title=row.title,
        source=row.source,
        url=row.url,
        author=row.author,
        published=row.published.isoformat() if row.published else None,
        published_precision=row.published_precision,
        retrieved_at=aware(row.retrieved_at),
        language=row.language,
        characters=row.characters,
        incidents=incidents,
        statements=statements,
        media_type=row.media_type,
        extractor=row.extractor,
        external_id=row.external_id,
        origin=row.origin,
    )


def _document_counts(session: Session, shas: Sequence[str]) -> tuple[dict[str, int], dict[str, int]]:
    incident_counts = dict(
        session.execute(
            select(
                IncidentDocumentRow.document_sha256,
                func.count(func.distinct(IncidentDocumentRow.incident_id)),
            )
            .where(IncidentDocumentRow.document_sha256.in_(shas))
            .group_by(IncidentDocumentRow.document_sha256)
        ).all()
    )
    statement_counts = dict(
        session.execute(
            select(StatementRow.document_sha256, func.count())
            .where(StatementRow.document_sha256.in_(shas))
            .group_by(StatementRow.document_sha256)
        ).all()
    )
    return incident_counts, statement_counts


PROVENANCE_COLUMNS = [c for c in DocumentRow.__table__.columns if c.name not in ("original", "text")]


def documents_page(store: Store, limit: int = 100, offset: int = 0) -> tuple[list[StoredDocument], int]:
    """Stored documents, most recently stored first, with their incident and statement counts."""
    with store.reading() as session:
        total = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
        rows = session.execute(
            select(*PROVENANCE_COLUMNS)
            .order_by(DocumentRow.stored_at.desc(), DocumentRow.sha256)
            .limit(min(limit, MAX_PAGE))
            .offset(offset)
        ).all()
        shas = [r.sha256 for r in rows]
        incidents, statements = _document_counts(session, shas)
        return [
            _stored_document(r, incidents.get(r.sha256, 0), statements.get(r.sha256, 0))  # type: ignore[arg-type]
            for r in rows
        ], total


def document_by_sha(store: Store, sha256: str) -> StoredDocument | None:
    with store.reading() as session:
        row = session.execute(select(*PROVENANCE_COLUMNS).where(DocumentRow.sha256 == sha256.lower())).first()
        if row is None:
            return None
        incidents, statements = _document_counts(session, [row.sha256])
        return _stored_document(row, incidents.get(row.sha256, 0), statements.get(row.sha256, 0))  # type: ignore[arg-type]


def document_texts(store: Store, shas: Sequence[str]) -> dict[str, str]:
    """The clean text of each stored document among `shas` (offsets index into these)."""
    if not shas:
        return {}
    with store.reading() as session:
        return dict(
            session.execute(
                select(DocumentRow.sha256, DocumentRow.text).where(DocumentRow.sha256.in_(list(shas)))
            ).all()
        )


@dataclass(frozen=True)
class DocumentSource:
    """What an incident page shows of one report: its name, outlet, date and clean text."""

    title: str | None
    source: str | None
    published: str | None
    text: str


def document_sources(store: Store, shas: Sequence[str]) -> dict[str, DocumentSource]:
    """The reports among `shas`, with their text, in one query."""
    if not shas:
        return {}
    with store.reading() as session:
        rows = session.execute(
            select(
                DocumentRow.sha256,
                DocumentRow.title,
                DocumentRow.source,
                DocumentRow.published,
                DocumentRow.text,
            ).where(DocumentRow.sha256.in_(list(shas)))
        ).all()
        return {
            sha: DocumentSource(title, source, published.isoformat() if published else None, text)
            for sha, title, source, published, text in rows
        }


def document_original(store: Store, sha256: str) -> tuple[bytes, str, str | None] | None:
    """The original bytes of a document, its media type and a title to name the download after."""
    with store.reading() as session:
        row = session.execute(
            select(DocumentRow.original, DocumentRow.media_type, DocumentRow.title).where(
                DocumentRow.sha256 == sha256.lower()
            )
        ).first()
        return (row[0], row[1], row[2]) if row else None


def incidents_of_document(store: Store, sha256: str) -> list[LedgerIncident]:
    with store.reading() as session:
        linked = select(IncidentDocumentRow.incident_id).where(
            IncidentDocumentRow.document_sha256 == sha256.lower()
        )
        rows = session.scalars(
            select(IncidentRow)
            .where(IncidentRow.id.in_(linked), IncidentRow.merged_into.is_(None))
            .order_by(IncidentRow.id)
        ).all()
        return [incident_from_row(row) for row in rows]


@dataclass(frozen=True)
class StatementEntry:
    """A statement with where it was said and which incidents it is linked to."""

    statement: Statement
    document: str
    incidents: list[str]
    document_title: str | None = None


def document_titles(session: Session, shas: set[str]) -> dict[str, str]:
    """A readable name for each document: its title, else its outlet, else the start of its hash."""
    if not shas:
        return {}
    rows = session.execute(
        select(DocumentRow.sha256, DocumentRow.title, DocumentRow.source).where(DocumentRow.sha256.in_(shas))
    ).all()
    return {sha: title or source or f"report {sha[:10]}…" for sha, title, source in rows}


def document_titles_of(store: Store, shas: Sequence[str]) -> dict[str, str]:
    with store.reading() as session:
        return document_titles(session, set(shas))


def _statement_of(data: dict[str, Any]) -> Statement:
    fields = set(Statement.model_fields)
    return Statement.model_validate({k: v for k, v in data.items() if k in fields})


def _incidents_for_mentions(session: Session, pairs: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    if not pairs:
        return {}
    docs = {doc for doc, _ in pairs}
    rows = session.execute(
        select(
            IncidentDocumentRow.document_sha256,
            IncidentDocumentRow.mention,
            IncidentDocumentRow.incident_id,
        ).where(IncidentDocumentRow.document_sha256.in_(docs))
    ).all()
    return {(doc, mention): str(incident) for doc, mention, incident in rows if (doc, mention) in pairs}


def statements_page(
    store: Store, speaker: str | None = None, stance: str | None = None, limit: int = 200, offset: int = 0
) -> tuple[list[StatementEntry], int]:
    """Statements, grouped-friendly (by speaker, then document order), with filters and a total."""
    with store.reading() as session:
        stmt = select(StatementRow)
        if speaker:
            stmt = stmt.where(func.lower(StatementRow.speaker).like(_like(speaker), escape="\\"))
        if stance:
            stmt = stmt.where(StatementRow.stance == stance)
        total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        rows = session.scalars(
            stmt.order_by(StatementRow.speaker, StatementRow.document_sha256, StatementRow.position)
            .limit(min(limit, MAX_PAGE))
            .offset(offset)
        ).all()
        pairs = {(r.document_sha256, int(i)) for r in rows for i in (r.data.get("incidents") or [])}
        linked = _incidents_for_mentions(session, pairs)
        titles = document_titles(session, {r.document_sha256 for r in rows})
        entries = [
            StatementEntry(
                statement=_statement_of(r.data),
                document=r.document_sha256,
                document_title=titles.get(r.document_sha256),
                incidents=sorted(
                    {
                        linked[(r.document_sha256, int(i))]
                        for i in (r.data.get("incidents") or [])
                        if (r.document_sha256, int(i)) in linked
                    },
                    key=lambda x: (len(x), x),
                ),
            )
            for r in rows
        ]
        return entries, total


@dataclass(frozen=True)
class ContradictionEntry:
    """A disagreement, within a document (`document`) or across the sources of an incident (`incident`)."""

    contradiction: Contradiction
    document: str | None = None
    incident: str | None = None
    where: str = ""


def _contradiction_of(data: dict[str, Any]) -> Contradiction:
    fields = set(Contradiction.model_fields)
    return Contradiction.model_validate({k: v for k, v in data.items() if k in fields})


HAS_CONTRADICTIONS = '%"contradictions": [{%'


def incident_label(row: IncidentRow) -> str:
    """A short name for an incident: "air drone strike in Aleppo, 2016-09-25"."""
    what = (row.event_type or "incident").replace("_", " ")
    where = f" in {row.place_name}" if row.place_name else ""
    when = f", {row.date_start.isoformat()}" if row.date_start else ""
    return f"{what}{where}{when}"


def contradictions_list(store: Store, limit: int = 500) -> list[ContradictionEntry]:
    """Contradictions within documents, then those across the sources of incidents.

    Only incident rows whose JSON holds a non-empty `contradictions` list are read (a text prefilter
    that works on SQLite's JSON and PostgreSQL's jsonb alike), so the page does not decode every row.
    """
    with store.reading() as session:
        rows = session.scalars(select(ContradictionRow).order_by(ContradictionRow.id).limit(limit)).all()
        titles = document_titles(session, {r.document_sha256 for r in rows})
        within = [
            ContradictionEntry(
                _contradiction_of(r.data),
                document=r.document_sha256,
                where=titles.get(r.document_sha256, r.document_sha256[:10]),
            )
            for r in rows
        ]
        across: list[ContradictionEntry] = []
        candidates = select(IncidentRow).where(
            IncidentRow.merged_into.is_(None), cast(IncidentRow.data, Text).like(HAS_CONTRADICTIONS)
        )
        for row in session.scalars(candidates.order_by(IncidentRow.id).limit(limit)):
            for item in row.data.get("contradictions") or []:
                across.append(
                    ContradictionEntry(
                        _contradiction_of(item), incident=str(row.id), where=incident_label(row)
                    )
                )
            if len(within) + len(across) >= limit:
                break
        return within + across


def timeline_months(store: Store) -> tuple[list[tuple[str, int, int]], int]:
    """(month, incidents, killed high end) per month of visible incidents, and how many are undated."""
    month = func.substr(cast(IncidentRow.date_start, String), 1, 7)
    visible = [IncidentRow.merged_into.is_(None), IncidentRow.status != "rejected"]
    with store.reading() as session:
        rows = session.execute(
            select(month, func.count(), func.coalesce(func.sum(IncidentRow.killed_max), 0))
            .where(*visible, IncidentRow.date_start.is_not(None))
            .group_by(month)
            .order_by(month)
        ).all()
        undated = session.scalar(
            select(func.count()).select_from(IncidentRow).where(*visible, IncidentRow.date_start.is_(None))
        )
        return [(str(m), int(n), int(k)) for m, n, k in rows], int(undated or 0)


def map_points(store: Store, query: IncidentQuery) -> list[dict[str, Any]]:
    """GeoJSON features (id, title, date, killed) of located incidents matching `query`."""
    with store.reading() as session:
        chosen = _searched(session, replace(query, offset=0), MAX_MAP_POINTS)
        stmt = incident_select(chosen).with_only_columns(
            IncidentRow.id,
            IncidentRow.lat,
            IncidentRow.lon,
            IncidentRow.place_name,
            IncidentRow.event_type,
            IncidentRow.date_start,
            IncidentRow.killed_min,
            IncidentRow.killed_max,
        )
        rows: list[tuple[Any, ...]] = [tuple(row) for row in session.execute(stmt)]
        return [_feature(*row) for row in rows]


def _feature(
    incident_id: int,
    lat: float,
    lon: float,
    place: str | None,
    event_type: str | None,
    day: date | None,
    killed_min: int | None,
    killed_max: int | None,
) -> dict[str, Any]:
    what = (event_type or "incident").replace("_", " ")
    killed = None
    if killed_max is not None:
        killed = str(killed_max) if killed_min == killed_max else f"{killed_min}–{killed_max}"
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": str(incident_id),
            "title": f"{what} in {place or 'unknown place'}",
            "date": day.isoformat() if day else None,
            "killed": killed,
            "killed_max": killed_max or 0,
        },
    }
