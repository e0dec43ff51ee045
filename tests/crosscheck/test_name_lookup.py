"""Looking a one-word name up among a story's names by key finds every name that holds it."""

from __future__ import annotations

from itertools import product

from consilience.crosscheck.names import contains, holding_word, may_be_one, part_of, same_name

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
    ("kiev",),
    ("kyiv",),
    ("tomas", "chaikovsky"),
]


def test_every_name_holding_a_spelling_of_a_word_is_found() -> None:
    holding = holding_word(NAMES)
    for word, name in product(["chaikovsky", "danish", "kiev", "veradell", "quist"], NAMES):
        if part_of(name, (word,)) or contains(name, (word,)):
            assert name in holding(word), (word, name)
    assert ("tomas", "chaykovsky") in holding("chaikovsky")
    assert ("orla", "quist") not in holding("chaikovsky")


def test_every_pair_of_names_that_are_one_is_offered_once() -> None:
    offered = list(may_be_one(NAMES))
    assert len(offered) == len(set(offered))
    for a, b in product(NAMES, NAMES):
        if a < b and same_name(a, b):
            assert (a, b) in offered, (a, b)
    assert (("brindlemoor",), ("orla", "quist")) not in offered
