"""Configuration of shipping settings."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ShippingSettings(BaseSettings):
    """Shipping settings read from the environment.

    Each setting is read from the environment variable of its name in upper case
    prefixed with ``SHIP_``, or from a ``.env`` file. Secrets have no default and must
    be provided.

    Attributes:
        database_url: Database url.
        allowed_origins: Allowed origins.
        base_rate: Base rate.
        per_kg_rate: Per kg rate.
        jwt_secret: Jwt secret.
    """

    model_config = SettingsConfigDict(
        env_prefix="SHIP_",
        env_file=".env",
        env_ignore_empty=True,
        extra="ignore",
    )

    database_url: str = "sqlite+aiosqlite:///./shipping.db"
    allowed_origins: list[str] = ["http://localhost:3000"]
    base_rate: Decimal = Field(default=Decimal("4.50"), ge=0)
    per_kg_rate: Decimal = Decimal("1.20")
    jwt_secret: SecretStr = Field(min_length=1)


@lru_cache
def get_shipping_settings() -> ShippingSettings:
    """Return the process-wide ShippingSettings, read from the environment once.

    Returns:
        The cached ShippingSettings instance.
    """
    return ShippingSettings()
