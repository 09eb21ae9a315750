"""Exceptions raised by the authentication layer."""

from __future__ import annotations

from typing import ClassVar


class AuthenticationError(Exception):
    """Authentication failed.

    Attributes:
        message: Human-readable description of the error.
        http_status: HTTP status an API answers with, or None when it is not mapped.
    """

    default_message: ClassVar[str] = "Authentication failed"
    http_status: ClassVar[int | None] = None

    def __init__(self, message: str | None = None) -> None:
        """Initialize the error.

        Args:
            message: Human-readable description; the class's default message when
                omitted.
        """
        self.message = message if message is not None else self.default_message
        super().__init__(self.message)


class InvalidCredentialsError(AuthenticationError):
    """Invalid email or password."""

    default_message = "Invalid email or password"
    http_status = 401


class UserNotFoundError(AuthenticationError):
    """User not found."""

    default_message = "User not found"
    http_status = 404


class TokenExpiredError(AuthenticationError):
    """Token has expired."""

    default_message = "Token has expired"
    http_status = 401


class InvalidTokenError(AuthenticationError):
    """Invalid token."""

    default_message = "Invalid token"
    http_status = 401


class TokenRevokedError(AuthenticationError):
    """Token has been revoked."""

    default_message = "Token has been revoked"
    http_status = 401
