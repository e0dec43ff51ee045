"""The time budget of one analysis the web app runs: past it, the analysis stops.

The pipeline reports progress after each batch it reads or annotates; the budget's hook
raises there, so the analysis stops between batches and the worker is free again. What
was stored by then (articles, annotations) is whole and kept. Cross-checking, once
started, finishes: it rewrites stories one by one, and stopping half-way would leave
stories without the articles just assigned to them.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from consilience.api import ProgressHook
from consilience.errors import BudgetError

FINISHING_STAGE = "crosscheck"


@dataclass(frozen=True)
class Budget:
    """Seconds one analysis may run before it is stopped."""

    seconds: float

    def hook(self) -> ProgressHook:
        """A progress hook for one analysis, counting from now."""
        ends = time.monotonic() + self.seconds

        def check(stage: str, done: int, total: int) -> None:
            if stage != FINISHING_STAGE and time.monotonic() > ends:
                raise BudgetError(
                    f"analysis stopped: over its {self.seconds:g} s time budget "
                    f"({stage}: {done} of {total} done); send fewer articles at a time"
                )

        return check
