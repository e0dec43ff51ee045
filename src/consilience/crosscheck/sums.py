"""A large sum several outlets give is a claim of its own, however each outlet's sentence runs.

Outlets often give a sum in passing, inside a sentence mainly about something else ("the
strike protests the cuts demanded for a 40bn-crown loan", "since agreeing a 40 billion
loan"), so each outlet's sentence sits in a different claim and the sum is shown as
corroborated by few outlets or none. A sum written with its scale (million, billion, "bn")
is specific, also when an outlet writes it converted in brackets beside another currency
("12bn euros ($13bn)"). The phrase holding a sum ("a 40bn-crown loan from the fund": the sum
with its determiner and the words after it up to the next clause, participle, figure or
punctuation) of each article (each copy of an outlet's article too) supports the claim that
sum makes, when more outlets give it so than any one claim holds: its longest phrase whose
every word beside the sum another outlet's phrase also uses, else its longest, so that one
outlet's aside ("in savings mainly from pension cuts") does not word the claim. A phrase is
left out when it names something (name, day, other number) no other outlet's phrase for the
sum names, so no detail of one outlet is shown as corroborated; when its sentence is related
(alignment at least ``RELATED``) to no other outlet's sentence giving the sum; and, for a
round sum ("$1 million"), when it shares no word beside the sum with another outlet's phrase
("a $1 million reward", "$1 million in damage"). A phrase writing a sum the story also gives
a near other sum of ("$40 million", "$42 million": bids of two bidders, or a disputed
figure) supports no claim, though the phrases giving that sum converted into another
currency may ("30 million euros ($40 million)"); nor do counts without a scale ("20,000
marched"): the same count of two crowds is common.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from consilience.crosscheck.claimed import claim_id
from consilience.crosscheck.clusters import UnionFind
from consilience.crosscheck.contradictions import RELATED
from consilience.crosscheck.narrow import tidy
from consilience.crosscheck.recruit import checkable, said_twice
from consilience.crosscheck.words import figure_spans, stems
from consilience.model import Claim, Evidence, Vector
from consilience.text import word_list

SUM = 1e6  # the smallest sum written with a scale word ("2 million") that identifies a fact
NEAR = 1.25  # ratio within which two sums of a story may be told apart by nothing but owner
PHRASE_WORDS = 14  # the most words a sum's phrase runs to after the sum
_TOKEN = re.compile(r"[()]|[,;:!?]|\.(?!\d)|- -|(?:[^\s(),;:!?.]|\.(?=\d))+")
_SPACED = re.compile(r"(\d+)\.\s$")
_DIGITS = re.compile(r"\d+")
_FIGURE_START = re.compile(r"[$€£]?\d")
_LINKED = re.compile(r"\s+(?:and|or|to)\s*$")  # a word joining the sum to the next one
_STOPS = frozenset({",", ";", ":", "!", "?", ".", "- -"})
_BEFORE = re.compile(r"(?:\b(?P<det>an?|the)\W{0,8})?(?:[$€£]|[A-Za-z]+)?$", re.IGNORECASE)
LOOKBACK = 64
"""How far before a figure its determiner, currency or spaced decimal is looked for: the
end-anchored patterns, searched from the text's start, took quadratic time on a text with
no sentence breaks."""


@lru_cache(maxsize=16384)
def sums(text: str) -> frozenset[float]:
    """The sums a text writes with a scale word ("40bn", "40 billion", "2 million"), cached:
    a story's claims hold the same sentences again and again."""
    return frozenset(value for value, _, _ in _sum_spans(text))


def _sum_spans(text: str) -> list[tuple[float, int, int]]:
    """The sums of ``figure_spans``: written with a scale word, at least `SUM`; a decimal
    point copy spaced apart ("93. 6 billion") is mended to one number (93.6 billion)."""
    found = []
    for value, unit, start, end in figure_spans(text):
        spaced = _SPACED.search(text, max(0, start - LOOKBACK), start)
        digits = _DIGITS.match(text, start)
        if spaced and digits and int(digits[0]):
            scale = value / float(digits[0])
            value, start = float(f"{spaced[1]}.{digits[0]}") * scale, spaced.start()
        if not unit and value >= SUM:
            found.append((value, start, end))
    return found


