"""Bearer token authentication: JSON Web Tokens checked with the configured key.

HS256 (the default) checks tokens with ``SHIP_JWT_SECRET``; RS256 and the other
public-key algorithms with ``SHIP_JWT_PUBLIC_KEY``. The expiry is enforced, and the issuer
and audience when they are configured. A development token::

    python -m app.infra.security --subject alice --minutes 60
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.infra.settings import InfraSettings, get_infra_settings

logger = logging.getLogger(__name__)

bearer_scheme = HTTPBearer(auto_error=False)


def _verification_key(settings: InfraSettings) -> str:
    """The key that checks signatures: the HMAC secret or the public key.

    Args:
        settings: The infrastructure settings.

    Returns:
        The key.

    Raises:
        RuntimeError: When the algorithm's key is not configured.
    """
    if settings.jwt_algorithm.upper().startswith("HS"):
        if settings.jwt_secret is None:
            raise RuntimeError("set SHIP_JWT_SECRET to verify tokens")
        return settings.jwt_secret.get_secret_value()
    if not settings.jwt_public_key:
        raise RuntimeError("set SHIP_JWT_PUBLIC_KEY to verify tokens")
    return settings.jwt_public_key


async def get_current_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> dict[str, Any]:
    """Authenticate the caller from the Authorization: Bearer header.

    Args:
        credentials: The bearer credentials, or None when the header is missing.

    Returns:
        The token's claims.

    Raises:
        HTTPException: 401 when the token is missing, expired or not valid.
    """
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(status_code=401, detail="Not authenticated", headers=challenge)
    settings = get_infra_settings()
    try:
        claims: dict[str, Any] = jwt.decode(
            credentials.credentials,
            _verification_key(settings),
            algorithms=[settings.jwt_algorithm],
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
            options={"require": ["exp"], "verify_aud": settings.jwt_audience is not None},
        )
    except jwt.PyJWTError as exc:
        logger.info("Refused a bearer token: %s", type(exc).__name__)
        raise HTTPException(status_code=401, detail="Invalid token", headers=challenge) from exc
    return claims


def create_token(subject: str, minutes: int = 60) -> str:
    """Sign a token for development and tests with the configured HMAC secret.

    Args:
        subject: The token's ``sub`` claim.
        minutes: How long the token is valid.

    Returns:
        The encoded token.
    """
    settings = get_infra_settings()
    now = datetime.now(timezone.utc)
    claims: dict[str, Any] = {"sub": subject, "iat": now, "exp": now + timedelta(minutes=minutes)}
    if settings.jwt_issuer:
        claims["iss"] = settings.jwt_issuer
    if settings.jwt_audience:
        claims["aud"] = settings.jwt_audience
    return jwt.encode(claims, _verification_key(settings), algorithm=settings.jwt_algorithm)


def main() -> None:
    """Print a development token: ``python -m app.infra.security --subject NAME``."""
    parser = argparse.ArgumentParser(description="Print a bearer token for development.")
    parser.add_argument("--subject", default="developer")
    parser.add_argument("--minutes", type=int, default=60)
    args = parser.parse_args()
    print(create_token(args.subject, args.minutes))


if __name__ == "__main__":
    main()
