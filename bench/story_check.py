"""Cluster and cross-check real multi-outlet stories from cached annotations, and score them.

Usage: python bench/story_check.py [NAME ...] [--data DIR] [--cache DIR] [--one-story]

Each story of ``DIR`` (``<name>.jsonl`` with its hand-made ``<name>.json`` gold) is annotated
once (pickled under ``--cache``), then clustered and cross-checked alone as ``consilience
analyze`` would, and scored by the shared ``story_gold.py``: quick to re-run after a change to
the stories or cross-check stages, without re-annotating. ``--one-story`` skips clustering and
cross-checks each gold file's articles as one story, to measure cross-checking apart from grouping.
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from consilience.crosscheck import crosscheck_story
from consilience.model import AnnotatedArticle, Article, ArticleRecord, Report
from consilience.nlp import annotate, shared_models
from consilience.report.build import report_to_dict
from consilience.stories import StoryClusterer

SHARED = Path(__file__).resolve().parents[2] / "shared"


def annotated(path: Path, cache: Path) -> list[AnnotatedArticle]:
    """The story's annotated articles, from the pickle cache when present."""
    stored = cache / f"{path.stem}.pkl"
    if stored.exists():
        with stored.open("rb") as handle:
            data: list[AnnotatedArticle] = pickle.load(handle)
        return data
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    articles = [
        Article(
            r.get("id", r["source"]),
            r["source"],
            r.get("title"),
            r.get("url"),
            None,
            "en",
            r["text"],
        )
        for r in rows
    ]
    data = annotate(articles, shared_models())
    with stored.open("wb") as handle:
        pickle.dump(data, handle)
    return data


def report(articles: Sequence[AnnotatedArticle], one_story: bool = False) -> Report:
    """Cluster the articles in order and cross-check every story, as ``analyze`` does; with
    ``one_story``, cross-check all the articles as one story instead."""
    by_id = {a.article.id: a for a in articles}
    if one_story:
        grouped = {"s_all": [a.article.id for a in articles]}
    else:
        clusterer = StoryClusterer()
        for item in articles:
            clusterer.add(item)
        grouped = clusterer.stories()
    stories = [crosscheck_story(sid, [by_id[i] for i in ids]) for sid, ids in grouped.items()]
    records = tuple(
        ArticleRecord(
            a.article.id, a.article.source, a.article.title, a.article.url, None, "en", None
        )
        for a in articles
    )
    return Report("now", records, tuple(sorted(stories, key=lambda s: -len(s.article_ids))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=["12", "19", "28", "8plus"])
    parser.add_argument("--data", type=Path, default=SHARED / "data/stories_gold")
    parser.add_argument("--cache", type=Path, default=Path("/work/cache/align"))
    parser.add_argument("--verbose", action="store_true", help="print every finding")
    parser.add_argument(
        "--one-story", action="store_true", help="cross-check all articles as one story"
    )
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    for name in args.names:
        result = report(annotated(args.data / f"{name}.jsonl", args.cache), args.one_story)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
            json.dump(report_to_dict(result), out)
        scored = subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval/story_gold.py"),
                out.name,
                "--gold",
                str(args.data / f"{name}.json"),
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.splitlines()
        print("\n".join(scored if args.verbose else scored[-1:]))


if __name__ == "__main__":
    main()
