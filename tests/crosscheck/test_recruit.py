"""A claim several outlets state recruits the clause another outlet states its core in."""

from __future__ import annotations

from consilience.crosscheck.recruit import recruit
from consilience.model import Claim, Evidence


def _evidence(article: str, text: str) -> Evidence:
    return Evidence(article, text, 0, len(text), 1.0)


def _claim(*support: Evidence) -> Claim:
    return Claim(
        id="c1",
        text=support[0].text,
        status="corroborated",
        support=support,
        contradicted_by=(),
        independent_support=len({e.article_id for e in support}),
    )


CLAIM = _claim(
    _evidence("a1", "The ferry Orla sank off Kessin on Monday with 41 passengers aboard."),
    _evidence("a2", "The Orla, a ferry carrying 41 passengers, sank off Kessin."),
)
OUTLETS = {name: name for name in ("a1", "a2", "a3", "a4")}


def test_a_clause_stating_the_core_joins_the_claim() -> None:
    pieces = [_evidence("a3", "The Orla sank off Kessin with 41 passengers.")]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert claim.independent_support == 3
    assert claim.support[-1].text == "The Orla sank off Kessin with 41 passengers."


def test_a_clause_with_a_detail_the_core_lacks_is_not_lent() -> None:
    # "Brannock" is one outlet's detail: lent, it would read as corroborated.
    pieces = [_evidence("a3", "The Orla sank off Kessin with 41 passengers, Brannock said.")]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert claim.independent_support == 2


def test_a_neighbouring_fact_is_not_lent() -> None:
    pieces = [_evidence("a4", "Divers searched the harbour of Kessin for the ferry's cargo.")]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert claim.support == CLAIM.support


def test_an_outlet_already_in_the_claim_lends_the_detail_its_sentence_lacked() -> None:
    claim = _claim(
        _evidence("a1", "The ferry Orla sank off Kessin with 41 passengers aboard."),
        _evidence("a2", "The Orla, a ferry carrying 41 passengers, sank off Kessin."),
        _evidence("a3", "The ferry Orla sank off Kessin."),
    )
    later = Evidence("a3", "It had 41 passengers.", 32, 53)  # the sentence after
    (found,) = recruit([claim], [later], OUTLETS)
    assert found.support[-1].text == "It had 41 passengers."
    assert found.independent_support == 3


def test_a_sentence_the_claim_holds_part_of_lends_no_more() -> None:
    # The claim kept "The ferry Orla sank off Kessin" of a3's sentence; the rest, its own
    # detail, must not come back as corroborated through the whole sentence.
    whole = "The ferry Orla sank off Kessin, with 41 passengers aboard."
    claim = _claim(*CLAIM.support, Evidence("a3", whole[:30], 0, 30, 1.0))
    (found,) = recruit([claim], [_evidence("a3", whole)], OUTLETS)
    assert found.support == claim.support


def test_a_detail_another_outlet_gives_elsewhere_does_not_keep_a_clause_out() -> None:
    pieces = [
        _evidence("a3", "The Orla sank off Kessin with 41 passengers, Brannock said."),
        _evidence("a4", "The harbour master, Brannock, ordered divers out."),
    ]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert [e.article_id for e in claim.support] == ["a1", "a2", "a3"]


def test_a_clause_giving_the_claims_count_joins_it_however_worded() -> None:
    text = "Coastguards said 41 passengers were aboard when the Orla went down."
    pieces = [_evidence("a3", text)]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert claim.independent_support == 3


def test_a_count_of_something_else_is_not_the_claims_count() -> None:
    pieces = [_evidence("a3", "Coastguards said 41 boats searched for the Orla all night.")]
    (claim,) = recruit([CLAIM], pieces, OUTLETS)
    assert claim.independent_support == 2