def sum_claims(
    claims: Sequence[Claim],
    units: Sequence[Evidence],
    probability: Vector,
    outlets: Mapping[str, str],
) -> list[Claim]:
    """The claims and a claim for each sum more outlets give than any claim holds, supported
    by the phrase holding it of each article (see the module docstring); ``probability``
    aligns the units (sentences)."""
    found = [(value, u, phrase) for u, unit in enumerate(units) for value, phrase in _phrases(unit)]
    one = _conversions(p.text for _, _, p in found)
    by_sum: dict[float, list[tuple[float, int, Evidence]]] = {}
    for value, u, phrase in found:
        by_sum.setdefault(one(value), []).append((value, u, phrase))
    held = _held(claims, outlets, one)
    near = _near_others(by_sum)
    made = []
    for key, told_as in by_sum.items():
        given = [(value, u, p) for value, u, p in told_as if value not in near]
        phrases = [p for _, _, p in given]
        common = said_twice(phrases, outlets, _named)
        echoed = said_twice(phrases, outlets, _words)
        fitting = [
            (u, p)
            for value, u, p in given
            if _named(p.text) <= common and (_distinctive(value) or _words(p.text) & echoed)
        ]
        support: dict[str, Evidence] = {}  # article -> its phrase (an outlet's copies each)
        # phrases all of whose words other outlets use first, else each sentence's longest
        for u, p in sorted(fitting, key=lambda f: not _words(f[1].text) <= echoed):
            outlet = outlets[p.article_id]
            if any(
                outlets[q.article_id] != outlet and probability[u, v] >= RELATED for v, q in fitting
            ):
                support.setdefault(p.article_id, replace(p, score=1.0))
        told = len({outlets[article] for article in support})
        if told >= 2 and told > held.get(key, 0):
            wording = _wording(list(support.values()), outlets)
            made.append(_claim(list(support.values()), told, wording))
    return [*claims, *made]


def _near_others(by_sum: Mapping[float, Sequence[tuple[float, int, Evidence]]]) -> set[float]:
    """The sums the story also gives a near, other sum of (within `NEAR`, not converted):
    "$40 million" beside "$42 million" and "$45 million" are bids of several bidders, or
    figures outlets dispute; no phrase shows which outlets mean the same. Only the sums so
    written are: outlets giving a sum converted from one of them in another currency
    ("30 million euros ($40 million)") still mean the same ("30 million euros")."""
    values = sorted((value, key) for key, given in by_sum.items() for value, _, _ in given)
    near = set()
    for (low, key), (high, other) in pairwise(values):
        if key != other and high <= low * NEAR:
            near |= {low, high}
    return near


def _distinctive(value: float) -> bool:
    """A sum of two significant digits or more ("120bn", "2.5 million") is seldom the sum
    of two things in one story; a round one ("$1 million") often is."""
    return len(f"{value:e}".split("e")[0].rstrip("0").replace(".", "")) >= 2


def _claim(support: Sequence[Evidence], told: int, wording: str) -> Claim:
    """A sum's claim: every article's phrase giving it supports it, ``told`` outlets."""
    return Claim(claim_id(support), wording, "corroborated", tuple(support), (), told)


def _wording(phrases: Sequence[Evidence], outlets: Mapping[str, str]) -> str:
    """The support phrase that words a sum's claim: without brackets, with words beside
    the sum, the most of which other outlets' phrases also use (then the longest): "12bn
    euros" beside "12bn euros ($13bn) to save"."""
    echoed = said_twice(phrases, outlets, _words)

    def merit(p: Evidence) -> tuple[bool, float, int]:
        own = _words(p.text)
        return "(" not in p.text and bool(own), len(own & echoed) / max(len(own), 1), len(p.text)

    return max(phrases, key=merit).text


