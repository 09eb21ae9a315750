"""Configuration of library settings."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class LibrarySettings(BaseSettings):
    """Library settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``LIBRARY_``, or from a ``.env`` file. Secrets have no default and
    must be provided.

    Attributes:
        database_url: Database url.
        loan_days: Loan days.
        late_fee: Late fee.
    """

    model_config = SettingsConfigDict(
        env_prefix="LIBRARY_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: str = "sqlite+aiosqlite:///./library.db"
    loan_days: int = Field(default=21, ge=1, le=90)
    late_fee: Decimal = Decimal("0.50")


@lru_cache
def get_library_settings() -> LibrarySettings:
    """Return the process-wide LibrarySettings, read from the environment once.

    Returns:
        The cached LibrarySettings instance.
    """
    return LibrarySettings()
