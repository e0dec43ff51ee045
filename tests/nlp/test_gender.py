"""Whether an article writes of a person as "he" or "she", on invented text."""

from __future__ import annotations

from consilience.nlp.gender import word_gender
from consilience.nlp.models import Models
from consilience.nlp.speakers import Speaker, SpeakerResolver


def gender(models: Models, text: str, name: str) -> str | None:
    return SpeakerResolver(models.spacy(text)).gender(Speaker(name, 0, 0))


def test_a_courtesy_title_shows_the_gender(models: Models) -> None:
    text = "Mrs. Ilse Varga chaired the meeting. Tomas Brandt took notes."
    assert gender(models, text, "Ilse Varga") == "f"
    assert gender(models, text, "Tomas Brandt") is None


def test_the_subject_pronoun_after_a_subject_mention_shows_the_gender(models: Models) -> None:
    text = "Tomas Brandt told the board that he would resign. He had led it for ten years."
    assert gender(models, text, "Tomas Brandt") == "m"


def test_pronouns_and_titles_have_a_gender_other_words_none() -> None:
    assert [word_gender(w) for w in ("She", "him", "Mr.", "Ms", "they", "Lee")] == [
        "f",
        "m",
        "m",
        "f",
        None,
        None,
    ]
