"""A claim several outlets state recruits the clause each other outlet states its core in.

Claims partition sentences, yet real news packs several facts into one sentence and repeats
one fact in several: a fact seven outlets state sits in three claims of two or three outlets
each, or in a sentence that joined another claim. A claim's core is what at least two of its
outlets say (the content words, details and counts both use); a clause of another outlet
that gives no detail or count of its own outlet alone beyond that core and uses mostly its
words (or gives its count) states the claim too and is lent to it as support. Only the
clause is lent, so a detail its sentence gives elsewhere is not shown as corroborated, and
it keeps its own claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from consilience.crosscheck.claimed import with_support
from consilience.crosscheck.support import DISTINCTIVE
from consilience.crosscheck.words import details, figures, stems
from consilience.model import Claim, Evidence

COVERED = 0.75  # share of a clause's content words the core must hold for it to state it
HALF = 0.5  # the share of its words and of the core a clause states it with
MIN_SHARED = 3  # content words a clause shares with the core, or one number
COUNTED = 0.25  # share of its words a clause giving a claim's count states it with
_COUNT = "#"  # marks a figure among content words


_GLUED = re.compile(r"(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)")


def content(text: str) -> frozenset[str]:
    """Content words (``stems``), a number apart from a unit glued to it ("110bn", "euro30"),
    as ``details`` reads it."""
    return stems(_GLUED.sub(" ", text)) | _counts(text)


def _counts(text: str) -> frozenset[str]:
    """The figures large enough to identify a fact, each with what it counts, as words."""
    return frozenset(
        f"{_COUNT}{value:g} {unit}" for value, unit in figures(text) if value >= DISTINCTIVE
    )


@lru_cache(maxsize=16384)
def checkable(text: str) -> frozenset[str]:
    """A text's details (``details``) and its counted figures: what an outlet may give alone
    (cached: a story's claims hold the same sentences again and again)."""
    return details(text) | _counts(text)


def core(support: Iterable[Evidence], outlets: Mapping[str, str]) -> frozenset[str]:
    """The content words (details included) at least two outlets of a claim use."""
    return said_twice(support, outlets, content)


def common_details(claims: Iterable[Claim], outlets: Mapping[str, str]) -> frozenset[str]:
    """The details (``checkable``) at least two outlets give somewhere in a story's claims:
    no one outlet's own, wherever a sentence gives them, and in whatever case ("Parliament"
    is a name to ``details``, "parliament" another outlet's word for the same body)."""
    return said_twice((e for c in claims for e in c.support), outlets, _written)


def _written(text: str) -> frozenset[str]:
    """A text's details and content words: the details it gives, in whatever case."""
    return checkable(text) | stems(text)


def said_twice(
    texts: Iterable[Evidence], outlets: Mapping[str, str], read: Callable[[str], frozenset[str]]
) -> frozenset[str]:
    """The words (as ``read`` finds them) at least two outlets use in some texts."""
    said: dict[str, set[str]] = {}
    for evidence in texts:
        for word in read(evidence.text):
            said.setdefault(word, set()).add(outlets[evidence.article_id])
    return frozenset(word for word, who in said.items() if len(who) >= 2)


def states(own: frozenset[str], named: frozenset[str], claim: frozenset[str]) -> float:
    """How well a clause (its content words ``own``, its details ``named`` that no other
    outlet gives) states a claim's core, 0 when it does not: it gives no such detail the
    core lacks, shares a number or ``MIN_SHARED`` words with it, and the core holds most of
    its words (``COVERED``), or half of them when the clause also says half the core, or a
    quarter when both give the same count of the same thing ("41 passengers"), which
    identifies a fact however the rest is worded."""
    if not own or not named <= claim:
        return 0.0
    shared = own & claim
    share = len(shared) / len(own)
    if share < COUNTED or (len(shared) < MIN_SHARED and not any(w[:1].isdigit() for w in shared)):
        return 0.0
    if share >= COVERED or min(share, len(shared) / len(claim)) >= HALF:
        return share
    return share if any(w.startswith(_COUNT) for w in shared) else 0.0


def recruit(
    claims: Sequence[Claim], pieces: Sequence[Evidence], outlets: Mapping[str, str]
) -> list[Claim]:
    """Each claim two outlets support, with the best clause of every other outlet that
    states its core (``states``) added to its support. An outlet the claim holds lends a
    clause too when that clause gives a detail of the core its support there lacks ("She
    was 88." after a lead that gives no age): its sentences state the fact between them."""
    cores = {
        k: core(claim.support, outlets)
        for k, claim in enumerate(claims)
        if claim.independent_support >= 2
    }
    using: dict[str, list[int]] = {}  # word -> claims whose core holds it
    for k, found in cores.items():
        for word in found:
            using.setdefault(word, []).append(k)
    told: dict[int, dict[str, frozenset[str]]] = {}
    for k in cores:
        for e in claims[k].support:
            known = told.setdefault(k, {}).get(outlets[e.article_id], frozenset())
            told[k][outlets[e.article_id]] = known | checkable(e.text)
    common = said_twice(pieces, outlets, checkable)  # no outlet's own detail, wherever said
    lent: dict[int, dict[str, tuple[float, Evidence]]] = {}
    for piece in pieces:
        outlet = outlets[piece.article_id]
        named = checkable(piece.text)
        alone = named - common
        own = content(piece.text)
        hits = Counter(k for word in own for k in using.get(word, ()))
        for k in sorted(k for k, n in hits.items() if n >= COUNTED * len(own)):
            if outlet in told[k] and named <= told[k][outlet]:
                continue
            if any(_overlap(piece, e) for e in claims[k].support):
                continue
            share = states(own, alone, cores[k])
            if share > lent.setdefault(k, {}).get(outlet, (0.0, piece))[0]:
                lent[k][outlet] = (share, piece)
    return [
        with_support(
            claim, [replace(e, score=round(s, 3)) for s, e in lent.get(k, {}).values()], outlets
        )
        for k, claim in enumerate(claims)
    ]


def _overlap(a: Evidence, b: Evidence) -> bool:
    """Whether two spans share text: a sentence the claim holds part of lends no more, or a
    detail cut from it as its outlet's own would come back as corroborated."""
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end
