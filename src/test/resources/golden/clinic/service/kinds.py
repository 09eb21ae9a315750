"""Data models of clinic kinds."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel


class AppointmentStatus(str, Enum):
    """Allowed values of appointment status."""

    BOOKED = "booked"
    CANCELLED = "cancelled"
    DONE = "done"


class Address(BaseModel):
    """Address data."""

    street: str
    city: str
    zip: str | None = None
