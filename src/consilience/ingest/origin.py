"""Which wire agency an article credits: a dateline, a credit line or a closing credit.

Only the places where outlets credit a wire are read ("WASHINGTON (AP) —" opening the
text, a line "By Jane Roe, Associated Press" or "— Reuters"), never a mention in the
body: "Reuters reported that ..." cites the agency, it does not carry its copy.
"""

from __future__ import annotations

import re

from consilience.text import name_table

AGENCIES = "wire_agencies"
EDGE_PARAGRAPHS = 2
"""Credits stand in the first or last paragraphs of a text."""
MAX_CREDIT_WORDS = 10

_DATELINE = re.compile(r"[^\n()]{0,80}?\(([^()\n]{2,40})\)\s*[—–-]")
_CLOSING = re.compile(r"[—–-]+\s*(.{2,40}?)\.?")
_CREDIT = re.compile(
    r"(?:by\s+[^,;]{2,60}?\s*[,;—–-]\s*)?(.{2,40}?)(?:\s+(?:writer|reporter|staff))?\.?", re.I
)
_COPYRIGHT = re.compile(r"(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(.{2,40}?)[.,]", re.I)


def agency(name: str | None) -> str | None:
    """The shown name of an agency however it is written ("associated press" -> "AP")."""
    if not name:
        return None
    return name_table(AGENCIES).get(" ".join(name.split()).lower())


def credited_agency(text: str) -> str | None:
    """The agency whose copy the text says it carries, or None."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    first, last = paras[:EDGE_PARAGRAPHS], paras[-EDGE_PARAGRAPHS:]
    for para in first:
        match = _DATELINE.match(para)
        if match and (found := agency(match.group(1))):
            return found
    for para in dict.fromkeys([*first, *last]):
        if len(para.split()) > MAX_CREDIT_WORDS:
            continue
        for pattern in (_CLOSING, _CREDIT):
            match = pattern.fullmatch(para)
            if match and (found := agency(match.group(1))):
                return found
        match = _COPYRIGHT.search(para)
        if match and (found := agency(match.group(1))):
            return found
    return None
