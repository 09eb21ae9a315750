"""HTTP endpoints for login, token refresh and logout."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from src.auth.exceptions import (
    InvalidCredentialsError,
    InvalidTokenError,
    TokenExpiredError,
    TokenRevokedError,
    UserNotFoundError,
)
from src.auth.jwt_service import JWTAuthService, TokenPair, TokenPayload
from src.auth.password import PasswordHasher
from src.auth.settings import AuthSettings, get_auth_settings
from src.auth.token_store import TokenStore
from src.db.repository import UserRepository
from src.infra.database import get_session
from src.models.user import LoginRequest, RefreshRequest

logger = logging.getLogger(__name__)


@lru_cache
def get_password_hasher() -> PasswordHasher:
    """Return the process-wide PasswordHasher.

    It holds no per-request state, so one instance serves every request.

    Returns:
        The shared PasswordHasher.
    """
    return PasswordHasher()


@lru_cache
def get_redis() -> Redis:
    """Return the process-wide Redis client; it pools its connections.

    Returns:
        The shared Redis client.
    """
    return Redis.from_url(get_auth_settings().redis_url)


@lru_cache
def get_token_store() -> TokenStore:
    """Return the process-wide TokenStore.

    It holds no per-request state, so one instance serves every request.

    Returns:
        The shared TokenStore.
    """
    return TokenStore(redis=get_redis())


def get_user_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> UserRepository:
    """Build the UserRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A UserRepository bound to this request's collaborators.
    """
    return UserRepository(session=session)


def get_jwt_auth_service(
    settings: Annotated[AuthSettings, Depends(get_auth_settings)],
    password_hasher: Annotated[PasswordHasher, Depends(get_password_hasher)],
    token_store: Annotated[TokenStore, Depends(get_token_store)],
    user_repository: Annotated[UserRepository, Depends(get_user_repository)],
) -> JWTAuthService:
    """Build the JWTAuthService of the current request.

    Args:
        settings: Provided by FastAPI's dependency injection.
        password_hasher: Provided by FastAPI's dependency injection.
        token_store: Provided by FastAPI's dependency injection.
        user_repository: Provided by FastAPI's dependency injection.

    Returns:
        A JWTAuthService bound to this request's collaborators.
    """
    return JWTAuthService(
        settings=settings,
        password_hasher=password_hasher,
        token_store=token_store,
        user_repository=user_repository,
    )


bearer_scheme = HTTPBearer(auto_error=False)


async def get_current_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    jwt_auth_service: Annotated[JWTAuthService, Depends(get_jwt_auth_service)],
) -> TokenPayload:
    """Authenticate the caller from the Authorization: Bearer header.

    Args:
        credentials: The bearer credentials, or None when the header is missing.
        jwt_auth_service: The service that validates tokens.

    Returns:
        The validated token's claims.

    Raises:
        HTTPException: 401 when the token is missing or not valid.
    """
    if credentials is None:
        raise HTTPException(
            status_code=401,
            detail="Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    try:
        return jwt_auth_service.validate_token(credentials.credentials)
    except (TokenExpiredError, InvalidTokenError) as exc:
        raise HTTPException(
            status_code=401,
            detail=str(exc),
            headers={"WWW-Authenticate": "Bearer"},
        ) from exc


router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post("/login", response_model=TokenPair, status_code=200)
async def login(
    payload: LoginRequest,
    jwt_auth_service: Annotated[JWTAuthService, Depends(get_jwt_auth_service)],
) -> TokenPair:
    """POST /api/v1/auth/login.

    Rate limited: the architecture asks for a limit on this endpoint; enforce it at the
    gateway or in a middleware, it is not part of this router.

    Args:
        payload: The request body.
        jwt_auth_service: The JWTAuthService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 401 when the service raises InvalidCredentialsError.
    """
    try:
        return await jwt_auth_service.authenticate(
            email=payload.email,
            password=payload.password,
        )
    except InvalidCredentialsError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc


@router.post("/refresh", response_model=TokenPair, status_code=200)
async def refresh(
    payload: RefreshRequest,
    jwt_auth_service: Annotated[JWTAuthService, Depends(get_jwt_auth_service)],
) -> TokenPair:
    """POST /api/v1/auth/refresh.

    Args:
        payload: The request body.
        jwt_auth_service: The JWTAuthService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 401 when the service raises TokenExpiredError.
        HTTPException: 401 when the service raises InvalidTokenError.
        HTTPException: 401 when the service raises TokenRevokedError.
        HTTPException: 404 when the service raises UserNotFoundError.
    """
    try:
        return await jwt_auth_service.refresh(refresh_token=payload.refresh_token)
    except TokenExpiredError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
    except InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
    except TokenRevokedError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
    except UserNotFoundError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post("/logout", status_code=204, dependencies=[Depends(get_current_principal)])
async def logout(
    payload: RefreshRequest,
    jwt_auth_service: Annotated[JWTAuthService, Depends(get_jwt_auth_service)],
) -> None:
    """POST /api/v1/auth/logout.

    Args:
        payload: The request body.
        jwt_auth_service: The JWTAuthService that does the work.

    Raises:
        HTTPException: 401 when the service raises InvalidTokenError.
    """
    try:
        await jwt_auth_service.logout(refresh_token=payload.refresh_token)
    except InvalidTokenError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
