"""Data models of item0003 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0003Create(BaseModel):
    """Item0003 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: str | None = None
    attr_1: int | None = None
    attr_2: float | None = None
    attr_3: bool | None = None


class Item0003Response(BaseModel):
    """Item0003 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: str | None = None
    attr_1: int | None = None
    attr_2: float | None = None
    attr_3: bool | None = None
