"""A sentence supporting a shared claim keeps only the clauses other outlets echo."""

from __future__ import annotations

from consilience.crosscheck.narrow import left_over, narrow, told_of, unclaimed
from consilience.model import Evidence

PACKED = "Officials said 40 people were hurt in the blast and 9 detained for looting shops."
PLAIN = "Officials said 40 people were hurt in the blast on Friday."
CUT = PACKED.index(" and 9")
TEXTS = {"a1": PACKED, "a2": PLAIN}
OUTLETS = {"a1": "a1", "a2": "a2"}
CLAUSES = {("a1", 0): ((0, CUT), (CUT + 1, len(PACKED)))}
SUPPORT = (Evidence("a1", PACKED, 0, len(PACKED), 1.0), Evidence("a2", PLAIN, 0, len(PLAIN), 0.9))


def test_the_clause_only_one_outlet_gives_leaves_the_shared_claim() -> None:
    support = narrow(SUPPORT, CLAUSES, TEXTS, OUTLETS)
    assert [e.text for e in support] == ["Officials said 40 people were hurt in the blast", PLAIN]
    rest = left_over(zip(SUPPORT, support, strict=True), CLAUSES, TEXTS)
    assert [e.text for e in rest] == ["and 9 detained for looting shops."]


def test_a_clause_other_outlets_echo_stays() -> None:
    echo = "Officials said 40 people were hurt in the blast, and 9 were detained for looting shops."
    texts = {**TEXTS, "a2": echo}
    support = (SUPPORT[0], Evidence("a2", echo, 0, len(echo), 0.9))
    assert narrow(support, CLAUSES, texts, OUTLETS)[0].text == PACKED
    assert (
        left_over(
            zip(support, narrow(support, CLAUSES, texts, OUTLETS), strict=True), CLAUSES, texts
        )
        == []
    )


def _kept(own: str, other: str, cut: int) -> str:
    """What of ``own``, cut in two clauses at ``cut``, stays in a claim ``other`` supports."""
    texts = {"a1": own, "a2": other}
    support = (Evidence("a1", own, 0, len(own), 1.0), Evidence("a2", other, 0, len(other), 0.9))
    clauses = {("a1", 0): ((0, cut), (cut + 1, len(own)))}
    return narrow(support, clauses, texts, OUTLETS)[0].text


def test_a_clause_whose_figure_others_give_stays_however_it_is_worded() -> None:
    own = "Rescuers reached the flooded village at dawn and evacuated 120 residents by boat."
    other = "Rescuers reached the flooded village at dawn and took 120 people to safety."
    assert _kept(own, other, own.index(" and evacuated")) == own


def test_a_clause_sharing_only_a_number_that_counts_another_thing_leaves_the_claim() -> None:
    own = "Officials said 18 people were hurt in the blast and 12 arrested for looting shops."
    cut = own.index(" and 12")
    assert _kept(own, "Officials said 12 people were hurt in the blast.", cut) == own[:cut]
    kinds = "Officials said 18 people were hurt in the blast and 12 officers were hurt too."
    assert _kept(kinds, "Officials said 12 women were hurt in the blast.", cut) == kinds[:cut]


def test_a_clause_another_outlet_states_in_a_sentence_of_its_own_stays() -> None:
    elsewhere = Evidence("a2", "Police detained 9 people for looting shops near the market.", 0, 60)
    support = narrow(SUPPORT, CLAUSES, TEXTS, OUTLETS, told_of([*SUPPORT, elsewhere], OUTLETS))
    assert support[0].text == PACKED
    own = Evidence("a1", "Nine looters were detained for looting shops.", 0, 46)
    assert (
        narrow(SUPPORT, CLAUSES, TEXTS, OUTLETS, told_of([*SUPPORT, own], OUTLETS))[0].text
        != PACKED
    )
    other_count = Evidence("a2", "Police detained 12 people for looting shops.", 0, 44)
    assert (
        narrow(SUPPORT, CLAUSES, TEXTS, OUTLETS, told_of([*SUPPORT, other_count], OUTLETS))[0].text
        != PACKED
    )


def test_a_part_left_over_that_a_claim_holds_is_no_claim_of_its_own() -> None:
    sentence = Evidence("a1", PACKED, 0, len(PACKED))
    rest = [Evidence("a1", PACKED[CUT + 1 :], CUT + 1, len(PACKED))]
    assert unclaimed(rest, [sentence]) == []
    assert unclaimed(rest, [Evidence("a2", PLAIN, 0, len(PLAIN))]) == rest


def test_the_clause_kept_is_the_one_stating_the_claim_not_a_tail_sharing_a_name() -> None:
    own = (
        "Officials said three firefighters, aged 20 to 30, working at the Brenholt depot were"
        " hurt after youths smashed a gate and hurled Vesta flares."
    )
    other = (
        "Officials said three firefighters were hurt at a depot in Brenholt after youths threw"
        " Vesta flares inside."
    )
    cut = own.index(" and hurled")
    texts = {"a1": own, "a2": other}
    support = (Evidence("a1", own, 0, len(own), 1.0), Evidence("a2", other, 0, len(other), 0.9))
    clauses = {("a1", 0): ((0, cut), (cut + 1, len(own)))}
    assert narrow(support, clauses, texts, OUTLETS)[0].text.startswith("Officials said three")
