"""HTTP endpoints of ledger api."""

from __future__ import annotations

import logging
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query

from acme.ledger.api.deps import get_ledger_service
from acme.ledger.api.schemas import (
    AccountIn,
    AccountOut,
    AccountPatch,
    TransferIn,
    TransferOut,
)
from acme.ledger.domain.kinds import AccountType
from acme.ledger.errors import AccountNotFound, TransferRejected
from acme.ledger.services.ledger import LedgerService

logger = logging.getLogger(__name__)


router = APIRouter(prefix="/v2", tags=["ledger"])


@router.post("/accounts", response_model=AccountOut, status_code=201)
async def open_account(
    payload: AccountIn,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> AccountOut:
    """POST /v2/accounts.

    Args:
        payload: The request body.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        return await ledger_service.open_account(data=payload)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/accounts/{account_id}", response_model=AccountOut)
async def get_account(
    account_id: int,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> AccountOut:
    """GET /v2/accounts/{account_id}.

    Args:
        account_id: Path parameter account id.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        return await ledger_service.get_account(account_id=account_id)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.patch("/accounts/{account_id}", response_model=AccountOut)
async def update_account(
    account_id: int,
    payload: AccountPatch,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> AccountOut:
    """PATCH /v2/accounts/{account_id}.

    Args:
        account_id: Path parameter account id.
        payload: The request body.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        return await ledger_service.update_account(account_id=account_id, data=payload)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete("/accounts/{account_id}", status_code=204)
async def close_account(
    account_id: int,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> None:
    """DELETE /v2/accounts/{account_id}.

    Args:
        account_id: Path parameter account id.
        ledger_service: The LedgerService that does the work.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        await ledger_service.close_account(account_id=account_id)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/accounts/{account_id}/children", response_model=list[AccountOut])
async def children(
    account_id: int,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> list[AccountOut]:
    """GET /v2/accounts/{account_id}/children.

    Args:
        account_id: Path parameter account id.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        return await ledger_service.children(account_id=account_id)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/accounts", response_model=list[AccountOut])
async def accounts_of_kind(
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
    kind: AccountType,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[AccountOut]:
    """GET /v2/accounts.

    Args:
        ledger_service: The LedgerService that does the work.
        kind: Query parameter kind.
        offset: Query parameter offset.
        limit: Query parameter limit.

    Returns:
        The response body.
    """
    return await ledger_service.accounts_of_kind(kind=kind, offset=offset, limit=limit)


@router.post("/transfers", response_model=TransferOut, status_code=201)
async def transfer(
    payload: TransferIn,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> TransferOut:
    """POST /v2/transfers.

    Args:
        payload: The request body.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
        HTTPException: 409 when the service raises TransferRejected.
    """
    try:
        return await ledger_service.transfer(data=payload)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except TransferRejected as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/transfers/{transfer_id}", response_model=TransferOut)
async def get_transfer(
    transfer_id: UUID,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
) -> TransferOut:
    """GET /v2/transfers/{transfer_id}.

    Args:
        transfer_id: Path parameter transfer id.
        ledger_service: The LedgerService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises TransferRejected.
    """
    try:
        return await ledger_service.get_transfer(transfer_id=transfer_id)
    except TransferRejected as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/accounts/{account_id}/transfers", response_model=list[TransferOut])
async def transfers_from(
    account_id: int,
    ledger_service: Annotated[LedgerService, Depends(get_ledger_service)],
    limit: int = 50,
) -> list[TransferOut]:
    """GET /v2/accounts/{account_id}/transfers.

    Args:
        account_id: Path parameter account id.
        ledger_service: The LedgerService that does the work.
        limit: Query parameter limit.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises AccountNotFound.
    """
    try:
        return await ledger_service.transfers_from(account_id=account_id, limit=limit)
    except AccountNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
