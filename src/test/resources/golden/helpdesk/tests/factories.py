"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_request(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a request through POST /api/requests."""
    session = create_session(client, headers)
    response = client.post("/api/requests", json={"session_id": session["id"], "select": "sample-select", "order": 1, "path": "sample-path", "amount": 1.5, "due": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_session(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a session through POST /api/sessions."""
    response = client.post("/api/sessions", json={"user": "sample-user", "group": "sample-group"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
