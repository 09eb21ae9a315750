"""Persistence of Note records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from app.domain.tables import Note

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class NoteRepository:
    """Reads and writes Note records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the note repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, note_id: int) -> Note | None:
        """Get rows.

        Args:
            note_id: The note id.

        Returns:
            The Note or None.
        """
        stmt = select(Note).where(Note.id == note_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, note: Note) -> Note:
        """Add rows.

        Args:
            note: The note.

        Returns:
            The Note.
        """
        self._session.add(note)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(note)
        logger.debug("Note saved: %r", note)
        return note

    async def list_for_order(
        self,
        order_id: UUID,
        offset: int = 0,
        limit: int = 50,
    ) -> list[Note]:
        """List for order rows.

        Args:
            order_id: The order id.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[Note].
        """
        stmt = (
            select(Note)
            .where(Note.order_id == order_id)
            .order_by(Note.id)
            .offset(offset)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
