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
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from acme.ledger.domain.kinds import AccountType, TransferState


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


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
    amount: Mapped[Decimal] = mapped_column(Numeric)
    state: Mapped[TransferState] = mapped_column(default=TransferState.PENDING)
    externalRef: Mapped[str | None] = mapped_column(
        String(64),
        unique=True,
        default=None,
    )
    booked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
