"""Supporting sentences cut to the clauses that state their claim.

A sentence packing several facts aligns, as a whole, into the claim about one of them; its
other clauses (``Sentence.clauses``, from the parse) are no part of that claim. In a claim
several outlets support, each supporting sentence keeps only the clauses other outlets
echo (at least the one they echo most) or state in a sentence of their own, and a clause
left over states what its outlet alone gives: it is a one-outlet claim of its own, so one
outlet's detail is never shown as corroborated for sharing a sentence with a shared fact,
nor a fact others state made one outlet's for the cut. Alignment still compares whole
sentences, whose embeddings the language model computed, so the clause kept may no longer
state the claim ("..., and troops withdrew" kept for a claim about the talks): ``stating``
checks each kept clause against the other outlets' supports and takes it out if not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from operator import attrgetter

from consilience.crosscheck.figures import same_happening
from consilience.crosscheck.quantities import GENERIC, is_listed, thing
from consilience.crosscheck.slots import Amount, amounts, same_unit
from consilience.crosscheck.words import covered_share, details, stems, stems_of
from consilience.model import AnnotatedArticle, Evidence, Sentence

ECHOED = 0.5  # share of a clause's words other outlets use for it to stay with the claim
ACTED = 3  # words besides names and numbers a clause shares with the others to state the claim
Clauses = Mapping[tuple[str, int], tuple[tuple[int, int], ...]]
Told = tuple[str, frozenset[str]]  # a unit's outlet and its content words
_LOOSE = frozenset(" \n\t,;:-\u2013\u2014")  # what a cut leaves dangling at a span's ends


def clause_index(articles: Iterable[AnnotatedArticle]) -> Clauses:
    """(article id, sentence start) -> the sentence's clause spans, for sentences with clauses."""
    return span_index(articles, attrgetter("clauses"))


def span_index(
    articles: Iterable[AnnotatedArticle], spans: Callable[[Sentence], tuple[tuple[int, int], ...]]
) -> Clauses:
    """(article id, sentence start) -> the spans ``spans`` reads off a sentence, for sentences
    with some."""
    return {
        (annotated.article.id, sentence.start): spans(sentence)
        for annotated in articles
        for sentence in annotated.sentences
        if spans(sentence)
    }


def clause_pieces(
    articles: Sequence[AnnotatedArticle],
    units: Sequence[Evidence],
    keep: Callable[[str], bool],
) -> Callable[[int], list[Evidence]]:
    """A unit's clauses ``keep`` takes (those that state something), or the unit itself when
    it has no clauses; each unit is read once."""
    clauses = clause_index(articles)
    texts = {a.article.id: a.article.text for a in articles}

    @cache
    def pieces(u: int) -> list[Evidence]:
        unit = units[u]
        spans = clauses.get((unit.article_id, unit.start), ((unit.start, unit.end),))
        found = (Evidence(unit.article_id, texts[unit.article_id][a:b], a, b) for a, b in spans)
        return [piece for piece in found if keep(piece.text)]

    return pieces


def told_of(units: Iterable[Evidence], outlets: Mapping[str, str]) -> list[Told]:
    """Each unit's outlet and content words, read once for all of a story's claims."""
    return [(outlets[u.article_id], stems(u.text)) for u in units]


def narrow(
    support: Sequence[Evidence],
    clauses: Clauses,
    texts: Mapping[str, str],
    outlets: Mapping[str, str],
    told: Sequence[Told] = (),
) -> tuple[Evidence, ...]:
    """Each supporting sentence cut to the span of its clauses other outlets echo, in the
    claim or in a sentence of their own (``told``: the story's units, from ``told_of``): a
    clause another outlet states elsewhere ("met the minister in Oslo" where others write
    "the talks in Oslo") is no one-outlet detail, so it stays with the claim."""
    result = []
    for evidence in support:
        spans = clauses.get((evidence.article_id, evidence.start), ())
        own = outlets[evidence.article_id]
        if not spans:
            result.append(evidence)
            continue
        said = [e.text for e in support if outlets[e.article_id] != own]
        counts = [a for text in said for a in _amounts(text)]
        elsewhere = [words for outlet, words in told if outlet != own]
        text = texts[evidence.article_id]
        others = stems_of(said)
        result.append(_narrowed(evidence, spans, text, others, counts, elsewhere))
    return tuple(result)


