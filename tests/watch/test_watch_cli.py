"""`consilience watch` end to end: the seeds as a summary-only feed of cluttered pages.

The feed grows between two `--once` rounds; a third round on the unchanged feed adds and
alerts nothing; the findings match those of the seed files themselves.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.ingest.text import read_text
from consilience.nlp.models import Models
from consilience.pipeline import analyze
from consilience.store import Store
from local_http import LocalSite, Route, cluttered_page, item, rss, serve

runner = CliRunner()
CLUTTER = ("cookies", "ADVERTISEMENT", "Section 3", "Celebrity chef", "newsletter")


def _title_and_paragraphs(path: Path) -> tuple[str, list[str]]:
    """The seed as the file reader sees it: its title (or first words) and paragraphs."""
    article = read_text(path)
    paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
    return article.title or "", paragraphs


@pytest.fixture
def seed_site(seeds_dir: Path) -> Iterator[tuple[LocalSite, list[str]]]:
    """Each seed as a cluttered page of its own outlet; returns the item of each."""
    with serve() as site:
        items = []
        for number, path in enumerate(sorted(seeds_dir.glob("*.txt"))):
            title, paragraphs = _title_and_paragraphs(path)
            site.routes[f"/{number}"] = Route(cluttered_page(path.stem, title, paragraphs))
            items.append(item(site.url(f"/{number}"), title, paragraphs[0][:80]))
        yield site, items


def _round(site: LocalSite, db: Path, alerts: Path) -> list[dict[str, object]]:
    result = runner.invoke(
        app, ["watch", site.url("/feed"), "--db", str(db), "--once", "--alerts", str(alerts)]
    )
    assert result.exit_code == 0, result.output
    lines = alerts.read_text("utf-8").splitlines() if alerts.exists() else []
    alerts.unlink(missing_ok=True)
    return [json.loads(line) for line in lines]


def test_watching_a_growing_feed_alerts_on_the_story_then_the_contradiction(
    seed_site: tuple[LocalSite, list[str]], tmp_path: Path, models: Models
) -> None:
    site, items = seed_site
    db, alerts = tmp_path / "watch.db", tmp_path / "alerts.jsonl"
    site.routes["/feed"] = Route(rss(items[2:]), content_type="application/rss+xml")
    first = _round(site, db, alerts)
    assert [a["kind"] for a in first] == ["new_story"]

    site.routes["/feed"] = Route(rss([items[0], *items[2:]]), content_type="application/rss+xml")
    site.hits.clear()
    second = _round(site, db, alerts)
    assert sorted(site.hits) == ["/0", "/feed"]  # only the new entry's page is fetched
    assert "new_story" not in {a["kind"] for a in second}
    (clash,) = [a for a in second if a["kind"] == "new_contradiction"]
    assert "fourth" in str(clash["text"])
    assert clash["story_id"] == first[0]["story_id"]

    assert _round(site, db, alerts) == []  # unchanged feed: nothing added, nothing alerted
    with Store(db) as store:
        assert store.article_count() == 4


def test_the_seeds_as_a_summary_feed_give_the_findings_of_the_seed_files(
    seed_site: tuple[LocalSite, list[str]], seeds_dir: Path, tmp_path: Path, models: Models
) -> None:
    site, items = seed_site
    site.routes["/feed"] = Route(rss(items), content_type="application/rss+xml")
    alerts = _round(site, tmp_path / "watch.db", tmp_path / "alerts.jsonl")
    assert [a["kind"] for a in alerts].count("new_story") == 1
    with Store(tmp_path / "watch.db") as store:
        (story,) = store.list_stories()
    with Store(tmp_path / "files.db") as store:
        (expected,) = analyze([str(seeds_dir)], store=store).report.stories
    assert story.independent_source_count == expected.independent_source_count == 5
    assert len(story.contradictions) == len(expected.contradictions) == 1
    quoted = [re.findall(r'"([^"]+)"', s.contradictions[0].explanation) for s in (story, expected)]
    assert quoted[0] == quoted[1] == ["fourth year", "third year"]
    for claim in story.claims:
        assert not any(clutter in claim.text for clutter in CLUTTER)


def test_a_failing_source_is_reported_and_the_others_go_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with serve() as site:
        site.routes["/feed"] = Route(b"down", 503, "text/plain")
        result = runner.invoke(
            app,
            [
                "watch",
                site.url("/feed"),
                str(tmp_path / "nowhere"),
                "--once",
                "--db",
                str(tmp_path / "c.db"),
            ],
        )
    assert result.exit_code == 1  # --once: a failed source fails the cron job
    assert "/feed: the server answered 503" in result.output
    assert "nowhere: not an http(s) URL, a file or a folder" in result.output
    assert "1 round: 0 articles added, 0 alerts" in result.output


def test_sigterm_stops_the_watch_cleanly_between_rounds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    program = str(Path(sys.executable).with_name("consilience"))
    command = [program, "watch", str(folder), "--interval", "60"]
    watch = subprocess.Popen(
        [*command, "--db", str(tmp_path / "c.db")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (tmp_path / "c.db").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(2.0)  # most likely inside the wait after the first round
    watch.send_signal(signal.SIGTERM)
    _, err = watch.communicate(timeout=30)
    assert watch.returncode == 0, err
    assert re.search(r"[01] rounds?: 0 articles added, 0 alerts", err)
    assert "Traceback" not in err
