"""Data models of ticket schemas."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from tickets.db.models import EventStatus


class EventCreate(BaseModel):
    """Event create data."""

    title: str = Field(min_length=1, max_length=200)
    starts_at: datetime
    venue: str = Field(min_length=1, max_length=200)
    capacity: int = Field(ge=1)


class EventUpdate(BaseModel):
    """Event update data."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    starts_at: datetime | None = None
    status: EventStatus | None = None


class EventRead(BaseModel):
    """Event read data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    starts_at: datetime
    venue: str
    capacity: int
    status: EventStatus
    created_at: datetime


class EventPage(BaseModel):
    """Event page data."""

    items: list[EventRead]
    total: int


class TicketCreate(BaseModel):
    """Ticket create data."""

    holder_email: str = Field(max_length=254, pattern="^[^@\\s]+@[^@\\s]+$")
    code: str = Field(min_length=4, max_length=32)


class TicketRead(BaseModel):
    """Ticket read data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    event_id: int
    holder_email: str
    code: str
    issued_at: datetime
