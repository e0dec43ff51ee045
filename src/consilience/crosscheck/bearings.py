"""Where a sentence puts something relative to a named place: "40 miles west of Veradell".

Two outlets that put one thing on opposite sides of the same place contradict each other.
A bearing set after a named place ("Marlow County, northwest of Veradell", "near Brinton,
Texas, about 25 miles east of Veradell") locates that place: two bearings locating two
different places are no clash, however they point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTION = re.compile(
    r"\b(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+"
    r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
# A named place (a state or country after it), then a comma and at most a distance, ending
# the text before a bearing: "near Brinton, Texas, about 25 miles " locates Brinton. A word
# in capitals ("1100 hrs IST, 150 miles ...") is a time zone or an acronym as often as a
# place, so it locates nothing.
_ANCHOR = re.compile(
    r"(?P<place>[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?:,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?"
    r",\s+(?:[a-z]+\s+){0,2}(?:[\d.,]+\s+(?:[a-z]+\s+){0,2})?$"
)

_ANCHOR_CHARS = 120  # the text before a bearing that may hold its anchor, place to distance


@dataclass(frozen=True)
class Bearing:
    """Where a sentence puts something relative to a named place: "west of Veradell"."""

    direction: frozenset[str]  # compass components: {"north", "east"} for "north-east"
    place: str
    text: str
    located: str | None = None  # the named place the bearing locates, when one precedes it


def bearings(sentence: str) -> list[Bearing]:
    """Every "<direction> of <Place>" a sentence states."""
    return [
        Bearing(
            frozenset(re.findall(r"north|south|east|west", m["dir"])),
            m["place"],
            m[0],
            _located(sentence[max(0, m.start() - _ANCHOR_CHARS) : m.start()]),
        )
        for m in _DIRECTION.finditer(sentence)
    ]


def _located(before: str) -> str | None:
    """The named place a bearing is set after, if the text just before it (``_ANCHOR_CHARS``)
    ends with one."""
    anchor = _ANCHOR.search(before)
    return anchor["place"] if anchor else None


def opposite(a: Bearing, b: Bearing) -> bool:
    """Whether two bearings from one place point opposite ways on some axis, unless they
    locate two different named places."""
    if a.place != b.place or (a.located and b.located and a.located != b.located):
        return False
    return any(_OPPOSITE[d] in b.direction for d in a.direction)
