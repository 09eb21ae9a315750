"""HTTP endpoints of item0005 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0005.errors import Item0005ConflictError, Item0005NotFoundError
from src.d0005.repository import Item0005Repository
from src.d0005.schemas import Item0005Create, Item0005Response
from src.d0005.service import Item0005Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0005_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0005Repository:
    """Build the Item0005Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0005Repository bound to this request's collaborators.
    """
    return Item0005Repository(session=session)


def get_item0005_service(
    item0005_repository: Annotated[Item0005Repository, Depends(get_item0005_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0005Service:
    """Build the Item0005Service of the current request.

    Args:
        item0005_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0005Service bound to this request's collaborators.
    """
    return Item0005Service(item0005_repository=item0005_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0005", tags=["d0005"])


@router.post("/", response_model=Item0005Response, status_code=201)
async def create(
    payload: Item0005Create,
    item0005_service: Annotated[Item0005Service, Depends(get_item0005_service)],
) -> Item0005Response:
    """POST /api/v1/d0005/.

    Args:
        payload: The request body.
        item0005_service: The Item0005Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0005ConflictError.
    """
    try:
        return await item0005_service.create(data=payload)
    except Item0005ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0005Response)
async def get(
    item_id: int,
    item0005_service: Annotated[Item0005Service, Depends(get_item0005_service)],
) -> Item0005Response:
    """GET /api/v1/d0005/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0005_service: The Item0005Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0005NotFoundError.
    """
    try:
        return await item0005_service.get(item_id=item_id)
    except Item0005NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0005Response])
async def list(
    item0005_service: Annotated[Item0005Service, Depends(get_item0005_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0005Response]:
    """GET /api/v1/d0005/.

    Args:
        item0005_service: The Item0005Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0005_service.list(skip=skip, limit=limit)
