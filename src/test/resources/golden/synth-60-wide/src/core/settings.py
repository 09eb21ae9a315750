"""Configuration of settings."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``APP_``, or from a ``.env`` file. Secrets have no default and must be
    provided.

    Attributes:
        database_url: Database url.
        page_size_max: Page size max.
    """

    model_config = SettingsConfigDict(
        env_prefix="APP_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: SecretStr = Field(min_length=1)
    page_size_max: int = 100


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide Settings, read from the environment once.

    Returns:
        The cached Settings instance.
    """
    return Settings()
