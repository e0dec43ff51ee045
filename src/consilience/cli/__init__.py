"""The `consilience` command: one Typer app, one module per command.

Commands parse arguments, call the library, print with Rich. A ConsilienceError
becomes one line on stderr and exit code 1, never a traceback.
"""

from __future__ import annotations

from consilience.cli import (  # noqa: F401  (importing a module registers its command)
    analyze,
    doctor,
    ingest,
    serve,
    stories,
    watch,
)
from consilience.cli.app import app, main

__all__ = ["app", "main"]
