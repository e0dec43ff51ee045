"""Exceptions consilience raises, each with a numbered, searchable message.

ConsilienceError            base of every error a user can cause or fix
 +-- InputError             a file or article cannot be read (names the file and the problem)
 +-- StoreError             the database cannot be opened or written
 +-- ModelError             a language model package is missing or broken
 +-- ReportError            a report cannot be rendered or does not match the contract
 +-- BudgetError            an analysis ran past its time budget and was stopped

The CLI turns a ConsilienceError into one line on stderr and exit code 1; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations


class ConsilienceError(Exception):
    """Base of every error that is the user's to fix, shown without a traceback."""

    code = "C000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(ConsilienceError):
    """A file or article cannot be read; ``path`` names where (``file:line`` for JSONL)."""

    code = "C100"

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class StoreError(ConsilienceError):
    """The database cannot be opened, migrated or written."""

    code = "C200"


class ModelError(ConsilienceError):
    """A language model package is missing, the wrong version, or fails to load."""

    code = "C300"


class ReportError(ConsilienceError):
    """A report cannot be rendered, or does not match the JSON contract."""

    code = "C400"


class BudgetError(ConsilienceError):
    """An analysis ran past its time budget and was stopped where nothing is half-written."""

    code = "C500"
