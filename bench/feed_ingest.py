"""Feed ingest speed over HTTP: a 1,000-item feed from a server on 127.0.0.1.

Usage: python bench/feed_ingest.py [N]   (default 1000). Two runs into fresh stores:
a full-text feed (content:encoded), and a summary-only feed whose N items link to
cluttered pages that are fetched and extracted. Prints articles/second with and
without the time spent waiting on HTTP (the target is >= 50 articles/s without it).
"""

from __future__ import annotations

import html
import random
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from consilience.ingest import Fetcher, ingest
from consilience.store import Store
from ingest import page, source_texts

START = datetime(2025, 4, 1, tzinfo=UTC)


def feed(items: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Bench Wire</title><link>http://127.0.0.1/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def item(number: int, base: str, paras: list[str], *, full: bool) -> str:
    when = format_datetime(START + timedelta(minutes=number))
    content = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if full else ""
    return (
        f"<item><title>Report {number}: {html.escape(paras[0][:60])}</title>"
        f"<link>{base}/p/{number}</link><guid>{base}/p/{number}</guid><pubDate>{when}</pubDate>"
        f"<description>{html.escape(paras[0][:200])}</description>{encoded}</item>"
    )


def serve(routes: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = routes.get(self.path, b"")
            self.send_response(200 if body else 404)
            kind = "application/rss+xml" if self.path == "/feed" else "text/html; charset=utf-8"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def run(count: int, *, full: bool) -> None:
    rng = random.Random(7)
    texts = source_texts()
    routes: dict[str, bytes] = {}
    server, base = serve(routes)
    chosen = [
        rng.sample(t, k=max(2, len(t) * 3 // 4)) for t in (rng.choice(texts) for _ in range(count))
    ]
    routes["/feed"] = feed([item(n, base, paras, full=full) for n, paras in enumerate(chosen)])
    if not full:
        for number in range(count):
            routes[f"/p/{number}"] = page(number, chosen[number], rng).encode()
    with (
        tempfile.TemporaryDirectory() as folder,
        Store(Path(folder) / "b.db") as store,
        Fetcher() as fetcher,
    ):
        started = time.perf_counter()
        summary = ingest([base + "/feed"], store, fetcher=fetcher)
        elapsed = time.perf_counter() - started
        network = fetcher.network_seconds
    server.shutdown()
    kind = "full-text feed" if full else "summary-only feed (pages fetched)"
    added = len(summary.added)
    print(f"{kind}: {added} of {count} items in {elapsed:.1f} s ({network:.1f} s waiting on HTTP)")
    print(
        f"  {added / elapsed:.0f} articles/s; "
        f"{added / (elapsed - network):.0f} articles/s excluding network"
    )
    for error in summary.failed[:3]:
        print(f"  failed: {error}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    run(n, full=True)
    run(n, full=False)
