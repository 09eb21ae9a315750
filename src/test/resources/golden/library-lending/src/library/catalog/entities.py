"""Database tables of library entities."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

from sqlalchemy import Date, ForeignKey, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of every mapped class of this application."""


class Book(Base):
    """A row of the books table."""

    __tablename__ = "books"

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    isbn: Mapped[str] = mapped_column(String(17), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(200), default=None)
    published_on: Mapped[date | None] = mapped_column(Date, default=None)


class Member(Base):
    """A row of the members table."""

    __tablename__ = "members"

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))


class Loan(Base):
    """A row of the loans table."""

    __tablename__ = "loans"

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True, default=uuid4)
    book_id: Mapped[UUID] = mapped_column(Uuid, ForeignKey("books.id"), index=True)
    member_id: Mapped[UUID] = mapped_column(Uuid, ForeignKey("members.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
