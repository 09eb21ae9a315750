"""Plain helpers for amounts."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class Money:
    """Plain helpers for amounts."""

    def __init__(self) -> None:
        """Initialize the money."""
        return None

    @staticmethod
    def round_amount(value: float, places: int = 2) -> float:
        """Round half away from zero.

        Args:
            value: The value.
            places: The places.

        Returns:
            The float.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (Round half away from zero.)
        raise NotImplementedError("Money.round_amount is not implemented yet")

    @staticmethod
    def is_currency(code: str) -> bool:
        """Three upper-case letters.

        Args:
            code: The code.

        Returns:
            The bool.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (Three upper-case letters.)
        raise NotImplementedError("Money.is_currency is not implemented yet")
