"""Framing terms read from the real parse: listed phrases and words, and attributions."""

from __future__ import annotations

from consilience.nlp.framing import framing_mentions
from consilience.nlp.models import Models


def terms(models: Models, text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.term) for m in framing_mentions(models.spacy(text))]


def test_a_listed_phrase_is_found_whatever_its_case_and_its_words_not_again(
    models: Models,
) -> None:
    found = terms(models, "Sources Say the so-called harbour plan will fail.")
    assert ("hedge", "Sources Say") in found
    assert ("loaded", "so-called") in found
    assert not any(text == "so" for _, text in found)


def test_a_sentence_with_no_listed_phrase_gives_only_its_words_and_attributions(
    models: Models,
) -> None:
    found = terms(models, "The mayor said the ferry would sail on Monday.")
    assert found == [("attribution", "The mayor said")]
    assert terms(models, "The ferry sailed on Monday.") == []


def test_according_to_names_its_source(models: Models) -> None:
    found = terms(models, "The ferry sank, according to the harbour office.")
    assert ("attribution", "according to the harbour office") in found


def test_a_participle_hedges_only_before_the_noun_it_describes(models: Models) -> None:
    assert ("hedge", "reported") in terms(models, "The club paid a reported €40 million fee.")
    assert ("hedge", "suspected") in terms(models, "The suspected gunman was held.")
    assert not any(kind == "hedge" for kind, _ in terms(models, "Police reported two arrests."))
