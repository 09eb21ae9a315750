"""Persistence of Loan records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from src.library.catalog.entities import Loan

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class LoanRepository:
    """Reads and writes Loan records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the loan repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, loan_id: UUID) -> Loan | None:
        """Get rows.

        Args:
            loan_id: The loan id.

        Returns:
            The Loan or None.
        """
        stmt = select(Loan).where(Loan.id == loan_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list_by_member(self, member_id: UUID) -> list[Loan]:
        """List by member rows.

        Args:
            member_id: The member id.

        Returns:
            The list[Loan].
        """
        stmt = select(Loan).where(Loan.member_id == member_id).order_by(Loan.id)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def add(self, loan: Loan) -> Loan:
        """Add rows.

        Args:
            loan: The loan.

        Returns:
            The Loan.
        """
        self._session.add(loan)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(loan)
        logger.debug("Loan saved: %r", loan)
        return loan
