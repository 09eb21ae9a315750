"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_book(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a book through POST /books."""
    response = client.post("/books", json={"isbn": "sample-isbn", "title": "sample-title", "author": "sample-author", "published_on": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_loan(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a loan through POST /loans."""
    book = create_book(client, headers)
    member = create_member(client, headers)
    response = client.post("/loans", json={"book_id": book["id"], "member_id": member["id"], "due_on": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_member(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a member through POST /members."""
    response = client.post("/members", json={"email": "user@example.com", "display_name": "sample-display-name"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_return(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a return through POST /loans/{loan_id}/return."""
    loan = create_loan(client, headers)
    response = client.post(f"/loans/{loan['id']}/return", headers=headers)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created
