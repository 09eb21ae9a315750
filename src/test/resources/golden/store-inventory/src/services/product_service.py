"""Product service."""

from __future__ import annotations

import logging

from src.core.config import StoreSettings
from src.core.errors import DuplicateError, NotFoundError
from src.models.entities import Product
from src.repositories.product_repository import ProductRepository
from src.schemas.product import (
    ProductCreate,
    ProductPage,
    ProductResponse,
    ProductUpdate,
)

logger = logging.getLogger(__name__)


class ProductService:
    """Product service.

    Implementation notes: limit is clamped to page_size_max; a new product gets a
    StockLevel row with on_hand 0.
    """

    def __init__(
        self,
        settings: StoreSettings,
        product_repository: ProductRepository,
    ) -> None:
        """Initialize the product service.

        Args:
            settings: The StoreSettings this class uses.
            product_repository: The ProductRepository this class uses.
        """
        self._settings = settings
        self._product_repository = product_repository

    async def create_product(
        self,
        store_id: int,
        data: ProductCreate,
    ) -> ProductResponse:
        """Create product.

        Args:
            store_id: The store id.
            data: The data.

        Returns:
            The ProductResponse.

        Raises:
            DuplicateError: Resource already exists.
        """
        existing = await self._product_repository.get_by_sku(
            store_id=store_id,
            sku=data.sku,
        )
        if existing is not None:
            raise DuplicateError()
        product = Product(**data.model_dump(), store_id=store_id)
        product = await self._product_repository.create(product)
        logger.info("Created Product %r", product)
        return ProductResponse.model_validate(product, from_attributes=True)

    async def get_product(self, store_id: int, product_id: int) -> ProductResponse:
        """Get product.

        Args:
            store_id: The store id.
            product_id: The product id.

        Returns:
            The ProductResponse.

        Raises:
            NotFoundError: Resource not found.
        """
        product = await self._product_repository.get(
            store_id=store_id,
            product_id=product_id,
        )
        if product is None:
            raise NotFoundError()
        return ProductResponse.model_validate(product, from_attributes=True)

    async def list_products(self, store_id: int, skip: int, limit: int) -> ProductPage:
        """List products.

        Args:
            store_id: The store id.
            skip: The skip.
            limit: The limit.

        Returns:
            The ProductPage.
        """
        limit = min(limit, self._settings.page_size_max)
        product_rows = await self._product_repository.list(
            store_id=store_id,
            skip=skip,
            limit=limit,
        )
        total = await self._product_repository.count(store_id=store_id)
        return ProductPage(
            items=[ProductResponse.model_validate(row, from_attributes=True) for row in product_rows],
            total=total,
            skip=skip,
            limit=limit,
        )

    async def update_product(
        self,
        store_id: int,
        product_id: int,
        data: ProductUpdate,
    ) -> ProductResponse:
        """Update product.

        Args:
            store_id: The store id.
            product_id: The product id.
            data: The data.

        Returns:
            The ProductResponse.

        Raises:
            NotFoundError: Resource not found.
        """
        product = await self._product_repository.get(
            store_id=store_id,
            product_id=product_id,
        )
        if product is None:
            raise NotFoundError()
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(product, field, value)
        # the session tracks the loaded row: the change is written when it commits
        return ProductResponse.model_validate(product, from_attributes=True)

    async def delete_product(self, store_id: int, product_id: int) -> None:
        """Delete product.

        Args:
            store_id: The store id.
            product_id: The product id.

        Raises:
            NotFoundError: Resource not found.
        """
        product = await self._product_repository.get(
            store_id=store_id,
            product_id=product_id,
        )
        if product is None:
            raise NotFoundError()
        await self._product_repository.delete(product)
        logger.info("Deleted Product %r", product)
