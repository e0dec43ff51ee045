"""Claims across outlets: align sentences of a story's articles and group them into claims.

Two units align when the learned pair model (``alignment``) finds they state the same thing;
groups are merged only when every cross-article pair in them is likely enough, so claims do
not chain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np

from consilience.crosscheck.adopt import adopt
from consilience.crosscheck.alignment import AlignModel, UnitFacts, align, default_align_model
from consilience.crosscheck.claimed import claim_id, single_claim
from consilience.crosscheck.contradictions import Statement, statements, unit_clashes
from consilience.crosscheck.counted import with_counted
from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.facets import lend_parts
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.narrow import (
    clause_index,
    clause_pieces,
    left_over,
    narrow,
    told_of,
    unclaimed,
)
from consilience.crosscheck.one_fact import one_fact
from consilience.crosscheck.recruit import recruit
from consilience.crosscheck.statement import with_people
from consilience.crosscheck.stating import stated_claims, stating_of
from consilience.crosscheck.sums import sum_claims
from consilience.crosscheck.support import second_support, slot_keys
from consilience.crosscheck.trim import aside_index, trim
from consilience.crosscheck.twins import twin_claims
from consilience.crosscheck.wording import worded
from consilience.crosscheck.words import covered_share, details, is_number, stems
from consilience.model import (
    AnnotatedArticle,
    Claim,
    ClaimStatus,
    Contradiction,
    Evidence,
    Quote,
    QuoteMention,
    Sentence,
    Vector,
)
from consilience.nlp.quotemarks import quoted_spans

MIN_WORDS = 5
MIN_COUNTED = 2  # words besides its number that a short sentence needs to state a fact
_SHORT_FACT = re.compile(r"[A-Z][a-z]*\b[^:]*[a-z0-9]\.")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_PRONOUN = re.compile(
    r"\W*(?:he|she|it|they|this|these|that|those|his|her|their)\b|.*\b(?:he|she|they)\b", re.I
)
MOSTLY_QUOTED = 0.5  # share of a sentence inside quoted speech that makes it a quote
_SPEECH = frozenset({"direct", "block"})  # quote kinds that are someone's own words


def split_units(
    articles: Sequence[AnnotatedArticle],
) -> tuple[list[tuple[Evidence, int]], list[Evidence]]:
    """Sentences long enough to state something, in one pass: the outlet's own words with
    their embedding row (claim units), and mostly quoted speech (a quote, not a claim)."""
    units: list[tuple[Evidence, int]] = []
    quoted: list[Evidence] = []
    offset = 0
    for annotated in articles:
        for row, sentence in enumerate(annotated.sentences):
            if not _states_something(sentence.text):
                continue
            evidence = Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)
            if quoted_share(sentence, annotated.quotes) < MOSTLY_QUOTED:
                units.append((evidence, offset + row))
            else:
                quoted.append(evidence)
        offset += len(annotated.sentences)
    return units, quoted


def _states_something(text: str) -> bool:
    """Whether a span has words enough to state a fact: five, or three in a sentence that
    gives a number ("She was 88."), not a heading, dateline or time stamp (those carry no
    full stop, or open with no capital word)."""
    words = len(re.findall(r"[A-Za-z]+", text))
    return words >= MIN_WORDS or (
        words >= MIN_COUNTED
        and _SHORT_FACT.fullmatch(text.strip()) is not None
        and any(is_number(token) for token in _TOKEN.findall(text))
    )


def claim_units(articles: Sequence[AnnotatedArticle]) -> list[tuple[Evidence, int]]:
    """Claim units with their embedding row (see ``split_units``)."""
    return split_units(articles)[0]


def lone_quote_claims(quoted: Sequence[Evidence], quotes: Sequence[Quote]) -> list[Claim]:
    """One-outlet claims for quoted sentences no other article carries.

    Quoted speech is left out of alignment (it is the speaker's, not the outlet's, words), but
    words only one article reports someone saying are still a detail only that outlet gives;
    a quote several articles carry (near-copies included) is shown with its quote group.
    """
    shared = [
        variant
        for quote in quotes
        if len({v.article_id for v in quote.variants}) >= 2
        for variant in quote.variants
    ]
    return [
        single_claim(sentence)
        for sentence in quoted
        if not any(
            v.article_id == sentence.article_id
            and v.start < sentence.end
            and v.end > sentence.start
            for v in shared
        )
    ]


def quoted_share(sentence: Sentence, quotes: Sequence[QuoteMention]) -> float:
    """Share of a sentence's characters inside quotation marks or a quote the reader found
    (a block quote has no marks)."""
    inside = np.zeros(max(len(sentence.text), 1), dtype=bool)
    for quote in quotes:
        if quote.kind in _SPEECH and quote.start < sentence.end and quote.end > sentence.start:
            inside[max(quote.start - sentence.start, 0) : quote.end - sentence.start] = True
    for marked in quoted_spans(sentence.text):
        inside[marked.mark_start : marked.mark_end] = True
    return float(inside.mean())


def unit_facts(
    units: Sequence[tuple[Evidence, int]], read: Sequence[Statement], entities: EntityIndex
) -> list[UnitFacts]:
    """What each unit states: its text, the entities it mentions, its amounts and ordinals."""
    offsets: dict[str, list[tuple[int, str]]] = {}
    for (article_id, offset), entity in entities.mention_entity.items():
        offsets.setdefault(article_id, []).append((offset, entity))
    for mentions in offsets.values():
        mentions.sort()
    facts = []
    ranks: dict[str, int] = {}
    for (evidence, _), statement in zip(units, read, strict=True):
        rank = ranks[evidence.article_id] = ranks.get(evidence.article_id, -1) + 1
        mentions = offsets.get(evidence.article_id, [])
        first = bisect_left(mentions, (evidence.start, ""))
        last = bisect_left(mentions, (evidence.end, ""))
        named = frozenset(entity for _, entity in mentions[first:last])
        facts.append(UnitFacts.of(evidence.text, rank, named, slot_keys(statement)))
    return facts


def _article_numbers(article_ids: Sequence[str]) -> Vector:
    """Each unit's article as a small integer, for comparing articles in bulk."""
    number = {name: k for k, name in enumerate(dict.fromkeys(article_ids))}
    result: Vector = np.array([number[name] for name in article_ids])
    return result


