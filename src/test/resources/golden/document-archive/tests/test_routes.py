"""Tests of ArchiveAPI (app/archive/api/routes.py): each endpoint called through the application, in process."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from app.archive.domain.records.schemas import DocumentRead, FolderRead
from tests import factories


def test_create_folder(client: TestClient, headers: dict[str, str]) -> None:
    """POST /archive/folders answers 201 with a FolderRead."""
    response = client.request("POST", "/archive/folders", json={"name": "sample-name", "global": True}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(FolderRead).validate_python(response.json())


def test_create_folder_refuses_a_body_without_name(client: TestClient, headers: dict[str, str]) -> None:
    """POST /archive/folders without name answers 422."""
    body = {"name": "sample-name", "global": True}
    del body["name"]
    response = client.request("POST", "/archive/folders", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_create_folder_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /archive/folders without a bearer token answers 401."""
    response = client.request("POST", "/archive/folders", json={"name": "sample-name", "global": True}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_list_folders(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/folders answers 200 with a list[FolderRead]."""
    response = client.request("GET", "/archive/folders", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[FolderRead]).validate_python(response.json())


def test_get_folder(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/folders/{folder_id} answers 200 with a FolderRead."""
    folder = factories.create_folder(client, headers)
    response = client.request("GET", f"/archive/folders/{folder['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(FolderRead).validate_python(response.json())


def test_file_document(client: TestClient, headers: dict[str, str]) -> None:
    """POST /archive/documents answers 201 with a DocumentRead."""
    folder = factories.create_folder(client, headers)
    response = client.request("POST", "/archive/documents", json={"folder_id": folder["id"], "type": "letter", "schema": "sample-schema", "metadata": "sample-metadata", "class": "sample-class"}, headers=headers)
    assert response.status_code == 201, response.text
    TypeAdapter(DocumentRead).validate_python(response.json())


def test_file_document_refuses_a_body_without_folder_id(client: TestClient, headers: dict[str, str]) -> None:
    """POST /archive/documents without folder_id answers 422."""
    folder = factories.create_folder(client, headers)
    body = {"folder_id": folder["id"], "type": "letter", "schema": "sample-schema", "metadata": "sample-metadata", "class": "sample-class"}
    del body["folder_id"]
    response = client.request("POST", "/archive/documents", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_file_document_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /archive/documents without a bearer token answers 401."""
    response = client.request("POST", "/archive/documents", json={}, headers=anonymous)
    assert response.status_code == 401, response.text


def test_get_document(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/documents/{document_id} answers 200 with a DocumentRead."""
    document = factories.create_document(client, headers)
    response = client.request("GET", f"/archive/documents/{document['id']}", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(DocumentRead).validate_python(response.json())


def test_documents_in_folder(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/folders/{folder_id}/documents answers 200 with a list[DocumentRead]."""
    folder = factories.create_folder(client, headers)
    response = client.request("GET", f"/archive/folders/{folder['id']}/documents", headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(list[DocumentRead]).validate_python(response.json())


def test_remove_document(client: TestClient, headers: dict[str, str]) -> None:
    """DELETE /archive/documents/{document_id} answers 204."""
    document = factories.create_document(client, headers)
    response = client.request("DELETE", f"/archive/documents/{document['id']}", headers=headers)
    assert response.status_code == 204, response.text


def test_remove_document_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """DELETE /archive/documents/{document_id} without a bearer token answers 401."""
    response = client.request("DELETE", "/archive/documents/3f2504e0-4f89-41d3-9a0c-0305e82c3301", headers=anonymous)
    assert response.status_code == 401, response.text


def test_document_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A document made by POST /archive/documents is the one GET /archive/documents/{document_id} answers."""
    created = factories.create_document(client, headers)
    response = client.get(f"/archive/documents/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_folder_created_then_listed(client: TestClient, headers: dict[str, str]) -> None:
    """A folder made by POST /archive/folders is among those GET /archive/folders answers."""
    created = factories.create_folder(client, headers)
    response = client.get("/archive/folders", headers=headers)
    assert response.status_code == 200, response.text
    answer = response.json()
    rows = answer if isinstance(answer, list) else next(
        (v for v in answer.values() if isinstance(v, list)), []
    )
    assert created["id"] in [row.get("id") for row in rows]


def test_folder_created_then_read(client: TestClient, headers: dict[str, str]) -> None:
    """A folder made by POST /archive/folders is the one GET /archive/folders/{folder_id} answers."""
    created = factories.create_folder(client, headers)
    response = client.get(f"/archive/folders/{created['id']}", headers=headers)
    assert response.status_code == 200, response.text
    found = response.json()
    assert {k: v for k, v in created.items() if k in found} == {k: v for k, v in found.items() if k in created}


def test_document_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/documents/{document_id} of a document that is not there answers 404 DOCUMENT_NOT_FOUND."""
    response = client.get("/archive/documents/6f9619ff-8b86-4d01-b42d-00cf4fc964ff", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "DOCUMENT_NOT_FOUND"


def test_folder_not_there_is_not_found(client: TestClient, headers: dict[str, str]) -> None:
    """GET /archive/folders/{folder_id} of a folder that is not there answers 404 FOLDER_NOT_FOUND."""
    response = client.get("/archive/folders/2147480001", headers=headers)
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "FOLDER_NOT_FOUND"
