"""Lending service."""

from __future__ import annotations

import logging
from uuid import UUID

from src.library.catalog.book_repository import BookRepository
from src.library.catalog.entities import Loan, Member
from src.library.catalog.schemas import LoanCreate, LoanRead, MemberCreate, MemberRead
from src.library.loans.loan_repository import LoanRepository
from src.library.members.member_repository import MemberRepository
from src.library.shared.errors import (
    BookNotFoundError,
    LoanNotFoundError,
    MemberNotFoundError,
)

logger = logging.getLogger(__name__)


class LendingService:
    """Lending service."""

    def __init__(
        self,
        book_repository: BookRepository,
        member_repository: MemberRepository,
        loan_repository: LoanRepository,
    ) -> None:
        """Initialize the lending service.

        Args:
            book_repository: The BookRepository this class uses.
            member_repository: The MemberRepository this class uses.
            loan_repository: The LoanRepository this class uses.
        """
        self._book_repository = book_repository
        self._member_repository = member_repository
        self._loan_repository = loan_repository

    async def register_member(self, data: MemberCreate) -> MemberRead:
        """Register member.

        Args:
            data: The data.

        Returns:
            The MemberRead.
        """
        member = Member(**data.model_dump())
        member = await self._member_repository.add(member)
        logger.info("Created Member %r", member)
        return MemberRead.model_validate(member, from_attributes=True)

    async def get_member(self, member_id: UUID) -> MemberRead:
        """Get member.

        Args:
            member_id: The member id.

        Returns:
            The MemberRead.

        Raises:
            MemberNotFoundError: Member not found.
        """
        member = await self._member_repository.get(member_id=member_id)
        if member is None:
            raise MemberNotFoundError()
        return MemberRead.model_validate(member, from_attributes=True)

    async def lend(self, data: LoanCreate) -> LoanRead:
        """Lend.

        Args:
            data: The data.

        Returns:
            The LoanRead.

        Raises:
            BookNotFoundError: Book not found.
            MemberNotFoundError: Member not found.
        """
        if await self._book_repository.get(book_id=data.book_id) is None:
            raise BookNotFoundError()
        if await self._member_repository.get(member_id=data.member_id) is None:
            raise MemberNotFoundError()
        loan = Loan(**data.model_dump())
        loan = await self._loan_repository.add(loan)
        logger.info("Created Loan %r", loan)
        return LoanRead.model_validate(loan, from_attributes=True)

    async def get_loan(self, loan_id: UUID) -> LoanRead:
        """Get loan.

        Args:
            loan_id: The loan id.

        Returns:
            The LoanRead.

        Raises:
            LoanNotFoundError: Loan not found.
        """
        loan = await self._loan_repository.get(loan_id=loan_id)
        if loan is None:
            raise LoanNotFoundError()
        return LoanRead.model_validate(loan, from_attributes=True)

    async def loans_of_member(self, member_id: UUID) -> list[LoanRead]:
        """Loans of member.

        Args:
            member_id: The member id.

        Returns:
            The list[LoanRead].

        Raises:
            MemberNotFoundError: Member not found.
        """
        if await self._member_repository.get(member_id=member_id) is None:
            raise MemberNotFoundError()
        loan_rows = await self._loan_repository.list_by_member(member_id=member_id)
        return [LoanRead.model_validate(row, from_attributes=True) for row in loan_rows]

    async def return_loan(self, loan_id: UUID) -> LoanRead:
        """Mark the loan returned today.

        Args:
            loan_id: The loan id.

        Returns:
            The LoanRead.

        Raises:
            LoanNotFoundError: Loan not found.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (Mark the loan returned today.)
        raise NotImplementedError("LendingService.return_loan is not implemented yet")
