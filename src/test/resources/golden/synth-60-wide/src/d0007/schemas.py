"""Data models of item0007 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0007Create(BaseModel):
    """Item0007 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: int | None = None
    attr_1: bool | None = None
    attr_2: int | None = None


class Item0007Response(BaseModel):
    """Item0007 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: int | None = None
    attr_1: bool | None = None
    attr_2: int | None = None
