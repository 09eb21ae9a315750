"""Item0005 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0004.service import Item0004Service
from src.d0005.entities import Item0005
from src.d0005.errors import Item0005ConflictError, Item0005NotFoundError
from src.d0005.repository import Item0005Repository
from src.d0005.schemas import Item0005Create, Item0005Response

logger = logging.getLogger(__name__)


class Item0005Service:
    """Item0005 service."""

    def __init__(
        self,
        item0005_repository: Item0005Repository,
        settings: Settings,
        item0004_service: Item0004Service,
    ) -> None:
        """Initialize the item0005 service.

        Args:
            item0005_repository: The Item0005Repository this class uses.
            settings: The Settings this class uses.
            item0004_service: The Item0004Service this class uses.
        """
        self._item0005_repository = item0005_repository
        self._settings = settings
        self._item0004_service = item0004_service

    async def create(self, data: Item0005Create) -> Item0005Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0005Response.

        Raises:
            Item0005ConflictError: Item0005 already exists.
        """
        existing = await self._item0005_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0005ConflictError()
        item0005 = Item0005(**data.model_dump())
        item0005 = await self._item0005_repository.create(item0005)
        logger.info("Created Item0005 %r", item0005)
        return Item0005Response.model_validate(item0005, from_attributes=True)

    async def get(self, item_id: int) -> Item0005Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0005Response.

        Raises:
            Item0005NotFoundError: Item0005 not found.
        """
        item0005 = await self._item0005_repository.get(item_id=item_id)
        if item0005 is None:
            raise Item0005NotFoundError()
        return Item0005Response.model_validate(item0005, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0005Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0005Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0005_rows = await self._item0005_repository.list(skip=skip, limit=limit)
        return [Item0005Response.model_validate(row, from_attributes=True) for row in item0005_rows]
