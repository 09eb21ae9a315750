"""Exceptions of clinic errors."""

from __future__ import annotations

from typing import ClassVar


class PatientNotFound(Exception):
    """Patient not found.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "patient not found"
    http_status: ClassVar[int | None] = 404

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class AppointmentNotFound(Exception):
    """Appointment not found.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "appointment not found"
    http_status: ClassVar[int | None] = 404

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class SlotTaken(Exception):
    """Slot taken.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "slot taken"
    http_status: ClassVar[int | None] = 409

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)
