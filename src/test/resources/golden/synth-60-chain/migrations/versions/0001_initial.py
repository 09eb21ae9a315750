"""Initial schema of synthetic 60: d0000_items, d0001_items, d0002_items, d0003_items, d0004_items, d0005_items, d0006_items, d0007_items, d0008_items.

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
        "d0000_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Boolean(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Text(), nullable=True),
    )
    op.create_table(
        "d0001_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Integer(), nullable=True),
        sa.Column("attr_1", sa.Float(), nullable=True),
    )
    op.create_table(
        "d0002_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Boolean(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Integer(), nullable=True),
    )
    op.create_table(
        "d0003_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Text(), nullable=True),
        sa.Column("attr_1", sa.Integer(), nullable=True),
        sa.Column("attr_2", sa.Float(), nullable=True),
        sa.Column("attr_3", sa.Boolean(), nullable=True),
    )
    op.create_table(
        "d0004_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Boolean(), nullable=True),
    )
    op.create_table(
        "d0005_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Text(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Text(), nullable=True),
        sa.Column("attr_3", sa.Float(), nullable=True),
    )
    op.create_table(
        "d0006_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Boolean(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Integer(), nullable=True),
    )
    op.create_table(
        "d0007_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Integer(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Integer(), nullable=True),
    )
    op.create_table(
        "d0008_items",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("attr_0", sa.Float(), nullable=True),
        sa.Column("attr_1", sa.Boolean(), nullable=True),
        sa.Column("attr_2", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("d0008_items")
    op.drop_table("d0007_items")
    op.drop_table("d0006_items")
    op.drop_table("d0005_items")
    op.drop_table("d0004_items")
    op.drop_table("d0003_items")
    op.drop_table("d0002_items")
    op.drop_table("d0001_items")
    op.drop_table("d0000_items")
