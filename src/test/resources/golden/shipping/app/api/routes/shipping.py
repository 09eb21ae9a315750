"""HTTP endpoints of shipping api."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from app.api.schemas import (
    NoteIn,
    NoteOut,
    OrderIn,
    OrderOut,
    ParcelIn,
    ParcelOut,
    Quote,
)
from app.core.config.settings import get_shipping_settings
from app.core.errors import NoteNotFound, OrderLocked, OrderNotFound, ParcelNotFound
from app.core.rates import RateCard
from app.domain.kinds import OrderStatus
from app.domain.repos.notes import NoteRepository
from app.domain.repos.orders import OrderRepository
from app.domain.repos.parcels import ParcelRepository
from app.infra.database import get_session
from app.infra.security import get_current_principal
from app.services.shipping import ShippingService

logger = logging.getLogger(__name__)


def get_order_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> OrderRepository:
    """Build the OrderRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A OrderRepository bound to this request's collaborators.
    """
    return OrderRepository(session=session)


def get_parcel_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> ParcelRepository:
    """Build the ParcelRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A ParcelRepository bound to this request's collaborators.
    """
    return ParcelRepository(session=session)


def get_note_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> NoteRepository:
    """Build the NoteRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A NoteRepository bound to this request's collaborators.
    """
    return NoteRepository(session=session)


@lru_cache
def get_rate_card() -> RateCard:
    """Return the process-wide RateCard.

    It holds no per-request state, so one instance serves every request.

    Returns:
        The shared RateCard.
    """
    return RateCard(settings=get_shipping_settings())


def get_shipping_service(
    order_repository: Annotated[OrderRepository, Depends(get_order_repository)],
    parcel_repository: Annotated[ParcelRepository, Depends(get_parcel_repository)],
    note_repository: Annotated[NoteRepository, Depends(get_note_repository)],
    rate_card: Annotated[RateCard, Depends(get_rate_card)],
) -> ShippingService:
    """Build the ShippingService of the current request.

    Args:
        order_repository: Provided by FastAPI's dependency injection.
        parcel_repository: Provided by FastAPI's dependency injection.
        note_repository: Provided by FastAPI's dependency injection.
        rate_card: Provided by FastAPI's dependency injection.

    Returns:
        A ShippingService bound to this request's collaborators.
    """
    return ShippingService(
        order_repository=order_repository,
        parcel_repository=parcel_repository,
        note_repository=note_repository,
        rate_card=rate_card,
    )


router = APIRouter(prefix="/api")


@router.post("/orders", response_model=OrderOut, status_code=201)
async def place_order(
    payload: OrderIn,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> OrderOut:
    """POST /api/orders.

    Args:
        payload: The request body.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.
    """
    return await shipping_service.place_order(data=payload)


@router.get("/orders/count", response_model=int)
async def count_orders(
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
    status: OrderStatus | None = None,
) -> int:
    """GET /api/orders/count.

    Args:
        shipping_service: The ShippingService that does the work.
        status: Query parameter status.

    Returns:
        The response body.
    """
    return await shipping_service.count_orders(status=status)


@router.get("/orders/{order_id}", response_model=OrderOut)
async def get_order(
    order_id: UUID,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> OrderOut:
    """GET /api/orders/{order_id}.

    Args:
        order_id: Path parameter order id.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
    """
    try:
        return await shipping_service.get_order(order_id=order_id)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/orders", response_model=list[OrderOut])
async def list_orders(
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
    status: OrderStatus | None = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[OrderOut]:
    """GET /api/orders.

    Args:
        shipping_service: The ShippingService that does the work.
        status: Query parameter status.
        offset: Query parameter offset.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await shipping_service.list_orders(status=status, offset=offset, limit=limit)


