"""Quotes outlets disagree about: the same words given to different people, or one person's
words changed where it matters (a number, a time, a negation).

Rewording ("verge" for "cusp") is a fidelity grade, not a contradiction; only changes to
the facts inside the quotation marks are reported here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from consilience.crosscheck.contradictions import contradiction
from consilience.crosscheck.entities import EntityIndex
from consilience.crosscheck.evidence import sentence_evidence
from consilience.crosscheck.names import same_token
from consilience.crosscheck.negation import negation_count
from consilience.crosscheck.quotes import normalise, same_utterance, words_of
from consilience.model import AnnotatedArticle, Contradiction, Evidence, Quote, QuoteMention
from consilience.text import word_list
from consilience.text.dates import MONTHS, WEEKDAYS
from consilience.text.names import name_tokens
from consilience.text.numbers import CARDINALS, ORDINALS

CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
NEARBY = 120  # characters between a quote and its named speaker for an explicit attribution
NEAR_WORDS = 6  # words each side of a change where a moved negation may stand
MAX_CHANGE = 3  # words; a longer changed stretch is rewording, graded as fidelity instead
_TIME_WORDS = frozenset(
    ["beginning", "start", "middle", "mid", "end", "early", "late", "next", "last",
     "year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter",
     *(m for m in MONTHS if m != "may"),  # "may" is far more often the verb
     *WEEKDAYS, "today", "tomorrow", "yesterday", "tonight", "quarter", "half"]
)  # fmt: skip
_NUMBER_WORDS = frozenset([*CARDINALS, *ORDINALS, "thousand", "million", "billion", "percent"])


@dataclass(frozen=True)
class _Said:
    """One article's quote with its speaker resolved to an entity."""

    annotated: AnnotatedArticle
    mention: QuoteMention
    speaker_id: str
    speaker: str
    named: bool  # a person by name, not a body ("Harbour Council"), outlet or bare title

    @cached_property
    def evidence(self) -> Evidence | None:
        return sentence_evidence(self.annotated, self.mention.start)


def _attributed(articles: Sequence[AnnotatedArticle], entities: EntityIndex) -> list[_Said]:
    """Direct quotes whose speaker is a known entity named in the quote's own sentence.

    A speaker found through a pronoun or an earlier sentence is likelier to be wrong than
    an outlet is to misattribute, so only explicit attributions are compared.
    """
    said = []
    for annotated in articles:
        for mention in annotated.quotes:
            entity = entities.speaker_of(mention)
            if entity is not None and mention.kind != "indirect" and _named_nearby(mention):
                named = entity.type == "PERSON" and not _title_only(entity.name)
                said.append(_Said(annotated, mention, entity.id, entity.name, named))
    return said


def _title_only(name: str) -> bool:
    """Whether a speaker's name ends in a title ("Harbour Police Sgt"): someone unnamed."""
    words = name_tokens(name)
    return not words or words[-1] in word_list("honorifics")


def _named_nearby(mention: QuoteMention) -> bool:
    """Whether the speaker's name sits right around the quote (within `NEARBY` characters)."""
    start = mention.speaker_start
    return start is not None and mention.start - NEARBY <= start <= mention.end + NEARBY


def _different_people(a: _Said, b: _Said) -> bool:
    """Different entities whose names share no word (unmerged spellings of one name do)."""
    if a.speaker_id == b.speaker_id:
        return False
    return not any(same_token(x, y) for x in name_tokens(a.speaker) for y in name_tokens(b.speaker))


def _names_both(a: _Said, b: _Said) -> bool:
    """Whether one outlet's sentence also names the speaker the other outlet gives, by the
    last word of the name ("said Veradell Port Authority head Ana Lund" against "said Ana
    Lund"; "Lund and Berg's book" against "Berg"): its speaker was picked among several
    names, so the outlets need not differ."""
    for one, other in ((a, b), (b, a)):
        words = name_tokens(one.evidence.text if one.evidence else "")
        last = name_tokens(other.speaker)[-1:]
        if last and any(same_token(last[0], word) for word in words):
            return True
    return False