def group_units(
    units: Sequence[tuple[Evidence, int]], probability: Vector, model: AlignModel
) -> list[list[int]]:
    """Groups of aligned units: likeliest links first, merging only tight groups.

    Every pair inside a group is at least ``keep`` likely, so a claim does not chain to a
    neighbouring fact, and an article supports a claim once: its second sentence on the
    topic elaborates, it does not state the same fact again.
    """
    groups = {i: [i] for i in range(len(units))}
    owner = list(range(len(units)))
    article = _article_numbers([e.article_id for e, _ in units])
    rows, cols = np.nonzero(np.triu(probability >= model.link, k=1))
    order = np.lexsort((cols, rows, -probability[rows, cols]))
    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if (
            not set(article[groups[a]]).isdisjoint(article[groups[b]])
            or (probability[np.ix_(groups[a], groups[b])] < model.keep).any()
        ):
            continue
        groups[a].extend(groups.pop(b))
        for member in groups[a]:
            owner[member] = a
    return [sorted(members) for members in groups.values()]


def _standalone_pronoun(text: str) -> bool:
    """Whether a sentence leans on an earlier one: opens with or has a subject pronoun."""
    return _PRONOUN.match(text) is not None


def _central(
    members: list[int],
    units: Sequence[tuple[Evidence, int]],
    scores: Vector,
    outlets: Mapping[str, str],
    hit: Collection[Evidence],
) -> int:
    """The unit that words a claim: the one whose words other outlets share most.

    A claim is worded by one outlet's sentence; the sentence other outlets' words cover best
    carries the fewest details only its own outlet gives, and its checkable details (names,
    numbers, days) count once more, since one outlet's day or figure in the wording would
    state it as corroborated; among equals the most central one is taken. A sentence another
    outlet contradicts words the claim only when all do (the claim is then contested), and
    one opening with a pronoun ("He also said ...") cannot stand alone.
    """
    standalone = [i for i in members if not _standalone_pronoun(units[i][0].text)] or members
    candidates = [i for i in standalone if units[i][0] not in hit] or standalone

    outlet = {i: outlets[units[i][0].article_id] for i in members}
    stemmed = {i: stems(units[i][0].text) for i in members}

    def merit(i: int) -> float:
        others = frozenset().union(*(stemmed[j] for j in members if outlet[j] != outlet[i]))
        similarity = sum(float(scores[i, j]) for j in members if j != i) / len(members)
        text = units[i][0].text
        return covered_share(text, others) + covered_share(text, others, of=details) + similarity

    return max(candidates, key=merit)


