"""Genders the article itself shows its people to have, on invented text."""

from __future__ import annotations

from consilience.nlp.gender import person_genders
from consilience.nlp.models import Models
from consilience.nlp.quotes import prepare


def genders(models: Models, text: str) -> dict[str, str]:
    art, resolver = prepare(models.spacy(text))
    return person_genders(art.doc, resolver.people, resolver.narrated)


def test_a_title_or_a_gendered_noun_before_the_name(models: Models) -> None:
    text = "Mr. Tomas Brandt met the mayor's wife, Ada Voss, at the pier on Monday."
    assert genders(models, text) == {"Brandt": "m", "Voss": "f"}


def test_the_pronouns_after_a_persons_name_in_the_sentence(models: Models) -> None:
    text = (
        "Kim Arlo said her team would rebuild the pier. Jo Okafor said he doubted it.\n"
        "Arlo said she had the money. Okafor said his crew had seen the plans."
    )
    assert genders(models, text) == {"Arlo": "f", "Okafor": "m"}


def test_a_noun_further_from_the_name_says_nothing(models: Models) -> None:
    assert genders(models, "The daughter of Tomas Brandt opened the bakery.") == {}


def test_one_pronoun_or_one_inside_a_quote_says_nothing(models: Models) -> None:
    text = (
        "Jo Okafor said: “She will never rebuild it.” "
        "Kim Arlo met the nominee, who began his speech."
    )
    assert genders(models, text) == {}


def test_an_object_pronoun_says_nothing_of_the_subject(models: Models) -> None:
    assert genders(models, "Senator Kim Arlo scolded him at the hearing.") == {}


def test_a_surname_two_people_share_has_no_gender(models: Models) -> None:
    text = "Tom Ruiz said he was proud of his son. Ana Ruiz said she was proud of her son."
    assert genders(models, text) == {}
