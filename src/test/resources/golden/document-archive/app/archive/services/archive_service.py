"""Archive service."""

from __future__ import annotations

import logging
from uuid import UUID

from sqlalchemy.exc import IntegrityError

from app.archive.core.errors import DocumentNotFound, DuplicateSchema, FolderNotFound
from app.archive.domain.records.document_repository import DocumentRepository
from app.archive.domain.records.entities import Document, Folder
from app.archive.domain.records.folder_repository import FolderRepository
from app.archive.domain.records.schemas import (
    DocumentCreate,
    DocumentRead,
    FolderCreate,
    FolderRead,
)

logger = logging.getLogger(__name__)


class ArchiveService:
    """Archive service."""

    def __init__(
        self,
        folder_repository: FolderRepository,
        document_repository: DocumentRepository,
    ) -> None:
        """Initialize the archive service.

        Args:
            folder_repository: The FolderRepository this class uses.
            document_repository: The DocumentRepository this class uses.
        """
        self._folder_repository = folder_repository
        self._document_repository = document_repository

    async def create_folder(self, data: FolderCreate) -> FolderRead:
        """Create folder.

        Args:
            data: The data.

        Returns:
            The FolderRead.
        """
        folder = Folder(**data.model_dump())
        folder = await self._folder_repository.add(folder)
        logger.info("Created Folder %r", folder)
        return FolderRead.model_validate(folder, from_attributes=True)

    async def list_folders(self, limit: int = 50, offset: int = 0) -> list[FolderRead]:
        """List folders.

        Args:
            limit: The limit.
            offset: The offset.

        Returns:
            The list[FolderRead].
        """
        folder_rows = await self._folder_repository.list(limit=limit, offset=offset)
        return [FolderRead.model_validate(row, from_attributes=True) for row in folder_rows]

    async def get_folder(self, folder_id: int) -> FolderRead:
        """Get folder.

        Args:
            folder_id: The folder id.

        Returns:
            The FolderRead.

        Raises:
            FolderNotFound: Folder not found.
        """
        folder = await self._folder_repository.get(folder_id=folder_id)
        if folder is None:
            raise FolderNotFound()
        return FolderRead.model_validate(folder, from_attributes=True)

    async def file_document(self, data: DocumentCreate) -> DocumentRead:
        """File document.

        Args:
            data: The data.

        Returns:
            The DocumentRead.

        Raises:
            FolderNotFound: Folder not found.
            DuplicateSchema: Schema already used.
        """
        if await self._folder_repository.get(folder_id=data.folder_id) is None:
            raise FolderNotFound()
        document = Document(**data.model_dump())
        try:
            document = await self._document_repository.add(document)
        except IntegrityError as exc:
            raise DuplicateSchema() from exc
        logger.info("Created Document %r", document)
        return DocumentRead.model_validate(document, from_attributes=True)

    async def get_document(self, document_id: UUID) -> DocumentRead:
        """Get document.

        Args:
            document_id: The document id.

        Returns:
            The DocumentRead.

        Raises:
            DocumentNotFound: Document not found.
        """
        document = await self._document_repository.get(document_id=document_id)
        if document is None:
            raise DocumentNotFound()
        return DocumentRead.model_validate(document, from_attributes=True)

    async def documents_in_folder(
        self,
        folder_id: int,
        limit: int = 50,
        offset: int = 0,
    ) -> list[DocumentRead]:
        """Documents in folder.

        Args:
            folder_id: The folder id.
            limit: The limit.
            offset: The offset.

        Returns:
            The list[DocumentRead].

        Raises:
            FolderNotFound: Folder not found.
        """
        if await self._folder_repository.get(folder_id=folder_id) is None:
            raise FolderNotFound()
        document_rows = await self._document_repository.list_in_folder(
            folder_id=folder_id,
            limit=limit,
            offset=offset,
        )
        return [DocumentRead.model_validate(row, from_attributes=True) for row in document_rows]

    async def remove_document(self, document_id: UUID) -> None:
        """Remove document.

        Args:
            document_id: The document id.

        Raises:
            DocumentNotFound: Document not found.
        """
        if not await self._document_repository.delete(document_id=document_id):
            raise DocumentNotFound()
