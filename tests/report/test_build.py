"""The JSON contract: deterministic, lossless, and strict about what it reads back."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from report_fixtures import STRIKE, make_report

from consilience.errors import ReportError
from consilience.model import Context, Evidence, Report
from consilience.report import render_json, report_from_dict, report_to_dict, validate_report


def test_same_report_gives_identical_json(report: Report) -> None:
    assert render_json(report) == render_json(make_report(STRIKE))


def test_only_generated_at_differs_between_runs(report: Report) -> None:
    later = replace(report, generated_at="2026-03-04T08:00:00+00:00")
    first, second = report_to_dict(report), report_to_dict(later)
    assert first.pop("generated_at") != second.pop("generated_at")
    assert first == second


def test_round_trip_keeps_every_finding(report: Report) -> None:
    again = report_from_dict(json.loads(render_json(report)))
    assert again == report


def test_json_keeps_non_ascii_text_readable(report: Report) -> None:
    named = replace(report, stories=(replace(STRIKE, title="Grève à Marseille"),))
    assert "Grève à Marseille" in render_json(named)


def test_unknown_score_is_left_out_not_null(report: Report) -> None:
    evidence = report_to_dict(report)["stories"][0]["claims"][1]["support"][0]
    assert "score" not in evidence
    assert report_to_dict(report)["stories"][0]["claims"][0]["support"][0]["score"] == 0.93


def test_reading_a_report_without_optional_fields() -> None:
    data = report_to_dict(make_report(STRIKE))
    story = data["stories"][0]
    del story["framing"]
    for entity in story["entities"]:
        del entity["mentions"]
    for sentence in story["brief"]:
        del sentence["claim_ids"]
    back = report_from_dict(data).stories[0]
    assert back.framing == ()
    assert back.entities[0].mentions == len(back.entities[0].article_ids)
    assert back.brief[0].claim_ids == ()


def test_reading_an_invalid_report_is_a_user_error() -> None:
    with pytest.raises(ReportError, match="stories"):
        report_from_dict({"schema_version": "1", "generated_at": "now", "articles": []})


def test_story_order_is_the_models_order() -> None:
    other = replace(STRIKE, id="story-0", claims=(), article_ids=("a1",))
    ids = [s["id"] for s in report_to_dict(make_report(STRIKE, other))["stories"]]
    assert ids == ["story-1", "story-0"]


def test_evidence_offsets_are_kept() -> None:
    evidence = Evidence("a1", "x", 3, 4)
    story = replace(STRIKE, contradictions=(replace(STRIKE.contradictions[0], a=evidence),))
    data = report_to_dict(make_report(story))
    assert data["stories"][0]["contradictions"][0]["a"] == {
        "article_id": "a1",
        "text": "x",
        "start": 3,
        "end": 4,
    }


def test_why_a_speaker_was_chosen_is_kept_and_valid() -> None:
    quote = STRIKE.quotes[0]
    explained = replace(quote.variants[0], speaker_reason="subject of the speech verb “said”")
    story = replace(STRIKE, quotes=(replace(quote, variants=(explained, *quote.variants[1:])),))
    report = make_report(story)
    data = report_to_dict(report)
    validate_report(data)
    variants = data["stories"][0]["quotes"][0]["variants"]
    assert variants[0]["speaker_reason"] == "subject of the speech verb “said”"
    assert "speaker_reason" not in variants[1]
    assert report_from_dict(json.loads(render_json(report))) == report


def test_a_difference_that_timing_may_explain_is_flagged_and_valid() -> None:
    clash = replace(STRIKE.contradictions[0], may_be_timing=True)
    report = make_report(replace(STRIKE, contradictions=(clash, *STRIKE.contradictions)))
    data = report_to_dict(report)
    validate_report(data)
    flagged, plain = data["stories"][0]["contradictions"][:2]
    assert flagged["may_be_timing"] is True and "may_be_timing" not in plain
    assert report_from_dict(json.loads(render_json(report))) == report


def test_a_part_of_a_sentence_keeps_its_sentence_and_is_valid() -> None:
    sentence = "A cargo ship was diverted to another port, the harbour office said."
    part = Evidence("a2", "A cargo ship was diverted to another port", 105, 146, 1.0)
    placed = replace(part, context=Context(sentence, 105, 105 + len(sentence)))
    solo = replace(STRIKE.claims[2], support=(placed,))
    report = make_report(replace(STRIKE, claims=(*STRIKE.claims[:2], solo)))
    data = report_to_dict(report)
    validate_report(data)
    evidence = data["stories"][0]["claims"][2]["support"][0]
    assert evidence["context"] == {"text": sentence, "start": 105, "end": 105 + len(sentence)}
    assert "context" not in data["stories"][0]["claims"][0]["support"][0]
    back = report_from_dict(json.loads(render_json(report)))
    assert back.stories[0].claims[2].support[0].context == placed.context


def test_a_disputed_brief_sentence_names_its_contradictions_and_is_valid() -> None:
    disputed = replace(STRIKE.brief[0], disputed_by=("x1",))
    report = make_report(replace(STRIKE, brief=(disputed, replace(disputed, disputed_by=()))))
    data = report_to_dict(report)
    validate_report(data)
    flagged, plain = data["stories"][0]["brief"]
    assert flagged["disputed_by"] == ["x1"] and "disputed_by" not in plain
    assert report_from_dict(json.loads(render_json(report))) == report
