"""Tests of ShippingAPI (app/api/routes/shipping.py): each endpoint called through the application, in process."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from app.api.schemas import NoteOut, OrderOut, ParcelOut, Quote
from tests import factories


def test_place_order(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders answers 201 with a OrderOut."""
    response = client.request("POST", "/api/orders", json={"customer": "sample-customer", "metadata": {}}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(OrderOut).validate_python(response.json())


def test_place_order_refuses_a_body_without_customer(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders without customer answers 422."""
    body = {"customer": "sample-customer", "metadata": {}}
    del body["customer"]
    response = client.request("POST", "/api/orders", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_get_order(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id} answers 200 with a OrderOut."""
    order = factories.create_order(client, headers)
    response = client.request("GET", f"/api/orders/{order['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(OrderOut).validate_python(response.json())


def test_list_orders(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders answers 200 with a list[OrderOut]."""
    response = client.request("GET", "/api/orders", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[OrderOut]).validate_python(response.json())


def test_count_orders(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/count answers 200 with a int."""
    response = client.request("GET", "/api/orders/count", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(int).validate_python(response.json())


@pytest.mark.xfail(strict=True, reason="ShippingService.add_parcel is a stub: 501 until it is written")
def test_add_parcel(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders/{order_id}/parcels answers 201 with a ParcelOut."""
    order = factories.create_order(client, headers)
    response = client.request("POST", f"/api/orders/{order['id']}/parcels", json={"weight_kg": 1.5, "fragile": True, "label": "sample-label"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(ParcelOut).validate_python(response.json())


def test_add_parcel_refuses_a_body_without_weight_kg(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders/{order_id}/parcels without weight_kg answers 422."""
    order = factories.create_order(client, headers)
    body = {"weight_kg": 1.5, "fragile": True, "label": "sample-label"}
    del body["weight_kg"]
    response = client.request("POST", f"/api/orders/{order['id']}/parcels", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_parcels_of(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id}/parcels answers 200 with a list[ParcelOut]."""
    order = factories.create_order(client, headers)
    response = client.request("GET", f"/api/orders/{order['id']}/parcels", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[ParcelOut]).validate_python(response.json())


@pytest.mark.skip(reason="it needs a parcel, and ShippingService.add_parcel is a stub")
def test_get_parcel(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id}/parcels/{parcel_id} answers 200 with a ParcelOut."""
    parcel = factories.create_parcel(client, headers)
    order = {"id": parcel["order_id"]}
    response = client.request("GET", f"/api/orders/{order['id']}/parcels/{parcel['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(ParcelOut).validate_python(response.json())


@pytest.mark.skip(reason="it needs a parcel, and ShippingService.add_parcel is a stub")
def test_remove_parcel(client: TestClient, headers: dict[str, str]) -> None:
    """DELETE /api/orders/{order_id}/parcels/{parcel_id} answers 204."""
    parcel = factories.create_parcel(client, headers)
    order = {"id": parcel["order_id"]}
    response = client.request("DELETE", f"/api/orders/{order['id']}/parcels/{parcel['id']}", headers=headers)
    assert response.status_code == 204, response.text


def test_remove_parcel_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """DELETE /api/orders/{order_id}/parcels/{parcel_id} without a bearer token answers 401."""
    response = client.request("DELETE", "/api/orders/3f2504e0-4f89-41d3-9a0c-0305e82c3301/parcels/1", headers=anonymous)
    assert response.status_code == 401, response.text


def test_add_note(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders/{order_id}/notes answers 201 with a NoteOut."""
    order = factories.create_order(client, headers)
    response = client.request("POST", f"/api/orders/{order['id']}/notes", json={"body": "sample-body"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(NoteOut).validate_python(response.json())


def test_add_note_refuses_a_body_without_body(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/orders/{order_id}/notes without body answers 422."""
    order = factories.create_order(client, headers)
    body = {"body": "sample-body"}
    del body["body"]
    response = client.request("POST", f"/api/orders/{order['id']}/notes", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_notes_of(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id}/notes answers 200 with a list[NoteOut]."""
    order = factories.create_order(client, headers)
    response = client.request("GET", f"/api/orders/{order['id']}/notes", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[NoteOut]).validate_python(response.json())


def test_get_note(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id}/notes/{note_id} answers 200 with a NoteOut."""
    note = factories.create_note(client, headers)
    order = {"id": note["order_id"]}
    response = client.request("GET", f"/api/orders/{order['id']}/notes/{note['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(NoteOut).validate_python(response.json())


@pytest.mark.xfail(strict=True, reason="ShippingService.quote is a stub: 501 until it is written")
def test_quote(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/quote answers 200 with a Quote."""
    response = client.request("GET", "/api/quote?weight_kg=1.5", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(Quote).validate_python(response.json())


def test_note_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A note made by POST /api/orders/{order_id}/notes is among those GET /api/orders/{order_id}/notes answers."""
    created = factories.create_note(client, headers)
    response = client.get(f"/api/orders/{created['order_id']}/notes", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_note_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A note made by POST /api/orders/{order_id}/notes is the one GET /api/orders/{order_id}/notes/{note_id} answers."""
    created = factories.create_note(client, headers)
    response = client.get(f"/api/orders/{created['order_id']}/notes/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_order_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """An order made by POST /api/orders is the one GET /api/orders/{order_id} answers."""
    created = factories.create_order(client, headers)
    response = client.get(f"/api/orders/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_order_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """An order made by POST /api/orders is among those GET /api/orders answers."""
    created = factories.create_order(client, headers)
    response = client.get("/api/orders", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


@pytest.mark.xfail(strict=True, reason="ShippingService.add_parcel is a stub")
def test_parcel_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A parcel made by POST /api/orders/{order_id}/parcels is among those GET /api/orders/{order_id}/parcels answers."""
    created = factories.create_parcel(client, headers)
    response = client.get(f"/api/orders/{created['order_id']}/parcels", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


@pytest.mark.xfail(strict=True, reason="ShippingService.add_parcel is a stub")
def test_parcel_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A parcel made by POST /api/orders/{order_id}/parcels is the one GET /api/orders/{order_id}/parcels/{parcel_id} answers."""
    created = factories.create_parcel(client, headers)
    response = client.get(f"/api/orders/{created['order_id']}/parcels/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_order_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/orders/{order_id} of an order that is not there answers 404 ORDER_NOT_FOUND."""
    response = client.get("/api/orders/6f9619ff-8b86-4d01-b42d-00cf4fc964ff", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "ORDER_NOT_FOUND"
