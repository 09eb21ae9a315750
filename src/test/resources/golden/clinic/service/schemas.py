"""Data models of clinic schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from service.kinds import Address, AppointmentStatus


class PatientIn(BaseModel):
    """Patient in data."""

    full_name: str = Field(min_length=1, max_length=120)
    email: EmailStr
    address: Address | None = None
    model_number: str | None = None


class PatientOut(BaseModel):
    """Patient out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str
    email: str
    address: Address | None = None
    model_number: str | None = None
    created_at: datetime


class AppointmentIn(BaseModel):
    """Appointment in data."""

    patient_id: int
    starts_at: datetime
    minutes: int = Field(default=30, ge=5, le=240)
    notes: str | None = None


class AppointmentOut(BaseModel):
    """Appointment out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    patient_id: int
    starts_at: datetime
    minutes: int
    status: AppointmentStatus
    notes: str | None = None
