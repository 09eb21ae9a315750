"""HTTP endpoints of item0003 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0003.errors import Item0003ConflictError, Item0003NotFoundError
from src.d0003.repository import Item0003Repository
from src.d0003.schemas import Item0003Create, Item0003Response
from src.d0003.service import Item0003Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0003_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0003Repository:
    """Build the Item0003Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0003Repository bound to this request's collaborators.
    """
    return Item0003Repository(session=session)


def get_item0003_service(
    item0003_repository: Annotated[Item0003Repository, Depends(get_item0003_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0003Service:
    """Build the Item0003Service of the current request.

    Args:
        item0003_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0003Service bound to this request's collaborators.
    """
    return Item0003Service(item0003_repository=item0003_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0003", tags=["d0003"])


@router.post("/", response_model=Item0003Response, status_code=201)
async def create(
    payload: Item0003Create,
    item0003_service: Annotated[Item0003Service, Depends(get_item0003_service)],
) -> Item0003Response:
    """POST /api/v1/d0003/.

    Args:
        payload: The request body.
        item0003_service: The Item0003Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0003ConflictError.
    """
    try:
        return await item0003_service.create(data=payload)
    except Item0003ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0003Response)
async def get(
    item_id: int,
    item0003_service: Annotated[Item0003Service, Depends(get_item0003_service)],
) -> Item0003Response:
    """GET /api/v1/d0003/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0003_service: The Item0003Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0003NotFoundError.
    """
    try:
        return await item0003_service.get(item_id=item_id)
    except Item0003NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0003Response])
async def list(
    item0003_service: Annotated[Item0003Service, Depends(get_item0003_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0003Response]:
    """GET /api/v1/d0003/.

    Args:
        item0003_service: The Item0003Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0003_service.list(skip=skip, limit=limit)
