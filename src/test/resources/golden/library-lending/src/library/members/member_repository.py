"""Persistence of Member records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from src.library.catalog.entities import Member

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class MemberRepository:
    """Reads and writes Member records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the member repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, member_id: UUID) -> Member | None:
        """Get rows.

        Args:
            member_id: The member id.

        Returns:
            The Member or None.
        """
        stmt = select(Member).where(Member.id == member_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, member: Member) -> Member:
        """Add rows.

        Args:
            member: The member.

        Returns:
            The Member.
        """
        self._session.add(member)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(member)
        logger.debug("Member saved: %r", member)
        return member
