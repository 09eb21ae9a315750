"""Item0004 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0004.entities import Item0004
from src.d0004.errors import Item0004ConflictError, Item0004NotFoundError
from src.d0004.repository import Item0004Repository
from src.d0004.schemas import Item0004Create, Item0004Response

logger = logging.getLogger(__name__)


class Item0004Service:
    """Item0004 service."""

    def __init__(
        self,
        item0004_repository: Item0004Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0004 service.

        Args:
            item0004_repository: The Item0004Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0004_repository = item0004_repository
        self._settings = settings

    async def create(self, data: Item0004Create) -> Item0004Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0004Response.

        Raises:
            Item0004ConflictError: Item0004 already exists.
        """
        existing = await self._item0004_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0004ConflictError()
        item0004 = Item0004(**data.model_dump())
        item0004 = await self._item0004_repository.create(item0004)
        logger.info("Created Item0004 %r", item0004)
        return Item0004Response.model_validate(item0004, from_attributes=True)

    async def get(self, item_id: int) -> Item0004Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0004Response.

        Raises:
            Item0004NotFoundError: Item0004 not found.
        """
        item0004 = await self._item0004_repository.get(item_id=item_id)
        if item0004 is None:
            raise Item0004NotFoundError()
        return Item0004Response.model_validate(item0004, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0004Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0004Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0004_rows = await self._item0004_repository.list(skip=skip, limit=limit)
        return [Item0004Response.model_validate(row, from_attributes=True) for row in item0004_rows]
