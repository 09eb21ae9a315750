"""Data models of item0002 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0002Create(BaseModel):
    """Item0002 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: bool | None = None
    attr_1: bool | None = None
    attr_2: int | None = None


class Item0002Response(BaseModel):
    """Item0002 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: bool | None = None
    attr_1: bool | None = None
    attr_2: int | None = None
