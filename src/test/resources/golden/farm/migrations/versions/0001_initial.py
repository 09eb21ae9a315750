"""Initial schema of Farm: field, user, plantings.

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
        "field",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("area", sa.Float(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.CheckConstraint("area > 0", name="ck_field_area_gt"),
    )
    op.create_table(
        "user",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("field_id", sa.Integer(), sa.ForeignKey("field.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("species", sa.String(60), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
    )
    op.create_table(
        "plantings",
        sa.Column("field_id", sa.Integer(), sa.ForeignKey("field.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("crop_id", sa.Integer(), sa.ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.CheckConstraint("rows >= 1", name="ck_plantings_rows_ge"),
    )


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("plantings")
    op.drop_table("user")
    op.drop_table("field")
