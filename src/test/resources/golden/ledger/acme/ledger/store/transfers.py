"""Persistence of Transfer records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from acme.ledger.domain.tables import Transfer

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class TransferRepository:
    """Reads and writes Transfer records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the transfer repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, transfer_id: UUID) -> Transfer | None:
        """Get rows.

        Args:
            transfer_id: The transfer id.

        Returns:
            The Transfer or None.
        """
        stmt = select(Transfer).where(Transfer.id == transfer_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, transfer: Transfer) -> Transfer:
        """Add rows.

        Args:
            transfer: The transfer.

        Returns:
            The Transfer.
        """
        self._session.add(transfer)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(transfer)
        logger.debug("Transfer saved: %r", transfer)
        return transfer

    async def list_for_account(
        self,
        source_account_id: int,
        limit: int = 50,
    ) -> list[Transfer]:
        """List for account rows.

        Args:
            source_account_id: The source account id.
            limit: The limit.

        Returns:
            The list[Transfer].
        """
        stmt = (
            select(Transfer)
            .where(Transfer.source_account_id == source_account_id)
            .order_by(Transfer.id)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
