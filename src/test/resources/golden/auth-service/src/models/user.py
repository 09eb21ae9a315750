"""User data transferred between the repository, the service and the API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, EmailStr, Field


class User(BaseModel):
    """A registered user as read from storage."""

    id: str
    email: EmailStr
    password_hash: str
    is_active: bool = True
    created_at: datetime


class LoginRequest(BaseModel):
    """Login request data."""

    email: EmailStr
    password: str = Field(min_length=8, max_length=128)


class RefreshRequest(BaseModel):
    """Refresh request data."""

    refresh_token: str = Field(min_length=1)
