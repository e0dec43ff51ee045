"""A real HTTP server on 127.0.0.1 for tests: routes set per test, hits recorded.

Conditional GET works like a real site: a route with an ETag answers 304 to a
request that presents it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drip: float = 0.0
    """Seconds between 100-byte pieces of the body (a slow server)."""


class LocalSite:
    """The routes a test serves and the paths requested so far."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits.append(self.path)
            route = site.routes.get(self.path, Route(b"not found", 404, "text/plain"))
            time.sleep(route.delay)
            etag = route.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                step = 100 if route.drip else len(route.body) or 1
                for start in range(0, len(route.body), step):
                    self.wfile.write(route.body[start : start + step])
                    self.wfile.flush()
                    time.sleep(route.drip)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read ``site.hits`` instead."""

    return Handler


@contextmanager
def serve() -> Iterator[LocalSite]:
    """A server on a free port of 127.0.0.1, stopped when the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    site = LocalSite(server.server_address[1])
    server.RequestHandlerClass = _handler(site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[LocalSite]:
    """A local site for one test (a pytest plugin: tests/conftest.py loads this module)."""
    with serve() as running:
        yield running


def rss(items: list[str], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document around ``<item>`` elements."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>http://127.0.0.1/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def item(link: str, title: str, summary: str, *, content: str = "", date: str = "") -> str:
    """One RSS item; with ``content`` it carries full text (content:encoded)."""
    encoded = (
        f'<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<![CDATA[{content}]]></content:encoded>"
        if content
        else ""
    )
    when = f"<pubDate>{date}</pubDate>" if date else ""
    heading = f"<title>{title}</title>" if title else ""
    return (
        f"<item>{heading}<link>{link}</link><guid>{link}</guid>{when}"
        f"<description><![CDATA[{summary}]]></description>{encoded}</item>"
    )


def cluttered_page(site_name: str, title: str, paragraphs: list[str], date: str = "") -> bytes:
    """A news page with navigation, ads, a cookie banner and related links around the text."""
    meta_date = f'<meta property="article:published_time" content="{date}">' if date else ""
    head = f'<title>{title} | {site_name}</title><meta property="og:title" content="{title}">'
    heading = f"<h1>{title}</h1>" if title else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f'<li><a href="/s/{n}">Section {n} news</a></li>' for n in range(12))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
{head if title else ""}<meta property="og:site_name" content="{site_name}">
{meta_date}</head><body>
<header><nav><ul>{nav}</ul></nav><div class="cookie">We use cookies to improve your
experience. Accept all cookies to continue browsing our site.</div></header>
<aside class="ad">ADVERTISEMENT Subscribe now for only one dollar a week and get unlimited
access to all our premium journalism.</aside>
<main><article>{heading}{body}</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Celebrity chef opens new restaurant downtown</a>
</li><li><a href="/y">Ten tips for a better night's sleep this winter</a></li></ul></aside>
<footer>Copyright {site_name}. All rights reserved. Terms of use. Privacy policy.
Contact us. Sign up for our newsletter.</footer></body></html>""".encode()
