"""Persistence of Item0004 records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from src.d0004.entities import Item0004

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class Item0004Repository:
    """Reads and writes Item0004 records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the item0004 repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, item_id: int) -> Item0004 | None:
        """Get rows.

        Args:
            item_id: The item id.

        Returns:
            The Item0004 or None.
        """
        stmt = select(Item0004).where(Item0004.id == item_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_name(self, name: str) -> Item0004 | None:
        """Get by name rows.

        Args:
            name: The name.

        Returns:
            The Item0004 or None.
        """
        stmt = select(Item0004).where(Item0004.name == name)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(self, skip: int = 0, limit: int = 20) -> builtins.list[Item0004]:
        """List rows.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0004].
        """
        stmt = select(Item0004).order_by(Item0004.id).offset(skip).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def create(self, item: Item0004) -> Item0004:
        """Create rows.

        Args:
            item: The item.

        Returns:
            The Item0004.
        """
        self._session.add(item)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(item)
        logger.debug("Item0004 saved: %r", item)
        return item
