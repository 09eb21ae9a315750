"""Persistence of Parcel records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from app.domain.tables import Parcel

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class ParcelRepository:
    """Reads and writes Parcel records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the parcel repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, parcel_id: int) -> Parcel | None:
        """Get rows.

        Args:
            parcel_id: The parcel id.

        Returns:
            The Parcel or None.
        """
        stmt = select(Parcel).where(Parcel.id == parcel_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, parcel: Parcel) -> Parcel:
        """Add rows.

        Args:
            parcel: The parcel.

        Returns:
            The Parcel.
        """
        self._session.add(parcel)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(parcel)
        logger.debug("Parcel saved: %r", parcel)
        return parcel

    async def delete(self, parcel: Parcel) -> None:
        """Delete rows.

        Args:
            parcel: The parcel.
        """
        await self._session.delete(parcel)
        await self._session.flush()

    async def list_for_order(
        self,
        order_id: UUID,
        fragile: bool | None = None,
    ) -> list[Parcel]:
        """List for order rows.

        Args:
            order_id: The order id.
            fragile: The fragile.

        Returns:
            The list[Parcel].
        """
        stmt = select(Parcel).where(Parcel.order_id == order_id)
        if fragile is not None:
            stmt = stmt.where(Parcel.fragile == fragile)
        stmt = stmt.order_by(Parcel.id)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