def _without_sums(text: str) -> str:
    """A text with its sums blanked out."""
    for _, start, end in reversed(_sum_spans(text)):
        text = text[:start] + " " + text[end:]
    return text


def _words(text: str) -> frozenset[str]:
    """The content words of a phrase beside its sums."""
    return stems(_without_sums(text))


def _named(text: str) -> frozenset[str]:
    """What a phrase names that an outlet may give alone, but for its sums: the sum is what
    the claim states, and one converted in brackets beside it is the same sum."""
    return checkable(_without_sums(text))


def _conversions(phrases: Iterable[str]) -> Callable[[float], float]:
    """Each sum -> the smallest sum one phrase gives it as, converted in brackets beside it
    ("12bn euros ($13bn)"), so outlets giving either meet."""
    given = [sorted(sums(text)) for text in phrases]
    groups: UnionFind[float] = UnionFind(value for values in given for value in values)
    for first, *others in filter(None, given):
        for value in others:
            groups.union(first, value)
    return lambda value: groups.root(value) if value in groups else value


def _held(
    claims: Sequence[Claim], outlets: Mapping[str, str], one: Callable[[float], float]
) -> dict[float, int]:
    """Each sum -> the most outlets giving it that one claim holds."""
    best: dict[float, int] = {}
    for claim in claims:
        giving: dict[float, set[str]] = {}
        for e in claim.support:
            for value in sums(e.text):
                giving.setdefault(one(value), set()).add(outlets[e.article_id])
        for value, who in giving.items():
            best[value] = max(best.get(value, 0), len(who))
    return best


def _phrases(unit: Evidence) -> list[tuple[float, Evidence]]:
    """Each sum a sentence writes with the phrases holding it (see ``_phrase_span``),
    longest first: the whole phrase, then cut before each preposition in it."""
    text = unit.text
    found = []
    for value, start, end in _sum_spans(text):
        if text.count("(", 0, start) > text.count(")", 0, start):
            continue  # a sum converted in brackets belongs to the phrase of the sum before
        low, high, cuts = _phrase_span(text, start, end)
        for cut in (high, *reversed(cuts)):
            a, b = tidy(text, low, cut)
            found.append(
                (value, Evidence(unit.article_id, text[a:b], unit.start + a, unit.start + b))
            )
    return found


def _phrase_span(text: str, start: int, end: int) -> tuple[int, int, list[int]]:
    """Where the phrase of a sum at ``start:end`` starts (its determiner, a currency glued
    before it: "a euro12 billion") and ends: before the first clause word, participle,
    punctuation or other figure outside brackets after it, `PHRASE_WORDS` words at most;
    and where each preposition in it starts, to cut it shorter there."""
    before = _BEFORE.search(text, max(0, start - LOOKBACK), start)
    low = start if before is None else before.start("det" if before["det"] else 0)
    high, last, depth, words = end, end, 0, 0
    cuts: list[int] = []
    for token in _TOKEN.finditer(text, end):
        word = token[0]
        depth += (word == "(") - (word == ")")
        if depth < 0 or (depth == 0 and (word in _STOPS or _ends(word, words))):
            break
        if depth == 0 and _FIGURE_START.match(word):  # "$25 million and $70 million"
            if cuts and cuts[-1] == last:  # "a 40bn loan over 3 years": before "over"
                return low, cuts.pop(), cuts
            return low, len(_LINKED.sub("", text[:high])), cuts
        words += word.isalnum()
        if words > PHRASE_WORDS:
            break
        if depth == 0 and word.lower() in word_list("phrase_tails"):
            cuts.append(token.start())
        high, last = token.end(), token.start()
    return low, high, cuts


def _ends(word: str, words: int) -> bool:
    """Whether a word after a sum's phrase starts a clause, or a participle hung on the
    phrase ("a 40bn loan agreed on Sunday") once a word follows the sum."""
    participle = words > 0 and word.islower() and len(word) > 4 and word.endswith("ed")
    return participle or word.lower() in word_list("phrase_ends")
