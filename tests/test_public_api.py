"""The public API as a Python caller uses it: analyse, read back a story, see what failed.

Runs on stand-in models (`fake_models`): what is checked here is the path through the
API and the store, not what the language models find.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import consilience
from consilience import (
    InputError,
    LocalEngine,
    Store,
    analyze,
    make_article,
    report_to_dict,
    story_report,
    validate_report,
)
from consilience.model import Article
from consilience.nlp.models import Models
from consilience.report import report_from_dict

STRIKE = (
    "Dock workers at the Harbor port ended a five-day strike on Monday after the port "
    "authority agreed to raise wages by four percent, union leader Ana Ruiz said. Cargo "
    "ships that had waited offshore for days began unloading on Monday evening."
)
OTHER = (
    "The Harbor port strike is over: dock workers went back on Monday once wages rose by "
    "four percent. Ships kept waiting offshore until the evening, the port authority said."
)

MONDAY, TUESDAY = "2026-03-02", "2026-03-03"


def articles() -> list[Article]:
    return [
        make_article("a", source="Ledger", title="Strike ends", text=STRIKE, published=MONDAY),
        make_article("b", source="Observer", title="Strike over", text=OTHER, published=MONDAY),
        make_article("c", source="Reprint", title="Strike ends", text=STRIKE, published=TUESDAY),
    ]


def test_analyze_returns_the_report_and_the_inputs_that_failed(
    fake_models: Models, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    analysis = analyze(
        [*articles(), str(missing)], db=tmp_path / "a.db", engine=LocalEngine(fake_models)
    )
    assert [str(e.path) for e in analysis.failed] == [str(missing)]
    assert len(analysis.report.articles) == 3
    validate_report(report_to_dict(analysis.report))


def test_a_stored_story_reads_back_as_analyze_reported_it(
    fake_models: Models, tmp_path: Path
) -> None:
    with Store(tmp_path / "a.db") as store:
        analysis = analyze(articles(), store=store, engine=LocalEngine(fake_models))
        story = analysis.report.stories[0]
        again = story_report(store, story.id)
        assert story_report(store, "s_unknown") is None
    assert again is not None
    assert again.stories == (story,)
    links = {a.id: a.copy_of for a in analysis.report.articles}
    assert {a.id: a.copy_of for a in again.articles} == links
    reprint = articles()[2].id
    assert links[reprint] == articles()[0].id  # the reprint is a copy, counted once
    assert report_from_dict(report_to_dict(again)) == again  # copies survive the JSON


def test_bad_article_is_a_one_line_input_error() -> None:
    with pytest.raises(InputError, match="pasted article 2"):
        make_article("pasted article 2", source="Ledger", text="   ")


def test_the_main_entry_points_are_public() -> None:
    expected = {"analyze", "story_report", "make_article", "Store", "render", "validate_report"}
    assert expected <= set(consilience.__all__)
    assert set(consilience.__all__) <= set(dir(consilience))
