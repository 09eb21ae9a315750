"""Database tables of item0001 entity."""

from __future__ import annotations

from sqlalchemy import Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from src.d0000.entities import Base


class Item0001(Base):
    """A row of the d0001_items table."""

    __tablename__ = "d0001_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    attr_0: Mapped[int | None] = mapped_column(Integer, default=None)
    attr_1: Mapped[float | None] = mapped_column(Float, default=None)
