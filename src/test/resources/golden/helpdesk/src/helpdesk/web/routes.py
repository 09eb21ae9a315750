"""HTTP endpoints of helpdesk api."""

from __future__ import annotations

import logging
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from sqlalchemy.ext.asyncio import AsyncSession

from src.helpdesk.core.exceptions import RequestNotFound, SessionNotFound
from src.helpdesk.core.models.schemas import (
    Query as QueryModel,
    Response,
    SessionCreate,
    SessionOut,
)
from src.helpdesk.core.repositories.requests import RequestRepository
from src.helpdesk.core.repositories.sessions import SessionRepository
from src.helpdesk.core.services.helpdesk import HelpdeskService
from src.infra.database import get_session as imported_get_session

logger = logging.getLogger(__name__)


def get_session_repository(
    session: Annotated[AsyncSession, Depends(imported_get_session, scope="function")],
) -> SessionRepository:
    """Build the SessionRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A SessionRepository bound to this request's collaborators.
    """
    return SessionRepository(session=session)


def get_request_repository(
    session: Annotated[AsyncSession, Depends(imported_get_session, scope="function")],
) -> RequestRepository:
    """Build the RequestRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A RequestRepository bound to this request's collaborators.
    """
    return RequestRepository(session=session)


def get_helpdesk_service(
    session_repository: Annotated[SessionRepository, Depends(get_session_repository)],
    request_repository: Annotated[RequestRepository, Depends(get_request_repository)],
) -> HelpdeskService:
    """Build the HelpdeskService of the current request.

    Args:
        session_repository: Provided by FastAPI's dependency injection.
        request_repository: Provided by FastAPI's dependency injection.

    Returns:
        A HelpdeskService bound to this request's collaborators.
    """
    return HelpdeskService(
        session_repository=session_repository,
        request_repository=request_repository,
    )


router = APIRouter(prefix="/api")


@router.post("/sessions", response_model=SessionOut, status_code=201)
async def open_session(
    payload: SessionCreate,
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
) -> SessionOut:
    """POST /api/sessions.

    Args:
        payload: The request body.
        helpdesk_service: The HelpdeskService that does the work.

    Returns:
        The response body.
    """
    return await helpdesk_service.open_session(data=payload)


@router.get("/sessions/{session_id}", response_model=SessionOut)
async def get_session(
    session_id: UUID,
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
) -> SessionOut:
    """GET /api/sessions/{session_id}.

    Args:
        session_id: Path parameter session id.
        helpdesk_service: The HelpdeskService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises SessionNotFound.
    """
    try:
        return await helpdesk_service.get_session(session_id=session_id)
    except SessionNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post("/requests", response_model=Response, status_code=201)
async def submit_request(
    payload: QueryModel,
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
) -> Response:
    """POST /api/requests.

    Args:
        payload: The request body.
        helpdesk_service: The HelpdeskService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises SessionNotFound.
    """
    try:
        return await helpdesk_service.submit_request(data=payload)
    except SessionNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/requests/{request_id}", response_model=Response)
async def get_request(
    request_id: int,
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
) -> Response:
    """GET /api/requests/{request_id}.

    Args:
        request_id: Path parameter request id.
        helpdesk_service: The HelpdeskService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises RequestNotFound.
    """
    try:
        return await helpdesk_service.get_request(request_id=request_id)
    except RequestNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/sessions/{session_id}/requests", response_model=list[Response])
async def requests_of_session(
    session_id: UUID,
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[Response]:
    """GET /api/sessions/{session_id}/requests.

    Args:
        session_id: Path parameter session id.
        helpdesk_service: The HelpdeskService that does the work.
        limit: Query parameter limit.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises SessionNotFound.
    """
    try:
        return await helpdesk_service.requests_of_session(
            session_id=session_id,
            limit=limit,
        )
    except SessionNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/requests/selected/{from}", response_model=list[Response])
async def requests_selected(
    from_: Annotated[str, Path(alias="from")],
    helpdesk_service: Annotated[HelpdeskService, Depends(get_helpdesk_service)],
) -> list[Response]:
    """GET /api/requests/selected/{from}.

    Args:
        from_: Path parameter from.
        helpdesk_service: The HelpdeskService that does the work.

    Returns:
        The response body.
    """
    return await helpdesk_service.requests_selected(from_=from_)
