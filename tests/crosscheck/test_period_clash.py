"""One happening dated to periods that share no day (invented sentences)."""

from __future__ import annotations

from builders import article

from consilience.crosscheck.periods import period_contradictions
from consilience.model import AnnotatedArticle


def explanations(*articles: AnnotatedArticle) -> list[str]:
    return [c.explanation for c in period_contradictions(list(articles))]


def test_one_handover_in_two_periods_clashes() -> None:
    a = article("A", "The Kestrel, which relieved patrol boat Osprey early March, sailed on.")
    b = article("B", "The Kestrel, which relieved patrol boat Osprey in February-end, turned back.")
    assert explanations(a, b) == ['Outlet A says "early March"; Outlet B says "February-end".']


def test_a_quoted_account_counts_too() -> None:
    a = article("A", '" The Kestrel relieved the Osprey in late January, " the captain said.')
    b = article("B", "The Kestrel relieved the Osprey on February 9 after a refit.")
    assert explanations(a, b) == ['Outlet A says "late January"; Outlet B says "February 9".']


def test_overlapping_periods_agree() -> None:
    a = article("A", "The Kestrel relieved the Osprey in March.")
    b = article("B", "The Kestrel relieved the Osprey on March 4.")
    assert explanations(a, b) == []


def test_other_doers_or_other_deeds_do_not_clash() -> None:
    a = article("A", "The Kestrel relieved the Osprey in early March.")
    b = article("B", "The Merlin relieved the Osprey in late April.")  # another ship
    c = article("C", "The Kestrel escorted the Osprey in late April.")  # another deed
    assert explanations(a, b, c) == []


def test_a_sentence_naming_both_periods_does_not_clash() -> None:
    a = article("A", "The Kestrel relieved the Osprey in early March and again in late May.")
    b = article("B", "The Kestrel relieved the Osprey in late May.")
    assert explanations(a, b) == []


def test_two_exact_days_are_left_to_the_claims() -> None:
    a = article("A", "The Kestrel relieved the Osprey on March 4.")
    b = article("B", "The Kestrel relieved the Osprey on March 6.")
    assert explanations(a, b) == []


def test_parts_of_years_clash_as_parts_of_months_do() -> None:
    a = article("A", "The Kestrel relieved the Osprey in early 2004.")
    b = article("B", "The Kestrel relieved the Osprey in mid-2004 off the cape.")
    c = article("C", "The Kestrel relieved the Osprey in June 2004.")
    assert explanations(a, b, c) == [
        'Outlet A says "early 2004"; Outlet B says "mid-2004".',
        'Outlet A says "early 2004"; Outlet C says "in June 2004".',
    ]


def test_a_period_opening_the_sentence_dates_the_verb_after_it() -> None:
    a = article("A", "In late January, the Kestrel relieved the Osprey off the cape.")
    b = article("B", "The Kestrel, which relieved patrol boat Osprey early March, sailed on.")
    assert explanations(a, b) == ['Outlet A says "late January"; Outlet B says "early March".']


def test_a_verb_of_a_later_clause_is_not_dated_by_an_opening_period() -> None:
    a = article("A", "In April 2003, the former port clerk Lund told a court he forged the deeds.")
    b = article("B", "The former port clerk Lund forged the deeds in 1998, the court heard.")
    assert explanations(a, b) == []
