"""Story page load over HTTP: a 50-article story, server-side render plus transfer.

    python bench/web_page_load.py [--articles 50] [--runs 30]

Builds the story from a bundled demo corpus article, re-published by distinct outlets
with one sentence dropped each (near-copies, not identical), in a fresh SQLite store;
then serves the app with uvicorn on 127.0.0.1 and times GET /stories/{id} with httpx
(median of --runs requests after one warm-up). Goal: under 300 ms.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from consilience import analyze
from consilience.demo import corpus_path
from consilience.engines import LocalEngine
from consilience.ingest import read_inputs
from consilience.ingest.article import make_article
from consilience.model import Article
from consilience.nlp import shared_models
from consilience.store import Store
from consilience.web import create_app

BASE = "harbor_ledger_port_strike.txt"


def story_articles(count: int) -> list[Article]:
    """``count`` re-publications of one demo article, a different sentence dropped in each."""
    original = next(a for a in read_inputs([corpus_path() / BASE]) if isinstance(a, Article))
    made: list[Article] = []
    for number in range(count):
        lines = [line for line in original.text.split("\n") if line.strip()]
        del lines[number % len(lines)]
        made.append(
            make_article(
                f"bench {number}",
                source=f"Outlet {number:02d}",
                title=original.title,
                published=original.published,
                text="\n\n".join(lines),
            )
        )
    return made


def serve(store: Store) -> tuple[uvicorn.Server, threading.Thread, str]:
    """The app on a free localhost port, in a background thread."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "b.db") as store:
        report = analyze(
            story_articles(args.articles), store=store, engine=LocalEngine(shared_models())
        ).report
        story = report.stories[0]
        server, thread, base = serve(store)
        try:
            with httpx.Client(base_url=base) as client:
                client.get(f"/stories/{story.id}").raise_for_status()
                times = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    page = client.get(f"/stories/{story.id}")
                    page.raise_for_status()
                    times.append(time.perf_counter() - start)
        finally:
            server.should_exit = True
            thread.join(10)
    print(
        f"story page, {len(story.article_ids)} articles, {len(story.claims)} claims, "
        f"{len(page.content) // 1024} KiB: median {statistics.median(times) * 1000:.0f} ms "
        f"over {args.runs} requests (goal < 300 ms)"
    )


if __name__ == "__main__":
    main()
