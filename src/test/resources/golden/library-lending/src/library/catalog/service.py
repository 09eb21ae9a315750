"""Catalog service."""

from __future__ import annotations

import logging
from uuid import UUID

from src.library.catalog.book_repository import BookRepository
from src.library.catalog.entities import Book
from src.library.catalog.schemas import BookCreate, BookRead
from src.library.shared.errors import BookNotFoundError, DuplicateIsbnError

logger = logging.getLogger(__name__)


class CatalogService:
    """Catalog service."""

    def __init__(self, book_repository: BookRepository) -> None:
        """Initialize the catalog service.

        Args:
            book_repository: The BookRepository this class uses.
        """
        self._book_repository = book_repository

    async def add_book(self, data: BookCreate) -> BookRead:
        """Add book.

        Args:
            data: The data.

        Returns:
            The BookRead.

        Raises:
            DuplicateIsbnError: A book with this ISBN exists.
        """
        existing = await self._book_repository.get_by_isbn(isbn=data.isbn)
        if existing is not None:
            raise DuplicateIsbnError()
        book = Book(**data.model_dump())
        book = await self._book_repository.add(book)
        logger.info("Created Book %r", book)
        return BookRead.model_validate(book, from_attributes=True)

    async def get_book(self, book_id: UUID) -> BookRead:
        """Get book.

        Args:
            book_id: The book id.

        Returns:
            The BookRead.

        Raises:
            BookNotFoundError: Book not found.
        """
        book = await self._book_repository.get(book_id=book_id)
        if book is None:
            raise BookNotFoundError()
        return BookRead.model_validate(book, from_attributes=True)

    async def list_books(
        self,
        author: str | None = None,
        skip: int = 0,
        limit: int = 50,
    ) -> list[BookRead]:
        """List books.

        Args:
            author: The author.
            skip: The skip.
            limit: The limit.

        Returns:
            The list[BookRead].
        """
        book_rows = await self._book_repository.list(
            author=author,
            skip=skip,
            limit=limit,
        )
        return [BookRead.model_validate(row, from_attributes=True) for row in book_rows]

    async def remove_book(self, book_id: UUID) -> None:
        """Remove book.

        Args:
            book_id: The book id.

        Raises:
            BookNotFoundError: Book not found.
        """
        book = await self._book_repository.get(book_id=book_id)
        if book is None:
            raise BookNotFoundError()
        await self._book_repository.delete(book)
        logger.info("Deleted Book %r", book)
