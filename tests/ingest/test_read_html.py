from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from consilience.ingest import read_inputs
from consilience.model import Article

PageBuilder = Callable[[str, list[str]], str]
WarcBuilder = Callable[[Path, dict[str, str]], Path]


def articles(path: Path) -> list[Article]:
    found = list(read_inputs([path]))
    assert all(isinstance(a, Article) for a in found), found
    return [a for a in found if isinstance(a, Article)]


def test_a_news_page_gives_main_text_and_metadata_without_chrome(fixtures: Path) -> None:
    (article,) = articles(fixtures / "page.html")
    assert article.source == "The Daily Ledger"
    assert article.title == "Envoy says talks were compelling"
    assert article.url == "https://www.dailyledger.example/world/envoy-talks"
    assert article.published == "2025-04-14"
    assert article.language == "en"
    assert article.text.startswith("The special envoy said on Monday")
    assert article.text.endswith("several details remained open.")
    assert article.text.count("\n\n") == 2
    for chrome in ("Home", "Share", "Maria Ortega", "Leave a Reply", "All rights reserved"):
        assert chrome not in article.text


def test_a_page_in_latin_1_is_decoded_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Café owners protest</title></head>'
        "<body><article><p>Café owners in the old town protested on Sunday against the new "
        "rules, which they said would cost them customers during the busy summer.</p>"
        "<p>The mayor’s office said it would meet them next week to discuss the rules.</p>"
        "</article></body></html>"
    )
    path.write_bytes(html.replace("’", "'").encode("latin-1"))
    (article,) = articles(path)
    assert "Café owners in the old town" in article.text


def test_a_warc_archive_gives_one_article_per_html_response(
    tmp_path: Path, news_page: PageBuilder, warc_file: WarcBuilder
) -> None:
    text = [
        "The harbour authority said on Monday that the new terminal would open in May.",
        "It will handle twice as many ships as the old one, officials said.",
    ]
    warc = warc_file(
        tmp_path / "crawl.warc.gz",
        {"https://www.harbour.example/terminal": news_page("Terminal opens in May", text)},
    )
    (article,) = articles(warc)
    assert article.url == "https://www.harbour.example/terminal"
    assert article.source == "Example News"
    assert article.title == "Terminal opens in May"
    assert article.text == "\n\n".join(text)
