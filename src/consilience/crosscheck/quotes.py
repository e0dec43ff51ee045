"""Renderings of one utterance across outlets, grouped and graded against the canonical.

Two renderings are one utterance when the speaker is the same entity and the words
match (a fragment against the best-matching stretch of a longer rendering) or, for
reworded quotes, the meaning matches sentence by sentence. With no known speaker,
only near-identical words link. The canonical wording is the one most renderings
agree with; each rendering is graded against its best-matching window of it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from consilience.crosscheck.clusters import UnionFind
from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.negation import negation_count
from consilience.model import AnnotatedArticle, Fidelity, Quote, QuoteMention, QuoteVariant, Vector

WORD = re.compile(r"\w+(?:'\w+)*")
_WORD_CHAR = re.compile(r"\w")
ELLIPSIS = re.compile(r"\s*(?:\.\s*\.\s*\.|…)\s*")
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
EDGE_PUNCTUATION = " \t\n\"'.,;:!?-–—"
MIN_LINK_WORDS = 3  # shorter fragments ("compelling") link only to identical words
SAME_WORDS = 0.85  # partial ratio above which two renderings share their words
NEAR_IDENTICAL = 0.92  # with no known speaker, only this close a match links
SAME_MEANING = 0.58  # cosine of the best sentence pair for a reworded quote
MINOR_EDIT_WORDS = 2  # word edits a rendering may have and still be a minor edit
UTTERANCE_WORDS = 4  # shorter quotes are common phrases, not one person's utterance
SAME_UTTERANCE = 0.90  # ratio of two whole renderings that are the same words


@dataclass(frozen=True)
class _Item:
    """One article's quote with what grouping needs."""

    article_id: str
    order: int
    mention: QuoteMention
    speaker_id: str | None
    normal: str
    words: tuple[str, ...]
    vectors: Vector | None  # the quote's whole text, then each sentence (from the nlp stage)


def normalise(text: str) -> str:
    """Unified quote marks, single spaces, no case, no punctuation at the ends."""
    return " ".join(text.translate(QUOTE_MARKS).split()).casefold().strip(EDGE_PUNCTUATION)


def words_of(text: str) -> tuple[str, ...]:
    """The words of a text, case- and punctuation-free (contractions kept whole)."""
    return tuple(WORD.findall(normalise(text)))


def _windows(words: Sequence[str], size: int) -> list[Sequence[str]]:
    """Every stretch of ``words`` within a couple of words of ``size`` long."""
    sizes = range(max(1, size - MINOR_EDIT_WORDS), min(len(words), size + MINOR_EDIT_WORDS) + 1)
    return [words[i : i + n] for n in sizes for i in range(len(words) - n + 1)] or [words]


def best_window(words: Sequence[str], canonical: Sequence[str]) -> tuple[Sequence[str], int]:
    """The stretch of the canonical a rendering matches best, and its word edit distance."""
    if len(words) >= len(canonical):
        return canonical, Levenshtein.distance(list(words), list(canonical))
    scored = (
        (Levenshtein.distance(list(words), list(w)), w) for w in _windows(canonical, len(words))
    )
    distance, window = min(scored, key=lambda pair: (pair[0], len(pair[1])))
    return window, distance


def _is_elided_part(text: str, canonical: str) -> bool:
    """Whether a rendering with "…" keeps the canonical's words, in order, around the gaps."""
    parts = [normalise(p) for p in ELLIPSIS.split(text.translate(QUOTE_MARKS)) if normalise(p)]
    if len(parts) < 2:
        return False
    position = 0
    for part in parts:
        found = canonical.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _whole_words_in(part: str, text: str) -> bool:
    """Whether ``part`` occurs in ``text`` with no word character right before or after it
    (a pattern compiled per quote would churn the regex cache)."""
    found = text.find(part)
    while found >= 0:
        end = found + len(part)
        if (found == 0 or not _WORD_CHAR.match(text, found - 1)) and not _WORD_CHAR.match(
            text, end
        ):
            return True
        found = text.find(part, found + 1)
    return False


