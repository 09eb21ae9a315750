"""Tests of Item0008API (src/api/d0008.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.d0008.schemas import Item0008Response
from tests import factories


def test_create(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0008/ answers 201 with a Item0008Response."""
    response = client.request("POST", "/api/v1/d0008/", json={"name": "sample-name", "attr_0": 1.5, "attr_1": True, "attr_2": "sample-attr-2"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(Item0008Response).validate_python(response.json())


def test_create_refuses_a_body_without_name(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/d0008/ without name answers 422."""
    body = {"name": "sample-name", "attr_0": 1.5, "attr_1": True, "attr_2": "sample-attr-2"}
    del body["name"]
    response = client.request("POST", "/api/v1/d0008/", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_get(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0008/{item_id} answers 200 with a Item0008Response."""
    d0008 = factories.create_d0008(client, headers)
    response = client.request("GET", f"/api/v1/d0008/{d0008['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(Item0008Response).validate_python(response.json())


def test_list(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0008/ answers 200 with a list[Item0008Response]."""
    response = client.request("GET", "/api/v1/d0008/", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[Item0008Response]).validate_python(response.json())


def test_d0008_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A d0008 made by POST /api/v1/d0008/ is the one GET /api/v1/d0008/{item_id} answers."""
    created = factories.create_d0008(client, headers)
    response = client.get(f"/api/v1/d0008/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_d0008_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A d0008 made by POST /api/v1/d0008/ is among those GET /api/v1/d0008/ answers."""
    created = factories.create_d0008(client, headers)
    response = client.get("/api/v1/d0008/", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_d0008_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/d0008/{item_id} of a d0008 that is not there answers 404 ITEM0008_NOT_FOUND."""
    response = client.get("/api/v1/d0008/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "ITEM0008_NOT_FOUND"
