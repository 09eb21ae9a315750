"""Data models of archive kinds."""

from __future__ import annotations

from enum import Enum


class DocumentKind(str, Enum):
    """Allowed values of document kind."""

    LETTER = "letter"
    INVOICE = "invoice"
    CONTRACT = "contract"
