"""Find the spans enclosed by quotation marks, in any style, without ever raising.

Double-style marks (straight ``"``, curly “…”, „…“, «…», ‹…›, and two apostrophes
''…'' as newswire archives write them) are paired first within each paragraph;
single-style marks (‘…’ and straight ``'``) count only outside them, so a quote nested
in a quote stays part of its outer quote. An unclosed mark is dropped,
except at the end of a paragraph when the next paragraph opens a mark again (the news
convention for a quote that runs over several paragraphs), or when a double mark that
closes it comes within the next few short lines before any mark that opens (text set
one sentence a line, as wires and corpora deliver it, spreads one quote over lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DOUBLE_OPENERS = frozenset("“„«‹")
DOUBLE_CLOSERS = frozenset("”»›")
SINGLE_OPENERS = frozenset("‘")
SINGLE_CLOSERS = frozenset("’")
ALL_OPENERS = DOUBLE_OPENERS | SINGLE_OPENERS | frozenset("\"'")
BOUNDARY_BEFORE = frozenset(" \t\n([{—–-/:;,")
TRIM = " \t\n,"
# Punctuation and a space that end the spoken words before a closing mark.
SPACED_CLOSERS = frozenset([", ", ". ", "? ", "! "])
MAX_SINGLE_QUOTE = 300
# How far a double quote may run on over line breaks to find its closing mark.
MAX_RUN_ON_LINES = 5
MAX_RUN_ON_CHARS = 1200
# Two apostrophes stand for a straight double mark in newswire archives (''Yes,'' he said).
APOSTROPHE = "'"
TWO_APOSTROPHES = "''"
# The pairing loops visit only line breaks and the characters a role can take as a mark:
# any other character neither opens nor closes a quote.
_MARK_OR_BREAK = re.compile(
    "[\n" + re.escape("".join(sorted(ALL_OPENERS | DOUBLE_CLOSERS | SINGLE_CLOSERS))) + "]"
)

# Whether the mark at a position opens, closes or is no quote mark, given the open mark.
_Role = Callable[[str, int, str | None], str | None]


@dataclass(frozen=True)
class Quoted:
    """The words between a pair of marks (``start``/``end``) and the marks' own span."""

    start: int
    end: int
    mark_start: int
    mark_end: int


def quoted_spans(text: str) -> list[Quoted]:
    """Every quoted span of the text in order; nested single quotes are not reported."""
    doubles = _pair(text, _double_role, run_on=True, apostrophes=2)
    singles = [
        q
        for q in _pair(text, _single_role, run_on=False, apostrophes=1)
        if q.mark_end - q.mark_start <= MAX_SINGLE_QUOTE and not _inside(q, doubles)
    ]
    found = [q for q in (_trimmed(text, q) for q in doubles + singles) if q is not None]
    return sorted(found, key=lambda q: q.start)


def _inside(quote: Quoted, spans: list[Quoted]) -> bool:
    return any(s.mark_start <= quote.mark_start and quote.mark_end <= s.mark_end for s in spans)


def _trimmed(text: str, quote: Quoted) -> Quoted | None:
    """Drop blanks and a trailing comma inside the marks; None when nothing is left."""
    start, end = quote.start, quote.end
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    if end - start < 2:
        return None
    return Quoted(start, end, quote.mark_start, quote.mark_end)


def _pair(text: str, role: _Role, run_on: bool, apostrophes: int) -> list[Quoted]:
    """Pair opening and closing marks paragraph by paragraph (over lines when ``run_on``
    and the mark closes a few lines on); a mark of apostrophes is that many characters."""

    def width(i: int) -> int:
        return apostrophes if text[i] == APOSTROPHE else 1

    found: list[Quoted] = []
    opened: int | None = None
    for match in _MARK_OR_BREAK.finditer(text):
        i, char = match.start(), match.group()
        if char == "\n":
            if opened is not None and _next_paragraph_opens(text, i):
                found.append(Quoted(opened + width(opened), i, opened, i))
            elif opened is not None and run_on and _runs_on(text, i, opened, role):
                continue
            opened = None
            continue
        kind = role(text, i, text[opened] if opened is not None else None)
        if kind == "close" and opened is not None:
            found.append(Quoted(opened + width(opened), i, opened, i + width(i)))
            opened = None
        elif kind == "open":
            opened = i
    return found


