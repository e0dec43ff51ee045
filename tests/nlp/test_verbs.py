"""The verbs by which a sentence states something of its own, from the real parse: a part
cut off a sentence that holds none is no claim."""

from __future__ import annotations

from consilience.nlp.asides import quoted_tokens
from consilience.nlp.models import Models
from consilience.nlp.verbs import stating_verbs


def verbs(models: Models, text: str) -> list[str]:
    sentence = next(iter(models.spacy(text).sents))
    return [
        text[a:b]
        for a, b in stating_verbs(
            sentence, sentence.start_char, sentence.end_char, quoted_tokens(sentence)
        )
    ]


def test_finite_verbs_and_a_participle_standing_for_one_state(models: Models) -> None:
    assert verbs(models, "The ferry sank near the pier and rescuers pulled nine people out.") == [
        "sank",
        "pulled",
    ]
    found = verbs(models, "Police said 14 people had been hurt and 6 arrested for looting.")
    assert found == ["said", "had", "arrested"]  # "said" reports a clause of the writer's


def test_a_phrase_hung_on_a_fact_has_no_verb_of_its_own(models: Models) -> None:
    found = verbs(models, "A patrol boat stopped a trawler being towed by tugs off the cape.")
    assert found == ["stopped"]


def test_a_bare_reporting_verb_and_quoted_speech_state_nothing(models: Models) -> None:
    assert verbs(models, '"The shortage is getting worse," the mayor said.') == []
    assert verbs(models, "The coastguard told reporters on Tuesday.") == []
    assert verbs(models, "The harbour fire spread overnight, according to the port office.") == [
        "spread"
    ]


def test_a_reporting_verb_that_says_what_states_it(models: Models) -> None:
    assert verbs(models, "The mayor called for shops to close early.") == ["called"]
    assert verbs(models, "The minister denied the report.") == ["denied"]
