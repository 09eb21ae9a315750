"""Data models of item0006 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0006Create(BaseModel):
    """Item0006 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: bool | None = None
    attr_1: bool | None = None
    attr_2: int | None = None


class Item0006Response(BaseModel):
    """Item0006 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: bool | None = None
    attr_1: bool | None = None
    attr_2: int | None = None
