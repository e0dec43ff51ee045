"""The JSON contract shipped with the package, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from consilience.errors import ReportError


def load_schema() -> dict[str, Any]:
    """The shipped copy of ``report.schema.json`` (a superset of the shared contract)."""
    text = files("consilience").joinpath("schema", "report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Draft202012Validator:
    """One compiled validator per process: the schema is read-only package data."""
    return Draft202012Validator(load_schema())


def validate_report(d: dict[str, Any]) -> None:
    """Raise ``ReportError`` naming the JSON path of the most relevant problem in ``d``."""
    error = best_match(_validator().iter_errors(d))
    if error is not None:
        raise ReportError(
            f"report does not match the contract at {error.json_path}: {error.message}"
        )
