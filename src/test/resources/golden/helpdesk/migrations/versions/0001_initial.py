"""Initial schema of helpdesk: session, order.

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
        "session",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("user", sa.String(80), nullable=False),
        sa.Column("group", sa.String(80), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_table(
        "order",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Uuid(), sa.ForeignKey("session.id"), nullable=False),
        sa.Column("select", sa.String(40), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("path", sa.String(200), nullable=False),
        sa.Column("amount", sa.Numeric(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("order")
    op.drop_table("session")
