"""Database tables of item0002 entity."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from src.d0000.entities import Base


class Item0002(Base):
    """A row of the d0002_items table."""

    __tablename__ = "d0002_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    attr_0: Mapped[bool | None] = mapped_column(Boolean, default=None)
    attr_1: Mapped[bool | None] = mapped_column(Boolean, default=None)
    attr_2: Mapped[int | None] = mapped_column(Integer, default=None)
