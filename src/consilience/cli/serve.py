"""`consilience serve`: the web app and REST API over a store, bound to localhost by default."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn

from consilience.api import Store
from consilience.cli.app import app, fail
from consilience.errors import ConsilienceError
from consilience.web import create_app


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help="SQLite file or database URL.")] = None,
    host: Annotated[str, typer.Option(help="Address to bind (localhost only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the story pages and the REST API (/api/, spec at /openapi.json)."""
    try:
        store = Store(db)
    except ConsilienceError as error:
        raise fail(error) from error
    with store:
        uvicorn.run(create_app(store), host=host, port=port)
