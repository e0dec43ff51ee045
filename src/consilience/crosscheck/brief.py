"""The neutral, cited summary: representative source sentences of corroborated claims only.

A claim one outlet disputes while at least three times as many independent outlets state it
(and at least ``SETTLED``) is the story's agreed version; it is stated too, and the
contradiction stays listed beside the brief for the reader to weigh.

Nothing is generated: each brief sentence is an outlet's own sentence (or its opening
part) that at least two independent outlets support, so no single-source claim is ever
stated as fact. A trailing clause other outlets do not echo ("..., formalized through a
legally binding agreement") is cut, and a sentence whose words other outlets mostly do not
share is left out: it would state one outlet's details as corroborated. An outlet is cited
only when one of its sentences states the brief sentence (``citing.states``), and at least
two independent outlets have to be cited: else the sentence is cut to a part two outlets
state, or another outlet's sentence of the claim words it. A part with a figure another
outlet disputes is cut too, and a sentence whose "him" or "her" comes before any person it
names is left out: out of its article nobody can tell whom it means. Sentences that
are mostly someone's quoted words are left to the quotes section: outlets may word a quote
differently, and a brief states facts, not one outlet's rendering of a remark. A sentence
an earlier one already states (its counts, days, names and most of its words) is skipped:
the slot goes to the next fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from consilience.crosscheck.citing import (
    ECHOED,
    Contexts,
    citations,
    context_of,
    contexts,
    states,
)
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.standalone import END, persons, quotable, unresolved
from consilience.crosscheck.words import covered_share, details, figures, stems, stems_of
from consilience.model import AnnotatedArticle, BriefSentence, Claim, Contradiction, Evidence

MAX_SENTENCES = 10  # one screen: a ten-outlet story has that many corroborated facts worth stating
SETTLED = 3  # independent outlets stating a claim that one lone outlet disputes
REDUNDANT = 75  # token-set similarity (0-100) at which two sentences say the same thing
RESTATED = 2 / 3  # share of a later sentence's words an earlier one writes to restate it
SHARED = 0.8  # share of a brief sentence's details (names, numbers) other outlets also give
# Where a trailing clause that adds a detail may start: after a comma, a participle
# ("formalized", "returning") or a subordinating word. Conditions ("unless", "if") and
# attributions ("according to") are never cut: without them the rest says something else.
TRAILING = re.compile(
    r",\s+(?:(?!according\b)[a-z]+(?:ed|ing)|despite|while|although|though|whereas|amid|after|following"
    r"|without|with|which|who|whose|including|as)\b[^,]*$"
)
# A source named at the start that no other outlet names ("According to the New York Post,")
# is one outlet's sourcing of a claim the other outlets state themselves.
_LEADING_SOURCE = re.compile(r"^According to ([^,]{1,80}),\s+(?=\S)")
# An opening adjunct of time or place ("On Friday, ", "Last month, ", "In Berlin, "): one
# outlet's detail in front of what the others state without it.
_OPENING = re.compile(r"^(?:On|In|At|Last|Earlier|Later)\b[^,]{1,40},\s+(?=[A-Za-z])")


def _first_seen(claim: Claim, order: dict[str, int]) -> tuple[int, int]:
    """Where a claim first appears in the story (article order, then offset)."""
    return min((order.get(e.article_id, 0), e.start) for e in claim.support)


def _disputing(claim: Claim, clashes: Sequence[Contradiction]) -> set[str]:
    """The articles disputing a claim: a clash with its wording, or between two of its own
    supporting sentences (they state it differently). A clash from outside with a side detail
    of a supporting sentence ("seized two boats", beside the claim's nationalities) does not
    dispute the claim."""
    wording = next((e for e in claim.support if e.text == claim.text), None)
    found = set()
    for clash in clashes:
        for own, other in ((clash.a, clash.b), (clash.b, clash.a)):
            inside = _supports(own, claim) and _supports(other, claim)
            if (wording and _holds(own, wording)) or inside:
                found.add(other.article_id)
    return found


def _holds(unit: Evidence, span: Evidence) -> bool:
    """Whether a sentence holds a (possibly narrowed) supporting span."""
    return unit.article_id == span.article_id and unit.start <= span.start < unit.end


def _supports(unit: Evidence, claim: Claim) -> bool:
    """Whether a sentence is one of the claim's supporting sentences."""
    return any(_holds(unit, e) for e in claim.support)


def _agreed(claim: Claim, outlets: Mapping[str, str], clashes: Sequence[Contradiction]) -> bool:
    """Corroborated, or stated by a settled majority against a single outlet disputing its
    wording."""
    if claim.status == "corroborated":
        return True
    disputing = {outlets.get(a, a) for a in _disputing(claim, clashes)}
    return (
        claim.status == "contested"
        and len(disputing) == 1
        and claim.independent_support >= max(SETTLED, 3 * len(disputing))
    )


def _wordings(claim: Claim) -> list[Evidence]:
    """The claim's wording, then its other outlets' sentences, most like the wording first.

    When fewer than two outlets state what the wording says (it gives one outlet's time or
    name), another outlet's sentence may be what they share.
    """
    first = [e for e in claim.support if e.text == claim.text][:1]
    rest = sorted((e for e in claim.support if e.text != claim.text), key=lambda e: -(e.score or 0))
    return list({e.text: e for e in reversed([*first, *rest])}.values())[::-1]


def _echoed(
    claim: Claim, outlets: Mapping[str, str], own: str | None, known: Contexts
) -> frozenset[str]:
    """Content words of the claim's sentences from outlets other than ``own``, each with the
    text naming its subject ("She was 61." after "Ilse Oltra died ...")."""
    return stems_of(
        context_of(e, known)
        for e in claim.support
        if outlets.get(e.article_id, e.article_id) != own
    )


def _seen_elsewhere(
    echoed: frozenset[str], words: Mapping[str, frozenset[str]], own: str | None
) -> frozenset[str]:
    """Content words of every outlet but ``own``, the one whose sentence words the claim.

    The claim itself is corroborated by alignment; this checks its details, which other
    outlets may state in sentences of their own (the place in one, the duration in another).
    """
    return echoed.union(*(seen for outlet, seen in words.items() if outlet != own))


def shared_part(text: str, echoed: frozenset[str]) -> str:
    """The sentence without trailing clauses that the other outlets' sentences do not echo.

    A side clause is one outlet's addition unless an aligned sentence of another outlet
    repeats its words, so here the test is the claim's own sentences, not the whole story.
    """
    text = text.strip()
    while (clause := TRAILING.search(text)) and covered_share(clause.group(0), echoed) < ECHOED:
        text = _cut(text, clause)
    source = _LEADING_SOURCE.match(text)
    if source and covered_share(source.group(1), echoed, of=details) < ECHOED:
        rest = text[source.end() :]
        text = rest[0].upper() + rest[1:]
    return text


def _cut(text: str, clause: re.Match[str]) -> str:
    """The sentence without its trailing clause, ending as it did."""
    end = END.search(text)
    return text[: clause.start()] + (end.group(0)[0] if end else ".")


def _cited(
    text: str,
    claim: Claim,
    order: Mapping[str, int],
    outlets: Mapping[str, str],
    known: Contexts,
    disputed: frozenset[float] = frozenset(),
) -> tuple[str, tuple[str, ...]] | None:
    """The sentence, or its part without trailing clauses or an opening adjunct, that at
    least two independent outlets state, with the articles it cites; None when no part is
    stated twice.

    "The bridge reopened on Monday, after repairs that cost $2 million" is cut to its
    first part when the outlets stating the reopening give no cost; "On Monday, the bridge
    reopened." to "The bridge reopened." when they give no day. A trailing clause with a
    figure another outlet disputes (``disputed``) is cut when two outlets state the rest.
    """
    found = None
    while True:
        for part in (text, _without_opening(text)):
            cited = citations(claim, order, part, known)
            if part and len({outlets.get(i, i) for i in cited}) >= 2:
                if not {value for value, _ in figures(part)} & disputed:
                    return part, cited
                found = found or (part, cited)
                break
        clause = TRAILING.search(text)
        if not clause:
            return found
        text = _cut(text, clause)


def _disputed(claim: Claim, clashes: Sequence[Contradiction]) -> frozenset[float]:
    """The figures of the claim's supporting sentences that a contradiction's other side
    does not give: what the clash is about ("more than 400 detained" against "more than
    200 arrested")."""
    found: set[float] = set()
    for clash in clashes:
        for own, other in ((clash.a, clash.b), (clash.b, clash.a)):
            if _supports(own, claim):
                found |= {v for v, _ in figures(own.text)} - {v for v, _ in figures(other.text)}
    return frozenset(found)


def _without_opening(text: str) -> str:
    """The sentence without an opening time or place adjunct ("On Friday, ..."), or "" when
    it has none."""
    opening = _OPENING.match(text)
    if not opening:
        return ""
    rest = text[opening.end() :]
    return rest[0].upper() + rest[1:]


def _words_by_outlet(
    articles: Sequence[AnnotatedArticle], outlets: Mapping[str, str]
) -> dict[str, frozenset[str]]:
    texts: dict[str, list[str]] = {}
    for annotated in articles:
        texts.setdefault(outlets[annotated.article.id], []).append(annotated.article.text)
    return {outlet: stems_of(own) for outlet, own in texts.items()}


def _central(text: str, words: Mapping[str, frozenset[str]]) -> float:
    """How much a sentence is about what the whole story is about: the share of outlets
    writing each of its content words, averaged (the centroid score of MEAD, Radev et al.
    2004). Among facts as widely stated, the brief prefers the story's core ("the loan",
    "the minister charged") to a side scene ("firefighters rescued five people")."""
    own = stems(text)
    if not own or not words:
        return 0.0
    return sum(sum(w in seen for seen in words.values()) for w in own) / len(own) / len(words)


def _stated(
    claim: Claim,
    order: Mapping[str, int],
    outlets: Mapping[str, str],
    words: Mapping[str, frozenset[str]],
    known: Contexts,
    people: Mapping[str, Sequence[int]],
    disputed: frozenset[float] = frozenset(),
) -> tuple[str, tuple[str, ...]] | None:
    """The sentence the brief states for a claim and the articles it cites, or None.

    The first of ``_wordings`` whose words and details other outlets share, and that at
    least two independent outlets state (``_cited``), whole or cut.
    """
    for evidence in _wordings(claim):
        if not quotable(evidence.text) or unresolved(evidence, people):
            continue
        own = outlets.get(evidence.article_id, evidence.article_id)
        echoed = _echoed(claim, outlets, own, known)
        text = shared_part(evidence.text, echoed)
        if covered_share(text, echoed) < ECHOED:
            continue  # the other outlets' sentences state something else about the topic
        if covered_share(text, _seen_elsewhere(echoed, words, own), of=details) < SHARED:
            continue
        if found := _cited(text, claim, order, outlets, known, disputed):
            return found
    return None


def _restates(earlier: str, later: str) -> bool:
    """Whether an earlier brief sentence already says what a later one does: they are
    worded alike (``REDUNDANT``), or the earlier gives every count, day and name of the later
    and writes ``RESTATED`` of its other words ("Officials said two boys and a girl were hurt
    in the mill fire", then "Three children were hurt in the fire"), so the later adds no fact."""
    return fuzz.token_set_ratio(earlier, later) >= REDUNDANT or states(
        later, earlier, share=RESTATED
    )


def write_brief(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    copies: Mapping[str, str],
    clashes: Sequence[Contradiction] = (),
) -> tuple[BriefSentence, ...]:
    """A short summary from corroborated claims only; every sentence cites its articles.

    ``clashes`` are the story's contradictions, before listing each disagreement once."""
    order = {annotated.article.id: k for k, annotated in enumerate(articles)}
    outlets = outlet_keys([a.article for a in articles], copies)
    eligible = [
        claim
        for claim in claims
        if _agreed(claim, outlets, clashes)
        and len(citations(claim, order)) >= 2
        and quotable(claim.text)
    ]
    words = _words_by_outlet(articles, outlets) if eligible else {}
    known = contexts(articles)
    people = persons(articles)
    stated = [
        (claim, found)
        for claim in eligible
        if (
            found := _stated(claim, order, outlets, words, known, people, _disputed(claim, clashes))
        )
    ]
    # The claims most outlets support come first, then those the brief cites most outlets
    # for (some supports give other details), then the most central, then the earliest.
    stated.sort(
        key=lambda pair: (
            -pair[0].independent_support,
            -len({outlets.get(i, i) for i in pair[1][1]}),
            -_central(pair[1][0], words),
            _first_seen(pair[0], order),
        )
    )
    chosen: list[tuple[str, Claim, tuple[str, ...]]] = []
    for claim, (text, cited) in stated:
        if not any(_restates(earlier, text) for earlier, *_ in chosen):
            chosen.append((text, claim, cited))
        if len(chosen) == MAX_SENTENCES:
            break
    return tuple(
        BriefSentence(text=text, citations=cited, claim_ids=(c.id,)) for text, c, cited in chosen
    )
