"""Hard-wrapped plain text: which line breaks fall inside a sentence.

Plain text breaks lines for two reasons: an editor wrapped a long paragraph at a fixed
width, or the writer ended the line on purpose (a headline, a date or byline line, the
end of a paragraph). A wrapping editor fills each line, so a line the next word would
still have fitted on was ended on purpose; a line that stops on a word no sentence ends
on ("the", "and") or is continued in lower case was wrapped. The first line of a text
is its headline when it is set apart, longer than the wrap width or in title case, and
only a wrapped line continued in lower case carries it on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from consilience.text.lexicon import word_list
from consilience.text.sentences import CLOSING, opens_lower_case, runs_on

TERMINAL = tuple(".!?…:;\"'”’»)]")
"""How a line that ends a paragraph ends (a headline or a date line ends otherwise)."""
SENTENCE_END = tuple(".!?…:;")
WEB_ADDRESS = re.compile(r"(?:https?\s*:\s*/|www\s*\.\s*\w)", re.IGNORECASE)
"""A line that opens with a web address: the page's own address, never part of a sentence."""

MIN_WIDTH_LINES = 3
"""Fewer wrapped-looking lines than this tell nothing about a wrap width."""
MIN_WIDTH = 30
"""Narrower "wrapping" is a list of short lines (share buttons, a byline), not prose."""
BAND = 0.7
"""A wrapped line is at least this share of the width long (the next word did not fit)..."""
NEAR_BEST = 0.95
"""Of the lengths whose band holds nearly the most lines, the longest is the width."""
WRAPPED_SHARE = 0.6
"""... and wrapped text has this share of its lines in that band (paragraph ends, dates
and bylines are the rest); text written a paragraph a line spreads much wider."""
TITLE_CASE_SHARE = 0.75
"""A headline capitalises at least this share of its longer words."""
MIN_TITLE_WORDS = 3
"""A line with fewer longer words tells nothing by its capitals."""
MIN_CONTENT_LETTERS = 4
"""Words this long count as longer words."""
WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def rejoin(blocks: Sequence[Sequence[str]]) -> list[str]:
    """Paragraphs from blocks of non-empty lines: wrapped lines joined, others kept apart."""
    width = wrap_width(blocks)
    result: list[str] = []
    for block in blocks:
        current, last = "", ""
        for line in block:
            first = current == last and all(WEB_ADDRESS.match(p) for p in result)
            if current and wrapped(last, line, width, first=first):
                current = f"{current} {line}"
            else:
                if current:
                    result.append(current)
                current = line
            last = line
        if current:
            result.append(current)
    return result


def wrap_width(blocks: Sequence[Sequence[str]]) -> int | None:
    """The column the text was wrapped at, if it was (else None).

    A wrapping editor leaves most lines that do not end a block (the headline aside) a
    little short of one width: the width is the longest line length with (nearly) the
    most lines in the band just below it, and the text was wrapped if that band holds
    most of them.
    """
    lengths: list[int] = []
    past_headline = False
    for block in blocks:
        for number, line in enumerate(block):
            if WEB_ADDRESS.match(line):
                continue
            if past_headline and number < len(block) - 1:
                lengths.append(len(line))
            past_headline = True
    if len(lengths) < MIN_WIDTH_LINES:
        return None
    lengths.sort()
    held = {n: _band(lengths, n) for n in set(lengths)}
    most = max(held.values())
    width = max(n for n, count in held.items() if count >= NEAR_BEST * most)
    return width if width >= MIN_WIDTH and most >= WRAPPED_SHARE * len(lengths) else None


def _band(lengths: Sequence[int], width: int) -> int:
    """How many of the (sorted) lengths lie in the band a wrap at ``width`` fills."""
    return bisect_right(lengths, width) - bisect_left(lengths, BAND * width)


def wrapped(previous: str, line: str, width: int | None, *, first: bool = False) -> bool:
    """Whether ``line`` carries on the sentence that the line ``previous`` broke off.

    ``first``: ``previous`` is the text's first line, where a headline stands.
    """
    if WEB_ADDRESS.match(previous) or WEB_ADDRESS.match(line):
        return False
    end = previous.rstrip(CLOSING + " ")
    if end.endswith(SENTENCE_END):
        return runs_on(previous, line)
    if end.endswith(",") or _last_word(end) in word_list("unfinished_words"):
        return True
    if first and (_headline(previous) or (width is not None and len(previous) > width)):
        return filled(previous, line, width) and opens_lower_case(line)
    return filled(previous, line, width) or (opens_lower_case(line) and not first)


def filled(previous: str, line: str, width: int | None) -> bool:
    """Whether ``previous`` is as full as the wrap width allows: the next line's first word
    would not have fitted on it."""
    if width is None or len(previous) > width:
        return False
    return len(previous) + 1 + len(line.split(maxsplit=1)[0]) > width


def _headline(line: str) -> bool:
    """Whether the line is written as a headline: three or more words of four letters or
    more, most of them capitalised (headline style leaves "for" and "the" in lower case)."""
    words = [word for word in WORD.findall(line) if len(word) >= MIN_CONTENT_LETTERS]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_CASE_SHARE * len(words)


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1].lower() if words else ""
