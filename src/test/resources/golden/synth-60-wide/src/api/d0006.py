"""HTTP endpoints of item0006 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.settings import Settings, get_settings
from src.d0006.errors import Item0006ConflictError, Item0006NotFoundError
from src.d0006.repository import Item0006Repository
from src.d0006.schemas import Item0006Create, Item0006Response
from src.d0006.service import Item0006Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0006_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0006Repository:
    """Build the Item0006Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0006Repository bound to this request's collaborators.
    """
    return Item0006Repository(session=session)


def get_item0006_service(
    item0006_repository: Annotated[Item0006Repository, Depends(get_item0006_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Item0006Service:
    """Build the Item0006Service of the current request.

    Args:
        item0006_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A Item0006Service bound to this request's collaborators.
    """
    return Item0006Service(item0006_repository=item0006_repository, settings=settings)


router = APIRouter(prefix="/api/v1/d0006", tags=["d0006"])


@router.post("/", response_model=Item0006Response, status_code=201)
async def create(
    payload: Item0006Create,
    item0006_service: Annotated[Item0006Service, Depends(get_item0006_service)],
) -> Item0006Response:
    """POST /api/v1/d0006/.

    Args:
        payload: The request body.
        item0006_service: The Item0006Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0006ConflictError.
    """
    try:
        return await item0006_service.create(data=payload)
    except Item0006ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0006Response)
async def get(
    item_id: int,
    item0006_service: Annotated[Item0006Service, Depends(get_item0006_service)],
) -> Item0006Response:
    """GET /api/v1/d0006/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0006_service: The Item0006Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0006NotFoundError.
    """
    try:
        return await item0006_service.get(item_id=item_id)
    except Item0006NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0006Response])
async def list(
    item0006_service: Annotated[Item0006Service, Depends(get_item0006_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0006Response]:
    """GET /api/v1/d0006/.

    Args:
        item0006_service: The Item0006Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0006_service.list(skip=skip, limit=limit)
