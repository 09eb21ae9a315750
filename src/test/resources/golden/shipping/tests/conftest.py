"""Test fixtures: the application in process, on a fresh SQLite database per test made by the migrations."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

# settings the application requires, with values for the tests only; set before the application is imported
os.environ.setdefault("SHIP_JWT_SECRET", "tests-only-key-never-in-production-0123456789")
from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import event  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from app.main import app  # noqa: E402
from app.infra.database import get_session  # noqa: E402
from app.infra.security import create_token  # noqa: E402
ROOT = Path(__file__).resolve().parent.parent



def _enable_foreign_keys(dbapi_connection: Any, connection_record: Any) -> None:
    """Make SQLite enforce foreign keys, as the application's engine does."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    """The application; each request runs on a fresh database that the migrations made."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", url)
    command.upgrade(config, "head")
    engine = create_async_engine(url, poolclass=NullPool)
    event.listen(engine.sync_engine, "connect", _enable_foreign_keys)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def session() -> AsyncIterator[AsyncSession]:
        async with sessions() as request_session, request_session.begin():
            yield request_session

    app.dependency_overrides[get_session] = session
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def headers() -> dict[str, str]:
    """A caller's headers: a valid bearer token and the request context the API reads."""
    return {
        "Authorization": f"Bearer {create_token('test-user')}",
    }


@pytest.fixture
def anonymous() -> dict[str, str]:
    """The same request context without a token."""
    return {
    }
