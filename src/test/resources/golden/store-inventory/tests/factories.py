"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_product(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a product through POST /api/v1/products/."""
    response = client.post("/api/v1/products/", json={"sku": "A", "name": "sample-name", "description": "sample-description", "price_cents": 1}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
