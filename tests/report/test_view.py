"""Word-level quote comparison: what the reader sees marked as different."""

from __future__ import annotations

from dataclasses import replace

from report_fixtures import DAYS_A, DAYS_B, STRIKE, WAGE_A, WAGE_B, make_report

from consilience.model import Contradiction, Evidence
from consilience.report.view import story_views, word_diff


def test_identical_quote_has_no_marks() -> None:
    assert word_diff("We will not back down", "We will not back down") == (
        ("same", "We will not back down"),
    )


def test_changed_and_dropped_words_are_marked() -> None:
    assert word_diff("We will not accept a pay freeze", "We will accept a pay cut") == (
        ("same", "We will"),
        ("missing", "not"),
        ("same", "accept a pay"),
        ("missing", "freeze"),
        ("changed", "cut"),
    )


def test_case_and_punctuation_are_not_differences() -> None:
    assert word_diff("we will not back down.", "We will not back down") == (
        ("same", "We will not back down"),
    )


def test_quoting_only_part_of_a_statement_marks_nothing() -> None:
    canonical = "I think we might be on the verge of something. There is much more to it."
    assert word_diff(canonical, "might be on the verge of something.") == (
        ("same", "might be on the verge of something."),
    )


def test_a_contradiction_is_shown_beside_the_sentence_it_hits() -> None:
    """Under a corroborated claim, a clash with one supporting sentence stays with that one."""
    other = Evidence("a2", "The walkout began on Tuesday, union leaders said.", 200, 249)
    clash = Contradiction("x2", "date", WAGE_A, other, "'Monday' vs 'Tuesday'")
    story = replace(STRIKE, contradictions=(*STRIKE.contradictions, clash))
    view = story_views(make_report(story))[0]
    assert view.clashes(WAGE_A) == (other,)
    assert view.clashes(WAGE_B) == ()
    assert view.clashes(DAYS_A) == (DAYS_B,)
    assert view.unplaced_clashes(STRIKE.claims[1]) == ()
