"""`create_app(store)`: one FastAPI object the CLI hands to uvicorn and tests use directly."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from consilience.api import Engine, Store
from consilience.errors import ConsilienceError, InputError
from consilience.web.api import api_router
from consilience.web.budget import Budget
from consilience.web.cache import RenderCache
from consilience.web.docs import add_docs
from consilience.web.login import login_page, login_router
from consilience.web.security import Access, AnalysisGate, BodyLimit, Guard
from consilience.web.views import views_router

MAX_UPLOAD_BYTES = 20 * 2**20
ANALYSIS_SLOTS = 1
"""Analyses at once: each already keeps the CPU cores busy, so more only adds waiting."""
ANALYSIS_WAIT = 30.0
"""Seconds a request waits for a free slot before it is answered 503 with Retry-After."""
ANALYSIS_BUDGET = 120.0
"""Seconds an analysis may run before it is stopped and answered 503."""
STATIC = Path(__file__).parent / "static"


def create_app(
    store: Store,
    engine: Engine | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    access: Access | None = None,
    analysis_wait: float = ANALYSIS_WAIT,
    analysis_budget: float = ANALYSIS_BUDGET,
) -> FastAPI:
    """The web app over one store; ``engine`` runs the models when articles are analysed.

    ``access`` says who may write (default: anyone, for a server on localhost);
    ``analysis_budget`` is the seconds one analysis may run.
    """
    rules = access or Access()
    app = FastAPI(
        title="consilience",
        summary="Cross-check the news: what independent outlets agree on, and where they differ.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    add_docs(app)
    budget = Budget(analysis_budget)
    cache = RenderCache()
    app.include_router(api_router(store, engine, budget, cache))
    app.include_router(views_router(store, engine, budget, cache))
    app.include_router(login_router(rules))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(ConsilienceError, _user_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_middleware(AnalysisGate, slots=ANALYSIS_SLOTS, wait=analysis_wait)
    app.add_middleware(BodyLimit, limit=max_upload_bytes)
    app.add_middleware(Guard, access=rules, page=login_page)
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
