"""HTML pages (main text and metadata via trafilatura, date via htmldate) and fragments."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from consilience.errors import InputError
from consilience.ingest.article import make_article
from consilience.ingest.clean import body, normalise, paragraphs, same_heading
from consilience.ingest.decode import decode
from consilience.ingest.files import read_bytes, source_name
from consilience.model import Article

HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I
)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
BLOCK_TAGS = """
p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer
figure figcaption dd dt hr
"""
BLOCKS = frozenset(BLOCK_TAGS.split())
DROP = ("script", "style", "noscript", "iframe", "template", "svg", "form", "button")


def read_html(path: Path) -> Article:
    """One article from an HTML file; its source is the site name, else the file name."""
    data = read_bytes(path)
    text = decode(data, str(path), meta_charset(data))
    return html_article(str(path), text, fallback_source=source_name(path))


def html_article(
    where: str,
    html: str,
    *,
    fallback_source: str,
    url: str | None = None,
    overrides: dict[str, str | None] | None = None,
) -> Article:
    """The main text and metadata of a page; ``overrides`` win over what the page says."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as error:
        raise InputError(where, f"cannot parse the HTML ({error})") from error
    if doc is None or isinstance(doc, dict) or not doc.text:
        raise InputError(where, "no article text found in the page")
    meta = {
        "title": doc.title,
        "url": url or doc.url,
        "published": doc.date,
        "language": _html_lang(html) or doc.language,
        "source": doc.sitename or _host(url or doc.url) or fallback_source,
        "origin": None,
    }
    meta.update({key: value for key, value in (overrides or {}).items() if value})
    paras = paragraphs(doc.text, join_wraps=False)
    if paras and meta["title"] and same_heading(paras[0], meta["title"]):
        paras = paras[1:]
    return make_article(
        where,
        source=meta["source"] or fallback_source,
        text=body(paras),
        title=meta["title"],
        url=meta["url"],
        published=meta["published"],
        language=meta["language"],
        origin=meta["origin"],
        raw=doc.text,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), one paragraph per block element."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(normalise(fragment), create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return fragment
    for element in root.iter(*DROP):
        element.drop_tree()
    for element in root.iter():
        element.text = _spaced(element.text)
        element.tail = _spaced(element.tail)
        if element.tag == "br":
            element.tail = "\n" + element.tail
        elif isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = "\n\n" + element.tail
    return str(root.text_content())


def _spaced(text: str | None) -> str:
    """Source line breaks inside a block are spaces; only block ends break paragraphs."""
    return re.sub(r"\s+", " ", text) if text else ""


def _html_lang(html: str) -> str | None:
    match = HTML_LANG.search(html[:5000])
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:5000])
    return match.group(1).decode("ascii") if match else None


def _host(url: str | None) -> str | None:
    """The host of a URL without "www.", as a stand-in for the outlet's name."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
