"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_d0000(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0000 through POST /api/v1/d0000/."""
    response = client.post("/api/v1/d0000/", json={"name": "sample-name", "attr_0": True, "attr_1": True, "attr_2": "sample-attr-2"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0001(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0001 through POST /api/v1/d0001/."""
    response = client.post("/api/v1/d0001/", json={"name": "sample-name", "attr_0": 1, "attr_1": 1.5}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0002(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0002 through POST /api/v1/d0002/."""
    response = client.post("/api/v1/d0002/", json={"name": "sample-name", "attr_0": True, "attr_1": True, "attr_2": 1}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0003(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0003 through POST /api/v1/d0003/."""
    response = client.post("/api/v1/d0003/", json={"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": 1, "attr_2": 1.5, "attr_3": True}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0004(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0004 through POST /api/v1/d0004/."""
    response = client.post("/api/v1/d0004/", json={"name": "sample-name", "attr_0": True}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0005(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0005 through POST /api/v1/d0005/."""
    response = client.post("/api/v1/d0005/", json={"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": True, "attr_2": "sample-attr-2", "attr_3": 1.5}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0006(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0006 through POST /api/v1/d0006/."""
    response = client.post("/api/v1/d0006/", json={"name": "sample-name", "attr_0": True, "attr_1": True, "attr_2": 1}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0007(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0007 through POST /api/v1/d0007/."""
    response = client.post("/api/v1/d0007/", json={"name": "sample-name", "attr_0": 1, "attr_1": True, "attr_2": 1}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_d0008(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a d0008 through POST /api/v1/d0008/."""
    response = client.post("/api/v1/d0008/", json={"name": "sample-name", "attr_0": 1.5, "attr_1": True, "attr_2": "sample-attr-2"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
