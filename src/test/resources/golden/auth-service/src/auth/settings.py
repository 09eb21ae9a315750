"""Authentication configuration loaded from the environment."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class AuthSettings(BaseSettings):
    """Authentication configuration loaded from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``AUTH_``, or from a ``.env`` file. Secrets have no default and must
    be provided.

    Attributes:
        jwt_secret_key: HMAC key used to sign tokens.
        jwt_algorithm: Jwt algorithm.
        access_token_expire_minutes: Access token expire minutes.
        refresh_token_expire_days: Refresh token expire days.
        redis_url: Redis url.
    """

    model_config = SettingsConfigDict(
        env_prefix="AUTH_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    jwt_secret_key: SecretStr = Field(
        min_length=1,
        description="HMAC key used to sign tokens",
    )
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = Field(default=15, ge=1, le=1440)
    refresh_token_expire_days: int = Field(default=7, ge=1, le=90)
    redis_url: str = "redis://localhost:6379/0"


@lru_cache
def get_auth_settings() -> AuthSettings:
    """Return the process-wide AuthSettings, read from the environment once.

    Returns:
        The cached AuthSettings instance.
    """
    return AuthSettings()
