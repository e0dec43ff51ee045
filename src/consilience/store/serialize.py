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
from collections.abc import Callable
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
    return _converter(hint)(data)


Converter = Callable[[JSONValue], Any]


@cache
def _converter(hint: Any) -> Converter:
    """What `_convert` does for ``hint``, worked out once per type: a store reads back
    thousands of sentences and mentions of a handful of types."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _nullable(_fields_of(hint))
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return _nullable(lambda data: tuple(item(value) for value in data))
        items = [_converter(arg) for arg in args]
        return _nullable(lambda data: tuple(c(value) for c, value in zip(items, data, strict=True)))
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _converter(options[0]) if len(options) == 1 else _same
    if hint is float:
        return lambda data: float(data) if isinstance(data, int) else data
    return _same


def _fields_of(cls: type) -> Converter:
    """A dataclass from the fields ``data`` gives, each converted by its type hint (the
    hints' converters looked up at the first call, so a type may refer to itself)."""
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    fields: list[tuple[str, Converter]] = []

    def build(data: JSONValue) -> Any:
        if len(fields) < len(names):
            fields[:] = [(name, _converter(hints[name])) for name in names]
        return cls(**{name: convert(data[name]) for name, convert in fields if name in data})

    return build


def _nullable(convert: Converter) -> Converter:
    return lambda data: None if data is None else convert(data)


def _same(data: JSONValue) -> JSONValue:
    return data
