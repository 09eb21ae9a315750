"""Rows made through the API, for the tests that need one."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def create_appointment(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a appointment through POST /v1/appointments."""
    patient = create_patient(client, headers)
    response = client.post("/v1/appointments", json={"patient_id": patient["id"], "starts_at": "2030-01-15T10:30:00+00:00", "minutes": 5, "notes": "sample-notes"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def create_patient(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    """Create a patient through POST /v1/patients."""
    response = client.post("/v1/patients", json={"full_name": "sample-full-name", "email": "user@example.com", "address": {"street": "sample-street", "city": "sample-city", "zip": "sample-zip"}, "model_number": "sample-model-number"}, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
