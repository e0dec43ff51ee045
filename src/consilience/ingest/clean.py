"""From raw extracted text to an article body: paragraphs, no page chrome.

The body is what every later offset indexes into, so it is built once, here:
paragraphs separated by one blank line, hard-wrapped lines joined back into their
sentences, and lines that are page furniture (share buttons, comment forms, bylines,
datelines) dropped. Patterns are general, and only ever match short lines.
"""

from __future__ import annotations

import re
import unicodedata

from consilience.ingest.wraps import TERMINAL, WEB_ADDRESS, rejoin

MAX_CHROME_CHARS = 120
"""Longer lines are content even when they start like chrome ("Share prices rose ...")."""

SOCIAL = (
    r"(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest|telegram|threads"
    r"|bluesky|mastodon|messenger|tumblr|flipboard|sms)"
)
CHROME = re.compile(
    r"""^(?:
        share(?:\s+(?:this|the|on|via|to|by))?(?:\s+(?:article|story|post|page|link|{SOCIAL}))*
      | {SOCIAL} | tweet | print | copy\s+link | like\s+this | like\s+loading\.*
      | (?:\d+\s+)?comments?
      | (?:leave|post|add|write)\s+a\s+(?:reply|comment)
      | cancel\s+reply | reply | post\s+comment | submit(?:\s+comment)?
      | (?:advertisement|sponsored(?:\s+content)?|ad)
      | (?:read|see)\s+(?:more|also|next)(?:\s*:.*)?
      | related(?:\s+(?:articles?|stories|posts?|news|content))?(?:\s*:.*)?
      | (?:most\s+)?(?:popular|trending)(?:\s+now)?
      | (?:subscribe|sign\s+up|log\s+in|sign\s+in|register|follow\s+us)\b.*
      | click\s+here\b.*
      | (?:tags?|filed\s+under|posted\s+in|categories|category|topics)\s*:.*
      | (?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).* | .*\ball\s+rights\s+reserved\.?
      | your\s+email\s+address\s+will\s+not\s+be\s+published\b.*
      | required\s+fields\s+are\s+marked.*
      | (?:name|email|website|comment)\s*\*?
      | save\s+my\s+name,?\s+email.*
      | (?:photo|image|picture|video)\s*(?:credit)?\s*:.*
      | (?:(?:written|reporting|reported|edited)\s+)?by
        \s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}
        (?:\s*(?:,|and|&)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})*)
      | (?:updated|published|posted)(?:\s+on)?\s*:\s*.{0,60}
      | (?:updated|published|posted)(?:\s+on)?
        \s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}.{0,30}
      | (?:min(?:ute)?s?\s+read|\d+\s+min(?:ute)?s?\s+read)
    )[\s.!:|]*$""".replace("{SOCIAL}", SOCIAL),
    re.IGNORECASE | re.VERBOSE,
)

COMMENTS_START = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)|\d+\s+(?:comments?|responses?|replies)"
    r"|comments?\s+are\s+closed|join\s+the\s+(?:discussion|conversation))[\s.!:]*$",
    re.IGNORECASE,
)

DATELINE = re.compile(
    r"""^(?:
        \[[^\]\n]{2,40}\]                                   # [UNITED STATES]
      | [A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?  # KYIV, Ukraine
        (?:\s*\([A-Za-z .&]{1,20}\))?\s*[—–-]{1,2}           # (AP) —
    )\s+(?=\S)""",
    re.VERBOSE,
)

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters (Unicode category Cc) other than tab and newline."""


def normalise(text: str) -> str:
    """Unicode NFC, Unix newlines, no control characters or non-breaking spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return CONTROL.sub("", text)


def paragraphs(text: str, *, join_wraps: bool = True) -> list[str]:
    """Paragraphs of raw text: blank lines and lines ended on purpose break, wraps join.

    Without ``join_wraps`` (text extracted from HTML) every line is a paragraph.
    """
    blocks = [
        [" ".join(line.split()) for line in block.split("\n") if line.strip()]
        for block in re.split(r"\n[ \t]*\n", normalise(text))
    ]
    if join_wraps:
        return rejoin(blocks)
    return [line for block in blocks for line in block]


def strip_chrome(paras: list[str]) -> list[str]:
    """Drop page furniture; everything from a comment-section heading on is dropped too."""
    kept: list[str] = []
    for para in paras:
        if len(para) <= MAX_CHROME_CHARS and COMMENTS_START.match(para):
            break
        if (len(para) <= MAX_CHROME_CHARS and CHROME.match(para)) or _bare_address(para):
            continue
        kept.append(para)
    return kept


def _bare_address(para: str) -> bool:
    """A paragraph that is only a web address (copied pages often start with their own)."""
    return WEB_ADDRESS.match(para) is not None and not para.endswith(TERMINAL)


def strip_dateline(para: str) -> str:
    """The paragraph without a leading dateline such as "[UNITED STATES]" or "KYIV (AP) —"."""
    match = DATELINE.match(para)
    return para[match.end() :] if match else para


def looks_like_title(line: str) -> bool:
    """Short, one line, not ending like a sentence: a headline."""
    words = line.split()
    return 0 < len(words) <= 25 and len(line) <= 200 and not line.endswith((".", ",", ";", ":"))


def body(paras: list[str]) -> str:
    """The article text: chrome and a leading dateline removed, one blank line between."""
    kept = strip_chrome(paras)
    if kept:
        kept[0] = strip_dateline(kept[0])
    return "\n\n".join(p for p in kept if p)


def split_title(text: str) -> tuple[str | None, str]:
    """Title and body of plain text whose first line may be a headline."""
    paras = strip_chrome(paragraphs(text))
    if len(paras) > 1 and looks_like_title(paras[0]):
        return paras[0], body(paras[1:])
    return None, body(paras)


def same_heading(a: str, b: str) -> bool:
    """Whether two headings are the same text, ignoring case, spacing and punctuation."""
    return _letters(a) == _letters(b)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())
