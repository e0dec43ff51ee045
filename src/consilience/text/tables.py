"""Name tables kept as data files: each line a shown name and the other ways to write it.

A table file (`consilience/data/<name>.txt`) holds ``Shown | alias | alias`` a line;
`#` starts a comment, which says where the table comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType


@cache
def name_table(name: str) -> Mapping[str, str]:
    """Every lower-cased spelling in ``consilience/data/<name>.txt`` -> its shown name."""
    text = resources.files("consilience").joinpath("data", f"{name}.txt").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        spellings = [part.strip() for part in line.split("#", 1)[0].split("|")]
        if spellings and spellings[0]:
            table.update({spelling.lower(): spellings[0] for spelling in spellings if spelling})
    return MappingProxyType(table)
