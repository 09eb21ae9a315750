"""HTTP endpoints of item0008 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0008.errors import Item0008ConflictError, Item0008NotFoundError
from src.d0008.repository import Item0008Repository
from src.d0008.schemas import Item0008Create, Item0008Response
from src.d0008.service import Item0008Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0008_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0008Repository:
    """Build the Item0008Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0008Repository bound to this request's collaborators.
    """
    return Item0008Repository(session=session)


def get_item0008_service(
    item0008_repository: Annotated[Item0008Repository, Depends(get_item0008_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0008Service:
    """Build the Item0008Service of the current request.

    Args:
        item0008_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0008Service bound to this request's collaborators.
    """
    return Item0008Service(item0008_repository=item0008_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0008", tags=["d0008"])


@router.post("/", response_model=Item0008Response, status_code=201)
async def create(
    payload: Item0008Create,
    item0008_service: Annotated[Item0008Service, Depends(get_item0008_service)],
) -> Item0008Response:
    """POST /api/v1/d0008/.

    Args:
        payload: The request body.
        item0008_service: The Item0008Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0008ConflictError.
    """
    try:
        return await item0008_service.create(data=payload)
    except Item0008ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0008Response)
async def get(
    item_id: int,
    item0008_service: Annotated[Item0008Service, Depends(get_item0008_service)],
) -> Item0008Response:
    """GET /api/v1/d0008/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0008_service: The Item0008Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0008NotFoundError.
    """
    try:
        return await item0008_service.get(item_id=item_id)
    except Item0008NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0008Response])
async def list(
    item0008_service: Annotated[Item0008Service, Depends(get_item0008_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0008Response]:
    """GET /api/v1/d0008/.

    Args:
        item0008_service: The Item0008Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0008_service.list(skip=skip, limit=limit)
