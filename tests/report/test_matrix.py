"""Claims × outlets, provenance and the independence line, from a hand-built story."""

from __future__ import annotations

from dataclasses import replace

from report_fixtures import (
    BAYSIDE,
    COPY,
    DAYS_A,
    DAYS_B,
    HARBOR,
    STRIKE,
    WAGE_A,
    WAGE_B,
    make_report,
)

from consilience.model import Carried, Contradiction, Evidence, Provenance
from consilience.report.matrix import (
    carried_phrase,
    claim_matrix,
    independence_note,
    provenance_lines,
)
from consilience.report.view import story_views


def test_each_outlet_states_contradicts_with_its_value_or_is_silent() -> None:
    matrix = claim_matrix(story_views(make_report(STRIKE))[0])
    assert matrix.outlets == ("Harbor Ledger", "Bayside Observer", "Coast Wire")
    walkout, days, ship = matrix.rows
    assert [c.state for c in walkout.cells] == ["states", "states", "silent"]
    assert [c.state for c in days.cells] == ["states", "contradicts", "silent"]
    assert days.cells[1].text == DAYS_B.text
    assert [c.state for c in ship.cells] == ["silent", "states", "silent"]


def test_the_value_an_outlet_gives_comes_from_the_contradiction() -> None:
    clash = Contradiction(
        "x1",
        "duration",
        DAYS_A,
        DAYS_B,
        'Harbor Ledger says "three days"; Bayside says "five days".',
    )
    story = replace(STRIKE, contradictions=(clash,))
    days = claim_matrix(story_views(make_report(story))[0]).rows[1]
    assert days.cells[1].text == "five days"


def test_only_number_and_date_disputes_are_flagged() -> None:
    rows = claim_matrix(story_views(make_report(STRIKE))[0]).rows
    assert [row.disputed for row in rows] == [False, True, False]
    quote_clash = replace(STRIKE.contradictions[0], kind="quote")
    story = replace(STRIKE, contradictions=(quote_clash,))
    assert not any(row.disputed for row in claim_matrix(story_views(make_report(story))[0]).rows)


def test_independence_note_names_near_copies_and_wires() -> None:
    view = story_views(make_report(STRIKE))[0]
    assert independence_note(view) == "3 outlets, 2 independent sources: 1 near-copy"
    wired = (replace(HARBOR, origin="AP"), BAYSIDE, replace(COPY, origin="AP"))
    view = story_views(make_report(STRIKE, articles=wired))[0]
    assert independence_note(view) == "3 outlets, 2 independent sources: AP carried by 2"


def test_provenance_says_who_was_first_and_who_carried_whom() -> None:
    claim = replace(
        STRIKE.claims[0],
        provenance=Provenance("a1", "2026-03-02", (Carried("a3", "a1", "same_origin"),)),
    )
    wired = (replace(HARBOR, origin="AP"), BAYSIDE, replace(COPY, origin="AP"))
    view = story_views(make_report(replace(STRIKE, claims=(claim,)), articles=wired))[0]
    assert provenance_lines(view, claim) == (
        "First published by Harbor Ledger [1] (2026-03-02).",
        "Coast Wire [3] carries the text of Harbor Ledger [1] (both credit AP).",
    )
    assert provenance_lines(view, STRIKE.claims[1]) == ()


def test_copies_say_whether_they_copy_text_or_carry_one_wire() -> None:
    view = story_views(make_report(STRIKE))[0]
    ((copy, original),) = view.copies()
    assert carried_phrase(copy, original) == "is a near-copy of"
    wired = (replace(HARBOR, origin="AP"), BAYSIDE, replace(COPY, origin="AP"))
    ((copy, original),) = story_views(make_report(STRIKE, articles=wired))[0].copies()
    assert carried_phrase(copy, original) == "carries the same AP copy as"


def test_clashing_with_the_wording_outranks_stating_and_details_rank_below() -> None:
    wire = Evidence("a3", "Some 3,000 dockers walked out.", 0, 30)
    detail = Contradiction("x2", "number", WAGE_B, wire, 'B says "2,000"; C says "3,000".')
    story = replace(STRIKE, contradictions=(detail,))
    walkout = claim_matrix(story_views(make_report(story))[0]).rows[0]
    assert [(c.state, c.text) for c in walkout.cells[1:]] == [
        ("states", WAGE_B.text),
        ("contradicts", "3,000"),
    ]
    wording = Contradiction("x3", "number", WAGE_A, WAGE_B, 'A says "about"; B says "some".')
    story = replace(STRIKE, contradictions=(wording,))
    walkout = claim_matrix(story_views(make_report(story))[0]).rows[0]
    assert (walkout.cells[1].state, walkout.cells[1].text) == ("contradicts", "some")


def test_a_claim_one_article_makes_has_no_first_publisher_line() -> None:
    claim = replace(STRIKE.claims[2], provenance=Provenance("a2", "2026-03-02"))
    view = story_views(make_report(replace(STRIKE, claims=(claim,))))[0]
    assert provenance_lines(view, claim) == ()
