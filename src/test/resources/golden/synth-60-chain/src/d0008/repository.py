"""Persistence of Item0008 records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from src.d0008.entities import Item0008

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class Item0008Repository:
    """Reads and writes Item0008 records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the item0008 repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, item_id: int) -> Item0008 | None:
        """Get rows.

        Args:
            item_id: The item id.

        Returns:
            The Item0008 or None.
        """
        stmt = select(Item0008).where(Item0008.id == item_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_name(self, name: str) -> Item0008 | None:
        """Get by name rows.

        Args:
            name: The name.

        Returns:
            The Item0008 or None.
        """
        stmt = select(Item0008).where(Item0008.name == name)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(self, skip: int = 0, limit: int = 20) -> builtins.list[Item0008]:
        """List rows.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0008].
        """
        stmt = select(Item0008).order_by(Item0008.id).offset(skip).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def create(self, item: Item0008) -> Item0008:
        """Create rows.

        Args:
            item: The item.

        Returns:
            The Item0008.
        """
        self._session.add(item)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(item)
        logger.debug("Item0008 saved: %r", item)
        return item
