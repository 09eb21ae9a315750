"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_account(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a account through POST /v2/accounts."""
    response = client.post("/v2/accounts", json={"ledger_code": "sample-ledge", "name": "sample-name", "kind": "asset", "tags": ["sample-tags"], "attributes": {}, "opened_on": "2030-01-15"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_transfer(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a transfer through POST /v2/transfers."""
    account = create_account(client, headers)
    response = client.post("/v2/transfers", json={"source_account_id": account["id"], "target_account_id": account["id"], "amount": 1.5, "externalRef": "sample-externalRef"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
