"""HTTP endpoints of farm api."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from farm.config import FarmConfig, get_farm_config
from farm.errors import Conflict, NotFound
from farm.infra.database import get_session
from farm.infra.security import get_current_principal
from farm.repositories.crops import CropRepository
from farm.repositories.fields import FieldRepository
from farm.schemas import CropIn, CropOut, FieldIn, FieldOut, FieldPage
from farm.services import FarmService

logger = logging.getLogger(__name__)


def get_field_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> FieldRepository:
    """Build the FieldRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A FieldRepository bound to this request's collaborators.
    """
    return FieldRepository(session=session)


def get_crop_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> CropRepository:
    """Build the CropRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A CropRepository bound to this request's collaborators.
    """
    return CropRepository(session=session)


def get_farm_service(
    field_repository: Annotated[FieldRepository, Depends(get_field_repository)],
    crop_repository: Annotated[CropRepository, Depends(get_crop_repository)],
    settings: Annotated[FarmConfig, Depends(get_farm_config)],
) -> FarmService:
    """Build the FarmService of the current request.

    Args:
        field_repository: Provided by FastAPI's dependency injection.
        crop_repository: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A FarmService bound to this request's collaborators.
    """
    return FarmService(
        field_repository=field_repository,
        crop_repository=crop_repository,
        settings=settings,
    )


router = APIRouter(prefix="/api")


@router.post(
    "/fields",
    response_model=FieldOut,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def create_field(
    payload: FieldIn,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> FieldOut:
    """POST /api/fields.

    Args:
        payload: The request body.
        farm_service: The FarmService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises Conflict.
    """
    try:
        return await farm_service.create_field(data=payload)
    except Conflict as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/fields", response_model=FieldPage)
async def list_fields(
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> FieldPage:
    """GET /api/fields.

    Args:
        farm_service: The FarmService that does the work.
        offset: Query parameter offset.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await farm_service.list_fields(offset=offset, limit=limit)


@router.get("/fields/{field_id}", response_model=FieldOut)
async def get_field(
    field_id: int,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> FieldOut:
    """GET /api/fields/{field_id}.

    Args:
        field_id: Path parameter field id.
        farm_service: The FarmService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFound.
    """
    try:
        return await farm_service.get_field(field_id=field_id)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete(
    "/fields/{field_id}",
    status_code=204,
    dependencies=[Depends(get_current_principal)],
)
async def delete_field(
    field_id: int,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> None:
    """DELETE /api/fields/{field_id}.

    Args:
        field_id: Path parameter field id.
        farm_service: The FarmService that does the work.

    Raises:
        HTTPException: 404 when the service raises NotFound.
    """
    try:
        await farm_service.delete_field(field_id=field_id)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post("/crops", response_model=CropOut, status_code=201)
async def add_crop(
    payload: CropIn,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> CropOut:
    """POST /api/crops.

    Rate limited: the architecture asks for a limit on this endpoint; enforce it at the
    gateway or in a middleware, it is not part of this router.

    Args:
        payload: The request body.
        farm_service: The FarmService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFound.
    """
    try:
        return await farm_service.add_crop(data=payload)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/crops/{crop_id}", response_model=CropOut)
async def get_crop(
    crop_id: int,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> CropOut:
    """GET /api/crops/{crop_id}.

    Args:
        crop_id: Path parameter crop id.
        farm_service: The FarmService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFound.
    """
    try:
        return await farm_service.get_crop(crop_id=crop_id)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/fields/{field_id}/crops", response_model=list[CropOut])
async def crops_of_field(
    field_id: int,
    farm_service: Annotated[FarmService, Depends(get_farm_service)],
) -> list[CropOut]:
    """GET /api/fields/{field_id}/crops.

    Args:
        field_id: Path parameter field id.
        farm_service: The FarmService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFound.
    """
    try:
        return await farm_service.crops_of_field(field_id=field_id)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
