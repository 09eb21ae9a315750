"""Database tables of helpdesk tables."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID, uuid4

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Uuid, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Session(Base):
    """A row of the session table."""

    __tablename__ = "session"

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    user: Mapped[str] = mapped_column(String(80))
    group: Mapped[str | None] = mapped_column(String(80), default=None)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        server_default=func.now(),
    )


class Request(Base):
    """A row of the order table."""

    __tablename__ = "order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[UUID] = mapped_column(Uuid, ForeignKey("session.id"))
    select: Mapped[str] = mapped_column(String(40))
    order: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Numeric, default=Decimal("0.00"))
    due: Mapped[date | None] = mapped_column(Date, default=None)
