"""A report cross-checked from the seed articles matches the contract and renders safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markupsafe import escape

from consilience.crosscheck import crosscheck_story
from consilience.ingest import read_inputs
from consilience.model import Article, ArticleRecord, Report
from consilience.nlp import Models, annotate
from consilience.report import render, report_from_dict, report_to_dict, validate_report


@pytest.fixture(scope="module")
def seed_report(seeds_dir: Path, models: Models) -> Report:
    articles = [a for a in read_inputs(sorted(seeds_dir.glob("*.txt"))) if isinstance(a, Article)]
    story = crosscheck_story("seeds", annotate(articles, models))
    copies = dict(story.copies)
    records = tuple(
        ArticleRecord(a.id, a.source, a.title, a.url, a.published, a.language, copies.get(a.id))
        for a in articles
    )
    return Report("2026-03-03T12:00:00+00:00", records, (story,))


@pytest.mark.slow
def test_seed_report_matches_contract_and_round_trips(seed_report: Report) -> None:
    data = report_to_dict(seed_report)
    validate_report(data)
    assert report_from_dict(json.loads(render(seed_report, "json"))) == seed_report


@pytest.mark.slow
def test_seed_report_renders_every_quote_and_altered_count(seed_report: Report) -> None:
    story = seed_report.stories[0]
    md, page = render(seed_report, "md"), render(seed_report, "html")
    for quote in story.quotes:
        assert f"“{escape(quote.canonical)}”" in page
    altered = sum(v.fidelity == "altered" for q in story.quotes for v in q.variants)
    assert md.count("**⚠ ALTERED**") == altered
    assert "<script" not in page
