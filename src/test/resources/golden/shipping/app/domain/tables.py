"""Database tables of shipping tables."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    Uuid,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.kinds import OrderStatus


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


class Order(Base):
    """A row of the order table."""

    __tablename__ = "order"
    __table_args__ = (
        CheckConstraint("total >= 0", name="ck_order_total_ge"),
    )

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    customer: Mapped[str] = mapped_column(String(120), index=True)
    status: Mapped[OrderStatus] = mapped_column(default=OrderStatus.OPEN)
    total: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal("0"))
    metadata_: Mapped[dict[str, str]] = mapped_column("metadata", JSON, default=dict)
    placed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Parcel(Base):
    """A row of the parcel table."""

    __tablename__ = "parcel"
    __table_args__ = (
        CheckConstraint("weight_kg > 0", name="ck_parcel_weight_kg_gt"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[UUID] = mapped_column(
        Uuid,
        ForeignKey("order.id", ondelete="CASCADE"),
        index=True,
    )
    weight_kg: Mapped[float] = mapped_column(Float)
    fragile: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str | None] = mapped_column(Text, default=None)


class Note(Base):
    """A row of the note table."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[UUID] = mapped_column(
        Uuid,
        ForeignKey("order.id", ondelete="CASCADE"),
        index=True,
    )
    body: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True),
        server_default=func.now(),
    )
