"""Persistence of Ticket records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from tickets.db.models import Ticket

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class TicketRepository:
    """Reads and writes Ticket records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the ticket repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get_by_code(self, code: str) -> Ticket | None:
        """Get by code rows.

        Args:
            code: The code.

        Returns:
            The Ticket or None.
        """
        stmt = select(Ticket).where(Ticket.code == code)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, ticket: Ticket) -> Ticket:
        """Add rows.

        Args:
            ticket: The ticket.

        Returns:
            The Ticket.
        """
        self._session.add(ticket)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(ticket)
        logger.debug("Ticket saved: %r", ticket)
        return ticket

    async def count_for_event(self, event_id: int) -> int:
        """Count for event rows.

        Args:
            event_id: The event id.

        Returns:
            The int.
        """
        stmt = (
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.event_id == event_id)
        )
        result = await self._session.execute(stmt)
        return result.scalar_one()
