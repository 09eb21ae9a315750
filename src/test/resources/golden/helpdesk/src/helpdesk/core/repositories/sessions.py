"""Persistence of Session records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from src.helpdesk.core.models.tables import Session

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class SessionRepository:
    """Reads and writes Session records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the session repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, session_id: UUID) -> Session | None:
        """Get rows.

        Args:
            session_id: The session id.

        Returns:
            The Session or None.
        """
        stmt = select(Session).where(Session.id == session_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, session: Session) -> Session:
        """Add rows.

        Args:
            session: The session.

        Returns:
            The Session.
        """
        self._session.add(session)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(session)
        logger.debug("Session saved: %r", session)
        return session
