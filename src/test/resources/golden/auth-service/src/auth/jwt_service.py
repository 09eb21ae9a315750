"""Authenticates users and issues, validates, refreshes and revokes JWT tokens."""

from __future__ import annotations

import logging
from datetime import datetime

from pydantic import BaseModel

from src.auth.password import PasswordHasher
from src.auth.settings import AuthSettings
from src.auth.token_store import TokenStore
from src.db.repository import UserRepository

logger = logging.getLogger(__name__)


class TokenPair(BaseModel):
    """Token pair data."""

    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int


class TokenPayload(BaseModel):
    """Token payload data."""

    sub: str
    exp: datetime
    iat: datetime
    jti: str | None = None


class JWTAuthService:
    """Authenticates users and issues, validates, refreshes and revokes JWT tokens.

    Implementation notes: Refresh tokens carry a jti stored in TokenStore; refresh
    rotates the pair and revokes the old jti; inactive users cannot authenticate.
    """

    def __init__(
        self,
        settings: AuthSettings,
        password_hasher: PasswordHasher,
        token_store: TokenStore,
        user_repository: UserRepository,
    ) -> None:
        """Initialize the jwt auth service.

        Args:
            settings: The AuthSettings this class uses.
            password_hasher: The PasswordHasher this class uses.
            token_store: The TokenStore this class uses.
            user_repository: The UserRepository this class uses.
        """
        self._settings = settings
        self._password_hasher = password_hasher
        self._token_store = token_store
        self._user_repository = user_repository

    async def authenticate(self, email: str, password: str) -> TokenPair:
        """Authenticate.

        Implementation notes: Refresh tokens carry a jti stored in TokenStore; refresh
        rotates the pair and revokes the old jti; inactive users cannot authenticate.

        Args:
            email: The email.
            password: The password.

        Returns:
            The TokenPair.

        Raises:
            InvalidCredentialsError: Invalid email or password.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (authenticate); implementation notes: Refresh tokens carry a jti
        # stored in TokenStore; refresh rotates the pair and revokes the old jti;
        # inactive users cannot authenticate.
        raise NotImplementedError("JWTAuthService.authenticate is not implemented yet")

    def validate_token(self, token: str) -> TokenPayload:
        """Validate token.

        Implementation notes: Refresh tokens carry a jti stored in TokenStore; refresh
        rotates the pair and revokes the old jti; inactive users cannot authenticate.

        Args:
            token: The token.

        Returns:
            The TokenPayload.

        Raises:
            TokenExpiredError: Token has expired.
            InvalidTokenError: Invalid token.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (validate token); implementation notes: Refresh tokens carry a jti
        # stored in TokenStore; refresh rotates the pair and revokes the old jti;
        # inactive users cannot authenticate.
        raise NotImplementedError(
            "JWTAuthService.validate_token is not implemented yet",
        )

    async def refresh(self, refresh_token: str) -> TokenPair:
        """Refresh.

        Implementation notes: Refresh tokens carry a jti stored in TokenStore; refresh
        rotates the pair and revokes the old jti; inactive users cannot authenticate.

        Args:
            refresh_token: The refresh token.

        Returns:
            The TokenPair.

        Raises:
            TokenExpiredError: Token has expired.
            InvalidTokenError: Invalid token.
            TokenRevokedError: Token has been revoked.
            UserNotFoundError: User not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (refresh); implementation notes: Refresh tokens carry a jti stored
        # in TokenStore; refresh rotates the pair and revokes the old jti; inactive
        # users cannot authenticate.
        raise NotImplementedError("JWTAuthService.refresh is not implemented yet")

    async def logout(self, refresh_token: str) -> None:
        """Logout.

        Implementation notes: Refresh tokens carry a jti stored in TokenStore; refresh
        rotates the pair and revokes the old jti; inactive users cannot authenticate.

        Args:
            refresh_token: The refresh token.

        Raises:
            InvalidTokenError: Invalid token.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (logout); implementation notes: Refresh tokens carry a jti stored
        # in TokenStore; refresh rotates the pair and revokes the old jti; inactive
        # users cannot authenticate.
        raise NotImplementedError("JWTAuthService.logout is not implemented yet")
