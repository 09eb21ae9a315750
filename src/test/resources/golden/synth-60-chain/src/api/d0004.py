"""HTTP endpoints of item0004 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.api.d0003 import get_item0003_service
from src.core.settings import Settings, get_settings
from src.d0003.service import Item0003Service
from src.d0004.errors import Item0004ConflictError, Item0004NotFoundError
from src.d0004.repository import Item0004Repository
from src.d0004.schemas import Item0004Create, Item0004Response
from src.d0004.service import Item0004Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0004_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0004Repository:
    """Build the Item0004Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0004Repository bound to this request's collaborators.
    """
    return Item0004Repository(session=session)


def get_item0004_service(
    item0004_repository: Annotated[Item0004Repository, Depends(get_item0004_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
    item0003_service: Annotated[Item0003Service, Depends(get_item0003_service)],
) -> Item0004Service:
    """Build the Item0004Service of the current request.

    Args:
        item0004_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.
        item0003_service: Provided by FastAPI's dependency injection.

    Returns:
        A Item0004Service bound to this request's collaborators.
    """
    return Item0004Service(
        item0004_repository=item0004_repository,
        settings=settings,
        item0003_service=item0003_service,
    )


router = APIRouter(prefix="/api/v1/d0004", tags=["d0004"])


@router.post("/", response_model=Item0004Response, status_code=201)
async def create(
    payload: Item0004Create,
    item0004_service: Annotated[Item0004Service, Depends(get_item0004_service)],
) -> Item0004Response:
    """POST /api/v1/d0004/.

    Args:
        payload: The request body.
        item0004_service: The Item0004Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0004ConflictError.
    """
    try:
        return await item0004_service.create(data=payload)
    except Item0004ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0004Response)
async def get(
    item_id: int,
    item0004_service: Annotated[Item0004Service, Depends(get_item0004_service)],
) -> Item0004Response:
    """GET /api/v1/d0004/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0004_service: The Item0004Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0004NotFoundError.
    """
    try:
        return await item0004_service.get(item_id=item_id)
    except Item0004NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0004Response])
async def list(
    item0004_service: Annotated[Item0004Service, Depends(get_item0004_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0004Response]:
    """GET /api/v1/d0004/.

    Args:
        item0004_service: The Item0004Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0004_service.list(skip=skip, limit=limit)
