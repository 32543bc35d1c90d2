"""The ledger's tables as SQLAlchemy 2 typed models, all on one declarative `Base`.

Every table of warledger hangs off this one `Base` (store/accounts.py adds the login tables to it),
so the Alembic environment sees the whole schema through `Base.metadata`. What a source said is kept
as it was extracted (the JSON columns); the columns beside it exist only to filter and index.
Analysts' decisions live in `reviews`, an append-only log, and are applied when incidents are read,
so re-resolving the machine's view never undoes them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JsonType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    """The one declarative base of every warledger table."""


class DocumentRow(Base):
    """A collected report: its original bytes (content-addressed by SHA-256) and its provenance."""

    __tablename__ = "documents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    original: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    retrieved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, index=True)
    language: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(127), nullable=False)
    extractor: Mapped[str] = mapped_column(String(64), nullable=False)
    external_id: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text, nullable=False, default="")
    characters: Mapped[int] = mapped_column(Integer, nullable=False)


class ExtractionRow(Base):
    """What extraction said about one document: the `extract` JSON, with the pipeline that said it."""

    __tablename__ = "extractions"

    document_sha256: Mapped[str] = mapped_column(
        ForeignKey("documents.sha256", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, nullable=False)
    pipeline_version: Mapped[str] = mapped_column(String(64), nullable=False)
    extracted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class IncidentRow(Base):
    """A reconciled incident: the resolver's `LedgerIncident` JSON plus columns to filter on.

    The indexed columns hold the effective values (analysts' corrections applied) so that filters
    find what a reader sees; `data` keeps the machine's view. `decisions` is the current outcome of the
    append-only `reviews` log (status, who, when, corrected values), kept beside `data` in the same
    transaction as each review so a read needs no second query; resolving never writes it.
    `version` grows with every change.
    `merged_into` marks an incident an analyst merged into another: kept for the audit trail, hidden.
    """

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, nullable=False)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(String(2))
    place_name: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    perpetrators: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="unreviewed")
    decisions: Mapped[dict[str, Any]] = mapped_column(JsonType, nullable=False, default=dict)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        Index("ix_incidents_dates", "date_start", "date_end"),
        Index("ix_incidents_country_date", "country", "date_start"),
        Index("ix_incidents_killed_max", "killed_max"),
        # migration 0003_web_indexes: the list filters of the web pages, answered from the index alone
        Index(
            "ix_incidents_web_cover",
            "merged_into",
            "status",
            "date_start",
            "date_end",
            "killed_min",
            "killed_max",
            "event_type",
            "country",
            "lat",
            "lon",
            "place_name",
            "perpetrators",
        ),
    )


class IncidentDocumentRow(Base):
    """Which extracted incident of which document is part of which reconciled incident.

    One row per mention (document, index of the incident in its extraction): the link that lets an
    incident be rebuilt from its reports after a merge or a split. `pinned` rows were placed by an
    analyst and are never moved by re-resolving.
    """

    __tablename__ = "incident_documents"

    document_sha256: Mapped[str] = mapped_column(
        ForeignKey("documents.sha256", ondelete="CASCADE"), primary_key=True
    )
    mention: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), nullable=False, index=True)
    pinned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class StatementRow(Base):
    """One attributed statement of one document: who said it, doing what, and the full JSON."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_sha256: Mapped[str] = mapped_column(
        ForeignKey("documents.sha256", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    speaker: Mapped[str] = mapped_column(Text, nullable=False)
    stance: Mapped[str] = mapped_column(String(32), nullable=False, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, nullable=False)


class ContradictionRow(Base):
    """A disagreement a document holds within itself (across sources they live in the incident)."""

    __tablename__ = "contradictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_sha256: Mapped[str] = mapped_column(
        ForeignKey("documents.sha256", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JsonType, nullable=False)


class ReviewRow(Base):
    """One analyst's decision: append-only, never updated or deleted (the audit trail)."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    field: Mapped[str | None] = mapped_column(String(64))
    value_before: Mapped[Any] = mapped_column(JsonType, nullable=True)
    value_after: Mapped[Any] = mapped_column(JsonType, nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    by: Mapped[str] = mapped_column(String(128), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
