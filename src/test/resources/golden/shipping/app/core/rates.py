"""Rate card."""

from __future__ import annotations

import logging
from decimal import Decimal

from app.core.config.settings import ShippingSettings

logger = logging.getLogger(__name__)


class RateCard:
    """Rate card."""

    def __init__(self, settings: ShippingSettings) -> None:
        """Initialize the rate card.

        Args:
            settings: The ShippingSettings this class uses.
        """
        self._settings = settings

    def price(self, weight_kg: float, express: bool = False) -> Decimal:
        """Base rate plus the rate per kilogram, doubled for express.

        Args:
            weight_kg: The weight kg.
            express: The express.

        Returns:
            The Decimal.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (Base rate plus the rate per kilogram, doubled for express.)
        raise NotImplementedError("RateCard.price is not implemented yet")