def grade(mention: QuoteMention, canonical: str) -> tuple[Fidelity, float]:
    """How faithfully a rendering reproduces the canonical wording, and how similar it is."""
    normal, target = normalise(mention.text), normalise(canonical)
    window, distance = best_window(words_of(mention.text), words_of(canonical))
    similarity = round(fuzz.ratio(" ".join(words_of(mention.text)), " ".join(window)) / 100, 3)
    if mention.kind == "indirect":
        return "paraphrase", similarity
    if normal and _whole_words_in(normal, target):
        return "verbatim", 1.0
    if negation_count(words_of(mention.text)) != negation_count(window):
        return "altered", similarity  # a dropped or added "not" is never a minor edit
    if _is_elided_part(mention.text, target) or distance <= MINOR_EDIT_WORDS:
        return "minor_edit", similarity
    return "altered", similarity


def _same_meaning(a: _Item, b: _Item) -> bool:
    """Whether the best-matching sentences of two renderings mean the same."""
    if a.vectors is None or b.vectors is None or not len(a.vectors) or not len(b.vectors):
        return False
    return float((a.vectors @ b.vectors.T).max()) >= SAME_MEANING


def _word_match(a: _Item, b: _Item) -> float:
    """How well the shorter rendering's words match their best stretch of the longer one."""
    short, long = sorted((a.normal, b.normal), key=len)
    return fuzz.partial_ratio(short, long) / 100 if short else 0.0


def same_utterance(a: str, b: str) -> bool:
    """Whether two normalised renderings are the same words, whole (not a fragment of a
    longer quote), and long enough to be one person's utterance rather than a phrase."""
    if min(_word_count(a), _word_count(b)) < UTTERANCE_WORDS:
        return False
    return fuzz.ratio(a, b) >= SAME_UTTERANCE * 100


@lru_cache(maxsize=1 << 12)
def _word_count(text: str) -> int:
    """How many words a rendering has, counted once: it is compared with every other one."""
    return len(WORD.findall(text))


def _link_by_words(a: _Item, b: _Item) -> bool | None:
    """Whether two renderings are the same utterance by speaker and words; None: ask meaning."""
    if a.article_id == b.article_id or _other_speaker(a, b):
        return False
    if min(len(a.words), len(b.words)) < MIN_LINK_WORDS:
        return a.words == b.words and bool(a.words)
    words = _word_match(a, b)
    if not (a.speaker_id and b.speaker_id):
        return words >= NEAR_IDENTICAL
    return True if words >= SAME_WORDS else None


def _other_speaker(a: _Item, b: _Item) -> bool:
    return bool(a.speaker_id and b.speaker_id and a.speaker_id != b.speaker_id)


def _given_to_others(a: _Item, b: _Item) -> bool:
    """Whether two outlets give the same whole utterance to different speakers."""
    apart = a.article_id != b.article_id and _other_speaker(a, b)
    return apart and same_utterance(a.normal, b.normal)


