"""Configuration of archive settings."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ArchiveSettings(BaseSettings):
    """Archive settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``ARCHIVE_``, or from a ``.env`` file. Secrets have no default and
    must be provided.

    Attributes:
        database_url: Database url.
        jwt_secret: Jwt secret.
        page_size: Page size.
    """

    model_config = SettingsConfigDict(
        env_prefix="ARCHIVE_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: str = "sqlite+aiosqlite:///./archive.db"
    jwt_secret: SecretStr = Field(min_length=1)
    page_size: int = Field(default=50, ge=1, le=500)


@lru_cache
def get_archive_settings() -> ArchiveSettings:
    """Return the process-wide ArchiveSettings, read from the environment once.

    Returns:
        The cached ArchiveSettings instance.
    """
    return ArchiveSettings()
