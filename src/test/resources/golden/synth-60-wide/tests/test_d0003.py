"""Tests of Item0003API (src/api/d0003.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.d0003.schemas import Item0003Response
from tests import factories


def test_create(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0003/ answers 201 with a Item0003Response."""
    response = client.request("POST", "/api/v1/d0003/", json={"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": 1, "attr_2": 1.5, "attr_3": True}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(Item0003Response).validate_python(response.json())


def test_create_refuses_a_body_without_name(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0003/ without name answers 422."""
    body = {"name": "sample-name", "attr_0": "sample-attr-0", "attr_1": 1, "attr_2": 1.5, "attr_3": True}
    del body["name"]
    response = client.request("POST", "/api/v1/d0003/", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_get(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0003/{item_id} answers 200 with a Item0003Response."""
    d0003 = factories.create_d0003(client, headers)
    response = client.request("GET", f"/api/v1/d0003/{d0003['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(Item0003Response).validate_python(response.json())


def test_list(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0003/ answers 200 with a list[Item0003Response]."""
    response = client.request("GET", "/api/v1/d0003/", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[Item0003Response]).validate_python(response.json())


def test_d0003_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A d0003 made by POST /api/v1/d0003/ is the one GET /api/v1/d0003/{item_id} answers."""
    created = factories.create_d0003(client, headers)
    response = client.get(f"/api/v1/d0003/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_d0003_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A d0003 made by POST /api/v1/d0003/ is among those GET /api/v1/d0003/ answers."""
    created = factories.create_d0003(client, headers)
    response = client.get("/api/v1/d0003/", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_d0003_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0003/{item_id} of a d0003 that is not there answers 404 ITEM0003_NOT_FOUND."""
    response = client.get("/api/v1/d0003/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "ITEM0003_NOT_FOUND"
