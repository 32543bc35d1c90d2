"""Indexes the web pages need at 10,000+ incidents: one covering the list filters, one for "most killed".

Incident rows carry their whole JSON, so any scan of the table reads every page of it; the covering
index lets counts, the timeline and LIKE filters scan the narrow index instead, and fetch only the
rows of the page being shown.

Revision ID: 0003_web_indexes
Revises: 0002_accounts
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision: str = "0003_web_indexes"
down_revision: str | None = "0002_accounts"
branch_labels: str | None = None
depends_on: str | None = None

COVERING = [
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
]


def upgrade() -> None:
    op.create_index("ix_incidents_web_cover", "incidents", COVERING)
    op.create_index("ix_incidents_killed_max", "incidents", ["killed_max"])


def downgrade() -> None:
    op.drop_index("ix_incidents_killed_max", table_name="incidents")
    op.drop_index("ix_incidents_web_cover", table_name="incidents")