def _double_role(text: str, i: int, open_char: str | None) -> str | None:
    char = text[i]
    if char == APOSTROPHE:
        if open_char not in (None, APOSTROPHE) or not _two_apostrophes(text, i):
            return None
        return _straight_role(text, i, open_char is not None, width=2)
    if char == '"':
        return None if open_char == APOSTROPHE else _straight_role(text, i, open_char is not None)
    if char == "“" and open_char is not None and (open_char == "„" or _ends_word(text, i)):
        return "close"
    if char in DOUBLE_OPENERS:
        return "open"
    if char in DOUBLE_CLOSERS:
        if open_char is None and char == "”" and _starts_word(text, i):
            return "open"
        return "close"
    return None


def _single_role(text: str, i: int, open_char: str | None) -> str | None:
    char = text[i]
    if char not in "‘’'" or _two_apostrophes(text, i) or _two_apostrophes(text, i - 1):
        return None
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, Adler’s
    if char == "‘" or (char == "'" and open_char is None):
        return "open" if before in BOUNDARY_BEFORE and after.isalnum() else None
    if open_char is None:
        return None
    return "close" if not before.isspace() and (after.isspace() or not after.isalnum()) else None


def _straight_role(text: str, i: int, is_open: bool, width: int = 1) -> str | None:
    """A straight double mark (``width`` characters) opens after a boundary and before a
    word, else closes.

    While a quote is open, a mark after a sentence's punctuation and a space closes it even
    when glued to the next word (``murder, "the minister said``), as tokenised text sets it.
    """
    starts, ends = _starts_word(text, i, width), _ends_word(text, i, width)
    if is_open:
        return "open" if starts and not ends and not _after_punctuation(text, i) else "close"
    return "open" if not ends or starts else None


def _two_apostrophes(text: str, i: int) -> bool:
    """Whether two apostrophes from ``i`` make one double mark. In a run of three a
    single mark nests inside the double one: the first two open, the last two close."""
    if i < 0 or not text.startswith(TWO_APOSTROPHES, i):
        return False
    first = i
    while first > 0 and text[first - 1] == APOSTROPHE:
        first -= 1
    last = i + 2
    while last < len(text) and text[last] == APOSTROPHE:
        last += 1
    if last - first == 2:
        return True
    closing = first > 0 and not text[first - 1].isspace()
    return last - first == 3 and i == (first + 1 if closing else first)


def _after_punctuation(text: str, i: int) -> bool:
    """Whether the mark follows ", " or the end of a sentence and a space."""
    return text[max(i - 2, 0) : i] in SPACED_CLOSERS


def _starts_word(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return before in BOUNDARY_BEFORE and not after.isspace()


def _ends_word(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _runs_on(text: str, newline: int, opened: int, role: _Role) -> bool:
    """Whether the quote open at a line break goes on: its closing mark comes within the
    next few lines, or, for a quote of whole sentences, a line a few lines on opens a mark
    again (as a quote going on in a new paragraph does)."""
    found = _first_mark(text, newline, text[opened], role)
    if found is None:
        return False
    kind, at = found
    if kind == "close":
        return True
    return kind == "open" and _whole_sentences(text, opened, at)


def _first_mark(text: str, newline: int, open_char: str, role: _Role) -> tuple[str, int] | None:
    """The role and place of the first mark within the next few lines.

    Blank lines do not count: stored articles put one between every two paragraphs.
    """
    end = min(len(text), newline + MAX_RUN_ON_CHARS)
    lines = 0
    for match in _MARK_OR_BREAK.finditer(text, newline + 1, end):
        i = match.start()
        if text[i] == "\n":
            lines += text[i - 1] != "\n"
            if lines >= MAX_RUN_ON_LINES:
                return None
            continue
        found = role(text, i, open_char)
        if found is not None:
            return found, i
    return None


def _whole_sentences(text: str, opened: int, reopened: int) -> bool:
    """Whether the words from one mark to a mark opening a later line are sentences: they
    start with a capital and each of their lines ends a sentence."""
    if text[text.rfind("\n", 0, reopened) + 1 : reopened].strip():
        return False
    lines = [line.strip() for line in text[opened + 1 : reopened].split("\n")]
    lines = [line for line in lines if line]
    return bool(lines) and lines[0][0].isupper() and all(line[-1] in ".?!…" for line in lines)


def _next_paragraph_opens(text: str, newline: int) -> bool:
    rest = text[newline:].lstrip()
    return bool(rest) and rest[0] in ALL_OPENERS
