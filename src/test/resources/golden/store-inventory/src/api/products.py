"""HTTP endpoints of product api."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query

from src.core.deps import get_product_service, get_store_id
from src.core.errors import DuplicateError, NotFoundError
from src.infra.security import get_current_principal
from src.schemas.product import (
    ProductCreate,
    ProductPage,
    ProductResponse,
    ProductUpdate,
)
from src.services.product_service import ProductService

logger = logging.getLogger(__name__)


router = APIRouter(prefix="/api/v1/products", tags=["products"])


@router.post(
    "/",
    response_model=ProductResponse,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def create_product(
    payload: ProductCreate,
    store_id: Annotated[int, Depends(get_store_id)],
    product_service: Annotated[ProductService, Depends(get_product_service)],
) -> ProductResponse:
    """POST /api/v1/products/.

    Args:
        payload: The request body.
        store_id: From the X-Store-Id request header.
        product_service: The ProductService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 409 when the service raises DuplicateError.
    """
    try:
        return await product_service.create_product(store_id=store_id, data=payload)
    except DuplicateError as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get(
    "/",
    response_model=ProductPage,
    status_code=200,
    dependencies=[Depends(get_current_principal)],
)
async def list_products(
    store_id: Annotated[int, Depends(get_store_id)],
    product_service: Annotated[ProductService, Depends(get_product_service)],
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> ProductPage:
    """GET /api/v1/products/.

    Args:
        store_id: From the X-Store-Id request header.
        product_service: The ProductService that does the work.
        skip: Query parameter skip.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await product_service.list_products(
        store_id=store_id,
        skip=skip,
        limit=limit,
    )


@router.get(
    "/{product_id}",
    response_model=ProductResponse,
    dependencies=[Depends(get_current_principal)],
)
async def get_product(
    product_id: int,
    store_id: Annotated[int, Depends(get_store_id)],
    product_service: Annotated[ProductService, Depends(get_product_service)],
) -> ProductResponse:
    """GET /api/v1/products/{product_id}.

    Args:
        product_id: Path parameter product id.
        store_id: From the X-Store-Id request header.
        product_service: The ProductService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
    """
    try:
        return await product_service.get_product(
            store_id=store_id,
            product_id=product_id,
        )
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.patch(
    "/{product_id}",
    response_model=ProductResponse,
    dependencies=[Depends(get_current_principal)],
)
async def update_product(
    product_id: int,
    payload: ProductUpdate,
    store_id: Annotated[int, Depends(get_store_id)],
    product_service: Annotated[ProductService, Depends(get_product_service)],
) -> ProductResponse:
    """PATCH /api/v1/products/{product_id}.

    Args:
        product_id: Path parameter product id.
        payload: The request body.
        store_id: From the X-Store-Id request header.
        product_service: The ProductService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
    """
    try:
        return await product_service.update_product(
            store_id=store_id,
            product_id=product_id,
            data=payload,
        )
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete(
    "/{product_id}",
    status_code=204,
    dependencies=[Depends(get_current_principal)],
)
async def delete_product(
    product_id: int,
    store_id: Annotated[int, Depends(get_store_id)],
    product_service: Annotated[ProductService, Depends(get_product_service)],
) -> None:
    """DELETE /api/v1/products/{product_id}.

    Args:
        product_id: Path parameter product id.
        store_id: From the X-Store-Id request header.
        product_service: The ProductService that does the work.

    Raises:
        HTTPException: 404 when the service raises NotFoundError.
    """
    try:
        await product_service.delete_product(store_id=store_id, product_id=product_id)
    except NotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
