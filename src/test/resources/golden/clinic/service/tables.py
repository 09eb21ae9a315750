"""Database tables of clinic tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from service.kinds import AppointmentStatus


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Patient(Base):
    """A row of the patients table."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    model_number: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        server_default=func.now(),
    )


class Appointment(Base):
    """A row of the appointments table."""

    __tablename__ = "appointments"
    __table_args__ = (
        UniqueConstraint("patient_id", "starts_at", name="uq_appointments_patient_id_starts_at"),
        CheckConstraint("minutes >= 5", name="ck_appointments_minutes_ge"),
        CheckConstraint("minutes <= 240", name="ck_appointments_minutes_le"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("patients.id", ondelete="CASCADE"),
        index=True,
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    minutes: Mapped[int] = mapped_column(Integer, default=30)
    status: Mapped[AppointmentStatus] = mapped_column(default=AppointmentStatus.BOOKED)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
