"""Item0002 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0002.entities import Item0002
from src.d0002.errors import Item0002ConflictError, Item0002NotFoundError
from src.d0002.repository import Item0002Repository
from src.d0002.schemas import Item0002Create, Item0002Response

logger = logging.getLogger(__name__)


class Item0002Service:
    """Item0002 service."""

    def __init__(
        self,
        item0002_repository: Item0002Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0002 service.

        Args:
            item0002_repository: The Item0002Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0002_repository = item0002_repository
        self._settings = settings

    async def create(self, data: Item0002Create) -> Item0002Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0002Response.

        Raises:
            Item0002ConflictError: Item0002 already exists.
        """
        existing = await self._item0002_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0002ConflictError()
        item0002 = Item0002(**data.model_dump())
        item0002 = await self._item0002_repository.create(item0002)
        logger.info("Created Item0002 %r", item0002)
        return Item0002Response.model_validate(item0002, from_attributes=True)

    async def get(self, item_id: int) -> Item0002Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0002Response.

        Raises:
            Item0002NotFoundError: Item0002 not found.
        """
        item0002 = await self._item0002_repository.get(item_id=item_id)
        if item0002 is None:
            raise Item0002NotFoundError()
        return Item0002Response.model_validate(item0002, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0002Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0002Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0002_rows = await self._item0002_repository.list(skip=skip, limit=limit)
        return [Item0002Response.model_validate(row, from_attributes=True) for row in item0002_rows]
