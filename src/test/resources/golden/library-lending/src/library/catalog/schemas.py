"""Data models of library schemas."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class BookCreate(BaseModel):
    """Book create data."""

    isbn: str = Field(min_length=10, max_length=17)
    title: str = Field(min_length=1, max_length=300)
    author: str | None = None
    published_on: date | None = None


class BookRead(BaseModel):
    """Book read data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    isbn: str
    title: str
    author: str | None
    published_on: date | None


class MemberCreate(BaseModel):
    """Member create data."""

    email: EmailStr
    display_name: str = Field(min_length=1, max_length=120)


class MemberRead(BaseModel):
    """Member read data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    email: str
    display_name: str


class LoanCreate(BaseModel):
    """Loan create data."""

    book_id: UUID
    member_id: UUID
    due_on: date


class LoanRead(BaseModel):
    """Loan read data."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    book_id: UUID
    member_id: UUID
    due_on: date
    returned_on: date | None
