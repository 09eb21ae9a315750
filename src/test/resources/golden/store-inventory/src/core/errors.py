"""Exceptions of store errors."""

from __future__ import annotations

from typing import ClassVar


class StoreError(Exception):
    """Store operation failed.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "Store operation failed"
    http_status: ClassVar[int | None] = None

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class NotFoundError(StoreError):
    """Resource not found."""

    default_message = "Resource not found"
    http_status = 404


class DuplicateError(StoreError):
    """Resource already exists."""

    default_message = "Resource already exists"
    http_status = 409


class InsufficientStockError(StoreError):
    """Not enough stock."""

    default_message = "Not enough stock"
    http_status = 409


class ForbiddenStoreError(StoreError):
    """Store access denied."""

    default_message = "Store access denied"
    http_status = 403
