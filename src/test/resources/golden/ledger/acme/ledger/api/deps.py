"""Providers for settings, session, repositories and the service."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from acme.ledger.infra.database import get_session
from acme.ledger.services.ledger import LedgerService
from acme.ledger.settings import LedgerSettings, get_ledger_settings
from acme.ledger.store.accounts import AccountRepository
from acme.ledger.store.transfers import TransferRepository
from acme.ledger.util.money import Money

logger = logging.getLogger(__name__)


def get_account_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> AccountRepository:
    """Build the AccountRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A AccountRepository bound to this request's collaborators.
    """
    return AccountRepository(session=session)


def get_transfer_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> TransferRepository:
    """Build the TransferRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A TransferRepository bound to this request's collaborators.
    """
    return TransferRepository(session=session)


@lru_cache
def get_money() -> Money:
    """Return the process-wide Money.

    It holds no per-request state, so one instance serves every request.

    Returns:
        The shared Money.
    """
    return Money()


def get_ledger_service(
    account_repository: Annotated[AccountRepository, Depends(get_account_repository)],
    transfer_repository: Annotated[TransferRepository, Depends(get_transfer_repository)],
    money: Annotated[Money, Depends(get_money)],
    settings: Annotated[LedgerSettings, Depends(get_ledger_settings)],
) -> LedgerService:
    """Build the LedgerService of the current request.

    Args:
        account_repository: Provided by FastAPI's dependency injection.
        transfer_repository: Provided by FastAPI's dependency injection.
        money: Provided by FastAPI's dependency injection.
        settings: Provided by FastAPI's dependency injection.

    Returns:
        A LedgerService bound to this request's collaborators.
    """
    return LedgerService(
        account_repository=account_repository,
        transfer_repository=transfer_repository,
        money=money,
        settings=settings,
    )
