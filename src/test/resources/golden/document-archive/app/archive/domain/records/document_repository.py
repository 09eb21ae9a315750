"""Persistence of Document records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import delete, select

from app.archive.domain.records.entities import Document

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class DocumentRepository:
    """Reads and writes Document records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the document repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, document_id: UUID) -> Document | None:
        """Get rows.

        Args:
            document_id: The document id.

        Returns:
            The Document or None.
        """
        stmt = select(Document).where(Document.id == document_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list_in_folder(
        self,
        folder_id: int,
        limit: int,
        offset: int,
    ) -> list[Document]:
        """List in folder rows.

        Args:
            folder_id: The folder id.
            limit: The limit.
            offset: The offset.

        Returns:
            The list[Document].
        """
        stmt = (
            select(Document)
            .where(Document.folder_id == folder_id)
            .order_by(Document.id)
            .offset(offset)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def add(self, document: Document) -> Document:
        """Add rows.

        Args:
            document: The document.

        Returns:
            The Document.
        """
        self._session.add(document)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(document)
        logger.debug("Document saved: %r", document)
        return document

    async def delete(self, document_id: UUID) -> bool:
        """Delete rows.

        Args:
            document_id: The document id.

        Returns:
            The bool.
        """
        stmt = delete(Document).where(Document.id == document_id).returning(Document.id)
        result = await self._session.execute(stmt)
        return result.first() is not None
