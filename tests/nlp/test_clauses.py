"""Clauses of long sentences, from the real parse: each separate fact a unit of its own."""

from __future__ import annotations

import pytest

from consilience.nlp.clauses import clause_spans
from consilience.nlp.models import Models


def clauses(models: Models, text: str) -> list[str]:
    doc = models.spacy(text)
    sentence = next(iter(doc.sents))
    spans = clause_spans(sentence, sentence.start_char, sentence.end_char)
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Officials said 40 people had been hurt in the blast and 9 detained for looting shops.",
            [
                "Officials said 40 people had been hurt in the blast",
                "and 9 detained for looting shops.",
            ],
        ),
        (
            "The storm flattened hundreds of homes along the coast, while more than 200 fishermen"
            " are still missing at sea.",
            [
                "The storm flattened hundreds of homes along the coast",
                "while more than 200 fishermen are still missing at sea.",
            ],
        ),
    ],
)
def test_coordinated_and_contrasting_clauses_are_separate(
    models: Models, text: str, pieces: list[str]
) -> None:
    assert clauses(models, text) == pieces


def test_a_bare_attribution_stays_with_the_clause_it_reports(models: Models) -> None:
    pieces = clauses(
        models,
        "Smugglers have landed nearly 300 boats on the island this year and lost nearly 30,"
        " the coast guard said.",
    )
    assert pieces[-1].endswith("the coast guard said.")
    assert not pieces[-1].startswith("the coast guard")


def test_one_clause_sentences_and_quotes_are_not_cut(models: Models) -> None:
    assert clauses(models, "The mayor opened the new bridge over the river on Monday.") == []
    assert clauses(models, '"We will rebuild every house, and we will do it fast," she said.') == []


def test_an_aside_with_a_figure_is_cut_off_only_after_the_verb(models: Models) -> None:
    assert clauses(
        models,
        "The ferry left the harbour at dawn carrying its cargo, 120 tonnes of grain bound for"
        " the northern islands.",
    ) == [
        "The ferry left the harbour at dawn carrying its cargo",
        "120 tonnes of grain bound for the northern islands.",
    ]
    # Between a subject and its verb the aside stays: a piece would part the two.
    between = (
        "The ferry, a 40-year-old vessel built in Norway, left the harbour at dawn with grain."
    )
    assert clauses(models, between) == []


def test_a_report_leaves_the_day_with_what_it_reports(models: Models) -> None:
    assert clauses(
        models,
        "The ferry sank near the harbour in Port Alder, Maine, Thursday, the Coast Herald"
        " newspaper reported, citing the ship's captain Tom Reyes.",
    ) == [
        "The ferry sank near the harbour in Port Alder, Maine, Thursday",
        "the Coast Herald newspaper reported, citing the ship's captain Tom Reyes.",
    ]


def test_an_aside_is_not_cut_between_a_subject_and_its_verb(models: Models) -> None:
    pieces = clauses(
        models,
        "Some neighbours said Brandt, a Bergen City Council veteran, was angry at being passed"
        " over when the mayor appointed an outsider to run the agency.",
    )
    assert not any(piece.endswith("veteran") for piece in pieces)


def test_an_aside_before_a_full_stop_and_a_line_break_is_cut_off(models: Models) -> None:
    text = (
        "Officials met the rebels in the town of Kessa on Monday, a market town 55 miles north"
        " of the capital.\nTalks resumed."
    )
    assert clauses(models, text) == [
        "Officials met the rebels in the town of Kessa on Monday",
        "a market town 55 miles north of the capital.",
    ]


def test_a_closing_relative_clause_that_names_or_counts_is_a_fact_of_its_own(
    models: Models,
) -> None:
    assert clauses(
        models,
        "The strike has also weakened the ruling coalition that holds a two-seat majority in"
        " the Velm Assembly.",
    ) == [
        "The strike has also weakened the ruling coalition",
        "that holds a two-seat majority in the Velm Assembly.",
    ]
    # naming or counting nothing, or describing the subject, it stays with its noun
    assert clauses(models, "The strike has also weakened the coalition that runs the city.") == []
    assert (
        clauses(models, "The coalition that holds a two-seat majority lost the vote on Monday.")
        == []
    )


def test_a_closing_relative_clause_after_a_preposition_stays_with_its_noun(
    models: Models,
) -> None:
    assert (
        clauses(
            models,
            "A man was charged with arson on Monday after a fire that gutted the Velm Street mill.",
        )
        == []
    )
