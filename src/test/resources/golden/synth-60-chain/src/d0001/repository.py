"""Persistence of Item0001 records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from src.d0001.entities import Item0001

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class Item0001Repository:
    """Reads and writes Item0001 records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the item0001 repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, item_id: int) -> Item0001 | None:
        """Get rows.

        Args:
            item_id: The item id.

        Returns:
            The Item0001 or None.
        """
        stmt = select(Item0001).where(Item0001.id == item_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_name(self, name: str) -> Item0001 | None:
        """Get by name rows.

        Args:
            name: The name.

        Returns:
            The Item0001 or None.
        """
        stmt = select(Item0001).where(Item0001.name == name)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(self, skip: int = 0, limit: int = 20) -> builtins.list[Item0001]:
        """List rows.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0001].
        """
        stmt = select(Item0001).order_by(Item0001.id).offset(skip).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def create(self, item: Item0001) -> Item0001:
        """Create rows.

        Args:
            item: The item.

        Returns:
            The Item0001.
        """
        self._session.add(item)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(item)
        logger.debug("Item0001 saved: %r", item)
        return item
