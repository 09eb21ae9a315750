"""HTTP endpoints of catalog api."""

from __future__ import annotations

import logging
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.infra.database import get_session
from src.infra.security import get_current_principal
from src.library.catalog.book_repository import BookRepository
from src.library.catalog.schemas import BookCreate, BookRead
from src.library.catalog.service import CatalogService
from src.library.shared.errors import BookNotFoundError, DuplicateIsbnError

logger = logging.getLogger(__name__)


def get_book_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> BookRepository:
    """Build the BookRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A BookRepository bound to this request's collaborators.
    """
    return BookRepository(session=session)


def get_catalog_service(
    book_repository: Annotated[BookRepository, Depends(get_book_repository)],
) -> CatalogService:
    """Build the CatalogService of the current request.

    Args:
        book_repository: Provided by FastAPI's dependency injection.

    Returns:
        A CatalogService bound to this request's collaborators.
    """
    return CatalogService(book_repository=book_repository)


router = APIRouter(prefix="/books", tags=["catalog"])


@router.post(
    "",
    response_model=BookRead,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def add_book(
    payload: BookCreate,
    catalog_service: Annotated[CatalogService, Depends(get_catalog_service)],
) -> BookRead:
    """POST /books.

    Args:
        payload: The request body.
        catalog_service: The CatalogService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises DuplicateIsbnError.
    """
    try:
        return await catalog_service.add_book(data=payload)
    except DuplicateIsbnError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("", response_model=list[BookRead])
async def list_books(
    catalog_service: Annotated[CatalogService, Depends(get_catalog_service)],
    author: str | None = None,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[BookRead]:
    """GET /books.

    Args:
        catalog_service: The CatalogService that does the work.
        author: Query parameter author.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await catalog_service.list_books(author=author, skip=skip, limit=limit)


@router.get("/{book_id}", response_model=BookRead)
async def get_book(
    book_id: UUID,
    catalog_service: Annotated[CatalogService, Depends(get_catalog_service)],
) -> BookRead:
    """GET /books/{book_id}.

    Args:
        book_id: Path parameter book id.
        catalog_service: The CatalogService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises BookNotFoundError.
    """
    try:
        return await catalog_service.get_book(book_id=book_id)
    except BookNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete(
    "/{book_id}",
    status_code=204,
    dependencies=[Depends(get_current_principal)],
)
async def remove_book(
    book_id: UUID,
    catalog_service: Annotated[CatalogService, Depends(get_catalog_service)],
) -> None:
    """DELETE /books/{book_id}.

    Args:
        book_id: Path parameter book id.
        catalog_service: The CatalogService that does the work.

    Raises:
        HTTPException: 404 when the service raises BookNotFoundError.
    """
    try:
        await catalog_service.remove_book(book_id=book_id)
    except BookNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
