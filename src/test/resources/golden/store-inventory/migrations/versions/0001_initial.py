"""Initial schema of Multi-tenant store: products and inventory: products, stock_levels.

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
        "products",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("store_id", "sku", name="uq_products_store_id_sku"),
        sa.CheckConstraint("price_cents >= 0", name="ck_products_price_cents_ge"),
    )
    op.create_index("ix_products_store_id", "products", ["store_id"])
    op.create_table(
        "stock_levels",
        sa.Column("product_id", sa.Integer(), sa.ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("on_hand >= 0", name="ck_stock_levels_on_hand_ge"),
        sa.CheckConstraint("reserved >= 0", name="ck_stock_levels_reserved_ge"),
    )


def downgrade() -> None:
    """Drop the tables of the architecture."""
    op.drop_table("stock_levels")
    op.drop_table("products")
