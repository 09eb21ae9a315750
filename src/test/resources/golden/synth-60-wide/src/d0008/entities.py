"""Database tables of item0008 entity."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from src.d0000.entities import Base


class Item0008(Base):
    """A row of the d0008_items table."""

    __tablename__ = "d0008_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    attr_0: Mapped[float | None] = mapped_column(Float, default=None)
    attr_1: Mapped[bool | None] = mapped_column(Boolean, default=None)
    attr_2: Mapped[str | None] = mapped_column(Text, default=None)
