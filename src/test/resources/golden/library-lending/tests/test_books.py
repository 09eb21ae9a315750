"""Tests of CatalogAPI (src/library/api/books.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.library.catalog.schemas import BookRead
from tests import factories


def test_add_book(client: TestClient, headers: dict[str, str]) -> None:
    """POST /books answers 201 with a BookRead."""
    response = client.request("POST", "/books", json={"isbn": "sample-isbn", "title": "sample-title", "author": "sample-author", "published_on": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(BookRead).validate_python(response.json())


def test_add_book_refuses_a_body_without_isbn(client: TestClient, headers: dict[str, str]) -> None:
    """POST /books without isbn answers 422."""
    body = {"isbn": "sample-isbn", "title": "sample-title", "author": "sample-author", "published_on": "2030-01-15"}
    del body["isbn"]
    response = client.request("POST", "/books", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_add_book_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /books without a bearer token answers 401."""
    response = client.request("POST", "/books", json={"isbn": "sample-isbn", "title": "sample-title", "author": "sample-author", "published_on": "2030-01-15"}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_list_books(client: TestClient, headers: dict[str, str]) -> None:
    """GET /books answers 200 with a list[BookRead]."""
    response = client.request("GET", "/books", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[BookRead]).validate_python(response.json())


def test_get_book(client: TestClient, headers: dict[str, str]) -> None:
    """GET /books/{book_id} answers 200 with a BookRead."""
    book = factories.create_book(client, headers)
    response = client.request("GET", f"/books/{book['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(BookRead).validate_python(response.json())


def test_remove_book(client: TestClient, headers: dict[str, str]) -> None:
    """DELETE /books/{book_id} answers 204."""
    book = factories.create_book(client, headers)
    response = client.request("DELETE", f"/books/{book['id']}", headers=headers)
    assert response.status_code == 204, response.text


def test_remove_book_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """DELETE /books/{book_id} without a bearer token answers 401."""
    response = client.request("DELETE", "/books/3f2504e0-4f89-41d3-9a0c-0305e82c3301", headers=anonymous)
    assert response.status_code == 401, response.text


def test_book_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A book made by POST /books is among those GET /books answers."""
    created = factories.create_book(client, headers)
    response = client.get("/books", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_book_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A book made by POST /books is the one GET /books/{book_id} answers."""
    created = factories.create_book(client, headers)
    response = client.get(f"/books/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_book_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /books/{book_id} of a book that is not there answers 404 BOOK_NOT_FOUND."""
    response = client.get("/books/6f9619ff-8b86-4d01-b42d-00cf4fc964ff", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "BOOK_NOT_FOUND"
