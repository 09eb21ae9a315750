"""Item0008 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0008.entities import Item0008
from src.d0008.errors import Item0008ConflictError, Item0008NotFoundError
from src.d0008.repository import Item0008Repository
from src.d0008.schemas import Item0008Create, Item0008Response

logger = logging.getLogger(__name__)


class Item0008Service:
    """Item0008 service."""

    def __init__(
        self,
        item0008_repository: Item0008Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0008 service.

        Args:
            item0008_repository: The Item0008Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0008_repository = item0008_repository
        self._settings = settings

    async def create(self, data: Item0008Create) -> Item0008Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0008Response.

        Raises:
            Item0008ConflictError: Item0008 already exists.
        """
        existing = await self._item0008_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0008ConflictError()
        item0008 = Item0008(**data.model_dump())
        item0008 = await self._item0008_repository.create(item0008)
        logger.info("Created Item0008 %r", item0008)
        return Item0008Response.model_validate(item0008, from_attributes=True)

    async def get(self, item_id: int) -> Item0008Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0008Response.

        Raises:
            Item0008NotFoundError: Item0008 not found.
        """
        item0008 = await self._item0008_repository.get(item_id=item_id)
        if item0008 is None:
            raise Item0008NotFoundError()
        return Item0008Response.model_validate(item0008, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0008Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0008Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0008_rows = await self._item0008_repository.list(skip=skip, limit=limit)
        return [Item0008Response.model_validate(row, from_attributes=True) for row in item0008_rows]