class _Groups:
    """Union-find over renderings, counting the outlets of each group."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = items
        self.sets: UnionFind[int] = UnionFind(range(len(items)))

    def join(self, i: int, j: int) -> None:
        self.sets.union(i, j)

    def outlets(self, i: int) -> int:
        """How many articles carry the group of rendering ``i``."""
        root = self.sets.root(i)
        members = range(len(self.items))
        return len({self.items[k].article_id for k in members if self.sets.root(k) == root})

    def members(self) -> list[list[int]]:
        return list(self.sets.groups().values())


def _components(items: Sequence[_Item]) -> list[list[int]]:
    """Connected groups of linked renderings (meaning is embedded only where words disagree).

    The same words given to another speaker join the group that more outlets give them to:
    the minority is the outlet's (or the speaker finder's) misattribution of one utterance.
    With no majority the outlets disagree on who said it, and the groups stay apart.
    """
    groups = _Groups(items)
    undecided: list[tuple[int, int]] = []
    contested: list[tuple[int, int]] = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            decided = _link_by_words(a, b)
            if decided is None:
                undecided.append((i, j))
            elif decided:
                groups.join(i, j)
            elif _given_to_others(a, b):
                contested.append((i, j))
    for i, j in undecided:
        if _same_meaning(items[i], items[j]):
            groups.join(i, j)
    for i, j in contested:
        if groups.sets.root(i) != groups.sets.root(j) and groups.outlets(i) != groups.outlets(j):
            groups.join(i, j)
    return groups.members()


def _canonical(members: Sequence[_Item]) -> _Item:
    """The rendering most others agree with; ties go to the longest, then the earliest."""
    direct = [m for m in members if m.mention.kind != "indirect"] or list(members)

    def agreement(item: _Item) -> int:
        return sum(
            1
            for other in members
            if other is not item and _word_match(item, other) >= NEAR_IDENTICAL
        )

    return min(direct, key=lambda m: (-agreement(m), -len(m.words), m.order, m.mention.start))


def _speaker(members: Sequence[_Item], entities: EntityIndex) -> tuple[str | None, str | None]:
    """The speaker most outlets give the utterance to (an outlet that repeats the quote
    counts once); ties go to the earliest outlet."""
    said = dict.fromkeys((m.article_id, m.speaker_id) for m in members if m.speaker_id)
    ids = Counter(speaker_id for _, speaker_id in said)
    if ids:
        entity_id = ids.most_common(1)[0][0]
        entity = next(e for e in entities.entities if e.id == entity_id)
        return entity.name, entity_id
    names = Counter(m.mention.speaker for m in members if m.mention.speaker)
    return (names.most_common(1)[0][0] if names else None), None


def _quote(members: Sequence[_Item], entities: EntityIndex) -> Quote:
    members = sorted(members, key=lambda m: (m.order, m.mention.start))
    canonical = _canonical(members).mention.text
    speaker, speaker_id = _speaker(members, entities)
    variants = []
    for item in members:
        fidelity, similarity = grade(item.mention, canonical)
        variants.append(
            QuoteVariant(
                item.article_id,
                item.mention.text,
                item.mention.start,
                item.mention.end,
                fidelity,
                similarity,
                item.mention.speaker_reason,
            )
        )
    key = f"{speaker_id or speaker}:{normalise(canonical)}"
    quote_id = "q_" + hashlib.sha1(key.encode()).hexdigest()[:12]
    return Quote(quote_id, speaker, speaker_id, canonical, tuple(variants))


def _items(articles: Sequence[AnnotatedArticle], entities: EntityIndex) -> list[_Item]:
    items = []
    for order, annotated in enumerate(articles):
        vectors: Sequence[Vector | None] = annotated.quote_vectors or [None] * len(annotated.quotes)
        for mention, vector in zip(annotated.quotes, vectors, strict=True):
            entity = entities.speaker_of(mention)
            items.append(
                _Item(
                    annotated.article.id,
                    order,
                    mention,
                    entity.id if entity else None,
                    normalise(mention.text),
                    words_of(mention.text),
                    vector,
                )
            )
    return items


def group_quotes(articles: Sequence[AnnotatedArticle], entities: EntityIndex) -> tuple[Quote, ...]:
    """Group every article's quotes into utterances with a canonical wording and fidelity."""
    items = _items(articles, entities)
    if not items:
        return ()
    groups = sorted(_components(items), key=lambda group: (-len(group), min(group)))
    quotes = [_quote([items[i] for i in group], entities) for group in groups]
    return tuple(_unique_ids(quotes))


def _unique_ids(quotes: Sequence[Quote]) -> list[Quote]:
    """Ids hash speaker and canonical words; a rare repeat gets its first variant's place."""
    seen: set[str] = set()
    unique = []
    for quote in quotes:
        if quote.id in seen:
            first = quote.variants[0]
            suffix = hashlib.sha1(f"{first.article_id}:{first.start}".encode()).hexdigest()[:6]
            quote = replace(quote, id=f"{quote.id}_{suffix}")
        seen.add(quote.id)
        unique.append(quote)
    return unique
