"""HTTP endpoints of archive api."""

from __future__ import annotations

import logging
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from app.archive.core.errors import DocumentNotFound, DuplicateSchema, FolderNotFound
from app.archive.domain.records.document_repository import DocumentRepository
from app.archive.domain.records.folder_repository import FolderRepository
from app.archive.domain.records.schemas import (
    DocumentCreate,
    DocumentRead,
    FolderCreate,
    FolderRead,
)
from app.archive.services.archive_service import ArchiveService
from app.infra.database import get_session
from app.infra.security import get_current_principal

logger = logging.getLogger(__name__)


def get_folder_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> FolderRepository:
    """Build the FolderRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A FolderRepository bound to this request's collaborators.
    """
    return FolderRepository(session=session)


def get_document_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> DocumentRepository:
    """Build the DocumentRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A DocumentRepository bound to this request's collaborators.
    """
    return DocumentRepository(session=session)


def get_archive_service(
    folder_repository: Annotated[FolderRepository, Depends(get_folder_repository)],
    document_repository: Annotated[DocumentRepository, Depends(get_document_repository)],
) -> ArchiveService:
    """Build the ArchiveService of the current request.

    Args:
        folder_repository: Provided by FastAPI's dependency injection.
        document_repository: Provided by FastAPI's dependency injection.

    Returns:
        A ArchiveService bound to this request's collaborators.
    """
    return ArchiveService(
        folder_repository=folder_repository,
        document_repository=document_repository,
    )


router = APIRouter(prefix="/archive", tags=["archive"])


@router.post(
    "/folders",
    response_model=FolderRead,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def create_folder(
    payload: FolderCreate,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
) -> FolderRead:
    """POST /archive/folders.

    Args:
        payload: The request body.
        archive_service: The ArchiveService that does the work.

    Returns:
        The response body.
    """
    return await archive_service.create_folder(data=payload)


@router.get("/folders", response_model=list[FolderRead])
async def list_folders(
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
    limit: int = 50,
    offset: int = 0,
) -> list[FolderRead]:
    """GET /archive/folders.

    Args:
        archive_service: The ArchiveService that does the work.
        limit: Query parameter limit.
        offset: Query parameter offset.

    Returns:
        The response body.
    """
    return await archive_service.list_folders(limit=limit, offset=offset)


@router.get("/folders/{folder_id}", response_model=FolderRead)
async def get_folder(
    folder_id: int,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
) -> FolderRead:
    """GET /archive/folders/{folder_id}.

    Args:
        folder_id: Path parameter folder id.
        archive_service: The ArchiveService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises FolderNotFound.
    """
    try:
        return await archive_service.get_folder(folder_id=folder_id)
    except FolderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post(
    "/documents",
    response_model=DocumentRead,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def file_document(
    payload: DocumentCreate,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
) -> DocumentRead:
    """POST /archive/documents.

    Args:
        payload: The request body.
        archive_service: The ArchiveService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises FolderNotFound.
        HTTPException: 409 when the service raises DuplicateSchema.
    """
    try:
        return await archive_service.file_document(data=payload)
    except FolderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except DuplicateSchema as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/documents/{document_id}", response_model=DocumentRead)
async def get_document(
    document_id: UUID,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
) -> DocumentRead:
    """GET /archive/documents/{document_id}.

    Args:
        document_id: Path parameter document id.
        archive_service: The ArchiveService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises DocumentNotFound.
    """
    try:
        return await archive_service.get_document(document_id=document_id)
    except DocumentNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/folders/{folder_id}/documents", response_model=list[DocumentRead])
async def documents_in_folder(
    folder_id: int,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
    limit: int = 50,
    offset: int = 0,
) -> list[DocumentRead]:
    """GET /archive/folders/{folder_id}/documents.

    Args:
        folder_id: Path parameter folder id.
        archive_service: The ArchiveService that does the work.
        limit: Query parameter limit.
        offset: Query parameter offset.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises FolderNotFound.
    """
    try:
        return await archive_service.documents_in_folder(
            folder_id=folder_id,
            limit=limit,
            offset=offset,
        )
    except FolderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete(
    "/documents/{document_id}",
    status_code=204,
    dependencies=[Depends(get_current_principal)],
)
async def remove_document(
    document_id: UUID,
    archive_service: Annotated[ArchiveService, Depends(get_archive_service)],
) -> None:
    """DELETE /archive/documents/{document_id}.

    Args:
        document_id: Path parameter document id.
        archive_service: The ArchiveService that does the work.

    Raises:
        HTTPException: 404 when the service raises DocumentNotFound.
    """
    try:
        await archive_service.remove_document(document_id=document_id)
    except DocumentNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
