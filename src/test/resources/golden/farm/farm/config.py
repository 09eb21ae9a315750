"""Configuration of farm config."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class FarmConfig(BaseSettings):
    """Farm config read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``FARM_``, or from a ``.env`` file. Secrets have no default and must
    be provided.

    Attributes:
        db_url: Db url.
        api_token: Api token.
        page_size_max: Page size max.
    """

    model_config = SettingsConfigDict(
        env_prefix="FARM_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    db_url: str = "sqlite+aiosqlite:///./farm.db"
    api_token: SecretStr = Field(min_length=1)
    page_size_max: int = 50


@lru_cache
def get_farm_config() -> FarmConfig:
    """Return the process-wide FarmConfig, read from the environment once.

    Returns:
        The cached FarmConfig instance.
    """
    return FarmConfig()
