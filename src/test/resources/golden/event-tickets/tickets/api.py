"""HTTP endpoints of tickets api."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncSession

from tickets.db.event_repository import EventRepository
from tickets.db.models import EventStatus
from tickets.db.ticket_repository import TicketRepository
from tickets.errors import EventNotFound, SoldOut, TicketNotFound
from tickets.infra.database import get_session
from tickets.schemas import (
    EventCreate,
    EventPage,
    EventRead,
    EventUpdate,
    TicketCreate,
    TicketRead,
)
from tickets.services.ticketing import TicketingService

logger = logging.getLogger(__name__)


def get_event_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> EventRepository:
    """Build the EventRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A EventRepository bound to this request's collaborators.
    """
    return EventRepository(session=session)


def get_ticket_repository(
    session: Annotated[AsyncSession, Depends(get_session, scope="function")],
) -> TicketRepository:
    """Build the TicketRepository of the current request.

    Args:
        session: Provided by FastAPI's dependency injection.

    Returns:
        A TicketRepository bound to this request's collaborators.
    """
    return TicketRepository(session=session)


def get_ticketing_service(
    event_repository: Annotated[EventRepository, Depends(get_event_repository)],
    ticket_repository: Annotated[TicketRepository, Depends(get_ticket_repository)],
) -> TicketingService:
    """Build the TicketingService of the current request.

    Args:
        event_repository: Provided by FastAPI's dependency injection.
        ticket_repository: Provided by FastAPI's dependency injection.

    Returns:
        A TicketingService bound to this request's collaborators.
    """
    return TicketingService(
        event_repository=event_repository,
        ticket_repository=ticket_repository,
    )


router = APIRouter(prefix="/v1", tags=["tickets"])


@router.post("/events", response_model=EventRead, status_code=201)
async def create_event(
    payload: EventCreate,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> EventRead:
    """POST /v1/events.

    Args:
        payload: The request body.
        ticketing_service: The TicketingService that does the work.

    Returns:
        The response body.
    """
    return await ticketing_service.create_event(data=payload)


@router.get("/events", response_model=EventPage)
async def list_events(
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
    status: EventStatus | None = None,
) -> EventPage:
    """GET /v1/events.

    Args:
        ticketing_service: The TicketingService that does the work.
        limit: Query parameter limit.
        offset: Query parameter offset.
        status: Query parameter status.

    Returns:
        The response body.
    """
    return await ticketing_service.list_events(
        limit=limit,
        offset=offset,
        status=status,
    )


@router.get("/events/{event_id}", response_model=EventRead)
async def get_event(
    event_id: int,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> EventRead:
    """GET /v1/events/{event_id}.

    Args:
        event_id: Path parameter event id.
        ticketing_service: The TicketingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises EventNotFound.
    """
    try:
        return await ticketing_service.get_event(event_id=event_id)
    except EventNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.patch("/events/{event_id}", response_model=EventRead)
async def update_event(
    event_id: int,
    payload: EventUpdate,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> EventRead:
    """PATCH /v1/events/{event_id}.

    Args:
        event_id: Path parameter event id.
        payload: The request body.
        ticketing_service: The TicketingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises EventNotFound.
    """
    try:
        return await ticketing_service.update_event(event_id=event_id, data=payload)
    except EventNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.delete("/events/{event_id}", status_code=204)
async def delete_event(
    event_id: int,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> None:
    """DELETE /v1/events/{event_id}.

    Args:
        event_id: Path parameter event id.
        ticketing_service: The TicketingService that does the work.

    Raises:
        HTTPException: 404 when the service raises EventNotFound.
    """
    try:
        await ticketing_service.delete_event(event_id=event_id)
    except EventNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.post("/events/{event_id}/tickets", response_model=TicketRead, status_code=201)
async def issue_ticket(
    event_id: int,
    payload: TicketCreate,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> TicketRead:
    """POST /v1/events/{event_id}/tickets.

    Args:
        event_id: Path parameter event id.
        payload: The request body.
        ticketing_service: The TicketingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises EventNotFound.
        HTTPException: 409 when the service raises SoldOut.
    """
    try:
        return await ticketing_service.issue_ticket(event_id=event_id, data=payload)
    except EventNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except SoldOut as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc


@router.get("/tickets/{code}", response_model=TicketRead)
async def get_ticket(
    code: str,
    ticketing_service: Annotated[TicketingService, Depends(get_ticketing_service)],
) -> TicketRead:
    """GET /v1/tickets/{code}.

    Args:
        code: Path parameter code.
        ticketing_service: The TicketingService that does the work.

    Returns:
        The response body.

    Raises:
        HTTPException: 404 when the service raises TicketNotFound.
    """
    try:
        return await ticketing_service.get_ticket(code=code)
    except TicketNotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
