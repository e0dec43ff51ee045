"""Speech cues in the real parse: which words say that someone spoke."""

from __future__ import annotations

from consilience.nlp.cues import cue_subject, is_cue, named_owner, speaks
from consilience.nlp.models import Models


def cues(models: Models, text: str) -> list[str]:
    return [t.text for t in models.spacy(text) if is_cue(t)]


def test_a_speech_verb_is_a_cue_and_a_negated_one_is_not(models: Models) -> None:
    assert cues(models, "The ferry operator said the crossing would reopen.") == ["said"]
    assert cues(models, "The ferry operator did not say when the crossing would reopen.") == []


def test_a_capitalised_past_form_opening_a_sentence_is_a_cue(models: Models) -> None:
    assert "Stated" in cues(models, "Stated Moreau: “The bridge stays shut.”")


def test_a_long_talk_and_a_document_reading_are_cues(models: Models) -> None:
    assert "went" in cues(models, "Moreau went on about the toll for an hour.")
    assert cues(models, "Moreau went on to open the bridge.") == []
    assert "read" in cues(models, "The statement read: “We regret the delay.”")


def test_who_a_speaking_relative_clause_hangs_on_speaks(models: Models) -> None:
    doc = models.spacy("Moreau, who called for a new bridge, left early.")
    assert speaks(doc[0])
    doc = models.spacy("Moreau, who built the old bridge, left early.")
    assert not speaks(doc[0])


def test_who_issues_a_statement_saying_something_speaks_through_it(models: Models) -> None:
    doc = models.spacy("The Harbour Guild issued a statement saying it would leave the talks.")
    saying = next(t for t in doc if t.text == "saying")
    subject = cue_subject(saying)
    assert subject is not None and subject.text == "Guild"


def test_a_document_filed_by_someone_belongs_to_them(models: Models) -> None:
    doc = models.spacy("The ferry stays, according to a court document filed by Rosa Vey.")
    document = next(t for t in doc if t.text == "document")
    owner = named_owner(document)
    assert owner is not None and owner.text == "Vey"


def test_who_releases_a_video_owns_it(models: Models) -> None:
    doc = models.spacy("Rosa Vey released a video that said the ferry would sail again.")
    video = next(t for t in doc if t.text == "video")
    owner = named_owner(video)
    assert owner is not None and owner.text == "Vey"
