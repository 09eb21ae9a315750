"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_crop(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a crop through POST /api/crops."""
    field = create_field(client, headers)
    response = client.post("/api/crops", json={"field_id": field["id"], "species": "sample-species", "time": "10:30:00"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_field(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a field through POST /api/fields."""
    response = client.post("/api/fields", json={"name": "sample-name", "type": "sample-type", "area": 1.5, "date": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
