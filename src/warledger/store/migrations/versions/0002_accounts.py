"""Logins: users (argon2 password hashes), API tokens and browser sessions (both kept as SHA-256).

Revision ID: 0002_accounts
Revises: 0001_ledger
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002_accounts"
down_revision: str | None = "0001_ledger"
branch_labels: str | None = None
depends_on: str | None = None


def user_key() -> sa.ForeignKey:
    return sa.ForeignKey("account_users.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "account_users",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "account_tokens",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), user_key(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "account_sessions",
        sa.Column("digest", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), user_key(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_account_sessions_expires", "account_sessions", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_account_sessions_expires", table_name="account_sessions")
    op.drop_table("account_sessions")
    op.drop_table("account_tokens")
    op.drop_table("account_users")
