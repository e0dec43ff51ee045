"""analyze(): the whole pipeline on real articles, through a real store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from consilience import analyze, group_stories, pipeline
from consilience.engines import LocalEngine
from consilience.model import Article, Vector
from consilience.nlp.embed import Embedder
from consilience.nlp.models import Models
from consilience.report import report_to_dict, validate_report
from consilience.store import Store

UNRELATED = Article(
    id="unrelated-bakery",
    source="Village Gazette",
    title="Bakery wins county bread prize",
    url=None,
    published="2025-04-10",
    language="en",
    text=(
        "A family bakery in the village won the county's annual bread prize on Saturday. "
        "The judges praised its sourdough loaf.\n\n"
        "The owners said they would use the prize money to buy a second oven."
    ),
)


def test_seeds_form_one_story_and_report_follows_the_contract(
    seeds_dir: Path, tmp_path: Path, models: Models
) -> None:
    with Store(tmp_path / "c.db") as store:
        report = analyze([str(seeds_dir)], store=store, engine=LocalEngine(models)).report
    assert len(report.articles) == 5
    assert len(report.stories) == 1
    assert report.stories[0].independent_source_count == 5
    validate_report(report_to_dict(report))


def test_same_input_gives_the_same_report(seeds_dir: Path, tmp_path: Path, models: Models) -> None:
    first = report_to_dict(
        analyze([str(seeds_dir)], db=tmp_path / "a.db", engine=LocalEngine(models)).report
    )
    second = report_to_dict(
        analyze([str(seeds_dir)], db=tmp_path / "b.db", engine=LocalEngine(models)).report
    )
    first.pop("generated_at")
    second.pop("generated_at")
    assert first == second


def test_new_article_joins_or_starts_a_story_without_redoing_the_rest(
    seeds_dir: Path, tmp_path: Path, models: Models
) -> None:
    with Store(tmp_path / "c.db") as store:
        before, _ = group_stories([str(seeds_dir)], store=store, engine=LocalEngine(models))
        after, _ = group_stories([UNRELATED], store=store, engine=LocalEngine(models))
        everything, _ = group_stories(store=store, engine=LocalEngine(models))
    assert list(after.values()) == [["unrelated-bakery"]]
    assert len(everything) == 2
    assert next(iter(before.items())) in everything.items()


def test_a_later_article_joins_the_story_analysed_before_it(
    seeds_dir: Path, tmp_path: Path, models: Models
) -> None:
    *rest, last = sorted(seeds_dir.iterdir())
    with Store(tmp_path / "c.db") as store:
        before, _ = group_stories([str(p) for p in rest], store=store, engine=LocalEngine(models))
        after, _ = group_stories([str(last)], store=store, engine=LocalEngine(models))
    assert len(before) == 1
    assert list(after) == list(before)
    assert len(next(iter(after.values()))) == 5


class CountingStore(Store):
    """A store that counts how often each article is read."""

    def __init__(self, url: Path) -> None:
        super().__init__(url)
        self.reads: Counter[str] = Counter()

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        for article in super().iter_articles(ids):
            self.reads[article.id] += 1
            yield article


def test_each_article_is_read_once_per_stage(tmp_path: Path, fake_models: Models) -> None:
    """Once to annotate a new article (outside the stories lock), once to assign it to a
    story, once to cross-check it; the report reads nothing."""
    other = replace(UNRELATED, id="second-bakery", source="Town Crier")
    with CountingStore(tmp_path / "a.db") as store:
        analyze([UNRELATED, other], store=store, engine=LocalEngine(fake_models))
        assert set(store.reads.values()) == {3}
        store.reads.clear()
        analyze(store=store, engine=LocalEngine(fake_models))  # the whole store, resumed
        assert set(store.reads.values()) == {2}


class FailingSecondCall:
    """An embedder that works once, then fails, as a model crashing mid-run would."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.calls = 0

    def encode(self, texts: Sequence[str]) -> Vector:
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("encoder crashed")
        return self.embedder.encode(texts)


def test_annotations_made_before_a_crash_are_kept(
    tmp_path: Path, fake_models: Models, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "ANNOTATE_BATCH", 1)
    failing = Models(spacy=fake_models.spacy, embedder=FailingSecondCall(fake_models.embedder))
    other = replace(UNRELATED, id="second-bakery", source="Town Crier")
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(RuntimeError, match="encoder crashed"):
            analyze([UNRELATED, other], store=store, engine=LocalEngine(failing))
        assert store.missing_annotations(None, pipeline.PIPELINE_VERSION) == ["second-bakery"]
        report = analyze(store=store, engine=LocalEngine(fake_models)).report
    assert sorted(a.id for a in report.articles) == ["second-bakery", "unrelated-bakery"]
