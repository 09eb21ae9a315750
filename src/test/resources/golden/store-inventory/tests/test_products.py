"""Tests of ProductAPI (src/api/products.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.schemas.product import ProductPage, ProductResponse
from tests import factories


def test_create_product(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/products/ answers 201 with a ProductResponse."""
    response = client.request("POST", "/api/v1/products/", json={"sku": "A", "name": "sample-name", "description": "sample-description", "price_cents": 1}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(ProductResponse).validate_python(response.json())


def test_create_product_refuses_a_body_without_sku(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/products/ without sku answers 422."""
    body = {"sku": "A", "name": "sample-name", "description": "sample-description", "price_cents": 1}
    del body["sku"]
    response = client.request("POST", "/api/v1/products/", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_create_product_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /api/v1/products/ without a bearer token answers 401."""
    response = client.request("POST", "/api/v1/products/", json={"sku": "A", "name": "sample-name", "description": "sample-description", "price_cents": 1}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_list_products(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/products/ answers 200 with a ProductPage."""
    response = client.request("GET", "/api/v1/products/", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(ProductPage).validate_python(response.json())


def test_list_products_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """GET /api/v1/products/ without a bearer token answers 401."""
    response = client.request("GET", "/api/v1/products/", headers=anonymous)
    assert response.status_code == 401, response.text


def test_get_product(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/products/{product_id} answers 200 with a ProductResponse."""
    product = factories.create_product(client, headers)
    response = client.request("GET", f"/api/v1/products/{product['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(ProductResponse).validate_python(response.json())


def test_get_product_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """GET /api/v1/products/{product_id} without a bearer token answers 401."""
    response = client.request("GET", "/api/v1/products/1", headers=anonymous)
    assert response.status_code == 401, response.text


def test_update_product(client: TestClient, headers: dict[str, str]) -> None:
    """PATCH /api/v1/products/{product_id} answers 200 with a ProductResponse."""
    product = factories.create_product(client, headers)
    response = client.request("PATCH", f"/api/v1/products/{product['id']}", json={"name": "sample-name", "description": "sample-description", "price_cents": 1}, headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(ProductResponse).validate_python(response.json())


def test_update_product_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """PATCH /api/v1/products/{product_id} without a bearer token answers 401."""
    response = client.request("PATCH", "/api/v1/products/1", json={}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_delete_product(client: TestClient, headers: dict[str, str]) -> None:
    """DELETE /api/v1/products/{product_id} answers 204."""
    product = factories.create_product(client, headers)
    response = client.request("DELETE", f"/api/v1/products/{product['id']}", headers=headers)
    assert response.status_code == 204, response.text


def test_delete_product_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """DELETE /api/v1/products/{product_id} without a bearer token answers 401."""
    response = client.request("DELETE", "/api/v1/products/1", headers=anonymous)
    assert response.status_code == 401, response.text


def test_product_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A product made by POST /api/v1/products/ is among those GET /api/v1/products/ answers."""
    created = factories.create_product(client, headers)
    response = client.get("/api/v1/products/", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_product_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A product made by POST /api/v1/products/ is the one GET /api/v1/products/{product_id} answers."""
    created = factories.create_product(client, headers)
    response = client.get(f"/api/v1/products/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_product_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /api/v1/products/{product_id} of a product that is not there answers 404 NOT_FOUND."""
    response = client.get("/api/v1/products/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "NOT_FOUND"
