"""Data models of shipping kinds."""

from __future__ import annotations

from enum import Enum


class OrderStatus(str, Enum):
    """Allowed values of order status."""

    OPEN = "open"
    PACKED = "packed"
    SHIPPED = "shipped"
    IN_TRANSIT = "in-transit"
