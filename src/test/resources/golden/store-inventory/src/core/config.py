"""Configuration of store settings."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class StoreSettings(BaseSettings):
    """Store settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``STORE_``, or from a ``.env`` file. Secrets have no default and must
    be provided.

    Attributes:
        database_url: Database url.
        page_size_default: Page size default.
        page_size_max: Page size max.
        reservation_ttl_seconds: Reservation ttl seconds.
    """

    model_config = SettingsConfigDict(
        env_prefix="STORE_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: SecretStr = Field(min_length=1)
    page_size_default: int = Field(default=20, ge=1, le=100)
    page_size_max: int = 100
    reservation_ttl_seconds: int = 900


@lru_cache
def get_store_settings() -> StoreSettings:
    """Return the process-wide StoreSettings, read from the environment once.

    Returns:
        The cached StoreSettings instance.
    """
    return StoreSettings()
