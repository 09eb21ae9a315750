"""Database tables of farm tables."""

from __future__ import annotations

from datetime import date as date_type, time as time_type

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Field(Base):
    """A row of the field table."""

    __tablename__ = "field"
    __table_args__ = (
        CheckConstraint("area > 0", name="ck_field_area_gt"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    type: Mapped[str] = mapped_column(String(20), default="arable")
    area: Mapped[float] = mapped_column(Float)
    date: Mapped[date_type | None] = mapped_column(Date, default=None)


class Crop(Base):
    """A row of the user table."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    field_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("field.id", ondelete="RESTRICT"),
    )
    species: Mapped[str] = mapped_column(String(60))
    time: Mapped[time_type | None] = mapped_column(Time, default=None)


class Planting(Base):
    """A row of the plantings table."""

    __tablename__ = "plantings"
    __table_args__ = (
        CheckConstraint("rows >= 1", name="ck_plantings_rows_ge"),
    )

    field_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("field.id", ondelete="CASCADE"),
        primary_key=True,
    )
    crop_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("user.id", ondelete="CASCADE"),
        primary_key=True,
    )
    date: Mapped[date_type] = mapped_column(Date)
    rows: Mapped[int] = mapped_column(Integer, default=1)
