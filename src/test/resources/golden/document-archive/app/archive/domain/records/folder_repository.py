"""Persistence of Folder records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.archive.domain.records.entities import Folder

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class FolderRepository:
    """Reads and writes Folder records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the folder repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, folder_id: int) -> Folder | None:
        """Get rows.

        Args:
            folder_id: The folder id.

        Returns:
            The Folder or None.
        """
        stmt = select(Folder).where(Folder.id == folder_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(self, limit: int, offset: int) -> builtins.list[Folder]:
        """List rows.

        Args:
            limit: The limit.
            offset: The offset.

        Returns:
            The list[Folder].
        """
        stmt = select(Folder).order_by(Folder.id).offset(offset).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def add(self, folder: Folder) -> Folder:
        """Add rows.

        Args:
            folder: The folder.

        Returns:
            The Folder.
        """
        self._session.add(folder)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(folder)
        logger.debug("Folder saved: %r", folder)
        return folder
