"""Item0000 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0000.entities import Item0000
from src.d0000.errors import Item0000ConflictError, Item0000NotFoundError
from src.d0000.repository import Item0000Repository
from src.d0000.schemas import Item0000Create, Item0000Response

logger = logging.getLogger(__name__)


class Item0000Service:
    """Item0000 service."""

    def __init__(
        self,
        item0000_repository: Item0000Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0000 service.

        Args:
            item0000_repository: The Item0000Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0000_repository = item0000_repository
        self._settings = settings

    async def create(self, data: Item0000Create) -> Item0000Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0000Response.

        Raises:
            Item0000ConflictError: Item0000 already exists.
        """
        existing = await self._item0000_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0000ConflictError()
        item0000 = Item0000(**data.model_dump())
        item0000 = await self._item0000_repository.create(item0000)
        logger.info("Created Item0000 %r", item0000)
        return Item0000Response.model_validate(item0000, from_attributes=True)

    async def get(self, item_id: int) -> Item0000Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0000Response.

        Raises:
            Item0000NotFoundError: Item0000 not found.
        """
        item0000 = await self._item0000_repository.get(item_id=item_id)
        if item0000 is None:
            raise Item0000NotFoundError()
        return Item0000Response.model_validate(item0000, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0000Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0000Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0000_rows = await self._item0000_repository.list(skip=skip, limit=limit)
        return [Item0000Response.model_validate(row, from_attributes=True) for row in item0000_rows]
