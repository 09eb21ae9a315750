"""Exceptions of helpdesk errors."""

from __future__ import annotations

from typing import ClassVar


class RequestNotFound(Exception):
    """Request not found.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "request not found"
    http_status: ClassVar[int | None] = 404

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class SessionNotFound(Exception):
    """Session not found.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "session not found"
    http_status: ClassVar[int | None] = 404

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)
