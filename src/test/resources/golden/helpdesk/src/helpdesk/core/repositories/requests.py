"""Persistence of Request records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from src.helpdesk.core.models.tables import Request

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class RequestRepository:
    """Reads and writes Request records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the request repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, request_id: int) -> Request | None:
        """Get rows.

        Args:
            request_id: The request id.

        Returns:
            The Request or None.
        """
        stmt = select(Request).where(Request.id == request_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list_for_session(
        self,
        session_id: UUID,
        limit: int = 50,
    ) -> list[Request]:
        """List for session rows.

        Args:
            session_id: The session id.
            limit: The limit.

        Returns:
            The list[Request].
        """
        stmt = (
            select(Request)
            .where(Request.session_id == session_id)
            .order_by(Request.id)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def add(self, request: Request) -> Request:
        """Add rows.

        Args:
            request: The request.

        Returns:
            The Request.
        """
        self._session.add(request)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(request)
        logger.debug("Request saved: %r", request)
        return request
