"""Tests of AuthAPI (src/api/auth/endpoints.py): each endpoint called through the application, in process."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from src.auth.jwt_service import TokenPair


@pytest.mark.xfail(strict=True, reason="JWTAuthService.authenticate is a stub: 501 until it is written")
def test_login(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/login answers 200 with a TokenPair."""
    response = client.request("POST", "/api/v1/auth/login", json={"email": "user@example.com", "password": "sample-password"}, headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(TokenPair).validate_python(response.json())


def test_login_refuses_a_body_without_email(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/login without email answers 422."""
    body = {"email": "user@example.com", "password": "sample-password"}
    del body["email"]
    response = client.request("POST", "/api/v1/auth/login", json=body, headers=headers)
    assert response.status_code == 422, response.text


@pytest.mark.xfail(strict=True, reason="JWTAuthService.refresh is a stub: 501 until it is written")
def test_refresh(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/refresh answers 200 with a TokenPair."""
    response = client.request("POST", "/api/v1/auth/refresh", json={"refresh_token": "sample-refresh-token"}, headers=headers)
    assert response.status_code == 200, response.text
    TypeAdapter(TokenPair).validate_python(response.json())


def test_refresh_refuses_a_body_without_refresh_token(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/refresh without refresh_token answers 422."""
    body = {"refresh_token": "sample-refresh-token"}
    del body["refresh_token"]
    response = client.request("POST", "/api/v1/auth/refresh", json=body, headers=headers)
    assert response.status_code == 422, response.text


@pytest.mark.xfail(strict=True, reason="JWTAuthService.logout is a stub: 501 until it is written")
def test_logout(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/logout answers 204."""
    response = client.request("POST", "/api/v1/auth/logout", json={"refresh_token": "sample-refresh-token"}, headers=headers)
    assert response.status_code == 204, response.text


def test_logout_refuses_a_body_without_refresh_token(client: TestClient, headers: dict[str, str]) -> None:
    """POST /api/v1/auth/logout without refresh_token answers 422."""
    body = {"refresh_token": "sample-refresh-token"}
    del body["refresh_token"]
    response = client.request("POST", "/api/v1/auth/logout", json=body, headers=headers)
    assert response.status_code == 422, response.text


def test_logout_needs_a_token(client: TestClient, anonymous: dict[str, str], headers: dict[str, str]) -> None:
    """POST /api/v1/auth/logout without a bearer token answers 401."""
    response = client.request("POST", "/api/v1/auth/logout", json={"refresh_token": "sample-refresh-token"}, headers=anonymous)
    assert response.status_code == 401, response.text
