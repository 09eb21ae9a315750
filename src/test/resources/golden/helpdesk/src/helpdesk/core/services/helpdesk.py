"""Helpdesk service."""

from __future__ import annotations

import logging
from uuid import UUID

from src.helpdesk.core.exceptions import RequestNotFound, SessionNotFound
from src.helpdesk.core.models.schemas import Query, Response, SessionCreate, SessionOut
from src.helpdesk.core.models.tables import Request, Session
from src.helpdesk.core.repositories.requests import RequestRepository
from src.helpdesk.core.repositories.sessions import SessionRepository

logger = logging.getLogger(__name__)


class HelpdeskService:
    """Helpdesk service."""

    def __init__(
        self,
        session_repository: SessionRepository,
        request_repository: RequestRepository,
    ) -> None:
        """Initialize the helpdesk service.

        Args:
            session_repository: The SessionRepository this class uses.
            request_repository: The RequestRepository this class uses.
        """
        self._session_repository = session_repository
        self._request_repository = request_repository

    async def open_session(self, data: SessionCreate) -> SessionOut:
        """Open session.

        Args:
            data: The data.

        Returns:
            The SessionOut.
        """
        session = Session(**data.model_dump())
        session = await self._session_repository.add(session)
        logger.info("Created Session %r", session)
        return SessionOut.model_validate(session, from_attributes=True)

    async def get_session(self, session_id: UUID) -> SessionOut:
        """Get session.

        Args:
            session_id: The session id.

        Returns:
            The SessionOut.

        Raises:
            SessionNotFound: Session not found.
        """
        session = await self._session_repository.get(session_id=session_id)
        if session is None:
            raise SessionNotFound()
        return SessionOut.model_validate(session, from_attributes=True)

    async def submit_request(self, data: Query) -> Response:
        """Submit request.

        Args:
            data: The data.

        Returns:
            The Response.

        Raises:
            SessionNotFound: Session not found.
        """
        if await self._session_repository.get(session_id=data.session_id) is None:
            raise SessionNotFound()
        request = Request(**data.model_dump())
        request = await self._request_repository.add(request)
        logger.info("Created Request %r", request)
        return Response.model_validate(request, from_attributes=True)

    async def get_request(self, request_id: int) -> Response:
        """Get request.

        Args:
            request_id: The request id.

        Returns:
            The Response.

        Raises:
            RequestNotFound: Request not found.
        """
        request = await self._request_repository.get(request_id=request_id)
        if request is None:
            raise RequestNotFound()
        return Response.model_validate(request, from_attributes=True)

    async def requests_of_session(
        self,
        session_id: UUID,
        limit: int = 50,
    ) -> list[Response]:
        """Requests of session.

        Args:
            session_id: The session id.
            limit: The limit.

        Returns:
            The list[Response].

        Raises:
            SessionNotFound: Session not found.
        """
        if await self._session_repository.get(session_id=session_id) is None:
            raise SessionNotFound()
        request_rows = await self._request_repository.list_for_session(
            session_id=session_id,
            limit=limit,
        )
        return [Response.model_validate(row, from_attributes=True) for row in request_rows]

    async def requests_selected(self, from_: str) -> list[Response]:
        """Requests whose select field starts with the given text.

        Args:
            from_: The from.

        Returns:
            The list[Response].
        """
        # TODO(backforge): write this body; its logic goes beyond the template
        # patterns (Requests whose select field starts with the given text.)
        raise NotImplementedError(
            "HelpdeskService.requests_selected is not implemented yet",
        )