@router.post("/orders/{order_id}/parcels", response_model=ParcelOut, status_code=201)
async def add_parcel(
    order_id: UUID,
    payload: ParcelIn,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> ParcelOut:
    """POST /api/orders/{order_id}/parcels.

    Args:
        order_id: Path parameter order id.
        payload: The request body.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
        HTTPException: 409 when the service raises OrderLocked.
    """
    try:
        return await shipping_service.add_parcel(order_id=order_id, data=payload)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except OrderLocked as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/orders/{order_id}/parcels", response_model=list[ParcelOut])
async def parcels_of(
    order_id: UUID,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
    fragile: bool | None = None,
) -> list[ParcelOut]:
    """GET /api/orders/{order_id}/parcels.

    Args:
        order_id: Path parameter order id.
        shipping_service: The ShippingService that does the work.
        fragile: Query parameter fragile.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
    """
    try:
        return await shipping_service.parcels_of(order_id=order_id, fragile=fragile)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/orders/{order_id}/parcels/{parcel_id}", response_model=ParcelOut)
async def get_parcel(
    order_id: UUID,
    parcel_id: int,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> ParcelOut:
    """GET /api/orders/{order_id}/parcels/{parcel_id}.

    Args:
        order_id: Path parameter order id.
        parcel_id: Path parameter parcel id.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
        HTTPException: 404 when the service raises ParcelNotFound.
    """
    try:
        return await shipping_service.get_parcel(order_id=order_id, parcel_id=parcel_id)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except ParcelNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete(
    "/orders/{order_id}/parcels/{parcel_id}",
    status_code=204,
    dependencies=[Depends(get_current_principal)],
)
async def remove_parcel(
    order_id: UUID,
    parcel_id: int,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> None:
    """DELETE /api/orders/{order_id}/parcels/{parcel_id}.

    Args:
        order_id: Path parameter order id.
        parcel_id: Path parameter parcel id.
        shipping_service: The ShippingService that does the work.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
        HTTPException: 404 when the service raises ParcelNotFound.
        HTTPException: 409 when the service raises OrderLocked.
    """
    try:
        await shipping_service.remove_parcel(order_id=order_id, parcel_id=parcel_id)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except ParcelNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except OrderLocked as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.post("/orders/{order_id}/notes", response_model=NoteOut, status_code=201)
async def add_note(
    order_id: UUID,
    payload: NoteIn,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> NoteOut:
    """POST /api/orders/{order_id}/notes.

    Args:
        order_id: Path parameter order id.
        payload: The request body.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
    """
    try:
        return await shipping_service.add_note(order_id=order_id, data=payload)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/orders/{order_id}/notes", response_model=list[NoteOut])
async def notes_of(
    order_id: UUID,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[NoteOut]:
    """GET /api/orders/{order_id}/notes.

    Args:
        order_id: Path parameter order id.
        shipping_service: The ShippingService that does the work.
        offset: Query parameter offset.
        limit: Query parameter limit.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
    """
    try:
        return await shipping_service.notes_of(
            order_id=order_id,
            offset=offset,
            limit=limit,
        )
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/orders/{order_id}/notes/{note_id}", response_model=NoteOut)
async def get_note(
    order_id: UUID,
    note_id: int,
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
) -> NoteOut:
    """GET /api/orders/{order_id}/notes/{note_id}.

    Args:
        order_id: Path parameter order id.
        note_id: Path parameter note id.
        shipping_service: The ShippingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises OrderNotFound.
        HTTPException: 404 when the service raises NoteNotFound.
    """
    try:
        return await shipping_service.get_note(order_id=order_id, note_id=note_id)
    except OrderNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except NoteNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/quote", response_model=Quote)
async def quote(
    shipping_service: Annotated[ShippingService, Depends(get_shipping_service)],
    weight_kg: Annotated[float, Query(gt=0)],
    express: bool = False,
) -> Quote:
    """GET /api/quote.

    Args:
        shipping_service: The ShippingService that does the work.
        weight_kg: Query parameter weight kg.
        express: Query parameter express.

    Returns:
        The response body.
    """
    return shipping_service.quote(weight_kg=weight_kg, express=express)
