"""Persistence of Product records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from src.models.entities import Product

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class ProductRepository:
    """Reads and writes Product records.

    Every query filters by store_id. AsyncSession injected through the constructor.
    """

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the product repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, store_id: int, product_id: int) -> Product | None:
        """Get rows.

        Args:
            store_id: The store id.
            product_id: The product id.

        Returns:
            The Product or None.
        """
        stmt = (
            select(Product)
            .where(Product.store_id == store_id, Product.id == product_id)
        )
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_sku(self, store_id: int, sku: str) -> Product | None:
        """Get by sku rows.

        Args:
            store_id: The store id.
            sku: The sku.

        Returns:
            The Product or None.
        """
        stmt = select(Product).where(Product.store_id == store_id, Product.sku == sku)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(
        self,
        store_id: int,
        skip: int = 0,
        limit: int = 20,
    ) -> builtins.list[Product]:
        """List rows.

        Args:
            store_id: The store id.
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Product].
        """
        stmt = (
            select(Product)
            .where(Product.store_id == store_id)
            .order_by(Product.id)
            .offset(skip)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def count(self, store_id: int) -> int:
        """Count rows.

        Args:
            store_id: The store id.

        Returns:
            The int.
        """
        stmt = (
            select(func.count())
            .select_from(Product)
            .where(Product.store_id == store_id)
        )
        result = await self._session.execute(stmt)
        return result.scalar_one()

    async def create(self, product: Product) -> Product:
        """Create rows.

        Args:
            product: The product.

        Returns:
            The Product.
        """
        self._session.add(product)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(product)
        logger.debug("Product saved: %r", product)
        return product

    async def delete(self, product: Product) -> None:
        """Delete rows.

        Args:
            product: The product.
        """
        await self._session.delete(product)
        await self._session.flush()
