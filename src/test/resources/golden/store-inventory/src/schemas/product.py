"""Data models of store schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ProductCreate(BaseModel):
    """Product create data."""

    sku: str = Field(min_length=1, max_length=64, pattern="^[A-Z0-9-]+$")
    name: str = Field(min_length=1, max_length=200)
    description: str | None = None
    price_cents: int = Field(ge=0)


class ProductUpdate(BaseModel):
    """Product update data."""

    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = None
    price_cents: int | None = Field(default=None, ge=0)


class ProductResponse(BaseModel):
    """Product response data."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    store_id: int
    sku: str
    name: str
    description: str | None
    price_cents: int
    created_at: datetime
    updated_at: datetime


class ProductPage(BaseModel):
    """Product page data."""

    items: list[ProductResponse]
    total: int
    skip: int
    limit: int


class StockResponse(BaseModel):
    """Stock response data."""

    model_config = ConfigDict(from_attributes=True)

    product_id: int
    on_hand: int
    reserved: int
    available: int


class StockAdjustment(BaseModel):
    """Stock adjustment data.

    Attributes:
        delta: Positive to receive stock, negative to write it off.
    """

    delta: int = Field(
        description="positive to receive stock, negative to write it off",
    )


class ReservationRequest(BaseModel):
    """Reservation request data."""

    quantity: int = Field(ge=1, le=10000)
