"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_event(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a event through POST /v1/events."""
    response = client.post("/v1/events", json={"title": "sample-title", "starts_at": "2030-01-15T10:30:00+00:00", "venue": "sample-venue", "capacity": 1}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_ticket(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a ticket through POST /v1/events/{event_id}/tickets."""
    event = create_event(client, headers)
    response = client.post(f"/v1/events/{event['id']}/tickets", json={"holder_email": "a@a", "code": "sample-code"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
