"""Ticketing service."""

from __future__ import annotations

import logging

from tickets.db.event_repository import EventRepository
from tickets.db.models import Event, EventStatus
from tickets.db.ticket_repository import TicketRepository
from tickets.errors import EventNotFound, TicketNotFound
from tickets.schemas import (
    EventCreate,
    EventPage,
    EventRead,
    EventUpdate,
    TicketCreate,
    TicketRead,
)

logger = logging.getLogger(__name__)


class TicketingService:
    """Ticketing service."""

    def __init__(
        self,
        event_repository: EventRepository,
        ticket_repository: TicketRepository,
    ) -> None:
        """Initialize the ticketing service.

        Args:
            event_repository: The EventRepository this class uses.
            ticket_repository: The TicketRepository this class uses.
        """
        self._event_repository = event_repository
        self._ticket_repository = ticket_repository

    async def create_event(self, data: EventCreate) -> EventRead:
        """Create event.

        Args:
            data: The data.

        Returns:
            The EventRead.
        """
        event = Event(**data.model_dump())
        event = await self._event_repository.add(event)
        logger.info("Created Event %r", event)
        return EventRead.model_validate(event, from_attributes=True)

    async def list_events(
        self,
        limit: int = 20,
        offset: int = 0,
        status: EventStatus | None = None,
    ) -> EventPage:
        """List events.

        Args:
            limit: The limit.
            offset: The offset.
            status: The status.

        Returns:
            The EventPage.
        """
        event_rows = await self._event_repository.list(
            limit=limit,
            offset=offset,
            status=status,
        )
        total = await self._event_repository.count(status=status)
        return EventPage(
            items=[EventRead.model_validate(row, from_attributes=True) for row in event_rows],
            total=total,
        )

    async def get_event(self, event_id: int) -> EventRead:
        """Get event.

        Args:
            event_id: The event id.

        Returns:
            The EventRead.

        Raises:
            EventNotFound: Event not found.
        """
        event = await self._event_repository.get(event_id=event_id)
        if event is None:
            raise EventNotFound()
        return EventRead.model_validate(event, from_attributes=True)

    async def update_event(self, event_id: int, data: EventUpdate) -> EventRead:
        """Update event.

        Args:
            event_id: The event id.
            data: The data.

        Returns:
            The EventRead.

        Raises:
            EventNotFound: Event not found.
        """
        event = await self._event_repository.get(event_id=event_id)
        if event is None:
            raise EventNotFound()
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(event, field, value)
        event = await self._event_repository.save(event)
        return EventRead.model_validate(event, from_attributes=True)

    async def delete_event(self, event_id: int) -> None:
        """Delete event.

        Args:
            event_id: The event id.

        Raises:
            EventNotFound: Event not found.
        """
        event = await self._event_repository.get(event_id=event_id)
        if event is None:
            raise EventNotFound()
        await self._event_repository.delete(event)
        logger.info("Deleted Event %r", event)

    async def issue_ticket(self, event_id: int, data: TicketCreate) -> TicketRead:
        """Issue ticket.

        Args:
            event_id: The event id.
            data: The data.

        Returns:
            The TicketRead.

        Raises:
            EventNotFound: Event not found.
            SoldOut: The event is sold out.
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (issue ticket)
        raise NotImplementedError(
            "TicketingService.issue_ticket is not implemented yet",
        )

    async def get_ticket(self, code: str) -> TicketRead:
        """Get ticket.

        Args:
            code: The code.

        Returns:
            The TicketRead.

        Raises:
            TicketNotFound: Ticket not found.
        """
        ticket = await self._ticket_repository.get_by_code(code=code)
        if ticket is None:
            raise TicketNotFound()
        return TicketRead.model_validate(ticket, from_attributes=True)
