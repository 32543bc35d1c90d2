"""The ledger: documents, extractions, incidents and their links, statements, contradictions, reviews.

Full-text search over document text: an FTS5 table kept in step by triggers on SQLite; a generated
tsvector column with a GIN index on PostgreSQL. The audit trail (`reviews`) is append-only in the
database itself: a trigger refuses any UPDATE or DELETE of a decision.

Revision ID: 0001_ledger
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0001_ledger"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

JSON_TYPE = sa.JSON().with_variant(JSONB(), "postgresql")
TSVECTOR_CHARS = 200_000  # to_tsvector over the first 200k characters keeps it under PostgreSQL's 1 MB cap

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(sha256 UNINDEXED, title, text, "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts (sha256, title, text) "
    "VALUES (new.sha256, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE sha256 = old.sha256; END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "UPDATE documents_fts SET title = coalesce(new.title, ''), text = new.text "
    "WHERE sha256 = old.sha256; END",
]
SQLITE_APPEND_ONLY = [
    f"CREATE TRIGGER reviews_append_only_{event.lower()} BEFORE {event} ON reviews BEGIN "
    "SELECT RAISE(ABORT, 'reviews are append-only, add a decision and never change one'); END"
    for event in ("UPDATE", "DELETE")
]
POSTGRES_APPEND_ONLY = [
    "CREATE FUNCTION reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'reviews are append-only, add a decision and never change one'; END $$",
    "CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews "
    "FOR EACH ROW EXECUTE FUNCTION reviews_append_only()",
]
POSTGRES_FTS = [
    "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', "
    f"coalesce(title, '') || ' ' || left(text, {TSVECTOR_CHARS}))) STORED",
    "CREATE INDEX ix_documents_search ON documents USING gin (search)",
]


def upgrade() -> None:
    create_documents()
    create_extractions()
    create_incidents()
    create_links()
    create_statements_and_contradictions()
    create_reviews()
    dialect = op.get_bind().dialect.name
    extra = {"sqlite": SQLITE_FTS + SQLITE_APPEND_ONLY, "postgresql": POSTGRES_FTS + POSTGRES_APPEND_ONLY}
    for statement in extra.get(dialect, []):
        op.execute(statement)


def create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("original", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("author", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("media_type", sa.String(127), nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("external_id", sa.Text()),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("characters", sa.Integer(), nullable=False),
    )
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_index("ix_documents_stored_at", "documents", ["stored_at"])


def create_extractions() -> None:
    op.create_table(
        "extractions",
        sa.Column(
            "document_sha256",
            sa.String(64),
            sa.ForeignKey("documents.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("data", JSON_TYPE, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )


def create_incidents() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("data", JSON_TYPE, nullable=False),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("country", sa.String(2)),
        sa.Column("place_name", sa.Text()),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("event_type", sa.String(64)),
        sa.Column("killed_min", sa.Integer()),
        sa.Column("killed_max", sa.Integer()),
        sa.Column("perpetrators", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decisions", JSON_TYPE, nullable=False),
        sa.Column("merged_into", sa.Integer(), sa.ForeignKey("incidents.id")),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_event_type", "incidents", ["event_type"])
    op.create_index("ix_incidents_dates", "incidents", ["date_start", "date_end"])
    op.create_index("ix_incidents_country_date", "incidents", ["country", "date_start"])


def create_links() -> None:
    op.create_table(
        "incident_documents",
        sa.Column(
            "document_sha256",
            sa.String(64),
            sa.ForeignKey("documents.sha256", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("mention", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_incident_documents_incident_id", "incident_documents", ["incident_id"])


def create_statements_and_contradictions() -> None:
    for name, extra in (
        (
            "statements",
            [
                sa.Column("speaker", sa.Text(), nullable=False),
                sa.Column("stance", sa.String(32), nullable=False),
            ],
        ),
        ("contradictions", [sa.Column("kind", sa.String(32), nullable=False)]),
    ):
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
            sa.Column(
                "document_sha256",
                sa.String(64),
                sa.ForeignKey("documents.sha256", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("position", sa.Integer(), nullable=False),
            *extra,
            sa.Column("data", JSON_TYPE, nullable=False),
        )
        op.create_index(f"ix_{name}_document_sha256", name, ["document_sha256"])
    op.create_index("ix_statements_stance", "statements", ["stance"])


def create_reviews() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id"), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.String(64)),
        sa.Column("value_before", JSON_TYPE),
        sa.Column("value_after", JSON_TYPE),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by", sa.String(128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_incident_id", "reviews", ["incident_id"])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS reviews_append_only ON reviews")
        op.execute("DROP FUNCTION IF EXISTS reviews_append_only()")
    if dialect == "sqlite":
        for name in (
            "reviews_append_only_update",
            "reviews_append_only_delete",
            "documents_fts_update",
            "documents_fts_delete",
            "documents_fts_insert",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "reviews",
        "contradictions",
        "statements",
        "incident_documents",
        "incidents",
        "extractions",
        "documents",
    ):
        op.drop_table(table)
