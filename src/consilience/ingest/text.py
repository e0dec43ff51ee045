"""Plain text and Markdown files: one article each, the first line a title when it is one."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from consilience.ingest.article import make_article
from consilience.ingest.clean import body, paragraphs, split_title
from consilience.ingest.decode import decode
from consilience.ingest.files import read_bytes, source_name
from consilience.ingest.html import fragment_text
from consilience.model import Article

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FRONT_FIELD = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*?)\s*$", re.M)
HEADING = re.compile(r"\A\s*#{1,2}[ \t]+(.+?)[ \t#]*(?:\n|\Z)")


def read_text(path: Path) -> Article:
    """A plain-text article; its source is the file name without extension."""
    text = decode(read_bytes(path), str(path))
    title, content = split_title(text)
    return make_article(str(path), source=source_name(path), title=title, text=content, raw=text)


def read_markdown(path: Path) -> Article:
    """A Markdown article: front matter (title, source, url, date, lang) or a leading # heading."""
    text = decode(read_bytes(path), str(path))
    meta, text = _front_matter(text)
    heading = HEADING.match(text)
    if heading and not meta.get("title"):
        meta["title"] = heading.group(1)
        text = text[heading.end() :]
    plain = fragment_text(MarkdownIt("commonmark").render(text))
    if meta.get("title"):
        content = body(paragraphs(plain))
    else:
        meta["title"], content = split_title(plain)
    return make_article(
        str(path),
        source=meta.get("source") or source_name(path),
        title=meta.get("title"),
        url=meta.get("url"),
        published=meta.get("date") or meta.get("published"),
        language=meta.get("lang") or meta.get("language"),
        text=content,
        raw=plain,
    )


def _front_matter(text: str) -> tuple[dict[str, str | None], str]:
    """YAML-style ``key: value`` front matter (flat strings only) and the text after it."""
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return {}, text
    fields: dict[str, str | None] = {
        key.lower(): value.strip("\"'") or None
        for key, value in FRONT_FIELD.findall(match.group(1))
    }
    return fields, text.lstrip("\ufeff")[match.end() :]
