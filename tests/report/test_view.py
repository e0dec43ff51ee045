"""Word-level quote comparison: what the reader sees marked as different."""

from __future__ import annotations

from consilience.report.view import word_diff


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
