"""Facts a sentence states in passing inside a noun phrase, from the real parse."""

from __future__ import annotations

from consilience.nlp.models import Models
from consilience.nlp.passing import passing_spans
from parsed import first_sentence_spans


def passing(models: Models, text: str) -> list[str]:
    return first_sentence_spans(models, text, passing_spans)


def test_a_participle_after_its_noun_states_a_fact(models: Models) -> None:
    found = passing(models, "A guard charged with the theft has been suspended by the museum.")
    assert "A guard charged with the theft" in found


def test_a_relative_clause_states_a_fact(models: Models) -> None:
    found = passing(models, "Workers rallied outside the mill, which closed in May, on Friday.")
    assert "the mill, which closed in May" in found


def test_an_apposition_only_names_what_a_thing_is(models: Models) -> None:
    assert passing(models, "The mill, a listed building, was sold to a developer.") == []


def test_an_infinitive_states_no_fact(models: Models) -> None:
    assert passing(models, "The council dropped its plans to build a ring road.") == []


def test_a_quote_keeps_its_words(models: Models) -> None:
    found = passing(models, 'She said "the guard charged with the theft is innocent" today.')
    assert not any("charged" in s for s in found)
