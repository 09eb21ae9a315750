"""Data models of item0005 schemas."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Item0005Create(BaseModel):
    """Item0005 create data."""

    name: str = Field(min_length=1, max_length=200)
    attr_0: str | None = None
    attr_1: bool | None = None
    attr_2: str | None = None
    attr_3: float | None = None


class Item0005Response(BaseModel):
    """Item0005 response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    attr_0: str | None = None
    attr_1: bool | None = None
    attr_2: str | None = None
    attr_3: float | None = None
