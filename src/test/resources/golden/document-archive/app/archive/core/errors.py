"""Exceptions of archive errors."""

from __future__ import annotations

from typing import ClassVar


class ArchiveError(Exception):
    """Archive error.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "archive error"
    http_status: ClassVar[int | None] = 500

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class DocumentNotFound(ArchiveError):
    """Document not found."""

    default_message = "document not found"
    http_status = 404


class FolderNotFound(ArchiveError):
    """Folder not found."""

    default_message = "folder not found"
    http_status = 404


class DuplicateSchema(ArchiveError):
    """Schema already used."""

    default_message = "schema already used"
    http_status = 409
