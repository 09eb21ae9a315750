"""The FastAPI application: every router of the architecture, its error handlers and the
check of its configuration at start.
"""

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

from src.api.d0000 import router as item0000_api_router
from src.api.d0001 import router as item0001_api_router
from src.api.d0002 import router as item0002_api_router
from src.api.d0003 import router as item0003_api_router
from src.api.d0004 import router as item0004_api_router
from src.api.d0005 import router as item0005_api_router
from src.api.d0006 import router as item0006_api_router
from src.api.d0007 import router as item0007_api_router
from src.api.d0008 import router as item0008_api_router
from src.d0000.errors import Item0000Error
from src.d0001.errors import Item0001Error
from src.d0002.errors import Item0002Error
from src.d0003.errors import Item0003Error
from src.d0004.errors import Item0004Error
from src.d0005.errors import Item0005Error
from src.d0006.errors import Item0006Error
from src.d0007.errors import Item0007Error
from src.d0008.errors import Item0008Error
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
    app = FastAPI(title="synthetic 60", lifespan=lifespan)
    app.include_router(item0000_api_router)
    app.include_router(item0001_api_router)
    app.include_router(item0002_api_router)
    app.include_router(item0003_api_router)
    app.include_router(item0004_api_router)
    app.include_router(item0005_api_router)
    app.include_router(item0006_api_router)
    app.include_router(item0007_api_router)
    app.include_router(item0008_api_router)

    @app.exception_handler(Item0000Error)
    async def handle_item0000_error(request: Request, exc: Item0000Error) -> JSONResponse:
        """Answer Item0000Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0001Error)
    async def handle_item0001_error(request: Request, exc: Item0001Error) -> JSONResponse:
        """Answer Item0001Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0002Error)
    async def handle_item0002_error(request: Request, exc: Item0002Error) -> JSONResponse:
        """Answer Item0002Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0003Error)
    async def handle_item0003_error(request: Request, exc: Item0003Error) -> JSONResponse:
        """Answer Item0003Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0004Error)
    async def handle_item0004_error(request: Request, exc: Item0004Error) -> JSONResponse:
        """Answer Item0004Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0005Error)
    async def handle_item0005_error(request: Request, exc: Item0005Error) -> JSONResponse:
        """Answer Item0005Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0006Error)
    async def handle_item0006_error(request: Request, exc: Item0006Error) -> JSONResponse:
        """Answer Item0006Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0007Error)
    async def handle_item0007_error(request: Request, exc: Item0007Error) -> JSONResponse:
        """Answer Item0007Error and its subclasses with their HTTP status."""
        status_code = exc.http_status or 500
        if status_code >= 500:
            logger.exception("Unhandled %s", type(exc).__name__)
        return error_response(status_code, error_code(exc), exc.message, {})

    @app.exception_handler(Item0008Error)
    async def handle_item0008_error(request: Request, exc: Item0008Error) -> JSONResponse:
        """Answer Item0008Error and its subclasses with their HTTP status."""
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
        domain_errors = (
            Item0000Error,
            Item0001Error,
            Item0002Error,
            Item0003Error,
            Item0004Error,
            Item0005Error,
            Item0006Error,
            Item0007Error,
            Item0008Error,
        )
        cause = exc.__cause__
        code = f"HTTP_{exc.status_code}"
        if isinstance(cause, domain_errors):
            code = error_code(cause)
        return error_response(exc.status_code, code, str(exc.detail), {})

    return app


app = create_app()
