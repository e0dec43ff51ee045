"""Issue 15's figure: the story list, a search and a filtered API query over 10,000 articles.

    python bench/web_index.py [--articles 10000] [--runs 200] [--db PATH]

Builds (or re-uses, at --db) a SQLite store of synthetic stories from the ECB+
development set without running a model: the 772 articles are re-used period after
period (each re-use a new week), each event's articles split into stories of up to
five, each article's first sentence a claim, ECB+'s entity chains the entities (their
capitalised spellings as aliases). Everything is written through the public Store API,
so the index is the one `save_story` keeps. Then serves the app with uvicorn on
127.0.0.1 and times, with httpx, GET / (the list page), GET /?q=<a spelling> (a search)
and GET /api/stories with an outlet, contradictions, a date and the disputes sort.
Prints p50 / p95 of each; the goal is p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import statistics
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from consilience.model import Article, Claim, Contradiction, Entity, Evidence, Story
from consilience.store import Store
from consilience.web import create_app

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_DB = Path("/work/cache/web_index.db")
OUTLETS = 40
STORY_SIZE = 5
START = date(2025, 1, 6)
GOAL_MS = 100.0


def _digest(*parts: object) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _entities(record: dict[str, Any], prefix: str) -> list[Entity]:
    """ECB+'s entity chains of one article: capitalised spellings, the commonest the name."""
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    kinds: dict[str, str] = {}
    for mention in record["entities"]:
        if mention["chain"] and mention["text"][:1].isupper():
            spellings[mention["chain"]][mention["text"]] += 1
            kinds[mention["chain"]] = mention["type"]
    entities = []
    for chain, counted in spellings.items():
        name = max(counted, key=lambda s: (counted[s], s))
        aliases = tuple(sorted(set(counted) - {name}))
        entity_id = f"e_{_digest(chain):08x}"
        entities.append(
            Entity(entity_id, name, kinds[chain], aliases, (prefix,), sum(counted.values()))
        )
    return entities


def _stories(
    period: int, base: list[dict[str, Any]], mentions: dict[str, Any]
) -> Iterator[tuple[list[Article], Story]]:
    """One period's stories: each event's articles, re-dated to the period, in groups of five."""
    events: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for record in base:
        events[record["topic"], record["event"]].append(record)
    for (topic, event), records in sorted(events.items()):
        for group_number, start in enumerate(range(0, len(records), STORY_SIZE)):
            group = records[start : start + STORY_SIZE]
            articles = []
            for n, record in enumerate(group):
                day = START + timedelta(days=7 * period + n + _digest(topic, event) % 5)
                outlet = f"Outlet {_digest(record['id'], period) % OUTLETS:02d}"
                text = record["text"]
                article_id = f"p{period}_{record['id']}"
                title = text.split("\n")[0][:120] if n % 2 else None
                articles.append(
                    Article(article_id, outlet, title, None, day.isoformat(), "en", text)
                )
            story_id = f"s_p{period}_{topic}_{event}_{group_number}"
            yield articles, _story(story_id, articles, [mentions.get(r["id"], {}) for r in group])


def _story(story_id: str, articles: list[Article], mentions: list[dict[str, Any]]) -> Story:
    claims = []
    for article in articles:
        end = min(len(article.text), article.text.find(".") + 1 or len(article.text))
        evidence = Evidence(article.id, article.text[:end], 0, end)
        status = "corroborated" if len(articles) > 1 else "single_source"
        if _digest(article.id) % 9 == 0:
            status = "contested"
        claims.append(Claim(f"c_{article.id}", evidence.text, status, (evidence,), (), 1))  # type: ignore[arg-type]
    first = claims[0].support[0]
    disputes = tuple(
        Contradiction(f"x_{story_id}_{n}", "number", first, first, "Counts differ.")
        for n in range(_digest(story_id) % 3 if len(articles) > 1 else 0)
    )
    entities: dict[str, Entity] = {}
    for article, record in zip(articles, mentions, strict=True):
        for entity in _entities(record, article.id) if record else ():
            entities.setdefault(entity.id, entity)
    title = next((a.title for a in articles if a.title), claims[0].text[:80])
    return Story(
        story_id,
        title,
        tuple(a.id for a in articles),
        len({a.source for a in articles}),
        tuple(claims),
        disputes,
        (),
        tuple(entities.values()),
        (),
    )


def _spellings() -> list[str]:
    """Names as ECB+ articles write them (several spellings of one person among them)."""
    found = {
        mention["text"]
        for line in (DATA / "ecbplus_dev_mentions.jsonl").open()
        for mention in json.loads(line)["entities"]
        if mention["type"].startswith("HUM") and mention["text"][:1].isupper()
    }
    return sorted(found)[:: max(1, len(found) // 50)]


def build(db: Path, count: int) -> None:
    """Fill the store with at least ``count`` synthetic articles (kept for later runs)."""
    base = [json.loads(line) for line in (DATA / "ecbplus_dev.jsonl").open()]
    mentions = {m["id"]: m for m in map(json.loads, (DATA / "ecbplus_dev_mentions.jsonl").open())}
    periods = -(-count // len(base))
    with Store(db) as store, Progress() as progress:
        task = progress.add_task("writing stories", total=periods * len(base))
        for period in range(periods):
            for articles, story in _stories(period, base, mentions):
                store.add_articles(articles)
                store.save_story(story, "bench")
                progress.advance(task, len(articles))


@contextmanager
def serving(store: Store) -> Iterator[str]:
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=0, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def timed(client: httpx.Client, urls: Iterator[str], runs: int) -> list[float]:
    """Milliseconds per GET, after one warm-up request."""
    client.get(next(urls)).raise_for_status()
    times = []
    for url in itertools.islice(urls, runs):
        began = time.perf_counter()
        client.get(url).raise_for_status()
        times.append((time.perf_counter() - began) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    with Store(args.db) as store:
        held = store.article_count()
    if held < args.articles:
        args.db.unlink(missing_ok=True)
        build(args.db, args.articles)
    console = Console()
    with Store(args.db) as store, serving(store) as base, httpx.Client(base_url=base) as client:
        spellings = _spellings()
        outlets = [f"Outlet {n:02d}" for n in range(OUTLETS)]
        queries = {
            "story list page (/)": itertools.repeat("/"),
            "search page (/?q=...)": (f"/?q={w}" for w in itertools.cycle(spellings)),
            "filtered API": (
                f"/api/stories?outlet={o}&has_contradictions=true&since=2025-02-01&sort=disputes"
                for o in itertools.cycle(outlets)
            ),
        }
        table = Table(title=f"{store.article_count():,} articles, {args.runs} requests each")
        for column in ("request", "p50 ms", "p95 ms", f"p95 < {GOAL_MS:.0f} ms"):
            table.add_column(column)
        for name, urls in queries.items():
            times = timed(client, iter(urls), args.runs)
            p95 = statistics.quantiles(times, n=20)[-1]
            table.add_row(name, f"{statistics.median(times):.1f}", f"{p95:.1f}", str(p95 < GOAL_MS))
        console.print(table)


if __name__ == "__main__":
    main()
