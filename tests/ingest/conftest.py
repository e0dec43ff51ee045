"""Hand-written input files, and small builders for the formats best made in code."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FIXTURES = Path(__file__).parent / "fixtures"


PageBuilder = Callable[[str, list[str]], str]
WarcBuilder = Callable[[Path, dict[str, str]], Path]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def news_page() -> PageBuilder:
    return page


@pytest.fixture
def warc_file() -> WarcBuilder:
    return write_warc


def page(title: str, paragraphs: list[str], site: str = "Example News") -> str:
    """A news page with navigation, share buttons and a footer around the article."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>{title}</title>'
        f'<meta property="og:site_name" content="{site}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{body}<p>Share</p></article>"
        "<footer>© 2025 Example News. All rights reserved.</footer></body></html>"
    )


def write_warc(path: Path, pages: dict[str, str], gzip: bool = True) -> Path:
    """A WARC archive with one HTML response per URL, plus a request and an image."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for url, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/a.png",
                "response",
                payload=io.BytesIO(b"\x89PNG"),
                http_headers=image,
            )
        )
    return path
