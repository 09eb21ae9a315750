"""Read access to users."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, DateTime, MetaData, Table, Text, select

from src.models.user import User

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


# User is a Pydantic model, not a mapped class: its rows live in this Core table.
metadata = MetaData()

users_table = Table(
    "users",
    metadata,
    Column("id", Text, primary_key=True),
    Column("email", Text, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("is_active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


class UserRepository:
    """Read access to users.

    AsyncSession injected through the constructor; table users(id, email, password_hash,
    is_active, created_at).
    """

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the user repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get_by_id(self, user_id: str) -> User | None:
        """Get by id rows.

        Args:
            user_id: The user id.

        Returns:
            The User or None.
        """
        stmt = select(users_table).where(users_table.c.id == user_id)
        result = await self._session.execute(stmt)
        row = result.mappings().one_or_none()
        return None if row is None else User.model_validate(dict(row))

    async def get_by_email(self, email: str) -> User | None:
        """Get by email rows.

        Args:
            email: The email.

        Returns:
            The User or None.
        """
        stmt = select(users_table).where(users_table.c.email == email)
        result = await self._session.execute(stmt)
        row = result.mappings().one_or_none()
        return None if row is None else User.model_validate(dict(row))
