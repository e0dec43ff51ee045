"""`consilience serve`: the web app and REST API over a store, bound to localhost by default."""

from __future__ import annotations

import atexit
import ipaddress
import json
import os
from dataclasses import asdict
from typing import Annotated

import typer
import uvicorn
from fastapi import FastAPI

from consilience.api import Store
from consilience.cli.app import app, console, fail
from consilience.errors import ConsilienceError, InputError
from consilience.web import create_app
from consilience.web.app import ANALYSIS_BUDGET
from consilience.web.security import Access

WORKER_SETTINGS = "CONSILIENCE_SERVE_WORKER"
"""Environment variable through which `serve --workers N` tells each worker what to serve."""
WORKER_START = 60
"""Seconds a worker may take to answer uvicorn's health check: importing the app takes
several seconds on a busy machine, and uvicorn's 5 s default kills and restarts it."""


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    host: Annotated[str, typer.Option(help="Address to bind (localhost only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="CONSILIENCE_TOKEN",
            help="Writes and analyses need 'Authorization: Bearer TOKEN' (env CONSILIENCE_TOKEN).",
        ),
    ] = None,
    private: Annotated[
        bool, typer.Option(help="Reading needs the token too (requires --token).")
    ] = False,
    analysis_budget: Annotated[
        float,
        typer.Option(
            min=0.0,
            help="Seconds one web or API analysis may run; past it, it stops (503).",
        ),
    ] = ANALYSIS_BUDGET,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes (one per core serves more readers; each analysing "
            "worker loads its own models).",
        ),
    ] = 1,
) -> None:
    """Serve the story pages and the REST API (/api/, spec at /openapi.json)."""
    try:
        access = server_access(host, token or None, private)
        store = Store(db)
    except ConsilienceError as error:
        raise fail(error) from error
    console.print(_describe(access), highlight=False)
    if workers > 1:
        store.close()
        settings = {"db": db, "budget": analysis_budget, "access": asdict(access)}
        os.environ[WORKER_SETTINGS] = json.dumps(settings)
        target = f"{__name__}:worker_app"
        uvicorn.run(
            target,
            factory=True,
            workers=workers,
            host=host,
            port=port,
            timeout_worker_healthcheck=WORKER_START,
        )
        return
    with store:
        web = create_app(store, access=access, analysis_budget=analysis_budget)
        uvicorn.run(web, host=host, port=port)


def worker_app() -> FastAPI:
    """The app of one `serve --workers N` process, over its own connection to the store."""
    settings = json.loads(os.environ[WORKER_SETTINGS])
    store = Store(settings["db"])
    atexit.register(store.close)
    access = Access(**settings["access"])
    return create_app(store, access=access, analysis_budget=settings["budget"])


def server_access(host: str, token: str | None, private: bool) -> Access:
    """Open on localhost; token-guarded with a token; read-only on the network without one."""
    if private and token is None:
        raise InputError("--private", "needs a token (--token or CONSILIENCE_TOKEN)")
    return Access(token=token, private=private, read_only=token is None and not _loopback(host))


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _describe(access: Access) -> str:
    if access.read_only:
        return (
            "read-only: this address is reachable from the network and no token is set; "
            "pass --token (or set CONSILIENCE_TOKEN) to allow writes and analyses"
        )
    if access.token is None:
        return "open: anyone on this machine may write and analyse"
    who = "reading, writing and analysing" if access.private else "writing and analysing"
    return f"token required for {who}"
