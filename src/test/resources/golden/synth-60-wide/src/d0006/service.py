"""Item0006 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0006.entities import Item0006
from src.d0006.errors import Item0006ConflictError, Item0006NotFoundError
from src.d0006.repository import Item0006Repository
from src.d0006.schemas import Item0006Create, Item0006Response

logger = logging.getLogger(__name__)


class Item0006Service:
    """Item0006 service."""

    def __init__(
        self,
        item0006_repository: Item0006Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0006 service.

        Args:
            item0006_repository: The Item0006Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0006_repository = item0006_repository
        self._settings = settings

    async def create(self, data: Item0006Create) -> Item0006Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0006Response.

        Raises:
            Item0006ConflictError: Item0006 already exists.
        """
        existing = await self._item0006_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0006ConflictError()
        item0006 = Item0006(**data.model_dump())
        item0006 = await self._item0006_repository.create(item0006)
        logger.info("Created Item0006 %r", item0006)
        return Item0006Response.model_validate(item0006, from_attributes=True)

    async def get(self, item_id: int) -> Item0006Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0006Response.

        Raises:
            Item0006NotFoundError: Item0006 not found.
        """
        item0006 = await self._item0006_repository.get(item_id=item_id)
        if item0006 is None:
            raise Item0006NotFoundError()
        return Item0006Response.model_validate(item0006, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0006Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0006Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0006_rows = await self._item0006_repository.list(skip=skip, limit=limit)
        return [Item0006Response.model_validate(row, from_attributes=True) for row in item0006_rows]
