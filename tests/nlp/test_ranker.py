"""The speaker ranker: a learned choice among candidates, or none, with its reason."""

from __future__ import annotations

import json
from importlib import resources

from consilience.nlp.candidates import Candidate
from consilience.nlp.ranker import SpeakerModel, pick, speaker_model
from consilience.nlp.speakers import Speaker

MODEL = SpeakerModel({"nearest_cue": 3.0, "closest": 1.0}, -2.0, 0.5)
NEARBY = Candidate(Speaker("Jo Lee", 0, 6), {"closest": 1.0})
SPEAKING = Candidate(Speaker("Ann Roe", 10, 17), {"nearest_cue": 1.0}, cue="said")


def test_the_most_probable_candidate_speaks() -> None:
    assert MODEL.choose([NEARBY, SPEAKING]) is SPEAKING


def test_no_speaker_when_no_candidate_is_likely_enough() -> None:
    assert MODEL.choose([NEARBY]) is None
    assert MODEL.choose([]) is None


def test_any_learner_s_scores_decide_as_the_shipped_model_does() -> None:
    assert pick([NEARBY, SPEAKING], [0.3, 0.9], 0.5) is SPEAKING
    # A name only near the quote must be more likely than not, even under a low threshold.
    assert pick([NEARBY], [0.4], 0.1) is None
    assert pick([NEARBY], [0.6], 0.1) is NEARBY


def test_the_reason_names_the_evidence_and_the_cue() -> None:
    assert MODEL.reason(SPEAKING) == "subject of the nearest speech cue “said”"
    both = Candidate(Speaker("Ann Roe", 10, 17), {"nearest_cue": 1.0, "closest": 1.0}, "said")
    assert MODEL.reason(both) == "subject of the nearest speech cue “said”; the closest name"


def test_a_structural_reading_leads_the_reason_over_a_heavier_nearness() -> None:
    model = SpeakerModel({"near_speaks": 3.0, "governing": 1.0}, -2.0, 0.5)
    both = Candidate(Speaker("Ann Roe", 10, 17), {"near_speaks": 1.0, "governing": 1.0}, "said")
    assert model.reason(both) == (
        "subject of the speech verb the quote hangs from “said”; speaks nearby"
    )


def test_the_shipped_model_says_what_it_was_trained_on() -> None:
    path = resources.files("consilience").joinpath("data", "speaker_model.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["training_data"] == "polnear_train.jsonl"
    assert len(data["training_data_sha256"]) == 64
    assert 0.0 < data["dev_speaker_accuracy"] <= 1.0
    assert speaker_model().threshold == data["threshold"]
    assert set(speaker_model().weights) == set(data["weights"])


def test_a_name_only_near_a_fragment_never_speaks_it() -> None:
    near = Candidate(NEARBY.speaker, {"closest": 1.0, "partial": 1.0})
    assert SpeakerModel({"closest": 5.0}, 0.0, 0.1).choose([near]) is None


def test_a_near_name_short_of_even_odds_leaves_the_choice_to_a_read_one() -> None:
    model = SpeakerModel({"dash_byline": 1.8, "closest": 1.9}, -2.0, 0.3)
    dashed = Candidate(Speaker("― Jo Lee", 0, 8), {"closest": 1.0})
    byline = Candidate(Speaker("Jo Lee", 2, 8), {"dash_byline": 1.0})
    assert model.choose([dashed, byline]) is byline
