"""Data models of item0008 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0008Create(BaseModel):
    """Item0008 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: float | None = None
    attr_1: bool | None = None
    attr_2: str | None = None


class Item0008Response(BaseModel):
    """Item0008 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: float | None = None
    attr_1: bool | None = None
    attr_2: str | None = None
