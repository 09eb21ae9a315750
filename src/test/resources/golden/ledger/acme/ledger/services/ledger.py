"""Ledger service."""

from __future__ import annotations

import logging
from uuid import UUID

from acme.ledger.api.schemas import (
    AccountIn,
    AccountOut,
    AccountPatch,
    TransferIn,
    TransferOut,
)
from acme.ledger.domain.kinds import AccountType
from acme.ledger.domain.tables import Account
from acme.ledger.errors import AccountNotFound
from acme.ledger.settings import LedgerSettings
from acme.ledger.store.accounts import AccountRepository
from acme.ledger.store.transfers import TransferRepository
from acme.ledger.util.money import Money

logger = logging.getLogger(__name__)


class LedgerService:
    """Ledger service."""

    def __init__(
        self,
        account_repository: AccountRepository,
        transfer_repository: TransferRepository,
        money: Money,
        settings: LedgerSettings,
    ) -> None:
        """Initialize the ledger service.

        Args:
            account_repository: The AccountRepository this class uses.
            transfer_repository: The TransferRepository this class uses.
            money: The Money this class uses.
            settings: The LedgerSettings this class uses.
        """
        self._account_repository = account_repository
        self._transfer_repository = transfer_repository
        self._money = money
        self._settings = settings

    async def open_account(self, data: AccountIn) -> AccountOut:
        """Open account.

        Args:
            data: The data.

        Returns:
            The AccountOut.

        Raises:
            AccountNotFound: Account not found.
        """
        if data.parent_id is not None and await self._account_repository.get(account_id=data.parent_id) is None:
            raise AccountNotFound()
        account = Account(**data.model_dump())
        account = await self._account_repository.add(account)
        logger.info("Created Account %r", account)
        return AccountOut.model_validate(account, from_attributes=True)

    async def get_account(self, account_id: int) -> AccountOut:
        """Get account.

        Args:
            account_id: The account id.

        Returns:
            The AccountOut.

        Raises:
            AccountNotFound: Account not found.
        """
        account = await self._account_repository.get(account_id=account_id)
        if account is None:
            raise AccountNotFound()
        return AccountOut.model_validate(account, from_attributes=True)

    async def update_account(self, account_id: int, data: AccountPatch) -> AccountOut:
        """Update account.

        Args:
            account_id: The account id.
            data: The data.

        Returns:
            The AccountOut.

        Raises:
            AccountNotFound: Account not found.
        """
        account = await self._account_repository.get(account_id=account_id)
        if account is None:
            raise AccountNotFound()
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(account, field, value)
        # the session tracks the loaded row: the change is written when it commits
        return AccountOut.model_validate(account, from_attributes=True)

    async def close_account(self, account_id: int) -> None:
        """Close account.

        Args:
            account_id: The account id.

        Raises:
            AccountNotFound: Account not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (close account)
        raise NotImplementedError("LedgerService.close_account is not implemented yet")

    async def children(self, account_id: int) -> list[AccountOut]:
        """Children.

        Args:
            account_id: The account id.

        Returns:
            The list[AccountOut].

        Raises:
            AccountNotFound: Account not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (children)
        raise NotImplementedError("LedgerService.children is not implemented yet")

    async def accounts_of_kind(
        self,
        kind: AccountType,
        offset: int = 0,
        limit: int = 20,
    ) -> list[AccountOut]:
        """Accounts of kind.

        Args:
            kind: The kind.
            offset: The offset.
            limit: The limit.

        Returns:
            The list[AccountOut].
        """
        account_rows = await self._account_repository.list_by_kind(
            kind=kind,
            offset=offset,
            limit=limit,
        )
        return [AccountOut.model_validate(row, from_attributes=True) for row in account_rows]

    async def transfer(self, data: TransferIn) -> TransferOut:
        """Transfer.

        Args:
            data: The data.

        Returns:
            The TransferOut.

        Raises:
            AccountNotFound: Account not found.
            TransferRejected: Transfer rejected.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (transfer)
        raise NotImplementedError("LedgerService.transfer is not implemented yet")

    async def get_transfer(self, transfer_id: UUID) -> TransferOut:
        """Get transfer.

        Args:
            transfer_id: The transfer id.

        Returns:
            The TransferOut.

        Raises:
            TransferRejected: Transfer rejected.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (get transfer)
        raise NotImplementedError("LedgerService.get_transfer is not implemented yet")

    async def transfers_from(
        self,
        account_id: int,
        limit: int = 50,
    ) -> list[TransferOut]:
        """Transfers from.

        Args:
            account_id: The account id.
            limit: The limit.

        Returns:
            The list[TransferOut].

        Raises:
            AccountNotFound: Account not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (transfers from)
        raise NotImplementedError("LedgerService.transfers_from is not implemented yet")
