"""Building an Article: its stable id, ISO publication date and language."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

import dateparser

from consilience.errors import InputError
from consilience.ingest.clean import normalise
from consilience.ingest.origin import agency, credited_agency
from consilience.model import Article
from consilience.text import word_list

MAX_TEXT_CHARS = 1_000_000
"""Longer article texts are refused: no news article is this long, and it is the most
spaCy parses in one text (its ``max_length``)."""
MAX_MARK_RUN = 32
"""Longer runs of punctuation or symbols are cut to this many: prose never needs more, and
spaCy's tokenizer peels them one by one, quadratically (10,000 quote marks: a minute)."""
MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")

ABSOLUTE_DATES: Mapping[str, Any] = MappingProxyType(
    {
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
)
"""Only full calendar dates: "yesterday" or "May" would depend on when ingest runs."""
MIN_WORDS_FOR_LANGUAGE = 8
ENGLISH_STOPWORD_RATIO = 0.2


def article_id(source: str, title: str | None, text: str) -> str:
    """A stable id from origin and content, so the same input is stored once."""
    digest = hashlib.sha256("\x1f".join((source, title or "", text)).encode("utf-8"))
    return digest.hexdigest()[:16]


def make_article(
    where: str,
    *,
    source: str,
    text: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = None,
    origin: str | None = None,
    raw: str | None = None,
) -> Article:
    """An Article from cleaned parts; an InputError when there is no text or far too much.

    ``origin`` is the wire agency the input names (a feed's or JSONL's field); else the
    credit the text gives, read from ``raw`` (the text before cleaning dropped datelines and
    bylines) when given.

    The text is normalised (no control characters) and runs of marks are bounded here,
    so what readers and the API store is equally safe to analyse.
    """
    text = MARK_RUN.sub(lambda run: run[0][:MAX_MARK_RUN], normalise(text))
    if not text.strip():
        raise InputError(where, "no article text found")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            where, f"article text has {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit"
        )
    source = " ".join(source.split()) or "unknown"
    title = " ".join(title.split()) if title else None
    return Article(
        id=article_id(source, title, text),
        source=source,
        title=title or None,
        url=url.strip() if url and url.strip() else None,
        published=iso_date(published),
        language=_language_tag(language) or guess_language(text),
        text=text,
        origin=agency(origin)
        or (origin.strip() if origin else None)
        or credited_agency(raw or text),
    )


def iso_date(value: str | None) -> str | None:
    """A date or timestamp as ISO 8601 (UTC when it has a zone); None when unreadable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    parsed = _parse(value)
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC).isoformat(timespec="seconds")
    return parsed.isoformat(timespec="seconds")


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        parsed: datetime | None = dateparser.parse(
            value, languages=["en"], settings=dict(ABSOLUTE_DATES)
        )
    except (ValueError, OverflowError):
        return None
    return parsed


def _language_tag(value: str | None) -> str | None:
    """The primary language subtag of a metadata value ("en-GB" -> "en")."""
    if not value:
        return None
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value)
    return match.group(1).lower() if match else None


def guess_language(text: str) -> str | None:
    """ "en" when common English function words make up a fair share of the words."""
    words = re.findall(r"[a-z]+", text[:20000].lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    share = sum(word in word_list("common_english_words") for word in words) / len(words)
    return "en" if share >= ENGLISH_STOPWORD_RATIO else None
