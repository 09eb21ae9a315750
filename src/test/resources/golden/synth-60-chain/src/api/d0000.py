"""HTTP endpoints of item0000 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0000.errors import Item0000ConflictError, Item0000NotFoundError
from src.d0000.repository import Item0000Repository
from src.d0000.schemas import Item0000Create, Item0000Response
from src.d0000.service import Item0000Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0000_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0000Repository:
    """Build the Item0000Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0000Repository bound to this request's collaborators.
    """
    return Item0000Repository(session=session)


def get_item0000_service(
    item0000_repository: Annotated[Item0000Repository, Depends(get_item0000_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0000Service:
    """Build the Item0000Service of the current request.

    Args:
        item0000_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0000Service bound to this request's collaborators.
    """
    return Item0000Service(item0000_repository=item0000_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0000", tags=["d0000"])


@router.post("/", response_model=Item0000Response, status_code=201)
async def create(
    payload: Item0000Create,
    item0000_service: Annotated[Item0000Service, Depends(get_item0000_service)],
) -> Item0000Response:
    """POST /api/v1/d0000/.

    Args:
        payload: The request body.
        item0000_service: The Item0000Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0000ConflictError.
    """
    try:
        return await item0000_service.create(data=payload)
    except Item0000ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0000Response)
async def get(
    item_id: int,
    item0000_service: Annotated[Item0000Service, Depends(get_item0000_service)],
) -> Item0000Response:
    """GET /api/v1/d0000/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0000_service: The Item0000Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0000NotFoundError.
    """
    try:
        return await item0000_service.get(item_id=item_id)
    except Item0000NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0000Response])
async def list(
    item0000_service: Annotated[Item0000Service, Depends(get_item0000_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0000Response]:
    """GET /api/v1/d0000/.

    Args:
        item0000_service: The Item0000Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0000_service.list(skip=skip, limit=limit)
