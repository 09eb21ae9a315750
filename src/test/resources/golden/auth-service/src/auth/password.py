"""Hashes and verifies passwords with bcrypt."""

from __future__ import annotations

import logging

from passlib.context import CryptContext  # type: ignore[import-untyped]

logger = logging.getLogger(__name__)


class PasswordHasher:
    """Hashes and verifies passwords with bcrypt.

    Implementation notes: Use passlib CryptContext with schemes=["bcrypt"],
    deprecated="auto".
    """

    def __init__(self) -> None:
        """Initialize the password hasher."""
        self._context = CryptContext(schemes=["bcrypt"], deprecated="auto")

    def hash(self, password: str) -> str:
        """Return a bcrypt hash of the password.

        Args:
            password: The password.

        Returns:
            The str.
        """
        return str(self._context.hash(password))

    def verify(self, password: str, password_hash: str) -> bool:
        """Check a password against a stored hash.

        Args:
            password: The password.
            password_hash: The password hash.

        Returns:
            The bool.
        """
        return bool(self._context.verify(password, password_hash))
