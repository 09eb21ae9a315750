"""HTTP endpoints of item0007 api."""

from __future__ import annotations

import builtins
import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.api.d0006 import get_item0006_service
from src.core.settings import Settings, get_settings
from src.d0006.service import Item0006Service
from src.d0007.errors import Item0007ConflictError, Item0007NotFoundError
from src.d0007.repository import Item0007Repository
from src.d0007.schemas import Item0007Create, Item0007Response
from src.d0007.service import Item0007Service
from src.infra.database import get_session

logger = logging.getLogger(__name__)


def get_item0007_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> Item0007Repository:
    """Build the Item0007Repository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A Item0007Repository bound to this request's collaborators.
    """
    return Item0007Repository(session=session)


def get_item0007_service(
    item0007_repository: Annotated[Item0007Repository, Depends(get_item0007_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
    item0006_service: Annotated[Item0006Service, Depends(get_item0006_service)],
) -> Item0007Service:
    """Build the Item0007Service of the current request.

    Args:
        item0007_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.
        item0006_service: Provided by FastAPI's dependency injection.

    Returns:
        A Item0007Service bound to this request's collaborators.
    """
    return Item0007Service(
        item0007_repository=item0007_repository,
        settings=settings,
        item0006_service=item0006_service,
    )


router = APIRouter(prefix="/api/v1/d0007", tags=["d0007"])


@router.post("/", response_model=Item0007Response, status_code=201)
async def create(
    payload: Item0007Create,
    item0007_service: Annotated[Item0007Service, Depends(get_item0007_service)],
) -> Item0007Response:
    """POST /api/v1/d0007/.

    Args:
        payload: The request body.
        item0007_service: The Item0007Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Item0007ConflictError.
    """
    try:
        return await item0007_service.create(data=payload)
    except Item0007ConflictError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/{item_id}", response_model=Item0007Response)
async def get(
    item_id: int,
    item0007_service: Annotated[Item0007Service, Depends(get_item0007_service)],
) -> Item0007Response:
    """GET /api/v1/d0007/{item_id}.

    Args:
        item_id: Path parameter item id.
        item0007_service: The Item0007Service that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises Item0007NotFoundError.
    """
    try:
        return await item0007_service.get(item_id=item_id)
    except Item0007NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/", response_model=builtins.list[Item0007Response])
async def list(
    item0007_service: Annotated[Item0007Service, Depends(get_item0007_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> builtins.list[Item0007Response]:
    """GET /api/v1/d0007/.

    Args:
        item0007_service: The Item0007Service that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await item0007_service.list(skip=skip, limit=limit)
