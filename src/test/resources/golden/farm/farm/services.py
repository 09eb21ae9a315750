"""Farm service."""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from farm.config import FarmConfig
from farm.errors import Conflict, NotFound
from farm.repositories.crops import CropRepository
from farm.repositories.fields import FieldRepository
from farm.schemas import CropIn, CropOut, FieldIn, FieldOut, FieldPage
from farm.tables import Crop, Field

logger = logging.getLogger(__name__)


class FarmService:
    """Farm service."""

    def __init__(
        self,
        field_repository: FieldRepository,
        crop_repository: CropRepository,
        settings: FarmConfig,
    ) -> None:
        """Initialize the farm service.

        Args:
            field_repository: The FieldRepository this class uses.
            crop_repository: The CropRepository this class uses.
            settings: The FarmConfig this class uses.
        """
        self._field_repository = field_repository
        self._crop_repository = crop_repository
        self._settings = settings

    async def create_field(self, data: FieldIn) -> FieldOut:
        """Create field.

        Args:
            data: The data.

        Returns:
            The FieldOut.

        Raises:
            Conflict: Conflict.
        """
        field = Field(**data.model_dump())
        try:
            field = await self._field_repository.add(field)
        except IntegrityError as exc:
            raise Conflict() from exc
        logger.info("Created Field %r", field)
        return FieldOut.model_validate(field, from_attributes=True)

    async def get_field(self, field_id: int) -> FieldOut:
        """Get field.

        Args:
            field_id: The field id.

        Returns:
            The FieldOut.

        Raises:
            NotFound: Not found.
        """
        field = await self._field_repository.get(field_id=field_id)
        if field is None:
            raise NotFound()
        return FieldOut.model_validate(field, from_attributes=True)

    async def list_fields(self, offset: int = 0, limit: int = 20) -> FieldPage:
        """List fields.

        Args:
            offset: The offset.
            limit: The limit.

        Returns:
            The FieldPage.
        """
        limit = min(limit, self._settings.page_size_max)
        field_rows = await self._field_repository.list(offset=offset, limit=limit)
        total = await self._field_repository.count()
        return FieldPage(
            items=[FieldOut.model_validate(row, from_attributes=True) for row in field_rows],
            total=total,
            offset=offset,
            limit=limit,
        )

    async def delete_field(self, field_id: int) -> None:
        """Delete field.

        Args:
            field_id: The field id.

        Raises:
            NotFound: Not found.
        """
        if not await self._field_repository.delete(field_id=field_id):
            raise NotFound()

    async def add_crop(self, data: CropIn) -> CropOut:
        """Add crop.

        Args:
            data: The data.

        Returns:
            The CropOut.

        Raises:
            NotFound: Not found.
        """
        if await self._field_repository.get(field_id=data.field_id) is None:
            raise NotFound()
        crop = Crop(**data.model_dump())
        crop = await self._crop_repository.add(crop)
        logger.info("Created Crop %r", crop)
        return CropOut.model_validate(crop, from_attributes=True)

    async def get_crop(self, crop_id: int) -> CropOut:
        """Get crop.

        Args:
            crop_id: The crop id.

        Returns:
            The CropOut.

        Raises:
            NotFound: Not found.
        """
        crop = await self._crop_repository.get(crop_id=crop_id)
        if crop is None:
            raise NotFound()
        return CropOut.model_validate(crop, from_attributes=True)

    async def crops_of_field(self, field_id: int) -> list[CropOut]:
        """Crops of field.

        Args:
            field_id: The field id.

        Returns:
            The list[CropOut].

        Raises:
            NotFound: Not found.
        """
        if await self._field_repository.get(field_id=field_id) is None:
            raise NotFound()
        crop_rows = await self._crop_repository.list_by_field(field_id=field_id)
        return [CropOut.model_validate(row, from_attributes=True) for row in crop_rows]
