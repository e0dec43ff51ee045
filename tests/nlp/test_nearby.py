"""Evidence from the names near a quote, on invented text."""

from __future__ import annotations

from consilience.nlp.candidates import Candidate, sites
from consilience.nlp.models import Models
from consilience.nlp.quotes import prepare


def candidates(models: Models, text: str) -> dict[str, Candidate]:
    art, resolver = prepare(models.spacy(text))
    [site] = sites(art, art.marked, resolver)
    return {c.speaker.name: c for c in site.candidates}


def test_whom_a_cue_addresses_is_marked_and_not_who_speaks(models: Models) -> None:
    found = candidates(models, "“It is over,” Kim Arlo told Jo Okafor on Monday.")
    assert found["Jo Okafor"].features["addressed"] == 1.0
    assert found["Kim Arlo"].features["addressed"] == 0.0


def test_the_name_after_according_to_is_not_addressed(models: Models) -> None:
    found = candidates(models, "The pier is “beyond repair,” according to Kim Arlo.")
    assert found["Kim Arlo"].features["addressed"] == 0.0
