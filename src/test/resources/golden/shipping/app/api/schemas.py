"""Data models of shipping schemas."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

from pydantic import AliasChoices, BaseModel, ConfigDict, Field

from app.domain.kinds import OrderStatus


class OrderIn(BaseModel):
    """Order in data."""

    model_config = ConfigDict(populate_by_name=True)

    customer: str = Field(min_length=1, max_length=120)
    metadata_: dict[str, str] = Field(default={}, alias="metadata")


class OrderOut(BaseModel):
    """Order out data."""

    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    id: UUID
    customer: str
    status: OrderStatus
    total: Decimal
    metadata_: dict[str, str] = Field(
        validation_alias=AliasChoices("metadata_", "metadata"),
        serialization_alias="metadata",
    )
    placed_at: datetime


class ParcelIn(BaseModel):
    """Parcel in data."""

    weight_kg: float = Field(gt=0, le=1000)
    fragile: bool = False
    label: str | None = Field(default=None, max_length=40)


class ParcelOut(BaseModel):
    """Parcel out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    order_id: UUID
    weight_kg: float
    fragile: bool
    label: str | None = None


class NoteIn(BaseModel):
    """Note in data."""

    body: str = Field(min_length=1, max_length=500)


class NoteOut(BaseModel):
    """Note out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    order_id: UUID
    body: str
    created_at: datetime


class Quote(BaseModel):
    """Quote data."""

    weight_kg: float
    express: bool
    price: Decimal
