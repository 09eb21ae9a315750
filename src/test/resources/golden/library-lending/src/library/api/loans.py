"""HTTP endpoints of lending api."""

from __future__ import annotations

import logging
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from src.infra.database import get_session
from src.infra.security import get_current_principal
from src.library.api.books import get_book_repository
from src.library.catalog.book_repository import BookRepository
from src.library.catalog.schemas import LoanCreate, LoanRead, MemberCreate, MemberRead
from src.library.loans.loan_repository import LoanRepository
from src.library.loans.service import LendingService
from src.library.members.member_repository import MemberRepository
from src.library.shared.errors import (
    BookNotFoundError,
    LoanNotFoundError,
    MemberNotFoundError,
)

logger = logging.getLogger(__name__)


def get_member_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> MemberRepository:
    """Build the MemberRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A MemberRepository bound to this request's collaborators.
    """
    return MemberRepository(session=session)


def get_loan_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> LoanRepository:
    """Build the LoanRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A LoanRepository bound to this request's collaborators.
    """
    return LoanRepository(session=session)


def get_lending_service(
    book_repository: Annotated[BookRepository, Depends(get_book_repository)],
    member_repository: Annotated[MemberRepository, Depends(get_member_repository)],
    loan_repository: Annotated[LoanRepository, Depends(get_loan_repository)],
) -> LendingService:
    """Build the LendingService of the current request.

    Args:
        book_repository: Provided by FastAPI's dependency injection.
        member_repository: Provided by FastAPI's dependency injection.
        loan_repository: Provided by FastAPI's dependency injection.

    Returns:
        A LendingService bound to this request's collaborators.
    """
    return LendingService(
        book_repository=book_repository,
        member_repository=member_repository,
        loan_repository=loan_repository,
    )


router = APIRouter(tags=["lending"])


@router.post("/members", response_model=MemberRead, status_code=201)
async def register_member(
    payload: MemberCreate,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> MemberRead:
    """POST /members.

    Args:
        payload: The request body.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.
    """
    return await lending_service.register_member(data=payload)


@router.get(
    "/members/{member_id}",
    response_model=MemberRead,
    dependencies=[Depends(get_current_principal)],
)
async def get_member(
    member_id: UUID,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> MemberRead:
    """GET /members/{member_id}.

    Args:
        member_id: Path parameter member id.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises MemberNotFoundError.
    """
    try:
        return await lending_service.get_member(member_id=member_id)
    except MemberNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get(
    "/members/{member_id}/loans",
    response_model=list[LoanRead],
    dependencies=[Depends(get_current_principal)],
)
async def loans_of_member(
    member_id: UUID,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> list[LoanRead]:
    """GET /members/{member_id}/loans.

    Args:
        member_id: Path parameter member id.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises MemberNotFoundError.
    """
    try:
        return await lending_service.loans_of_member(member_id=member_id)
    except MemberNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post(
    "/loans",
    response_model=LoanRead,
    status_code=201,
    dependencies=[Depends(get_current_principal)],
)
async def lend(
    payload: LoanCreate,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> LoanRead:
    """POST /loans.

    Args:
        payload: The request body.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises BookNotFoundError.
        HTTPException: 404 when the service raises MemberNotFoundError.
    """
    try:
        return await lending_service.lend(data=payload)
    except BookNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except MemberNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get(
    "/loans/{loan_id}",
    response_model=LoanRead,
    dependencies=[Depends(get_current_principal)],
)
async def get_loan(
    loan_id: UUID,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> LoanRead:
    """GET /loans/{loan_id}.

    Args:
        loan_id: Path parameter loan id.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises LoanNotFoundError.
    """
    try:
        return await lending_service.get_loan(loan_id=loan_id)
    except LoanNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post(
    "/loans/{loan_id}/return",
    response_model=LoanRead,
    dependencies=[Depends(get_current_principal)],
)
async def return_loan(
    loan_id: UUID,
    lending_service: Annotated[LendingService, Depends(get_lending_service)],
) -> LoanRead:
    """POST /loans/{loan_id}/return.

    Args:
        loan_id: Path parameter loan id.
        lending_service: The LendingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises LoanNotFoundError.
    """
    try:
        return await lending_service.return_loan(loan_id=loan_id)
    except LoanNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