def _narrowed(
    evidence: Evidence,
    spans: Sequence[tuple[int, int]],
    text: str,
    others: frozenset[str],
    counts: Sequence[Amount],
    elsewhere: Sequence[frozenset[str]],
) -> Evidence:
    """The span from the first to the last clause kept: the one others echo most, and every
    clause that adds no detail others lack and either carries a detail (a number, a name)
    others give too or uses mostly words others use (in the claim or ``elsewhere``).
    ``others`` are the other outlets' words in the claim, ``counts`` the amounts they give."""

    def echo(span: tuple[int, int]) -> float:
        words = text[span[0] : span[1]]
        return covered_share(words, others) + covered_share(words, others, of=details)

    best = max(_acting(spans, text, others) or spans, key=echo)
    everywhere = frozenset().union(*elsewhere)

    def stated(span: tuple[int, int]) -> bool:
        """Shared with the claim, or stated in the story: others give its every detail
        somewhere and one of their sentences uses most of its words."""
        clause = text[span[0] : span[1]]
        return (_shared(clause, others) and not _miscounted(clause, counts)) or (
            covered_share(clause, everywhere, of=details) == 1.0
            and any(covered_share(clause, words) >= ECHOED for words in elsewhere)
        )

    kept = [span for span in spans if span == best or stated(span)]
    start, end = kept[0][0], kept[-1][1]
    return Evidence(evidence.article_id, text[start:end], start, end, evidence.score)


def _acting(
    spans: Sequence[tuple[int, int]], text: str, others: frozenset[str]
) -> list[tuple[int, int]]:
    """The clauses that share with the others ``ACTED`` words telling what was done (not
    names or numbers): only these can state the claim, though a short trailing clause whose
    one name the others also give ("and threw bricks at Parliament") is echoed more."""
    return [
        (a, b) for a, b in spans if len((stems(text[a:b]) - details(text[a:b])) & others) >= ACTED
    ]


def _shared(clause: str, others: frozenset[str]) -> bool:
    """Whether others state a clause: they give every detail it has, however its outlet
    words the rest ("captured 23" where others write "took 23 into custody")."""
    if covered_share(clause, others, of=details) < 1.0:
        return False
    return bool(details(clause)) or covered_share(clause, others) >= ECHOED


@lru_cache(maxsize=1 << 14)
def _amounts(text: str) -> tuple[Amount, ...]:
    """A support's amounts, read once for all the claim's other supports."""
    return tuple(amounts(text))


def _miscounted(clause: str, counts: Sequence[Amount]) -> bool:
    """Whether a number the clause shares with the others counts another thing there: "and
    12 arrested" is no part of a claim that "12 people were injured", though "evacuated 120
    residents" is of one that "took 120 people" (no listed happening tells the two apart)."""
    for amount in _amounts(clause):
        same = [other for other in counts if other.value == amount.value]
        if same and not any(_alike(amount, other) for other in same):
            return True
    return False


def _alike(left: Amount, right: Amount) -> bool:
    """Whether two amounts may count one thing: one happening, and one kind of thing when
    both name a listed kind ("12 women", "12 officers"); an unlisted noun may be a synonym."""
    kinds = thing(left.unit), thing(right.unit)
    listed = all(is_listed(kind) for kind in kinds) and GENERIC not in kinds
    return same_happening(left, right) and (not listed or same_unit(*kinds))


def left_over(
    cut: Iterable[tuple[Evidence, Evidence]], clauses: Clauses, texts: Mapping[str, str]
) -> list[Evidence]:
    """The parts of cut sentences' clauses (each ``(sentence, kept span)`` pair; a sentence
    without clauses is one) that no claim kept, each without dangling punctuation."""
    kept: dict[tuple[str, int], list[Evidence]] = {}
    ends: dict[tuple[str, int], int] = {}
    for sentence, span in cut:
        kept.setdefault((sentence.article_id, sentence.start), []).append(span)
        ends[(sentence.article_id, sentence.start)] = sentence.end
    found = []
    for (article_id, start), spans in kept.items():
        text = texts[article_id]
        for a, b in clauses.get((article_id, start), ((start, ends[(article_id, start)]),)):
            for low, high in _uncovered(a, b, sorted((s.start, s.end) for s in spans)):
                low, high = tidy(text, low, high)
                if low < high:
                    found.append(Evidence(article_id, text[low:high], low, high))
    return found


def unclaimed(rest: Sequence[Evidence], held: Iterable[Evidence]) -> list[Evidence]:
    """The parts left over that no claim's support holds (a claim may have taken one, or
    a clause around it, as support of its own)."""
    spans: dict[str, list[Evidence]] = {}
    for e in held:
        spans.setdefault(e.article_id, []).append(e)
    return [
        e
        for e in rest
        if not any(h.start <= e.start and e.end <= h.end for h in spans.get(e.article_id, ()))
    ]


def _uncovered(a: int, b: int, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``a``..``b`` outside every span (``spans`` sorted)."""
    stretches = []
    for start, end in spans:
        if start > a:
            stretches.append((a, min(start, b)))
        a = max(a, end)
    if a < b:
        stretches.append((a, b))
    return [(x, y) for x, y in stretches if x < y]


def tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and separators left dangling at its ends by a cut."""
    while start < end and text[start] in _LOOSE:
        start += 1
    while end > start and text[end - 1] in _LOOSE:
        end -= 1
    return start, end
