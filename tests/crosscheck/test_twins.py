"""Clauses two outlets word alike make a claim, when one of them stood alone."""

from __future__ import annotations

import numpy as np
from builders import article

from consilience.crosscheck.adopt import stating_of
from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.twins import twin_claims
from consilience.model import Claim, Evidence

PROTEST = "Residents protested outside the town hall in Brindle"
CLOSED = "and the council closed the Brindle library for repairs."
OTHERS = ["Rain kept most shoppers at home.", "The market opened late on Friday."]


def _twins(second: str, related: float = 0.6) -> list[Claim]:
    """Twin claims of an invented story: the first outlet's sentence packs the protest and
    the closure, the second outlet's sentence is ``second``; each is a one-outlet claim."""
    articles = [article("a1", f"{PROTEST}, {CLOSED}", OTHERS[0]), article("a2", second, OTHERS[1])]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    first = units[0]
    cut = len(PROTEST)
    clauses = {
        0: [
            Evidence("a1", first.text[:cut], first.start, first.start + cut),
            Evidence("a1", CLOSED, first.end - len(CLOSED), first.end),
        ]
    }
    probability = np.zeros((len(units), len(units)), np.float32)
    probability[0, 2] = probability[2, 0] = related
    claims = [single_claim(u) for u in units]
    outlets = {"a1": "a1", "a2": "a2"}
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
