"""Async engine and session factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from src.core.config import StoreSettings

logger = logging.getLogger(__name__)


class Database:
    """Async engine and session factory.

    Implementation notes: create_async_engine with pool_pre_ping=True and pool_size 10;
    async_sessionmaker(expire_on_commit=False).
    """

    def __init__(self, settings: StoreSettings) -> None:
        """Initialize the database.

        Args:
            settings: The StoreSettings this class uses.
        """
        self._settings = settings
        self._engine = create_async_engine(
            self._settings.database_url.get_secret_value(),
            pool_pre_ping=True,
            pool_size=10,
        )
        self._sessions = async_sessionmaker(
            self._engine,
            class_=AsyncSession,
            expire_on_commit=False,
        )

    async def session(self) -> AsyncIterator[AsyncSession]:
        """Yield a session bound to one transaction; roll back on error.

        Returns:
            The AsyncIterator[AsyncSession].
        """
        # begin() commits when the caller is done and rolls back if it raised
        async with self._sessions.begin() as session:
            yield session

    async def dispose(self) -> None:
        """Dispose."""
        await self._engine.dispose()