def attribution_contradictions(
    articles: Sequence[AnnotatedArticle], entities: EntityIndex
) -> list[Contradiction]:
    """The same words attributed to two different people by two outlets. Both must name a
    person: an outlet crediting the paper it read ("according to the Herald") or the body
    spoken in ("told the Harbour Council") where another names the speaker differs not."""
    found = []
    for a, b in combinations(_attributed(articles, entities), 2):
        if a.annotated is b.annotated:
            continue
        if not same_utterance(normalise(a.mention.text), normalise(b.mention.text)):
            continue
        if not (a.named and b.named and a.evidence and b.evidence):
            continue
        if _different_people(a, b) and not _names_both(a, b):
            what = (
                f'{a.annotated.article.source} attributes "{a.mention.text}" to {a.speaker}; '
                f"{b.annotated.article.source} attributes it to {b.speaker}."
            )
            found.append(contradiction("attribution", a.evidence, b.evidence, what))
    return found


def _kind_of_fact(words: Sequence[str]) -> str | None:
    """What fact a short stretch of changed words carries: a number or a time (else None)."""
    if len(words) > MAX_CHANGE:
        return None
    if any(w.isdigit() or w in _NUMBER_WORDS for w in words):
        return "number"
    return "time" if any(w in _TIME_WORDS for w in words) else None


def _flipped(a: Sequence[str], i1: int, i2: int, b: Sequence[str], j1: int, j2: int) -> bool:
    """Whether a change (``a[i1:i2]`` to ``b[j1:j2]``) negates one side only, and the words
    around it do not move the negation elsewhere ("didn't feel we were" against "feel we
    weren't", "believe he did not" against "don't think he")."""
    if (negation_count(a[i1:i2]) > 0) == (negation_count(b[j1:j2]) > 0):
        return False
    near_a = a[max(0, i1 - NEAR_WORDS) : i2 + NEAR_WORDS]
    return negation_count(near_a) != negation_count(b[max(0, j1 - NEAR_WORDS) : j2 + NEAR_WORDS])


def changed_facts(a: Sequence[str], b: Sequence[str]) -> Iterator[tuple[str, str]]:
    """Word changes between two renderings that alter a fact or flip a negation.

    Only changes inside the shared stretch count: a rendering that quotes less is a
    fragment, not a change.
    """
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        inside = blocks[0].a <= i1 and i2 <= blocks[-1].a + blocks[-1].size
        left, right = a[i1:i2], b[j1:j2]
        if tag == "equal" or not inside:
            continue
        kind = _kind_of_fact(left)
        fact = tag == "replace" and kind is not None and kind == _kind_of_fact(right)
        short = max(len(left), len(right)) <= MAX_CHANGE
        if fact or (short and _flipped(a, i1, i2, b, j1, j2)):
            yield " ".join(left), " ".join(right)


def quote_contradictions(
    quotes: Sequence[Quote], articles: Sequence[AnnotatedArticle]
) -> list[Contradiction]:
    """One speaker's utterance rendered by two outlets with a fact changed inside the quotes."""
    by_id = {a.article.id: a for a in articles}
    found = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        for one, two in combinations(quote.variants, 2):
            if one.article_id == two.article_id or "paraphrase" in (one.fidelity, two.fidelity):
                continue
            if CLOCK.search(one.text) or CLOCK.search(two.text):
                continue  # "6:41pm" and "18:41" are one time written two ways
            change = next(changed_facts(words_of(one.text), words_of(two.text)), None)
            a = sentence_evidence(by_id[one.article_id], one.start)
            b = sentence_evidence(by_id[two.article_id], two.start)
            if change is None or a is None or b is None:
                continue
            what = (
                f"{by_id[one.article_id].article.source} quotes {quote.speaker} saying "
                f'"{change[0]}"; {by_id[two.article_id].article.source} has "{change[1]}".'
            )
            found.append(contradiction("quote", a, b, what))
    return found
