"""Where a sentence puts something relative to a named place: "40 miles west of Veradell".

Two outlets that put one thing on opposite sides of the same place contradict each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTION = re.compile(
    r"\b(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+"
    r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


@dataclass(frozen=True)
class Bearing:
    """Where a sentence puts something relative to a named place: "west of Veradell"."""

    direction: frozenset[str]  # compass components: {"north", "east"} for "north-east"
    place: str
    text: str


def bearings(sentence: str) -> list[Bearing]:
    """Every "<direction> of <Place>" a sentence states."""
    return [
        Bearing(frozenset(re.findall(r"north|south|east|west", m["dir"])), m["place"], m[0])
        for m in _DIRECTION.finditer(sentence)
    ]


def opposite(a: Bearing, b: Bearing) -> bool:
    """Whether two bearings from one place point opposite ways on some axis."""
    return a.place == b.place and any(_OPPOSITE[d] in b.direction for d in a.direction)
