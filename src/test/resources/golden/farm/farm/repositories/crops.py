"""Persistence of Crop records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from farm.tables import Crop

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class CropRepository:
    """Reads and writes Crop records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the crop repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, crop_id: int) -> Crop | None:
        """Get rows.

        Args:
            crop_id: The crop id.

        Returns:
            The Crop or None.
        """
        stmt = select(Crop).where(Crop.id == crop_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, crop: Crop) -> Crop:
        """Add rows.

        Args:
            crop: The crop.

        Returns:
            The Crop.
        """
        self._session.add(crop)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(crop)
        logger.debug("Crop saved: %r", crop)
        return crop

    async def list_by_field(self, field_id: int) -> list[Crop]:
        """List by field rows.

        Args:
            field_id: The field id.

        Returns:
            The list[Crop].
        """
        stmt = select(Crop).where(Crop.field_id == field_id).order_by(Crop.id)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())
