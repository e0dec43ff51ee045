"""What a sentence states, read off the real parser: action, actor, what is acted on."""

from __future__ import annotations

from consilience.model import Gist
from consilience.nlp.annotate import split_sentences
from consilience.nlp.gist import sentence_gist
from consilience.nlp.models import Models


def gist(models: Models, text: str) -> Gist:
    return sentence_gist(models.spacy(text)[:])


def test_an_active_and_a_passive_wording_state_the_same_action_and_roles(models: Models) -> None:
    active = gist(models, "Wardens arrested twelve poachers near Lake Moro.")
    passive = gist(models, "Twelve poachers were arrested by wardens near Lake Moro.")
    assert active.predicates == passive.predicates == ("arrest",)
    assert "warden" in active.subjects and "warden" in passive.subjects
    assert "poacher" in active.objects and "poacher" in passive.objects


def test_a_reported_statement_states_the_reported_action_not_the_report(models: Models) -> None:
    found = gist(models, "Harbour officials said Marta Velasquez did not sign the lease.")
    assert found.predicates == ("sign",)
    assert found.subjects == ("marta velasquez",) and "lease" in found.objects
    assert found.negated


def test_a_verbless_headline_states_its_noun(models: Models) -> None:
    assert gist(models, "Ceasefire talks in Lisbon").predicates == ("talk",)


def test_every_sentence_carries_its_gist(models: Models) -> None:
    sentences = split_sentences(models.spacy("Pumas ate the goats.\nThe farmer wept."))
    assert [s.gist.predicates if s.gist else () for s in sentences] == [("eat",), ("weep",)]
