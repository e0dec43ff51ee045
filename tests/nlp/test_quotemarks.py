"""Quotation-mark pairing: every style, and broken marks never raise."""

from __future__ import annotations

import pytest

from consilience.nlp.quotemarks import quoted_spans


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("He said “we will win” today.", ["we will win"]),
        ("He said ‘we will win’ today.", ["we will win"]),
        ("Il a dit «nous gagnerons» hier.", ["nous gagnerons"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
    ],
)
def test_every_quotation_mark_style(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_two_apostrophes_pair_as_double_marks() -> None:
    text = "''The bridge opens in May,'' said Jo Lee. Critics call it ''a folly.''"
    assert texts(text) == ["The bridge opens in May", "a folly."]


def test_two_apostrophes_hold_a_nested_single_quote() -> None:
    text = "''She told me, 'Sell the boat,''' Ana Ruiz said."
    assert texts(text) == ["She told me, 'Sell the boat,'"]


def test_two_apostrophes_that_do_not_pair_are_no_quote() -> None:
    assert texts("The shelf is 6'2'' high, and the Smiths'' dog barks.") == []


def test_two_apostrophes_run_over_paragraphs() -> None:
    text = "''The plan is dead.\n\n''We start again,'' the mayor said."
    assert texts(text) == ["The plan is dead.", "We start again"]


def test_apostrophes_are_not_quotes() -> None:
    assert texts("Witkoff’s view, it’s the Clintons' plan.") == []


def test_unbalanced_marks_keep_the_good_quotes() -> None:
    text = 'An odd "mark here. Then “a good one,” he said.\nAnd "another".'
    assert texts(text) == ["a good one", "another"]


def test_nested_single_quotes_stay_inside_the_outer_quote() -> None:
    assert texts("“He told me ‘no way’ twice,” she said.") == ["He told me ‘no way’ twice"]


def test_quote_running_over_paragraphs() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said."
    assert texts(text) == ["First paragraph of the quote.", "Second paragraph"]


def test_a_quote_set_one_sentence_a_line_runs_on_to_its_closing_mark() -> None:
    text = (
        'The mayor spoke.\n" The bridge stays shut.\nWe need two more weeks, " she said.\n'
        "Rain fell."
    )
    [quote] = quoted_spans(text)
    assert text[quote.start : quote.end] == "The bridge stays shut.\nWe need two more weeks"


def test_an_unclosed_mark_does_not_run_on_past_a_mark_that_opens() -> None:
    text = 'He said "we will see\nThen the talks ended.\n"Nothing is agreed," she said.'
    assert [text[q.start : q.end] for q in quoted_spans(text)] == ["Nothing is agreed"]


def test_thousands_of_unclosed_marks_over_lines_stay_bounded() -> None:
    text = '" the vote was close\n' * 5_000 + "— we won, she said\n" * 5_000
    found = quoted_spans(text)
    assert len(found) == 4_999  # each goes on in the next paragraph; the last closes nowhere
    assert all("\n" not in text[q.start : q.end] for q in found)


def test_a_quote_runs_on_over_paragraphs_with_blank_lines_between() -> None:
    text = (
        'The coach spoke.\n\n" The pitch is flooded.\n\nWe train indoors.\n\n'
        'The match is off, " said the club captain.\n\nRain fell.'
    )
    [quote] = quoted_spans(text)
    assert text[quote.start : quote.end].startswith("The pitch is flooded.")
    assert text[quote.start : quote.end].endswith("The match is off")


def test_a_closing_mark_glued_to_the_next_word_closes() -> None:
    text = '"Nobody wins a price war, "the grocer told reporters as he called it"a slow ruin".'
    assert texts(text) == ["Nobody wins a price war", "a slow ruin"]


def test_a_quote_of_sentences_goes_on_where_a_later_line_opens_a_mark_again() -> None:
    text = (
        'The captain added: "We will sail at dawn.\n\nThe crew is ready.\n\n'
        '"Nobody stays behind. "\n\nThe ship left.'
    )
    assert texts(text) == [
        "We will sail at dawn.\n\nThe crew is ready.",
        "Nobody stays behind.",
    ]


def test_a_question_closes_with_a_spaced_mark_after_running_over_lines() -> None:
    text = 'The miner looked up.\n\n" Who pays for this?\n\nWho pays the families? " he said.'
    assert texts(text) == ["Who pays for this?\n\nWho pays the families?"]


def test_a_quote_introduced_by_a_name_and_a_colon_runs_over_lines() -> None:
    text = 'Novak: " No, sir. It stayed in the safe.\n\nNobody else had the key. "\n\nThey left.'
    assert texts(text) == ["No, sir. It stayed in the safe.\n\nNobody else had the key."]
