"""Configuration of ledger settings."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class LedgerSettings(BaseSettings):
    """Ledger settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``LEDGER_``, or from a ``.env`` file. Secrets have no default and must
    be provided.

    Attributes:
        database_url: Database url.
        default_currency: Default currency.
        max_transfer: Max transfer.
    """

    model_config = SettingsConfigDict(
        env_prefix="LEDGER_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: SecretStr = Field(min_length=1)
    default_currency: str = Field(default="EUR", pattern="^[A-Z]{3}$")
    max_transfer: float = Field(default=10000.0, ge=0)


@lru_cache
def get_ledger_settings() -> LedgerSettings:
    """Return the process-wide LedgerSettings, read from the environment once.

    Returns:
        The cached LedgerSettings instance.
    """
    return LedgerSettings()
