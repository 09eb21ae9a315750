"""Data models of item0001 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0001Create(BaseModel):
    """Item0001 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: int | None = None
    attr_1: float | None = None


class Item0001Response(BaseModel):
    """Item0001 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: int | None = None
    attr_1: float | None = None
