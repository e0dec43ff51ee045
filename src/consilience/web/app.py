"""`create_app(store)`: one FastAPI object the CLI hands to uvicorn and tests use directly."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from consilience.api import Engine, Store
from consilience.errors import ConsilienceError, InputError
from consilience.web.api import api_router
from consilience.web.docs import add_docs
from consilience.web.views import views_router

MAX_UPLOAD_BYTES = 20 * 2**20
STATIC = Path(__file__).parent / "static"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_app(
    store: Store, engine: Engine | None = None, max_upload_bytes: int = MAX_UPLOAD_BYTES
) -> FastAPI:
    """The web app over one store; ``engine`` runs the models when articles are analysed."""
    app = FastAPI(
        title="consilience",
        summary="Cross-check the news: what independent outlets agree on, and where they differ.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    add_docs(app)
    app.include_router(api_router(store, engine))
    app.include_router(views_router(store, engine))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ConsilienceError, _user_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.middleware("http")(_guard(max_upload_bytes))
    return app


async def _user_error(request: Request, error: Exception) -> Response:
    """A user's mistake (bad file, bad article) is a 400 with the message, never a 500."""
    status = 400 if isinstance(error, InputError) else 503
    return JSONResponse({"detail": str(error)}, status_code=status)


async def _invalid(request: Request, error: Exception) -> Response:
    """FastAPI's 422, ASCII-escaped: the echoed input may hold lone surrogates."""
    errors = error.errors() if isinstance(error, RequestValidationError) else []
    body = json.dumps({"detail": jsonable_encoder(errors)}, ensure_ascii=True)
    return Response(body, status_code=422, media_type="application/json")


Handler = Callable[[Request], Awaitable[Response]]


def _guard(limit: int) -> Callable[[Request, Handler], Awaitable[Response]]:
    """Refuse bodies over the limit before reading them; add security headers to answers."""

    async def guard(request: Request, call_next: Handler) -> Response:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            detail = f"request body is {int(length):,} bytes, over the {limit:,} byte limit"
            return JSONResponse({"detail": detail}, status_code=413)
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    return guard