def _claim(
    members: list[int],
    units: Sequence[tuple[Evidence, int]],
    scores: Vector,
    clashes: Sequence[tuple[Evidence, Evidence]],
    outlets: Mapping[str, str],
    lent: Sequence[int] = (),
) -> Claim:
    """A claim from its group: the most central sentence is its wording; ``lent`` are units
    of other claims that also state this one's slot (``second_support``)."""
    central = _central(members, units, scores, outlets, {own for own, _ in clashes})
    members = [*members, *lent]
    support = tuple(
        Evidence(e.article_id, e.text, e.start, e.end, round(float(scores[central, i]), 3))
        if i != central
        else Evidence(e.article_id, e.text, e.start, e.end, 1.0)
        for i in members
        for e in (units[i][0],)
    )
    # A clash about a side detail of one supporting sentence does not contest the claim itself;
    # it does when it hits the sentence that words the claim.
    contested = any(own == units[central][0] for own, _ in clashes)
    independent = len({outlets[units[i][0].article_id] for i in members})
    status: ClaimStatus = (
        "contested" if contested else "corroborated" if independent >= 2 else "single_source"
    )
    return Claim(
        id=claim_id(support),
        text=units[central][0].text,
        status=status,
        support=support,
        # Each clashing sentence once; a clash inside the claim lists the side against its wording.
        contradicted_by=tuple(
            dict.fromkeys(other for _, other in clashes if other != units[central][0])
        ),
        independent_support=independent,
    )


def _sides(
    clashes: Sequence[Contradiction],
    units: Sequence[tuple[Evidence, int]],
    owner: Mapping[int, int],
) -> list[tuple[Contradiction, int, int]]:
    """Story-level clashes (titles, attributions, quotes) with the groups of both sides."""
    where = {(e.article_id, e.start): owner[i] for i, (e, _) in enumerate(units)}
    return [
        (clash, where[key_a], where[key_b])
        for clash in clashes
        for key_a, key_b in [
            ((clash.a.article_id, clash.a.start), (clash.b.article_id, clash.b.start))
        ]
        if key_a in where and key_b in where
    ]


