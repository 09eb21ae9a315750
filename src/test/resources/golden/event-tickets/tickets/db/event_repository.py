"""Persistence of Event records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tickets.db.models import Event, EventStatus

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class EventRepository:
    """Reads and writes Event records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the event repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, event_id: int) -> Event | None:
        """Get rows.

        Args:
            event_id: The event id.

        Returns:
            The Event or None.
        """
        stmt = select(Event).where(Event.id == event_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(
        self,
        limit: int,
        offset: int,
        status: EventStatus | None = None,
    ) -> builtins.list[Event]:
        """List rows.

        Args:
            limit: The limit.
            offset: The offset.
            status: The status.

        Returns:
            The list[Event].
        """
        stmt = select(Event)
        if status is not None:
            stmt = stmt.where(Event.status == status)
        stmt = stmt.order_by(Event.id).offset(offset).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def count(self, status: EventStatus | None = None) -> int:
        """Count rows.

        Args:
            status: The status.

        Returns:
            The int.
        """
        stmt = select(func.count()).select_from(Event)
        if status is not None:
            stmt = stmt.where(Event.status == status)
        result = await self._session.execute(stmt)
        return result.scalar_one()

    async def add(self, event: Event) -> Event:
        """Add rows.

        Args:
            event: The event.

        Returns:
            The Event.
        """
        self._session.add(event)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(event)
        logger.debug("Event saved: %r", event)
        return event

    async def save(self, event: Event) -> Event:
        """Save rows.

        Args:
            event: The event.

        Returns:
            The Event.
        """
        self._session.add(event)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(event)
        logger.debug("Event saved: %r", event)
        return event

    async def delete(self, event: Event) -> None:
        """Delete rows.

        Args:
            event: The event.
        """
        await self._session.delete(event)
        await self._session.flush()
