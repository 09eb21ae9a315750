"""HTTP endpoints of item0001 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0001.errors import Item0001ConflictError, Item0001NotFoundError
from src.d0001.repository import Item0001Repository
from src.d0001.schemas import Item0001Create, Item0001Response
from src.d0001.service import Item0001Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0001_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0001Repository:
    """Build the Item0001Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0001Repository bound to this request's collaborators.
    """
    return Item0001Repository(session=session)


def get_item0001_service(
    item0001_repository: Annotated[Item0001Repository, Depends(get_item0001_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0001Service:
    """Build the Item0001Service of the current request.

    Args:
        item0001_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0001Service bound to this request's collaborators.
    """
    return Item0001Service(item0001_repository=item0001_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0001", tags=["d0001"])


@router.post("/", response_model=Item0001Response, status_code=201)
async def create(
    payload: Item0001Create,
    item0001_service: Annotated[Item0001Service, Depends(get_item0001_service)],
) -> Item0001Response:
    """POST /api/v1/d0001/.

    Args:
        payload: The request body.
        item0001_service: The Item0001Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0001ConflictError.
    """
    try:
        return await item0001_service.create(data=payload)
    except Item0001ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0001Response)
async def get(
    item_id: int,
    item0001_service: Annotated[Item0001Service, Depends(get_item0001_service)],
) -> Item0001Response:
    """GET /api/v1/d0001/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0001_service: The Item0001Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0001NotFoundError.
    """
    try:
        return await item0001_service.get(item_id=item_id)
    except Item0001NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0001Response])
async def list(
    item0001_service: Annotated[Item0001Service, Depends(get_item0001_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0001Response]:
    """GET /api/v1/d0001/.

    Args:
        item0001_service: The Item0001Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0001_service.list(skip=skip, limit=limit)
