"""Exceptions of item0000 errors."""

from __future__ import annotations

from typing import ClassVar


class Item0000Error(Exception):
    """Item0000 operation failed.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "Item0000 operation failed"
    http_status: ClassVar[int | None] = None

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class Item0000NotFoundError(Item0000Error):
    """Item0000 not found."""

    default_message = "Item0000 not found"
    http_status = 404


class Item0000ConflictError(Item0000Error):
    """Item0000 already exists."""

    default_message = "Item0000 already exists"
    http_status = 409
