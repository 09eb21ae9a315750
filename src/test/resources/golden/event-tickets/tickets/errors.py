"""Exceptions of ticket errors."""

from __future__ import annotations

from typing import ClassVar


class TicketingError(Exception):
    """Ticketing error.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "ticketing error"
    http_status: ClassVar[int | None] = 500

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class EventNotFound(TicketingError):
    """Event not found."""

    default_message = "event not found"
    http_status = 404


class TicketNotFound(TicketingError):
    """Ticket not found."""

    default_message = "ticket not found"
    http_status = 404


class SoldOut(TicketingError):
    """The event is sold out."""

    default_message = "the event is sold out"
    http_status = 409
