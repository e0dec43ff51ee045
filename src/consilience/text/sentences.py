"""Whether a full stop (or a line break) between two pieces of text really ends a sentence.

Shared by the hard-wrap joiner (ingest) and the sentence splitter (nlp), which both meet
pieces that a break separates wrongly: a new sentence never opens in lower case, and a
courtesy title ("Dr."), an initial ("J.") or a number's point or colon ("25." then
"7bn", as tokenised text writes "25.7bn"; "10:" then "30") is followed by more of the
same sentence.
"""

from __future__ import annotations

import re

from consilience.text.lexicon import word_list

INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
POINT = re.compile(r"(?<!\d)\d{1,3}[.:]$")
MARKS_ONLY = re.compile(r"[\W_]+")
FINAL = tuple(".!?…")
WHITESPACE = " \t\n"
CLOSING = "\"'”’»)]"
"""Marks that close a quote or an aside: a sentence ends where the words before them end."""


def runs_on(before: str, after: str) -> bool:
    """Whether ``after`` carries on the sentence that ``before`` seems to end."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return False
    if opens_lower_case(after):
        return True
    if POINT.search(before):
        return after[0].isdigit()
    return after[0].isupper() and (INITIAL.search(before) is not None or _titled(before))


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence: a full stop, question or exclamation mark or
    ellipsis, maybe followed by closing quotation marks or brackets."""
    return text.rstrip(CLOSING + WHITESPACE).endswith(FINAL)


def opens_lower_case(text: str) -> bool:
    """Whether the text opens with a lower-case word (no sentence does; "eBay" may)."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0][0].islower() and words[0].lower() == words[0]


def marks_only(text: str) -> bool:
    """Whether the text has no letter or digit (a stray closing quote, a dash)."""
    return MARKS_ONLY.fullmatch(text.strip()) is not None


def _titled(before: str) -> bool:
    """Whether the text ends on an abbreviated courtesy title such as "Dr." or "Sen."."""
    word = before.rsplit(None, 1)[-1]
    return word.endswith(".") and word[0].isupper() and word[:-1].lower() in word_list("honorifics")
