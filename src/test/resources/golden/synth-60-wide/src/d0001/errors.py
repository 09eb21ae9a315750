"""Exceptions of item0001 errors."""

from __future__ import annotations

from typing import ClassVar


class Item0001Error(Exception):
    """Item0001 operation failed.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "Item0001 operation failed"
    http_status: ClassVar[int | None] = None

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class Item0001NotFoundError(Item0001Error):
    """Item0001 not found."""

    default_message = "Item0001 not found"
    http_status = 404


class Item0001ConflictError(Item0001Error):
    """Item0001 already exists."""

    default_message = "Item0001 already exists"
    http_status = 409
