"""Looking a one-word name up among a story's names by key finds every name that holds it."""

from __future__ import annotations

from itertools import product

from consilience.crosscheck.names import contains, holding_word, part_of

NAMES = [
    ("brindlemoor",),
    ("tomas", "chaykovsky"),
    ("lena", "chaikovsky"),
    ("danish", "harbour", "authority"),
    ("denmark", "harbour", "authority"),
    ("kyiv", "city", "council"),
    ("veradell", "zoo"),
    ("university", "of", "veradell"),
    ("orla", "quist"),
]


def test_every_name_holding_a_spelling_of_a_word_is_found() -> None:
    holding = holding_word(NAMES)
    for word, name in product(["chaikovsky", "danish", "kiev", "veradell", "quist"], NAMES):
        if part_of(name, (word,)) or contains(name, (word,)):
            assert name in holding(word), (word, name)
    assert ("tomas", "chaykovsky") in holding("chaikovsky")
    assert ("orla", "quist") not in holding("chaikovsky")
