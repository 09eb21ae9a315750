"""Item0003 service."""

from __future__ import annotations

import builtins
import logging

from src.core.settings import Settings
from src.d0003.entities import Item0003
from src.d0003.errors import Item0003ConflictError, Item0003NotFoundError
from src.d0003.repository import Item0003Repository
from src.d0003.schemas import Item0003Create, Item0003Response

logger = logging.getLogger(__name__)


class Item0003Service:
    """Item0003 service."""

    def __init__(
        self,
        item0003_repository: Item0003Repository,
        settings: Settings,
    ) -> None:
        """Initialize the item0003 service.

        Args:
            item0003_repository: The Item0003Repository this class uses.
            settings: The Settings this class uses.
        """
        self._item0003_repository = item0003_repository
        self._settings = settings

    async def create(self, data: Item0003Create) -> Item0003Response:
        """Create.

        Args:
            data: The data.

        Returns:
            The Item0003Response.

        Raises:
            Item0003ConflictError: Item0003 already exists.
        """
        existing = await self._item0003_repository.get_by_name(name=data.name)
        if existing is not None:
            raise Item0003ConflictError()
        item0003 = Item0003(**data.model_dump())
        item0003 = await self._item0003_repository.create(item0003)
        logger.info("Created Item0003 %r", item0003)
        return Item0003Response.model_validate(item0003, from_attributes=True)

    async def get(self, item_id: int) -> Item0003Response:
        """Get.

        Args:
            item_id: The item id.

        Returns:
            The Item0003Response.

        Raises:
            Item0003NotFoundError: Item0003 not found.
        """
        item0003 = await self._item0003_repository.get(item_id=item_id)
        if item0003 is None:
            raise Item0003NotFoundError()
        return Item0003Response.model_validate(item0003, from_attributes=True)

    async def list(self, skip: int, limit: int) -> builtins.list[Item0003Response]:
        """List.

        Args:
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Item0003Response].
        """
        limit = min(limit, self._settings.page_size_max)
        item0003_rows = await self._item0003_repository.list(skip=skip, limit=limit)
        return [Item0003Response.model_validate(row, from_attributes=True) for row in item0003_rows]
