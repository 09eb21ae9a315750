"""Exceptions of shipping errors."""

from __future__ import annotations

from typing import ClassVar


class ShippingError(Exception):
    """Shipping error.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "shipping error"
    http_status: ClassVar[int | None] = 400

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class OrderNotFound(ShippingError):
    """Order not found."""

    default_message = "order not found"
    http_status = 404


class ParcelNotFound(ShippingError):
    """Parcel not found."""

    default_message = "parcel not found"
    http_status = 404


class OrderLocked(ShippingError):
    """Order already shipped."""

    default_message = "order already shipped"
    http_status = 409


class NoteNotFound(ShippingError):
    """Note not found."""

    default_message = "note not found"
    http_status = 404
