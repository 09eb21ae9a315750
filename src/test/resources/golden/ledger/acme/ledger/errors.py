"""Exceptions of ledger errors."""

from __future__ import annotations

from typing import ClassVar


class LedgerError(Exception):
    """Ledger error.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "ledger error"
    http_status: ClassVar[int | None] = 400

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class AccountNotFound(LedgerError):
    """Account not found."""

    default_message = "account not found"
    http_status = 404


class TransferRejected(LedgerError):
    """Transfer rejected."""

    default_message = "transfer rejected"
    http_status = 422
