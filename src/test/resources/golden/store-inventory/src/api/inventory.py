"""HTTP endpoints of inventory api."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException

from src.core.deps import get_inventory_service, get_store_id
from src.core.errors import InsufficientStockError, NotFoundError
from src.infra.security import get_current_principal
from src.schemas.product import ReservationRequest, StockAdjustment, StockResponse
from src.services.inventory_service import InventoryService

logger = logging.getLogger(__name__)


router = APIRouter(prefix="/api/v1/products/{product_id}/stock", tags=["inventory"])


@router.get(
    "",
    response_model=StockResponse,
    dependencies=[Depends(get_current_principal)],
)
async def get_stock(
    product_id: int,
    store_id: Annotated[int, Depends(get_store_id)],
    inventory_service: Annotated[InventoryService, Depends(get_inventory_service)],
) -> StockResponse:
    """GET /api/v1/products/{product_id}/stock.

    Args:
        product_id: Path parameter product id.
        store_id: From the X-Store-Id request header.
        inventory_service: The InventoryService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
    """
    try:
        return await inventory_service.get_stock(
            store_id=store_id,
            product_id=product_id,
        )
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post(
    "/adjustments",
    response_model=StockResponse,
    dependencies=[Depends(get_current_principal)],
)
async def adjust_stock(
    product_id: int,
    payload: StockAdjustment,
    store_id: Annotated[int, Depends(get_store_id)],
    inventory_service: Annotated[InventoryService, Depends(get_inventory_service)],
) -> StockResponse:
    """POST /api/v1/products/{product_id}/stock/adjustments.

    Args:
        product_id: Path parameter product id.
        payload: The request body.
        store_id: From the X-Store-Id request header.
        inventory_service: The InventoryService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
        HTTPException: 409 when the service raises InsufficientStockError.
    """
    try:
        return await inventory_service.adjust_stock(
            store_id=store_id,
            product_id=product_id,
            adjustment=payload,
        )
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except InsufficientStockError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.post(
    "/reservations",
    response_model=StockResponse,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def reserve(
    product_id: int,
    payload: ReservationRequest,
    store_id: Annotated[int, Depends(get_store_id)],
    inventory_service: Annotated[InventoryService, Depends(get_inventory_service)],
) -> StockResponse:
    """POST /api/v1/products/{product_id}/stock/reservations.

    Args:
        product_id: Path parameter product id.
        payload: The request body.
        store_id: From the X-Store-Id request header.
        inventory_service: The InventoryService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
        HTTPException: 409 when the service raises InsufficientStockError.
    """
    try:
        return await inventory_service.reserve(
            store_id=store_id,
            product_id=product_id,
            request=payload,
        )
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except InsufficientStockError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
