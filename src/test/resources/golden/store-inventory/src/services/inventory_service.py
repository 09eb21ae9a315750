"""Inventory service."""

from __future__ import annotations

import logging

from src.repositories.product_repository import ProductRepository
from src.repositories.stock_repository import StockRepository
from src.schemas.product import ReservationRequest, StockAdjustment, StockResponse

logger = logging.getLogger(__name__)


class InventoryService:
    """Inventory service.

    Implementation notes: available = on_hand - reserved and never goes below 0; stock
    rows are locked with get_for_update inside one transaction.
    """

    def __init__(
        self,
        product_repository: ProductRepository,
        stock_repository: StockRepository,
    ) -> None:
        """Initialize the inventory service.

        Args:
            product_repository: The ProductRepository this class uses.
            stock_repository: The StockRepository this class uses.
        """
        self._product_repository = product_repository
        self._stock_repository = stock_repository

    async def get_stock(self, store_id: int, product_id: int) -> StockResponse:
        """Get stock.

        Implementation notes: available = on_hand - reserved and never goes below 0;
        stock rows are locked with get_for_update inside one transaction.

        Args:
            store_id: The store id.
            product_id: The product id.

        Returns:
            The StockResponse.

        Raises:
            NotFoundError: Resource not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (get stock); implementation notes: available = on_hand - reserved
        # and never goes below 0; stock rows are locked with get_for_update inside one
        # transaction.
        raise NotImplementedError("InventoryService.get_stock is not implemented yet")

    async def adjust_stock(
        self,
        store_id: int,
        product_id: int,
        adjustment: StockAdjustment,
    ) -> StockResponse:
        """Adjust stock.

        Implementation notes: available = on_hand - reserved and never goes below 0;
        stock rows are locked with get_for_update inside one transaction.

        Args:
            store_id: The store id.
            product_id: The product id.
            adjustment: The adjustment.

        Returns:
            The StockResponse.

        Raises:
            NotFoundError: Resource not found.
            InsufficientStockError: Not enough stock.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (adjust stock); implementation notes: available = on_hand -
        # reserved and never goes below 0; stock rows are locked with get_for_update
        # inside one transaction.
        raise NotImplementedError(
            "InventoryService.adjust_stock is not implemented yet",
        )

    async def reserve(
        self,
        store_id: int,
        product_id: int,
        request: ReservationRequest,
    ) -> StockResponse:
        """Reserve.

        Implementation notes: available = on_hand - reserved and never goes below 0;
        stock rows are locked with get_for_update inside one transaction.

        Args:
            store_id: The store id.
            product_id: The product id.
            request: The request.

        Returns:
            The StockResponse.

        Raises:
            NotFoundError: Resource not found.
            InsufficientStockError: Not enough stock.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (reserve); implementation notes: available = on_hand - reserved and
        # never goes below 0; stock rows are locked with get_for_update inside one
        # transaction.
        raise NotImplementedError("InventoryService.reserve is not implemented yet")

    async def release(
        self,
        store_id: int,
        product_id: int,
        quantity: int,
    ) -> StockResponse:
        """Release.

        Implementation notes: available = on_hand - reserved and never goes below 0;
        stock rows are locked with get_for_update inside one transaction.

        Args:
            store_id: The store id.
            product_id: The product id.
            quantity: The quantity.

        Returns:
            The StockResponse.

        Raises:
            NotFoundError: Resource not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (release); implementation notes: available = on_hand - reserved and
        # never goes below 0; stock rows are locked with get_for_update inside one
        # transaction.
        raise NotImplementedError("InventoryService.release is not implemented yet")
