"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_note(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a note through POST /api/orders/{order_id}/notes."""
    order = create_order(client, headers)
    response = client.post(f"/api/orders/{order['id']}/notes", json={"body": "sample-body"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_order(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a order through POST /api/orders."""
    response = client.post("/api/orders", json={"customer": "sample-customer", "metadata": {}}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_parcel(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a parcel through POST /api/orders/{order_id}/parcels."""
    order = create_order(client, headers)
    response = client.post(f"/api/orders/{order['id']}/parcels", json={"weight_kg": 1.5, "fragile": True, "label": "sample-label"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
