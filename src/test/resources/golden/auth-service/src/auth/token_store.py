"""Stores refresh-token ids in Redis so they can be rotated and revoked."""

from __future__ import annotations

import logging

from redis.asyncio import Redis

logger = logging.getLogger(__name__)


class TokenStore:
    """Stores refresh-token ids in Redis so they can be rotated and revoked.

    Implementation notes: Key layout refresh:{user_id}:{token_id} with a TTL of
    expires_in seconds; redis.asyncio client injected through the constructor.
    """

    def __init__(self, redis: Redis) -> None:
        """Initialize the token store.

        Args:
            redis: Redis client (redis.asyncio) holding the data.
        """
        self._redis = redis

    async def store_refresh_token(
        self,
        user_id: str,
        token_id: str,
        expires_in: int,
    ) -> None:
        """Store refresh token.

        Args:
            user_id: The user id.
            token_id: The token id.
            expires_in: The expires in.
        """
        key = f"refresh:{user_id}:{token_id}"
        await self._redis.set(key, "1", ex=expires_in)

    async def is_active(self, user_id: str, token_id: str) -> bool:
        """Is active.

        Args:
            user_id: The user id.
            token_id: The token id.

        Returns:
            The bool.
        """
        key = f"refresh:{user_id}:{token_id}"
        return bool(await self._redis.exists(key))

    async def revoke(self, user_id: str, token_id: str) -> None:
        """Revoke.

        Args:
            user_id: The user id.
            token_id: The token id.
        """
        key = f"refresh:{user_id}:{token_id}"
        await self._redis.delete(key)

    async def revoke_all(self, user_id: str) -> int:
        """Revoke every refresh token of a user; return how many were revoked.

        Args:
            user_id: The user id.

        Returns:
            The int.
        """
        revoked = 0
        async for key in self._redis.scan_iter(match=f"refresh:{user_id}:*"):
            revoked += await self._redis.delete(key)
        return revoked
