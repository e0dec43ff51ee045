"""The gold speaker of a quote as the scorer reads it from the annotation: pronoun
sources that cannot be resolved and descriptions are left out (invented articles)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from consilience.nlp.models import Models
from quotes_eval import gold_speaker, is_role


def _attribution(text: str, source: str, start: int) -> dict[str, Any]:
    return {"source": {"text": source, "span": f"{start} {start + len(source)}"}}


def _gold(text: str, first: str, pronoun: str, nlp: Language | None = None) -> str | None:
    earlier = _attribution(text, first, text.index(first))
    later = _attribution(text, pronoun, text.rindex(pronoun))
    return gold_speaker(later, [earlier, later], (nlp or spacy.blank("en"))(text))


def test_she_is_not_the_man_the_article_calls_mr() -> None:
    text = "Mr. Okafor spoke first. Then Ana Ruiz stood up. “We wait,” she said."
    assert _gold(text, "Mr. Okafor", "she") is None


def test_she_keeps_the_woman_before_her() -> None:
    text = "Ms. Ruiz spoke first. “We wait,” she said."
    assert _gold(text, "Ms. Ruiz", "she") == "Ms. Ruiz"


def test_a_person_named_as_a_subject_in_between_is_the_likelier_referent(
    models: Models,
) -> None:
    text = (
        "Tom Okafor said the bridge would open in May. Ben Adler, the county engineer, "
        "disagreed on Tuesday. “It will not open before the autumn,” he said."
    )
    assert _gold(text, "Tom Okafor", "he", models.spacy) is None
    alone = "Tom Okafor said the bridge would open in May. “It will open,” he said."
    assert _gold(alone, "Tom Okafor", "he", models.spacy) == "Tom Okafor"


def test_a_pronoun_with_no_source_before_it_cannot_be_checked() -> None:
    text = "“We wait,” she said."
    later = _attribution(text, "she", text.index("she"))
    assert gold_speaker(later, [later], spacy.blank("en")(text)) is None


def test_an_empty_annotated_source_is_no_one_rather_than_nobody() -> None:
    text = "“We wait,” the note ran."
    empty = {"source": {"text": "", "span": "0 0"}}
    assert gold_speaker(empty, [], spacy.blank("en")(text)) is None


def test_a_possessive_description_cannot_be_checked_like_the_mayor() -> None:
    assert is_role("her husband")
    assert is_role("the mayor")
    assert not is_role("a spokesman")


def test_a_surname_that_is_also_a_word_stays_a_name_when_written_mid_sentence() -> None:
    text = "Columnist Jo Will wrote the piece. Will said we will see. “No,” Will wrote."
    source = _attribution(text, "Will", text.rindex("Will"))
    assert gold_speaker(source, [source], spacy.blank("en")(text)) == "Will"


def test_a_person_set_beside_the_subject_is_a_likelier_referent_too(models: Models) -> None:
    text = (
        "Tom Okafor said the bridge would open in May. One engineer, Ben Adler, "
        "disagreed on Tuesday. “It will not open before the autumn,” he said."
    )
    assert _gold(text, "Tom Okafor", "he", models.spacy) is None


def test_he_cannot_refer_to_a_group_or_a_newspaper_that_spoke(models: Models) -> None:
    aides = "The mayor's aides said the bridge would open. “It will open,” he said."
    assert _gold(aides, "The mayor's aides", "he", models.spacy) is None
    paper = "The Lakeside Tribune reported the plan. “It will open,” he said."
    assert _gold(paper, "The Lakeside Tribune", "he", models.spacy) is None
    person = "Tom Okafor reported the plan. “It will open,” he said."
    assert _gold(person, "Tom Okafor", "he", models.spacy) == "Tom Okafor"
