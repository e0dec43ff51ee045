"""The shipped schema keeps the shared contract, and every report we build matches both."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from report_fixtures import STRIKE, make_report

from consilience.errors import ReportError
from consilience.model import Report
from consilience.report import load_schema, report_to_dict, validate_report


@pytest.fixture(scope="module")
def shared_schema(shared_dir: Path) -> dict[str, Any]:
    return json.loads((shared_dir / "contract" / "report.schema.json").read_text("utf-8"))


def _nodes(schema: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in a schema with its location, to compare two schemas node by node."""
    if isinstance(schema, dict):
        yield path, schema
        for key, value in schema.items():
            yield from _nodes(value, f"{path}.{key}")


def _at(schema: Any, path: str) -> Any:
    for key in path.split(".")[1:]:
        schema = schema[key]
    return schema


def test_shipped_schema_keeps_every_shared_rule(shared_schema: dict[str, Any]) -> None:
    shipped = load_schema()
    for path, node in _nodes(shared_schema):
        mine = _at(shipped, path)
        for key in ("required", "enum", "const", "type", "$ref", "items"):
            if key in node and key != "items":
                assert mine[key] == node[key], f"{path}.{key} changed"
        assert set(node.get("properties", {})) <= set(mine.get("properties", {})), path
    assert set(shared_schema["$defs"]) <= set(shipped["$defs"])


def test_added_fields_are_optional(shared_schema: dict[str, Any]) -> None:
    shipped = load_schema()
    for name, definition in shared_schema["$defs"].items():
        assert shipped["$defs"][name].get("required", []) == definition.get("required", [])


def _samples() -> list[Report]:
    bare = replace(STRIKE, id="s2", framing=(), quotes=(), contradictions=(), brief=())
    return [make_report(), make_report(STRIKE), make_report(STRIKE, bare)]


@pytest.mark.parametrize("report", _samples())
def test_sample_reports_match_shared_and_shipped_schema(
    report: Report, shared_schema: dict[str, Any]
) -> None:
    data = report_to_dict(report)
    validate_report(data)
    Draft202012Validator(shared_schema).validate(data)


def test_problem_is_named_by_its_json_path(report: Report) -> None:
    data = report_to_dict(report)
    data["stories"][0]["claims"][1]["status"] = "probably"
    with pytest.raises(ReportError, match=r"\$\.stories\[0\]\.claims\[1\]\.status"):
        validate_report(data)


def test_missing_required_field_is_reported(report: Report) -> None:
    data = report_to_dict(report)
    del data["articles"][0]["copy_of"]
    with pytest.raises(ReportError, match=r"copy_of"):
        validate_report(data)
