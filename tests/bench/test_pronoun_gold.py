"""A pronoun source's gold speaker is left out when the nearest earlier source cannot be
what the pronoun refers to (invented articles)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from consilience.nlp.models import Models
from pronoun_gold import may_refer_to
from quotes_eval import gold_speaker


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


def test_the_articles_own_pronouns_give_a_surname_its_gender() -> None:
    text = "Okafor said he was tired. Okafor said he would go. “No,” she said."
    assert not may_refer_to("she", "Okafor", text)
    assert may_refer_to("he", "Okafor", text)


def test_a_gendered_word_before_the_name_counts_but_not_a_man_title() -> None:
    assert not may_refer_to("he", "his wife, Ana", "")
    assert may_refer_to("she", "party spokesman Ana Ruiz", "")


def test_he_is_not_two_people_joined_by_and() -> None:
    assert not may_refer_to("he", "Okafor and Ruiz, both mayors,", "")
    assert may_refer_to("he", "columnist and radio host Tom Okafor", "")


def test_they_is_not_one_person_of_known_gender() -> None:
    assert not may_refer_to("they", "Mr. Okafor", "")
    assert may_refer_to("they", "the Harbor Council", "")


def test_a_name_the_article_never_marks_agrees_with_any_pronoun() -> None:
    assert may_refer_to("she", "Okafor", "Okafor spoke.")


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
