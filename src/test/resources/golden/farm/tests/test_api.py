"""Tests of FarmAPI (farm/api.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from farm.schemas import CropOut, FieldOut, FieldPage
from tests import factories


def test_create_field(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/fields answers 201 with a FieldOut."""
    response = client.request("POST", "/api/fields", json={"name": "sample-name", "type": "sample-type", "area": 1.5, "date": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(FieldOut).validate_python(response.json())


def test_create_field_refuses_a_body_without_name(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/fields without name answers 422."""
    body = {"name": "sample-name", "type": "sample-type", "area": 1.5, "date": "2030-01-15"}
    del body["name"]
    response = client.request("POST", "/api/fields", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_create_field_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /api/fields without a bearer token answers 401."""
    response = client.request("POST", "/api/fields", json={"name": "sample-name", "type": "sample-type", "area": 1.5, "date": "2030-01-15"}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_list_fields(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/fields answers 200 with a FieldPage."""
    response = client.request("GET", "/api/fields", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(FieldPage).validate_python(response.json())


def test_get_field(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/fields/{field_id} answers 200 with a FieldOut."""
    field = factories.create_field(client, headers)
    response = client.request("GET", f"/api/fields/{field['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(FieldOut).validate_python(response.json())


def test_delete_field(client: TestClient, headers: dict[str, str]) -> None:
    """DELETE /api/fields/{field_id} answers 204."""
    field = factories.create_field(client, headers)
    response = client.request("DELETE", f"/api/fields/{field['id']}", headers=headers)
    assert response.status_code == 204, response.text


def test_delete_field_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """DELETE /api/fields/{field_id} without a bearer token answers 401."""
    response = client.request("DELETE", "/api/fields/1", headers=anonymous)
    assert response.status_code == 401, response.text


def test_add_crop(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/crops answers 201 with a CropOut."""
    field = factories.create_field(client, headers)
    response = client.request("POST", "/api/crops", json={"field_id": field["id"], "species": "sample-species", "time": "10:30:00"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(CropOut).validate_python(response.json())


def test_add_crop_refuses_a_body_without_field_id(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/crops without field_id answers 422."""
    field = factories.create_field(client, headers)
    body = {"field_id": field["id"], "species": "sample-species", "time": "10:30:00"}
    del body["field_id"]
    response = client.request("POST", "/api/crops", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_get_crop(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/crops/{crop_id} answers 200 with a CropOut."""
    crop = factories.create_crop(client, headers)
    response = client.request("GET", f"/api/crops/{crop['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(CropOut).validate_python(response.json())


def test_crops_of_field(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/fields/{field_id}/crops answers 200 with a list[CropOut]."""
    field = factories.create_field(client, headers)
    response = client.request("GET", f"/api/fields/{field['id']}/crops", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[CropOut]).validate_python(response.json())


def test_crop_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A crop made by POST /api/crops is the one GET /api/crops/{crop_id} answers."""
    created = factories.create_crop(client, headers)
    response = client.get(f"/api/crops/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_field_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A field made by POST /api/fields is among those GET /api/fields answers."""
    created = factories.create_field(client, headers)
    response = client.get("/api/fields", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_field_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A field made by POST /api/fields is the one GET /api/fields/{field_id} answers."""
    created = factories.create_field(client, headers)
    response = client.get(f"/api/fields/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_crop_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/crops/{crop_id} of a crop that is not there answers 404 NOT_FOUND."""
    response = client.get("/api/crops/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "NOT_FOUND"


def test_field_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/fields/{field_id} of a field that is not there answers 404 NOT_FOUND."""
    response = client.get("/api/fields/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "NOT_FOUND"