def build_claims(
    articles: Sequence[AnnotatedArticle],
    entities: EntityIndex,
    copies: Mapping[str, str],
    found: Sequence[Contradiction] = (),
    model: AlignModel | None = None,
    quotes: Sequence[Quote] = (),
    checked: bool = True,
) -> tuple[tuple[Claim, ...], tuple[Contradiction, ...]]:
    """Align claim units across articles into claims with status, and find contradictions.

    ``found`` are contradictions already found about whole sentences (titles, attributions,
    quotes); they contest the claims those sentences word, and are returned with the rest.
    ``model`` aligns units (the shipped one by default). ``quotes`` are the story's quote
    groups: a quoted sentence no other outlet carries is listed as a one-outlet claim.
    ``checked``: supports checked to state their claims (``stating``), one-outlet claims
    adopted (``adopt``) or twinned (``twins``), parts of sentences lent to claims they state
    (``facets``), and corroborated claims worded by the support that reads best alone
    (``wording``); off, claims are what alignment groups (to fit the stating model on).
    """
    units, quoted = split_units(articles)
    lone = lone_quote_claims(quoted, quotes)
    if not units:
        return tuple(lone), tuple(found)
    matrix = np.vstack([a.embeddings for a in articles if len(a.sentences)])
    read = statements([e for e, _ in units], {a.article.id: a.article for a in articles})
    facts = unit_facts(units, read, entities)
    read = with_people(read, [f.entities for f in facts], entities.entities)
    model = model or default_align_model()
    probability, scores = align(facts, matrix[[row for _, row in units]], model)
    groups = group_units(units, probability, model)
    owner = {i: g for g, members in enumerate(groups) for i in members}
    article = _article_numbers([r.evidence.article_id for r in read])
    clashes = unit_clashes(read, article, np.array([owner[i] for i in range(len(read))]), scores)
    unique = {c.id: c for c in [*(c for c, _, _ in clashes), *found]}
    against: dict[int, list[tuple[Evidence, Evidence]]] = {}
    for clash, left, right in clashes + _sides(found, units, owner):
        against.setdefault(left, []).append((clash.a, clash.b))
        against.setdefault(right, []).append((clash.b, clash.a))
    outlets = outlet_keys([a.article for a in articles], copies)
    lent = second_support(groups, read, probability, outlets, model.link)
    claims = [
        _claim(members, units, scores, against.get(g, []), outlets, lent[g])
        for g, members in enumerate(groups)
    ]
    order = sorted(range(len(claims)), key=lambda k: (-claims[k].independent_support, groups[k][0]))
    cut = _cut_to_clauses([claims[k] for k in order], articles, outlets, [e for e, _ in units])
    if not checked:
        return (*cut, *lone), tuple(unique.values())
    stating = stating_of(articles)
    stated = stated_claims([*cut, *lone], articles, copies, stating)
    evidence = [e for e, _ in units]
    adopted = adopt(stated, evidence, probability, outlets, model.link, stating)
    pieces = with_counted(clause_pieces(articles, evidence, _states_something), articles, evidence)
    twinned = twin_claims(adopted, evidence, pieces, probability, outlets, stating)
    widened = lend_parts(twinned, articles, evidence, probability, outlets, stating)
    summed = sum_claims(widened, evidence, probability, outlets)
    shown = worded(summed, articles, outlets, unique.values())
    return tuple(one_fact(shown, articles, outlets, stating)), tuple(unique.values())


def _cut_to_clauses(
    claims: Sequence[Claim],
    articles: Sequence[AnnotatedArticle],
    outlets: Mapping[str, str],
    units: Sequence[Evidence],
) -> list[Claim]:
    """Claims several outlets support, their sentences cut to the clauses stating them
    (``narrow``) and at their asides (``trim``), and joined by the clauses of other outlets
    that state them (``recruit``, which may take a part cut off elsewhere), then each part
    left over as a one-outlet claim. A claim is worded by a clause that can stand alone
    when one of its outlets gives such a clause."""
    clauses = clause_index(articles)
    asides = aside_index(articles)
    texts = {a.article.id: a.article.text for a in articles}
    result: list[Claim] = []
    cut: list[tuple[Evidence, Evidence]] = []
    told = told_of((e for claim in claims for e in claim.support), outlets)
    for claim in claims:
        if claim.independent_support < 2:
            result.append(claim)
            continue
        narrowed = narrow(claim.support, clauses, texts, outlets, told)
        support = trim(claim.support, narrowed, asides, texts, outlets)
        cut.extend(zip(claim.support, support, strict=True))
        wording = next(
            (n for e, n in zip(claim.support, support, strict=True) if e.text == claim.text),
            support[0],
        )
        if wording.text[:1].islower():  # a clause continuing its sentence ("and fired ...")
            wording = next((n for n in support if not n.text[:1].islower()), wording)
        result.append(replace(claim, id=claim_id(support), text=wording.text, support=support))
    rest = [e for e in left_over(cut, clauses, texts) if _states_something(e.text)]
    pieces = [
        Evidence(unit.article_id, texts[unit.article_id][a:b], a, b)
        for unit in units
        for a, b in clauses.get((unit.article_id, unit.start), ((unit.start, unit.end),))
    ]
    joined = recruit(result, [*pieces, *rest], outlets)
    held = (e for claim in joined for e in claim.support)
    return [*joined, *(single_claim(e) for e in unclaimed(rest, held))]
