"""Item0007 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0007.entities import Item0007
from src.d0007.errors import Item0007ConflictError, Item0007NotFoundError
from src.d0007.repository import Item0007Repository
from src.d0007.schemas import Item0007Create, Item0007Response

logger = logging.getLogger(__name__)


class Item0007Service:
    """Item0007 service."""

    def __init__(
        self,
        item0007_repository: Item0007Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0007 service.

        Args:
            item0007_repository: The Item0007Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0007_repository = item0007_repository
        self._settings = settings

    async def create(self, data: Item0007Create) -> Item0007Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0007Response.

        Raises:
            Item0007ConflictError: Item0007 already exists.
        """
        existing = await self._item0007_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0007ConflictError()
        item0007 = Item0007(**data.model_dump())
        item0007 = await self._item0007_repository.create(item0007)
        logger.info("Created Item0007 %r", item0007)
        return Item0007Response.model_validate(item0007, from_attributes=True)

    async def get(self, item_id: int) -> Item0007Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0007Response.

        Raises:
            Item0007NotFoundError: Item0007 not found.
        """
        item0007 = await self._item0007_repository.get(item_id=item_id)
        if item0007 is None:
            raise Item0007NotFoundError()
        return Item0007Response.model_validate(item0007, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0007Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0007Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0007_rows = await self._item0007_repository.list(skip=skip, limit=limit)
        return [Item0007Response.model_validate(row, from_attributes=True) for row in item0007_rows]
