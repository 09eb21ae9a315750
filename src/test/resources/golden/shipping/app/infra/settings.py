"""Settings of the infrastructure Backforge adds to this project, and the check of all settings at start."""

from __future__ import annotations

from functools import lru_cache

from pydantic import ValidationError
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from app.core.config.settings import get_shipping_settings


class InfraSettings(BaseSettings):
    """What the generated infrastructure reads from the environment.

    Each setting comes from the environment variable of its name in upper case prefixed
    with ``SHIP_``, or from a ``.env`` file.
    """

    # an empty line of .env (as .env.example leaves them) is a setting not given, not an empty value
    model_config = SettingsConfigDict(
        env_prefix="SHIP_", env_file=".env", env_ignore_empty=True, extra="ignore"
    )

    jwt_secret: SecretStr | None = None
    jwt_public_key: str | None = None
    jwt_algorithm: str = "HS256"
    jwt_issuer: str | None = None
    jwt_audience: str | None = None


@lru_cache
def get_infra_settings() -> InfraSettings:
    """Return the process-wide infrastructure settings, read once.

    Returns:
        The cached InfraSettings.
    """
    return InfraSettings()


def check_configuration() -> None:
    """Read every setting of the application once, so that a missing one stops the start.

    Raises:
        RuntimeError: Naming the environment variables to set.
    """
    missing: list[str] = []
    try:
        get_shipping_settings()
    except ValidationError as exc:
        missing += [f"SHIP_{error['loc'][0]}".upper() for error in exc.errors()]
    try:
        get_infra_settings()
    except ValidationError as exc:
        missing += [f"SHIP_{error['loc'][0]}".upper() for error in exc.errors()]
    settings = get_infra_settings()
    hmac = settings.jwt_algorithm.upper().startswith("HS")
    if hmac and settings.jwt_secret is None:
        missing.append("SHIP_JWT_SECRET")
    if not hmac and not settings.jwt_public_key:
        missing.append("SHIP_JWT_PUBLIC_KEY")
    if missing:
        raise RuntimeError(
            "the application cannot start: set "
            + ", ".join(sorted(set(missing)))
            + " (see .env.example)"
        )
