"""JSONL: one article per line (source, title, url, published, language, origin, text or html)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from consilience.errors import InputError
from consilience.ingest.article import make_article
from consilience.ingest.clean import body, paragraphs
from consilience.ingest.files import source_name
from consilience.ingest.html import html_article
from consilience.model import Article

MAX_LINE_BYTES = 10 * 1024 * 1024
FIELDS = ("source", "title", "url", "published", "language", "origin", "text", "html")


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Every valid line as an article; a bad line is reported as ``path:line``."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror or error})") from error
    found = False
    with handle:
        for number, line in _lines(handle):
            if line is not None and not line.strip():
                continue
            found = True
            try:
                yield _line_article(f"{path}:{number}", line, source_name(path))
            except InputError as error:
                yield error
    if not found:
        raise InputError(str(path), "file is empty")


def _lines(handle: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; ``None`` for a line longer than the limit (skipped unread)."""
    number = 0
    while line := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _line_article(where: str, line: bytes | None, fallback_source: str) -> Article:
    if line is None:
        raise InputError(where, f"line is over the {MAX_LINE_BYTES // 2**20} MB limit")
    record = _record(where, line)
    fields = {key: record.get(key) for key in FIELDS}
    source = fields["source"] or fallback_source
    if fields["text"]:
        return make_article(
            where,
            source=source,
            title=fields["title"],
            url=fields["url"],
            published=fields["published"],
            language=fields["language"],
            origin=fields["origin"],
            text=body(paragraphs(fields["text"])),
            raw=fields["text"],
        )
    if fields["html"]:
        keys = ("source", "title", "published", "language", "origin")
        overrides = {key: fields[key] for key in keys}
        return html_article(
            where, fields["html"], fallback_source=source, url=fields["url"], overrides=overrides
        )
    raise InputError(where, 'no "text" or "html" field')


def _record(where: str, line: bytes) -> dict[str, Any]:
    """The line's JSON object, with every known field a string or absent."""
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InputError(where, "not UTF-8 (JSON must be UTF-8)") from error
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON ({error.msg} at column {error.colno})") from error
    if not isinstance(record, dict):
        raise InputError(where, "not a JSON object")
    for key in FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f'field "{key}" must be a string')
    return record
