"""Model dataclasses to JSON-ready values and back, driven by their type hints.

Generic over the frozen dataclasses in `consilience.model`: nested dataclasses,
``tuple[X, ...]``, ``X | None``, literals and plain values. Arrays are not JSON; the
store keeps embeddings as float32 bytes beside the JSON.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")

JSONValue = Any
"""What `json.dumps` accepts: dicts, lists, strings, numbers, booleans and None."""


def to_jsonable(value: object) -> JSONValue:
    """A dataclass (or tuple, or plain value) as dicts, lists and scalars."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_jsonable(item) for item in value]
    return value


def from_jsonable(cls: type[T], data: JSONValue) -> T:
    """Rebuild a dataclass of type ``cls`` from what `to_jsonable` made of it."""
    return typing.cast(T, _convert(cls, data))


def dumps(value: object) -> str:
    """Compact JSON text of a model object."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str) -> T:
    """The model object of type ``cls`` that `dumps` wrote."""
    return from_jsonable(cls, json.loads(text))


@cache
def _hints(cls: type) -> dict[str, Any]:
    """Resolved field types of a dataclass (model.py uses postponed annotations)."""
    return typing.get_type_hints(cls)


def _convert(hint: Any, data: JSONValue) -> Any:
    """Turn ``data`` into a value of the type ``hint`` describes."""
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = _hints(hint)
        fields = [f for f in dataclasses.fields(hint) if f.init and f.name in data]
        return hint(**{f.name: _convert(hints[f.name], data[f.name]) for f in fields})
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], item) for item in data)
        return tuple(_convert(arg, item) for arg, item in zip(args, data, strict=True))
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], data) if len(options) == 1 else data
    if hint is float and isinstance(data, int):
        return float(data)
    return data
