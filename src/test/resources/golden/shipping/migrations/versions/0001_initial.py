"""Initial schema of Shipping: order, parcel, note.

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
        "order",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("customer", sa.String(120), nullable=False),
        sa.Column("status", sa.Enum("OPEN", "PACKED", "SHIPPED", "IN_TRANSIT", name="orderstatus"), nullable=False),
        sa.Column("total", sa.Numeric(), nullable=False),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("total >= 0", name="ck_order_total_ge"),
    )
    op.create_index("ix_order_customer", "order", ["customer"])
    op.create_table(
        "parcel",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Uuid(), sa.ForeignKey("order.id", ondelete="CASCADE"), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=False),
        sa.Column("fragile", sa.Boolean(), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.CheckConstraint("weight_kg > 0", name="ck_parcel_weight_kg_gt"),
    )
    op.create_index("ix_parcel_order_id", "parcel", ["order_id"])
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("order_id", sa.Uuid(), sa.ForeignKey("order.id", ondelete="CASCADE"), nullable=False),
        sa.Column("body", sa.String(500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    op.create_index("ix_note_order_id", "note", ["order_id"])


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("note")
    op.drop_table("parcel")
    op.drop_table("order")
