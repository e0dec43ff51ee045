"""Candidate speakers of a quote and the evidence each reading of the layout gives them."""

from __future__ import annotations

from consilience.nlp.candidates import Candidate, sites
from consilience.nlp.models import Models
from consilience.nlp.quotes import prepare


def candidates(models: Models, text: str) -> list[dict[str, Candidate]]:
    art, resolver = prepare(models.spacy(text))
    return [{c.speaker.name: c for c in s.candidates} for s in sites(art, art.marked, resolver)]


def test_the_subject_of_the_cue_and_the_other_names_nearby(models: Models) -> None:
    [quote] = candidates(models, "Ann Roe met Jo Lee on Monday.\n“We agreed on nothing,” Lee said.")
    assert quote["Jo Lee"].features["nearest_cue"] == 1.0
    assert quote["Jo Lee"].cue == "said"
    assert "nearest_cue" not in quote["Ann Roe"].features
    assert quote["Ann Roe"].features["near"] == 1.0


def test_a_pronoun_cue_is_evidence_for_its_antecedent(models: Models) -> None:
    [quote] = candidates(models, "Jo Lee spoke to reporters.\n“It is too early,” she said.")
    assert quote["Jo Lee"].features["via_pronoun"] == 1.0


def test_a_quote_going_on_inherits_the_readings_of_the_one_before(models: Models) -> None:
    text = "“The talks went well,” Jo Lee said. “We meet again next week.”"
    first, second = candidates(models, text)
    assert second["Jo Lee"].features["continues"] == 1.0
    assert second["Jo Lee"].features["continued"] == 1.0
    assert "continues" not in first["Jo Lee"].features


def test_a_cue_naming_nobody_is_evidence_against_everyone(models: Models) -> None:
    text = "Jo Lee visited the plant.\n“Nobody told us,” a worker said."
    [quote] = candidates(models, text)
    assert quote["Jo Lee"].features["unresolved_cue"] == 1.0


def test_a_name_next_to_the_cue_is_read_as_its_speaker(models: Models) -> None:
    [quote] = candidates(models, "“We won the debate,” tweeted campaign spokesman Alex Conant.")
    assert quote["Alex Conant"].features["cue_adjacent"] == 1.0
    assert quote["Alex Conant"].read


def test_every_person_before_a_speaking_pronoun_is_a_candidate_antecedent(
    models: Models,
) -> None:
    text = "Ann Roe met Jo Lee in Paris. Lee left early.\n“It went well,” she said."
    [quote] = candidates(models, text)
    assert quote["Jo Lee"].features["antecedent"] > quote["Ann Roe"].features["antecedent"] > 0


def test_a_speaking_pronoun_agrees_with_one_antecedent_and_clashes_with_another(
    models: Models,
) -> None:
    text = (
        "Kim Arlo said her team was ready and she would sail. Mr. Jo Okafor left.\n"
        "“It went well,” she said."
    )
    [quote] = candidates(models, text)
    assert quote["Kim Arlo"].features["gender_agrees"] == 1.0
    assert quote["Jo Okafor"].features["gender_clash"] == 1.0


def test_his_remarks_before_a_quote_are_read_as_its_cue(models: Models) -> None:
    text = (
        "Jo Okafor toured the pier on Monday.\n\n"
        "Okafor continued his scathing remarks.\n\n"
        "“The pier will fall within a year. Nobody in this town listens.”"
    )
    [quote] = candidates(models, text)
    assert quote["Jo Okafor"].features["previous_cue"] == 1.0


def test_who_worried_that_a_clause_held_the_quoted_words(models: Models) -> None:
    text = "The council met on Monday. Kim Arlo worried that the new pier was “a folly on sand.”"
    [quote] = candidates(models, text)
    assert quote["Kim Arlo"].features["verb_subject"] == 1.0


def test_a_quote_whose_cue_brings_in_someone_unnamed_goes_on_from_nobody(
    models: Models,
) -> None:
    text = "“The pier is safe,” Jo Okafor said. “It will last,” said one harbour official."
    _, second = candidates(models, text)
    assert "continues" not in second["Jo Okafor"].features
    assert second["Jo Okafor"].features["continued"] == 0.0


