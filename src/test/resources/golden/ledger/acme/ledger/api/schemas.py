"""Data models of ledger schemas."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from acme.ledger.domain.kinds import AccountType, TransferState


class AccountIn(BaseModel):
    """Account in data."""

    ledger_code: str = Field(min_length=1, max_length=12)
    name: str = Field(min_length=1, max_length=120)
    kind: AccountType = AccountType.ASSET
    parent_id: Optional[int] = None
    tags: list[str] = []
    attributes: dict[str, Any] = {}
    opened_on: date


class AccountPatch(BaseModel):
    """Account patch data."""

    name: str | None = Field(default=None, max_length=120)
    is_open: bool | None = None
    tags: list[str] | None = None


class AccountOut(BaseModel):
    """Account out data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    ledger_code: str
    name: str
    kind: AccountType
    parent_id: Optional[int] = None
    balance: float
    tags: list[str]
    attributes: dict[str, Any]
    is_open: bool
    opened_on: date


class TransferIn(BaseModel):
    """Transfer in data."""

    source_account_id: int
    target_account_id: int
    amount: Decimal = Field(ge=0)
    externalRef: str | None = Field(default=None, max_length=64)


class TransferOut(BaseModel):
    """Transfer out data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    source_account_id: int
    target_account_id: int
    amount: Decimal
    state: TransferState
    externalRef: str | None = None
    booked_at: datetime
