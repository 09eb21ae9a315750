"""Initial schema of Ledger: accounts, transfers.

Revision ID: 0001_initial
Revises:
Create Date: written by Backforge from the architecture (no date, so that it is reproducible)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the tables of the architecture."""
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("ledger_code", sa.String(12), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.Enum("ASSET", "LIABILITY", "CLASS", "GLOBAL", name="accounttype"), nullable=False),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True),
        sa.Column("balance", sa.Float(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.UniqueConstraint("ledger_code", "name", name="uq_accounts_ledger_code_name"),
    )
    op.create_index("ix_accounts_ledger_code", "accounts", ["ledger_code"])
    op.create_table(
        "transfers",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("source_account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("target_account_id", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("amount", sa.Numeric(), nullable=False),
        sa.Column("state", sa.Enum("PENDING", "IN_PROGRESS", "ON_HOLD", "V_1ST_REVIEW", "NONE", "DONE", name="transferstate"), nullable=False),
        sa.Column("externalRef", sa.String(64), nullable=True, unique=True),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("amount >= 0", name="ck_transfers_amount_ge"),
    )


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("transfers")
    op.drop_table("accounts")
