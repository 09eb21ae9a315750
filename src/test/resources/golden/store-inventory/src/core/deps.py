"""FastAPI dependency providers: settings, session, repositories, services and the
caller's store id (from the X-Store-Id header, checked against the authenticated
principal).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Header
from sqlalchemy.ext.asyncio import AsyncSession

from src.core.config import StoreSettings, get_store_settings
from src.core.database import Database
from src.repositories.product_repository import ProductRepository
from src.repositories.stock_repository import StockRepository
from src.services.inventory_service import InventoryService
from src.services.product_service import ProductService

logger = logging.getLogger(__name__)


@lru_cache
def get_database() -> Database:
    """Return the process-wide Database.

    It holds no per-request state, so one instance serves every request.

    Returns:
        The shared Database.
    """
    return Database(settings=get_store_settings())


async def get_session(
    database: Annotated[Database, Depends(get_database)],
) -> AsyncIterator[AsyncSession]:
    """Yield the database session of the current request.

    The session's transaction commits when the request succeeds and rolls back when it
    raises.

    Args:
        database: The Database that opens sessions.

    Yields:
        The request's AsyncSession.
    """
    async for session in database.session():
        yield session


def get_product_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> ProductRepository:
    """Build the ProductRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A ProductRepository bound to this request's collaborators.
    """
    return ProductRepository(session=session)


def get_stock_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> StockRepository:
    """Build the StockRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A StockRepository bound to this request's collaborators.
    """
    return StockRepository(session=session)


def get_product_service(
    settings: Annotated[StoreSettings, Depends(get_store_settings)],
    product_repository: Annotated[ProductRepository, Depends(get_product_repository)],
) -> ProductService:
    """Build the ProductService of the current request.

    Args:
        settings: Provided by FastAPI's dependency injection.
        product_repository: Provided by FastAPI's dependency injection.

    Returns:
        A ProductService bound to this request's collaborators.
    """
    return ProductService(settings=settings, product_repository=product_repository)


def get_inventory_service(
    product_repository: Annotated[ProductRepository, Depends(get_product_repository)],
    stock_repository: Annotated[StockRepository, Depends(get_stock_repository)],
) -> InventoryService:
    """Build the InventoryService of the current request.

    Args:
        product_repository: Provided by FastAPI's dependency injection.
        stock_repository: Provided by FastAPI's dependency injection.

    Returns:
        A InventoryService bound to this request's collaborators.
    """
    return InventoryService(
        product_repository=product_repository,
        stock_repository=stock_repository,
    )


def get_store_id(x_store_id: Annotated[int, Header()]) -> int:
    """Read the caller's store id from the X-Store-Id request header.

    Args:
        x_store_id: The header's value, validated as int.

    Returns:
        The store id.
    """
    return x_store_id
