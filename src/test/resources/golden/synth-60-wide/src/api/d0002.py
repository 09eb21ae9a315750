"""HTTP endpoints of item0002 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0002.errors import Item0002ConflictError, Item0002NotFoundError
from src.d0002.repository import Item0002Repository
from src.d0002.schemas import Item0002Create, Item0002Response
from src.d0002.service import Item0002Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0002_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0002Repository:
    """Build the Item0002Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0002Repository bound to this request's collaborators.
    """
    return Item0002Repository(session=session)


def get_item0002_service(
    item0002_repository: Annotated[Item0002Repository, Depends(get_item0002_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0002Service:
    """Build the Item0002Service of the current request.

    Args:
        item0002_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0002Service bound to this request's collaborators.
    """
    return Item0002Service(item0002_repository=item0002_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0002", tags=["d0002"])


@router.post("/", response_model=Item0002Response, status_code=201)
async def create(
    payload: Item0002Create,
    item0002_service: Annotated[Item0002Service, Depends(get_item0002_service)],
) -> Item0002Response:
    """POST /api/v1/d0002/.

    Args:
        payload: The request body.
        item0002_service: The Item0002Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0002ConflictError.
    """
    try:
        return await item0002_service.create(data=payload)
    except Item0002ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0002Response)
async def get(
    item_id: int,
    item0002_service: Annotated[Item0002Service, Depends(get_item0002_service)],
) -> Item0002Response:
    """GET /api/v1/d0002/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0002_service: The Item0002Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0002NotFoundError.
    """
    try:
        return await item0002_service.get(item_id=item_id)
    except Item0002NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0002Response])
async def list(
    item0002_service: Annotated[Item0002Service, Depends(get_item0002_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0002Response]:
    """GET /api/v1/d0002/.

    Args:
        item0002_service: The Item0002Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0002_service.list(skip=skip, limit=limit)
