"""Persistence of Account records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from acme.ledger.domain.kinds import AccountType
from acme.ledger.domain.tables import Account

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class AccountRepository:
    """Reads and writes Account records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the account repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, account_id: int) -> Account | None:
        """Get rows.

        Args:
            account_id: The account id.

        Returns:
            The Account or None.
        """
        stmt = select(Account).where(Account.id == account_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def add(self, account: Account) -> Account:
        """Add rows.

        Args:
            account: The account.

        Returns:
            The Account.
        """
        self._session.add(account)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(account)
        logger.debug("Account saved: %r", account)
        return account

    async def list_children(self, parent_id: int) -> list[Account]:
        """List children rows.

        Args:
            parent_id: The parent id.

        Returns:
            The list[Account].
        """
        stmt = (
            select(Account)
            .where(Account.parent_id == parent_id)
            .order_by(Account.id)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def list_by_kind(
        self,
        kind: AccountType,
        offset: int = 0,
        limit: int = 20,
    ) -> list[Account]:
        """List by kind rows.

        Args:
            kind: The kind.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[Account].
        """
        stmt = (
            select(Account)
            .where(Account.kind == kind)
            .order_by(Account.id)
            .offset(offset)
            .limit(limit)
        )
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def remove(self, account_id: int) -> bool:
        """Remove rows.

        Args:
            account_id: The account id.

        Returns:
            The bool.
        """
        stmt = delete(Account).where(Account.id == account_id).returning(Account.id)
        result = await self._session.execute(stmt)
        return result.first() is not None
