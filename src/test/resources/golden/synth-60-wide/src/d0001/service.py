"""Item0001 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0001.entities import Item0001
from src.d0001.errors import Item0001ConflictError, Item0001NotFoundError
from src.d0001.repository import Item0001Repository
from src.d0001.schemas import Item0001Create, Item0001Response

logger = logging.getLogger(__name__)


class Item0001Service:
    """Item0001 service."""

    def __init__(
        self,
        item0001_repository: Item0001Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0001 service.

        Args:
            item0001_repository: The Item0001Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0001_repository = item0001_repository
        self._settings = settings

    async def create(self, data: Item0001Create) -> Item0001Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0001Response.

        Raises:
            Item0001ConflictError: Item0001 already exists.
        """
        existing = await self._item0001_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0001ConflictError()
        item0001 = Item0001(**data.model_dump())
        item0001 = await self._item0001_repository.create(item0001)
        logger.info("Created Item0001 %r", item0001)
        return Item0001Response.model_validate(item0001, from_attributes=True)

    async def get(self, item_id: int) -> Item0001Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0001Response.

        Raises:
            Item0001NotFoundError: Item0001 not found.
        """
        item0001 = await self._item0001_repository.get(item_id=item_id)
        if item0001 is None:
            raise Item0001NotFoundError()
        return Item0001Response.model_validate(item0001, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0001Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0001Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0001_rows = await self._item0001_repository.list(skip=skip, limit=limit)
        return [Item0001Response.model_validate(row, from_attributes=True) for row in item0001_rows]
