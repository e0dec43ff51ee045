"""Hostile and random text through annotate -> cross-check -> report, with the real models:
a report that follows the contract and cites only words the articles hold, or a clear error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consilience.engines import LocalEngine
from consilience.errors import InputError
from consilience.ingest.article import make_article
from consilience.model import Article, Report
from consilience.nlp.models import Models
from consilience.pipeline import analyze
from consilience.report import report_to_dict, validate_report
from consilience.store import Store

PLAIN = "Port workers walked out on Monday over pay, the union said in a statement."
HOSTILE = {
    "quote marks": '"' * 10_000,
    "curly quote marks": "\u201c" * 5_000 + "\u201d" * 5_000,
    "nested speech": 'He said "yes ' * 5_000,
    "invisible and right-to-left": "Wor\u200bkers st\u200dri\u202eke on Mon\u2066day.\u200f " * 200,
    "NUL bytes": "Workers\x00 struck on Monday.\x00 The union said so.",
    "no sentence end": "word " * 20_000,
}


def _checked(articles: list[Article], models: Models) -> Report:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "c.db") as store:
        report = analyze(articles, store=store, engine=LocalEngine(models)).report
        texts = {a.id: a.text for a in store.iter_articles([a.id for a in articles])}
    validate_report(report_to_dict(report))
    for story in report.stories:
        for claim in story.claims:
            for evidence in claim.support:
                assert texts[evidence.article_id][evidence.start : evidence.end] == evidence.text
    return report


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_gives_a_valid_report(name: str, models: Models) -> None:
    hostile = make_article(name, source="Odd Outlet", text=HOSTILE[name])
    plain = make_article("plain", source="Plain Outlet", text=PLAIN)
    report = _checked([hostile, plain], models)
    assert {a.id for a in report.articles} == {hostile.id, plain.id}


@pytest.mark.slow
def test_a_megabyte_line_without_a_sentence_end_gives_a_valid_report(models: Models) -> None:
    line = make_article("long", source="Odd Outlet", text="word " * 199_000)
    _checked([line, make_article("plain", source="Plain Outlet", text=PLAIN)], models)


WORDS = st.sampled_from(
    ["said", "the", "Mayor", "Alvarez", "strike", "on", "Monday", "3", "not", "\n", "\n\n"]
)
CHARS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
TEXTS = st.lists(
    st.one_of(WORDS, CHARS, st.sampled_from(['"', "\u201c", "\u201d", ":"])), min_size=1
)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(TEXTS.map(" ".join), min_size=1, max_size=3))
def test_random_text_gives_a_valid_report_or_a_clear_error(
    texts: list[str], models: Models
) -> None:
    articles = []
    for number, text in enumerate(texts):
        try:
            articles.append(make_article(f"random {number}", source=f"Outlet {number}", text=text))
        except InputError:
            continue
    if articles:
        _checked(articles, models)
