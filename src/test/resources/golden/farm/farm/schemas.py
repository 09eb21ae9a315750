"""Data models of farm schemas."""

from __future__ import annotations

from datetime import date as date_type, time as time_type

from pydantic import BaseModel, ConfigDict, Field


class FieldIn(BaseModel):
    """Field in data."""

    name: str = Field(min_length=1, max_length=80)
    type: str = "arable"
    area: float = Field(gt=0)
    date: date_type | None = None


class FieldOut(BaseModel):
    """Field out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    type: str
    area: float
    date: date_type | None = None


class FieldPage(BaseModel):
    """Field page data."""

    items: list[FieldOut]
    total: int
    offset: int
    limit: int


class CropIn(BaseModel):
    """Crop in data."""

    field_id: int
    species: str = Field(min_length=1)
    time: time_type | None = None


class CropOut(BaseModel):
    """Crop out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    field_id: int
    species: str
    time: time_type | None = None
