"""Data models of item0004 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0004Create(BaseModel):
    """Item0004 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: bool | None = None


class Item0004Response(BaseModel):
    """Item0004 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: bool | None = None
