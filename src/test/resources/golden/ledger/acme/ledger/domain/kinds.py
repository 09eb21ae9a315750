"""Data models of ledger kinds."""

from __future__ import annotations

from enum import Enum


class TransferState(str, Enum):
    """Allowed values of transfer state."""

    PENDING = "pending"
    IN_PROGRESS = "in-progress"
    ON_HOLD = "on hold"
    V_1ST_REVIEW = "1st-review"
    NONE = "None"
    DONE = "done"


class AccountType(str, Enum):
    """Allowed values of account type."""

    ASSET = "asset"
    LIABILITY = "liability"
    CLASS = "class"
    GLOBAL = "global"
