"""Database tables of ledger tables."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Optional
from uuid import UUID, uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

from acme.ledger.domain.kinds import AccountType, TransferState


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


class Account(Base):
    """A row of the accounts table."""

    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("ledger_code", "name", name="uq_accounts_ledger_code_name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ledger_code: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[AccountType] = mapped_column(default=AccountType.ASSET)
    parent_id: Mapped[Optional[int]] = mapped_column(
        Integer,
        ForeignKey("accounts.id", ondelete="SET NULL"),
        default=None,
    )
    balance: Mapped[float] = mapped_column(Float, default=0.0)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    opened_on: Mapped[date] = mapped_column(Date)


class Transfer(Base):
    """A row of the transfers table."""

    __tablename__ = "transfers"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="ck_transfers_amount_ge"),
    )

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    source_account_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("accounts.id", ondelete="CASCADE"),
    )
    target_account_id: Mapped[int] = mapped_column(
        Integer,
        ForeignKey("accounts.id", ondelete="CASCADE"),
    )
    amount: Mapped[Decimal] = mapped_column(ExactDecimal)
    state: Mapped[TransferState] = mapped_column(default=TransferState.PENDING)
    externalRef: Mapped[str | None] = mapped_column(
        String(64),
        unique=True,
        default=None,
    )
    booked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
