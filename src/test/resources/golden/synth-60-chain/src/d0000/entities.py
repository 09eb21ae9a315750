"""Database tables of item0000 entity."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Item0000(Base):
    """A row of the d0000_items table."""

    __tablename__ = "d0000_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    attr_0: Mapped[bool | None] = mapped_column(Boolean, default=None)
    attr_1: Mapped[bool | None] = mapped_column(Boolean, default=None)
    attr_2: Mapped[str | None] = mapped_column(Text, default=None)