def test_an_antecedent_in_the_sentence_before_and_its_main_subject(models: Models) -> None:
    text = "Kim Arlo opened the pier. Jo Okafor praised Arlo.\n“It went well,” she said."
    [quote] = candidates(models, text)
    assert quote["Jo Okafor"].features["antecedent_main_subject"] == 1.0
    assert quote["Jo Okafor"].features["antecedent_sentence_before"] == 1.0
    assert "antecedent_main_subject" not in quote["Kim Arlo"].features


def test_a_name_right_before_the_colon_introducing_a_quote_is_read(models: Models) -> None:
    text = 'Fares keep falling - Harbour Weekly: "Nobody pays the full fare."'
    [quote] = candidates(models, text)
    assert quote["Harbour Weekly"].features["colon_name"] == 1.0
    assert quote["Harbour Weekly"].read
    [quote] = candidates(models, 'The mayor spoke on Tuesday: "Nobody pays the full fare."')
    assert "Tuesday" not in quote


def test_a_title_in_the_attribution_does_not_stop_the_next_paragraph_going_on(
    models: Models,
) -> None:
    text = (
        "“The tide gauge failed twice,” said Dr. Ana Ruiz, the engineer who has run the "
        "harbour survey for a decade.\n“We replaced it in March.”"
    )
    _, second = candidates(models, text)
    assert second["Ana Ruiz"].features["continues"] == 1.0


def test_a_quote_opening_a_paragraph_goes_on_from_the_paraphrase_before(models: Models) -> None:
    text = (
        "Jo Lee said the old ferry had failed its inspection twice, and that the council "
        "knew it all along.\n“Nobody wanted to pay for a new one.”"
    )
    [quote] = candidates(models, text)
    assert quote["Jo Lee"].features["paragraph_cue"] == 1.0


def test_who_releases_a_memo_titled_with_the_quote_is_read_as_its_speaker(
    models: Models,
) -> None:
    text = (
        "The vote is close. On Friday, harbour chief Kim Arlo released a memo titled "
        "“The Tide Turns in Our Favour.”"
    )
    [quote] = candidates(models, text)
    assert quote["Kim Arlo"].features["clause_subject"] == 1.0
    assert quote["Kim Arlo"].read


def test_a_quote_going_on_from_an_uncued_one_takes_the_speaker_quoted_last(
    models: Models,
) -> None:
    text = (
        "“The pier will hold,” Jo Okafor said.\n\nThe board met for an hour on Monday.\n\n"
        "“Nobody asked us then.”\n“We would have told them.”"
    )
    _, _, third = candidates(models, text)
    assert third["Jo Okafor"].features["goes_on"] == 1.0
    assert third["Jo Okafor"].read


def test_nothing_goes_on_past_a_quote_whose_cue_names_nobody(models: Models) -> None:
    text = (
        "“The pier will hold,” Jo Okafor said.\n\nThe board met for an hour on Monday.\n\n"
        "“Nobody asked us then,” a harbour worker said.\n“We would have told them.”"
    )
    _, _, third = candidates(models, text)
    assert "goes_on" not in third["Jo Okafor"].features


def test_words_reached_through_someones_remarks_or_naming_the_subject_are_not_its(
    models: Models,
) -> None:
    text = "The Harbour Guild rejected comments from Jo Okafor that “the pier was never at risk.”"
    [quote] = candidates(models, text)
    assert not any("clause_subject" in c.features for c in quote.values())
    [quote] = candidates(
        models, "The second plan, the so-called “Fair Harbour Plan” seeks to cut fees."
    )
    assert not any("clause_subject" in c.features for c in quote.values())


def test_an_organisation_issuing_a_statement_offering_the_words_is_read(models: Models) -> None:
    text = "The Harbour Guild released a statement on Monday, offering “a deep apology” to them."
    [quote] = candidates(models, text)
    assert quote["Harbour Guild"].features["clause_subject"] == 1.0


def test_whoever_acts_in_a_clause_that_reports_someone_else_is_not_read(models: Models) -> None:
    text = (
        "According to the harbour board, chief engineer Kim Arlo is willing to sign "
        "a “lasting truce” with the guild."
    )
    [quote] = candidates(models, text)
    assert not any("clause_subject" in c.features for c in quote.values())
