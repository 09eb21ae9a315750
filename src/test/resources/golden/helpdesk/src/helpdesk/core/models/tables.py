"""Database tables of helpdesk tables."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Uuid, func
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class ExactDecimal(TypeDecorator[Decimal]):
    """NUMERIC that reads back the decimal it was given.

    SQLite keeps NUMERIC as a float, which would come back with ten places (9.99 as
    9.9900000000); there the float's shortest form is read instead. Other databases keep
    the decimal exactly.
    """

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        """The column type as the database sees it.

        Args:
            dialect: The database's dialect.

        Returns:
            NUMERIC, read as a float on SQLite.
        """
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(asdecimal=False))
        return dialect.type_descriptor(Numeric())

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Decimal | None:
        """The value read, as a Decimal.

        Args:
            value: What the driver returned.
            dialect: The database's dialect.

        Returns:
            The decimal, or None for NULL.
        """
        if value is None or isinstance(value, Decimal):
            return value
        return Decimal(repr(value))


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
    amount: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0.00"))
    due: Mapped[date | None] = mapped_column(Date, default=None)
