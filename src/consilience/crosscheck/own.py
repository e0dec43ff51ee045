"""One-outlet claims that are a part of a sentence stating nothing of its own are no claims.

The cross-check cuts sentences at clauses and asides, and a part no claim keeps becomes a
one-outlet claim (``narrow.left_over``, ``twins``). A reader cannot judge "according to a
statement from the ministry", "in a bid to escape" or '"It is complicated," he said' as a
claim: an attribution, a phrase hung on a fact, quoted speech (already a quote). A part
states something when it holds one of its sentence's stating verbs (``Sentence.verbs``, from
the parse), or, verb or not, when its own words (outside quoted speech and the speakers'
names) give a detail (a number, a name) no other outlet gives anywhere: "55 miles (90 km)
north of the city" is what that outlet alone reports, and a fact-checker sees it in its
sentence. A part is read only once the claims are made: a part that states a claim of
other outlets still joins it (``recruit``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from consilience.crosscheck.context import sentence_finder
from consilience.crosscheck.independence import outlet_keys
from consilience.crosscheck.words import details
from consilience.model import AnnotatedArticle, Claim, Evidence

_SPEECH = frozenset({"direct", "block", "partial"})  # quote kinds in the speaker's own words


def standing_claims(
    claims: Sequence[Claim], articles: Sequence[AnnotatedArticle], copies: Mapping[str, str]
) -> tuple[Claim, ...]:
    """The claims without the one-outlet ones no support of which states something of its
    own (``copies``: near-copies, each with the article it copies)."""
    own = states_own(articles, outlet_keys([a.article for a in articles], copies))
    return tuple(
        claim
        for claim in claims
        if claim.status != "single_source" or any(own(e) for e in claim.support)
    )


def states_own(
    articles: Sequence[AnnotatedArticle], outlets: Mapping[str, str]
) -> Callable[[Evidence], bool]:
    """Whether a span states something of its own: it is its whole sentence, holds one of
    its sentence's stating verbs outside quoted speech (any span of a sentence not parsed
    for them; a quote may run over several sentences), or gives a detail only its outlet
    gives."""
    sentence_of = sentence_finder(articles)
    spoken = {a.article.id: list(_spoken(a)) for a in articles}
    masked = {a.article.id: [*spoken[a.article.id], *_speakers(a)] for a in articles}
    given = outlets_writing(articles, outlets)

    def own(span: Evidence) -> bool:
        sentence = sentence_of(span)
        if sentence is None or sentence.verbs is None:
            return True
        if span.start <= sentence.start and sentence.end <= span.end:
            return True
        verbs = [(a, b) for a, b in sentence.verbs if span.start <= a and b <= span.end]
        if any(not _inside(verb, spoken[span.article_id]) for verb in verbs):
            return True
        words = details(_blanked(span, masked[span.article_id]))
        outlet = outlets[span.article_id]
        return any(given.get(word, set()) <= {outlet} for word in words)

    return own


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def _spoken(annotated: AnnotatedArticle) -> Iterator[tuple[int, int]]:
    """The spans of quoted speech: the speaker's words, listed as quotes of their own."""
    for quote in annotated.quotes:
        if quote.kind in _SPEECH:
            yield quote.start, quote.end


def _speakers(annotated: AnnotatedArticle) -> Iterator[tuple[int, int]]:
    """The speakers' names (a description hung on one may still say where or what it is)."""
    for quote in annotated.quotes:
        if quote.speaker_start is not None and quote.speaker_end is not None:
            yield quote.speaker_start, quote.speaker_end


def _blanked(span: Evidence, masked: Iterable[tuple[int, int]]) -> str:
    """The span's text with the masked stretches inside it replaced by spaces."""
    chars = list(span.text)
    for a, b in masked:
        for k in range(max(a, span.start), min(b, span.end)):
            chars[k - span.start] = " "
    return "".join(chars)


def outlets_writing(
    articles: Iterable[AnnotatedArticle],
    outlets: Mapping[str, str],
    read: Callable[[str], frozenset[str]] = details,
) -> dict[str, set[str]]:
    """Each detail (or each word ``read`` finds) of the story's articles with the outlets
    that write it."""
    given: dict[str, set[str]] = {}
    for annotated in articles:
        for word in read(annotated.article.text):
            given.setdefault(word, set()).add(outlets[annotated.article.id])
    return given
