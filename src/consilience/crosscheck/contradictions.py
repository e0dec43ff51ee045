"""Contradictions between claim units, by comparing structured slots (precision first).

Two units are compared only when they are about the same thing: aligned into one claim, or
(for "in its Nth year" durations) naming the same kind of event just before the ordinal.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from consilience.crosscheck.slots import TIME_UNITS, amounts, negated, ordinals
from consilience.model import Contradiction, ContradictionKind, Evidence

# Generic nouns for one armed conflict: "the war, now in its fourth year" and "the conflict,
# which has entered its third year" talk about the same thing.
_EVENT_NOUNS = {"war": "war", "conflict": "war", "fighting": "war", "hostilities": "war"}
_CONTEXT_CHARS = 60
SAME_WORDING = 85  # rapidfuzz ratio of two sentences, negation aside, to be one statement
_NEGATION_WORDS = re.compile(r"\b(not|never|no longer|n't|did|does|do|has|have|had)\b|n't")


def _contradiction(kind: ContradictionKind, a: Evidence, b: Evidence, what: str) -> Contradiction:
    """A contradiction with a stable id from both evidence spans."""
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in (a, b))
    digest = hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]
    return Contradiction(id="x_" + digest, kind=kind, a=a, b=b, explanation=what)


def _event(text: str, start: int) -> str | None:
    """The event noun named shortly before an ordinal ("the war, now in its ...")."""
    window = text[max(0, start - _CONTEXT_CHARS) : start].lower()
    nouns = [_EVENT_NOUNS[w] for w in re.findall(r"[a-z]+", window) if w in _EVENT_NOUNS]
    return nouns[-1] if nouns else None


def _outlet(evidence: Evidence, outlets: Mapping[str, str]) -> str:
    """How an explanation names the article: its outlet, else its id."""
    return outlets.get(evidence.article_id, f"article {evidence.article_id}")


def _ordinal_clash(
    a: Evidence, b: Evidence, aligned: bool, outlets: Mapping[str, str]
) -> Contradiction | None:
    """Different ordinals of the same unit about the same event or within one claim."""
    for left in ordinals(a.text):
        for right in ordinals(b.text):
            if left.unit != right.unit or left.value == right.value:
                continue
            event = _event(a.text, left.start)
            same_event = event is not None and event == _event(b.text, right.start)
            if aligned or (left.unit in TIME_UNITS and same_event):
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                what = (
                    f'{_outlet(a, outlets)} says "{left.text}"; '
                    f'{_outlet(b, outlets)} says "{right.text}".'
                )
                return _contradiction(kind, a, b, what)
    return None


def _amount_clash(a: Evidence, b: Evidence, outlets: Mapping[str, str]) -> Contradiction | None:
    """Amounts of one unit about one head noun whose allowed ranges do not overlap."""
    for left in amounts(a.text):
        for right in amounts(b.text):
            if left.unit != right.unit or left.head != right.head:
                continue
            if left.high < right.low or right.high < left.low:
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                what = (
                    f'{_outlet(a, outlets)} gives "{left.text}"; '
                    f'{_outlet(b, outlets)} gives "{right.text}".'
                )
                return _contradiction(kind, a, b, what)
    return None


def _negation_clash(a: Evidence, b: Evidence, outlets: Mapping[str, str]) -> Contradiction | None:
    """The same statement, affirmed by one article and negated by the other."""
    if negated(a.text) == negated(b.text):
        return None
    bare_a, bare_b = _without_negation(a.text), _without_negation(b.text)
    if fuzz.ratio(bare_a, bare_b) < SAME_WORDING:
        return None
    yes, no = (b, a) if negated(a.text) else (a, b)
    what = (
        f'{_outlet(yes, outlets)} says "{yes.text.strip()}"; '
        f'{_outlet(no, outlets)} says the opposite: "{no.text.strip()}".'
    )
    return _contradiction("negation", a, b, what)


def _without_negation(text: str) -> str:
    """A sentence with its negation words and auxiliaries removed, lower case."""
    return " ".join(_NEGATION_WORDS.sub(" ", text.lower()).split())


def compare(
    a: Evidence, b: Evidence, *, aligned: bool, outlets: Mapping[str, str] | None = None
) -> Contradiction | None:
    """The contradiction between two units of different articles, if their slots clash.

    ``outlets`` (article id -> outlet name) lets the explanation name outlets, not ids.
    """
    if a.article_id == b.article_id:
        return None
    names = outlets or {}
    clash = _ordinal_clash(a, b, aligned, names)
    if clash is None and aligned:
        clash = _amount_clash(a, b, names) or _negation_clash(a, b, names)
    return clash
