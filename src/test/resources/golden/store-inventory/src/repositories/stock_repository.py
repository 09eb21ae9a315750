"""Persistence of StockLevel records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from src.models.entities import StockLevel

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class StockRepository:
    """Reads and writes StockLevel records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the stock repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get_for_update(self, product_id: int) -> StockLevel | None:
        """SELECT ... FOR UPDATE.

        Args:
            product_id: The product id.

        Returns:
            The StockLevel or None.
        """
        stmt = (
            select(StockLevel)
            .where(StockLevel.product_id == product_id)
            .with_for_update()
        )
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def save(self, stock: StockLevel) -> StockLevel:
        """Save rows.

        Args:
            stock: The stock.

        Returns:
            The StockLevel.
        """
        self._session.add(stock)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(stock)
        logger.debug("StockLevel saved: %r", stock)
        return stock
