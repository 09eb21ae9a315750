"""Data models of helpdesk schemas."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class SessionCreate(BaseModel):
    """Session create data."""

    user: str = Field(min_length=1, max_length=80)
    group: str | None = None


class SessionOut(BaseModel):
    """Session out data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    user: str
    group: str | None
    created_at: datetime


class Query(BaseModel):
    """Query data."""

    session_id: UUID
    select: str = Field(min_length=1, max_length=40)
    order: int = Field(default=0, ge=0)
    path: str = Field(max_length=200)
    amount: Decimal = Field(default=Decimal("0.00"), ge=0)
    due: date | None = None


class Response(BaseModel):
    """Response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    session_id: UUID
    select: str
    order: int
    path: str
    amount: Decimal
    due: date | None
