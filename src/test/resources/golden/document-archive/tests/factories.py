"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_document(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a document through POST /archive/documents."""
    folder = create_folder(client, headers)
    response = client.post("/archive/documents", json={"folder_id": folder["id"], "type": "letter", "schema": "sample-schema", "metadata": "sample-metadata", "class": "sample-class"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_folder(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a folder through POST /archive/folders."""
    response = client.post("/archive/folders", json={"name": "sample-name", "global": True}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
