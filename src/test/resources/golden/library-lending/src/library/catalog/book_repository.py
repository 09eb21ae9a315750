"""Persistence of Book records."""

from __future__ import annotations

import builtins
import logging
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import select

from src.library.catalog.entities import Book

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class BookRepository:
    """Reads and writes Book records."""

    def __init__(self, session: AsyncSession) -> None:
        """Initialize the book repository.

        Args:
            session: Database session the queries run in; its owner commits or rolls
                back.
        """
        self._session = session

    async def get(self, book_id: UUID) -> Book | None:
        """Get rows.

        Args:
            book_id: The book id.

        Returns:
            The Book or None.
        """
        stmt = select(Book).where(Book.id == book_id)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def get_by_isbn(self, isbn: str) -> Book | None:
        """Get by isbn rows.

        Args:
            isbn: The isbn.

        Returns:
            The Book or None.
        """
        stmt = select(Book).where(Book.isbn == isbn)
        result = await self._session.execute(stmt)
        return result.scalar_one_or_none()

    async def list(
        self,
        author: str | None = None,
        skip: int = 0,
        limit: int = 50,
    ) -> builtins.list[Book]:
        """List rows.

        Args:
            author: The author.
            skip: The skip.
            limit: The limit.

        Returns:
            The list[Book].
        """
        stmt = select(Book)
        if author is not None:
            stmt = stmt.where(Book.author == author)
        stmt = stmt.order_by(Book.id).offset(skip).limit(limit)
        result = await self._session.execute(stmt)
        return list(result.scalars().all())

    async def add(self, book: Book) -> Book:
        """Add rows.

        Args:
            book: The book.

        Returns:
            The Book.
        """
        self._session.add(book)
        await self._session.flush()
        # reload what the database filled in: generated keys, server defaults
        await self._session.refresh(book)
        logger.debug("Book saved: %r", book)
        return book

    async def delete(self, book: Book) -> None:
        """Delete rows.

        Args:
            book: The book.
        """
        await self._session.delete(book)
        await self._session.flush()
