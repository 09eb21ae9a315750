"""The FastAPI application."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timezone

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError as DatabaseIntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from src.helpdesk.core.exceptions import RequestNotFound, SessionNotFound
from src.helpdesk.web.routes import router as helpdesk_api_router
from src.infra.database import dispose
from src.infra.settings import check_configuration

logger = logging.getLogger(__name__)


def error_code(exc: BaseException) -> str:
    """A stable machine-readable code from the exception's class name.

    NotFoundError gives NOT_FOUND, InsufficientStockError gives INSUFFICIENT_STOCK.

    Args:
        exc: The exception.

    Returns:
        The code.
    """
    name = type(exc).__name__.removesuffix("Error") or type(exc).__name__
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def error_response(
    status_code: int, code: str, message: str, details: dict[str, object]
) -> JSONResponse:
    """The JSON error body every failure of this API answers with.

    Args:
        status_code: HTTP status.
        code: Machine-readable error code.
        message: Human-readable message.
        details: Extra facts about the error.

    Returns:
        A JSONResponse in the {success, error, timestamp} format.
    """
    body = {
        "success": False,
        "error": {"code": code, "message": message, "details": details},
        "timestamp": datetime.now(timezone.utc).isoformat(),
    }
    return JSONResponse(status_code=status_code, content=jsonable_encoder(body))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Check the configuration, run the application, then release its database
    connections.

    Args:
        app: The application.

    Yields:
        Control while the application serves requests.
    """
    check_configuration()
    yield
    await dispose()


def create_app() -> FastAPI:
    """Build the application: routers, middleware and error handlers.

    Returns:
        The configured FastAPI application.
    """
    app = FastAPI(title="HelpdeskApp", lifespan=lifespan)
    app.include_router(helpdesk_api_router)

    @app.exception_handler(RequestNotFound)
    async def handle_request_not_found(request: Request, exc: RequestNotFound) -> JSONResponse:
        """Answer RequestNotFound and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(SessionNotFound)
    async def handle_session_not_found(request: Request, exc: SessionNotFound) -> JSONResponse:
        """Answer SessionNotFound and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(NotImplementedError)
    async def handle_not_implemented(
        request: Request,
        exc: NotImplementedError,
    ) -> JSONResponse:
        """Answer a call into a method that is not implemented yet with 501."""
        body = {
            "type": "about:blank",
            "title": "Not Implemented",
            "status": 501,
            "detail": str(exc) or "not implemented yet",
        }
        return JSONResponse(
            status_code=501,
            content=body,
            media_type="application/problem+json",
        )

    @app.exception_handler(DatabaseIntegrityError)
    async def handle_integrity_error(
        request: Request,
        exc: DatabaseIntegrityError,
    ) -> JSONResponse:
        """Answer a write the database refused with 409."""
        logger.info("The database refused a write: %s", type(exc.orig).__name__)
        return error_response(
            409,
            "CONFLICT",
            "The request conflicts with data already stored",
            {},
        )

    @app.exception_handler(RequestValidationError)
    async def handle_validation_error(
        request: Request,
        exc: RequestValidationError,
    ) -> JSONResponse:
        """Answer invalid input with 422 and the offending fields."""
        return error_response(
            422,
            "VALIDATION_ERROR",
            "Invalid request",
            {"errors": exc.errors()},
        )

    @app.exception_handler(StarletteHTTPException)
    async def handle_http_error(
        request: Request,
        exc: StarletteHTTPException,
    ) -> JSONResponse:
        """Answer HTTP errors raised by the routers in the same JSON format.

        A router answers a domain error with the status its endpoint declares; the code
        still names the error, as the client reads it.
        """
        domain_errors = (RequestNotFound, SessionNotFound)
        cause = exc.__cause__
        code = f"HTTP_{exc.status_code}"
        if isinstance(cause, domain_errors):
            code = error_code(cause)
        return error_response(exc.status_code, code, str(exc.detail), {})

    return app


app = create_app()
