"""Clauses two outlets word alike make a claim, when one of them stood alone."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from builders import article

from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.stating import stating_of
from consilience.crosscheck.twins import twin_claims
from consilience.model import Claim, Evidence

PROTEST = "Residents protested outside the town hall in Brindle"
CLOSED = "and the council closed the Brindle library for repairs."
OTHERS = ["Rain kept most shoppers at home.", "The market opened late on Friday."]


def _twins(second: str, related: float = 0.6, copied: bool = False) -> list[Claim]:
    """Twin claims of an invented story: the first outlet's sentence packs the protest and
    the closure (``copied``: a near-copy carries it too), the second outlet's sentence is
    ``second``; each is a one-outlet claim."""
    first = [article("a1", f"{PROTEST}, {CLOSED}", OTHERS[0])]
    first += [article("a1c", f"{PROTEST}, {CLOSED}", OTHERS[0])] if copied else []
    articles = [*first, article("a2", second, OTHERS[1])]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    cut = len(PROTEST)
    clauses = {
        u: [
            Evidence(unit.article_id, unit.text[:cut], unit.start, unit.start + cut),
            Evidence(unit.article_id, CLOSED, unit.end - len(CLOSED), unit.end),
        ]
        for u, unit in enumerate(units)
        if unit.text.startswith(PROTEST)
    }
    probability = np.zeros((len(units), len(units)), np.float32)
    probability[0, -2] = probability[-2, 0] = related
    claims = [single_claim(u) for u in units if u.article_id != "a1c"]
    if copied:  # the copy's sentences are its original's claims' supports
        claims = [
            replace(c, support=(*c.support, units[k + 2])) if k < 2 else c
            for k, c in enumerate(claims)
        ]
    outlets = {"a1": "a1", "a1c": "a1", "a2": "a2"}
    pieces = lambda u: clauses.get(u, [units[u]])  # noqa: E731
    return twin_claims(claims, units, pieces, probability, outlets, stating_of(articles))


def test_a_clause_another_outlet_words_alike_makes_a_claim_of_its_own() -> None:
    claims = _twins("The council closed the Brindle library for repairs, officials said.")
    twin = claims[0]
    assert twin.status == "corroborated"
    assert {e.text for e in twin.support} == {
        CLOSED,
        "The council closed the Brindle library for repairs, officials said.",
    }
    # the rest of the first outlet's sentence stays its own detail
    assert PROTEST in {c.text for c in claims if c.status == "single_source"}


def test_clauses_of_unrelated_sentences_are_not_compared() -> None:
    claims = _twins("The council closed the Brindle library for repairs.", related=0.2)
    assert all(c.status == "single_source" for c in claims)


def test_a_clause_giving_another_number_stays_apart() -> None:
    claims = _twins("The council closed the Brindle library for two weeks of repairs.")
    assert all(c.status == "single_source" for c in claims)


def test_a_clause_naming_what_no_other_outlet_names_stays_apart() -> None:
    claims = _twins("Mayor Tolland said the council closed the Brindle library for repairs.")
    assert all(c.status == "single_source" for c in claims)


def test_a_near_copy_s_clause_goes_with_its_original() -> None:
    claims = _twins(
        "The council closed the Brindle library for repairs, officials said.", copied=True
    )
    twin = claims[0]
    assert twin.independent_support == 2
    assert [e.article_id for e in twin.support if e.text == CLOSED] == ["a1", "a1c"]
    (protest,) = [c for c in claims if c.text == PROTEST]
    assert {e.article_id for e in protest.support} == {"a1", "a1c"}


def test_a_word_one_outlet_capitalises_is_no_detail_of_its_own() -> None:
    # "Library" is a name to the detail reader; the first outlet writes the same word.
    claims = _twins("The council closed the Brindle Library for repairs, officials said.")
    assert claims[0].status == "corroborated"
    assert claims[0].independent_support == 2
