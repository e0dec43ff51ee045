"""Word lists kept as data files (`consilience/data/<name>.txt`), each loaded once.

A list file holds one entry a line; `#` starts a comment, which says where the list
comes from. Entries are lower-cased so callers compare lower-cased words.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def word_sequence(name: str) -> tuple[str, ...]:
    """The entries of ``consilience/data/<name>.txt`` in file order, read once per process."""
    text = resources.files("consilience").joinpath("data", f"{name}.txt").read_text("utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return tuple(entry for entry in entries if entry)


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``consilience/data/<name>.txt`` as a set, for membership tests."""
    return frozenset(word_sequence(name))


@cache
def word_values(name: str) -> dict[str, int]:
    """A list whose lines are ``word value``: each word with its whole-number value."""
    pairs = (entry.rsplit(None, 1) for entry in word_sequence(name))
    return {word: int(value) for word, value in pairs}


@cache
def phrase_alternation(name: str) -> str:
    """The entries of a list as one regular-expression alternation ("a total of|so far"),
    each escaped, for a list of phrases searched for inside sentences."""
    return "|".join(re.escape(entry) for entry in word_sequence(name))
