"""Tests of Item0005API (src/api/d0005.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.d0005.schemas import Item0005Response
from tests import factories


def test_create(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0005/ answers 201 with a Item0005Response."""
    response = client.request("POST", "/api/v1/d0005/", json={"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": True, "attr_2": "sample-attr-2", "attr_3": 1.5}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(Item0005Response).validate_python(response.json())


def test_create_refuses_a_body_without_name(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0005/ without name answers 422."""
    body = {"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": True, "attr_2": "sample-attr-2", "attr_3": 1.5}
    del body["name"]
    response = client.request("POST", "/api/v1/d0005/", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_get(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0005/{item_id} answers 200 with a Item0005Response."""
    d0005 = factories.create_d0005(client, headers)
    response = client.request("GET", f"/api/v1/d0005/{d0005['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(Item0005Response).validate_python(response.json())


def test_list(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0005/ answers 200 with a list[Item0005Response]."""
    response = client.request("GET", "/api/v1/d0005/", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[Item0005Response]).validate_python(response.json())


def test_d0005_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A d0005 made by POST /api/v1/d0005/ is the one GET /api/v1/d0005/{item_id} answers."""
    created = factories.create_d0005(client, headers)
    response = client.get(f"/api/v1/d0005/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_d0005_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A d0005 made by POST /api/v1/d0005/ is among those GET /api/v1/d0005/ answers."""
    created = factories.create_d0005(client, headers)
    response = client.get("/api/v1/d0005/", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_d0005_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0005/{item_id} of a d0005 that is not there answers 404 ITEM0005_NOT_FOUND."""
    response = client.get("/api/v1/d0005/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "ITEM0005_NOT_FOUND"
