"""Persistence of Order records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import func, select

from app.domain.kinds import OrderStatus
from app.domain.tables import Order

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class OrderRepository:
    """Reads and writes Order records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the order repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, order_id: UUID) -> Order | None:
        """Get rows.

        Args:
            order_id: The order id.

        Returns:
            The Order or None.
        """
        stmt = select(Order).where(Order.id == order_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, order: Order) -> Order:
        """Add rows.

        Args:
            order: The order.

        Returns:
            The Order.
        """
        self._session.add(order)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(order)
        logger.debug("Order saved: %r", order)
        return order

    async def list(
        self,
        status: OrderStatus | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> builtins.list[Order]:
        """List rows.

        Args:
            status: The status.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[Order].
        """
        stmt = select(Order)
        if status is not None:
            stmt = stmt.where(Order.status == status)
        stmt = stmt.order_by(Order.id).offset(offset).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def count(self, status: OrderStatus | None = None) -> int:
        """Count rows.

        Args:
            status: The status.

        Returns:
            The int.
        """
        stmt = select(func.count()).select_from(Order)
        if status is not None:
            stmt = stmt.where(Order.status == status)
        result = await self._session.execute(stmt)
        return result.scalar_one()
