"""Exceptions of library errors."""

from __future__ import annotations

from typing import ClassVar


class LibraryError(Exception):
    """Library operation failed.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "Library operation failed"
    http_status: ClassVar[int | None] = None

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class BookNotFoundError(LibraryError):
    """Book not found."""

    default_message = "Book not found"
    http_status = 404


class MemberNotFoundError(LibraryError):
    """Member not found."""

    default_message = "Member not found"
    http_status = 404


class LoanNotFoundError(LibraryError):
    """Loan not found."""

    default_message = "Loan not found"
    http_status = 404


class DuplicateIsbnError(LibraryError):
    """A book with this ISBN exists."""

    default_message = "A book with this ISBN exists"
    http_status = 409
