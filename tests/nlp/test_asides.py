"""Asides of a sentence, from the real parse and its punctuation: where a supporting
sentence may be cut to the part other outlets state."""

from __future__ import annotations

from consilience.nlp.asides import aside_spans
from consilience.nlp.models import Models
from parsed import first_sentence_spans


def asides(models: Models, text: str) -> list[str]:
    return first_sentence_spans(models, text, aside_spans)


def test_brackets_and_a_pair_of_dashes_mark_asides(models: Models) -> None:
    found = asides(
        models, "The council approved a 40 million euro (47 million dollar) budget for the port."
    )
    assert "(47 million dollar)" in found
    found = asides(
        models,
        "Several papers -- among them two regional dailies -- printed the statement in full.",
    )
    assert "-- among them two regional dailies --" in found


def test_a_place_or_cause_the_verb_takes_after_it_is_an_aside(models: Models) -> None:
    found = asides(
        models, "The retired judge died on Sunday from pneumonia at a clinic near his farm."
    )
    assert "from pneumonia" in found
    assert any(a.startswith("at a clinic") for a in found)


def test_a_description_between_commas_is_an_aside(models: Models) -> None:
    found = asides(
        models, "The trawler, a 30-metre boat called Aurora, had nets stocked in its hold."
    )
    assert ", a 30-metre boat called Aurora," in found


def test_a_quote_keeps_its_words(models: Models) -> None:
    found = asides(models, 'She said "we will rebuild the pier at the harbour" on Friday.')
    assert not any("harbour" in a and "rebuild" not in a for a in found)


def test_a_description_that_holds_the_only_verb_is_no_aside(models: Models) -> None:
    found = asides(models, "The envoy, who met the president, resigned on Friday.")
    assert ", who met the president," in found
    assert asides(models, "Moreau, aged 68.") == []


def test_an_adjective_phrase_after_its_noun_between_commas_is_an_aside(models: Models) -> None:
    found = asides(
        models,
        "Rescuers found two hikers and a guide, all between 50 and 60 years old, near the summit.",
    )
    assert ", all between 50 and 60 years old," in found
    found = asides(models, "The minister, visibly tired, said the talks had failed.")
    assert ", visibly tired," in found
