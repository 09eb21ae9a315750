"""The database: one async engine per process, one session and transaction per request."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from functools import lru_cache
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from app.core.config.settings import get_shipping_settings

logger = logging.getLogger(__name__)


def _enable_foreign_keys(dbapi_connection: Any, connection_record: Any) -> None:
    """Make SQLite enforce foreign keys, as every other database does.

    Args:
        dbapi_connection: The new DBAPI connection.
        connection_record: SQLAlchemy's record of it.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@lru_cache
def get_engine() -> AsyncEngine:
    """Return the process-wide engine for the configured database URL.

    Returns:
        The shared AsyncEngine; it pools its connections.
    """
    engine = create_async_engine(get_shipping_settings().database_url, pool_pre_ping=True)
    if engine.url.get_backend_name() == "sqlite":
        event.listen(engine.sync_engine, "connect", _enable_foreign_keys)
    return engine


@lru_cache
def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    """Return the process-wide session factory.

    Returns:
        A factory of AsyncSessions on the shared engine.
    """
    return async_sessionmaker(get_engine(), expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    """Yield the database session of the current request.

    The session's transaction commits when the request succeeds and rolls back when it
    raises.

    Yields:
        The request's AsyncSession.
    """
    async with get_sessionmaker()() as session, session.begin():
        yield session


async def dispose() -> None:
    """Close the engine's pooled connections, if an engine was made."""
    if get_engine.cache_info().currsize:
        await get_engine().dispose()
