"""Persistence of Field records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from farm.tables import Field

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class FieldRepository:
    """Reads and writes Field records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the field repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, field_id: int) -> Field | None:
        """Get rows.

        Args:
            field_id: The field id.

        Returns:
            The Field or None.
        """
        stmt = select(Field).where(Field.id == field_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, field: Field) -> Field:
        """Add rows.

        Args:
            field: The field.

        Returns:
            The Field.
        """
        self._session.add(field)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(field)
        logger.debug("Field saved: %r", field)
        return field

    async def list(self, offset: int = 0, limit: int = 20) -> builtins.list[Field]:
        """List rows.

        Args:
            offset: The offset.
            limit: The limit.

        Returns:
            The list[Field].
        """
        stmt = select(Field).order_by(Field.id).offset(offset).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def count(self) -> int:
        """Count rows.

        Returns:
            The int.
        """
        stmt = select(func.count()).select_from(Field)
        result = await self._session.execute(stmt)
        return result.scalar_one()

    async def delete(self, field_id: int) -> bool:
        """Delete rows.

        Args:
            field_id: The field id.

        Returns:
            The bool.
        """
        stmt = delete(Field).where(Field.id == field_id).returning(Field.id)
        result = await self._session.execute(stmt)
        return result.first() is not None
