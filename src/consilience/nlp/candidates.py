"""Who might have said a quote: candidate speakers and the evidence for each.

Each reading news style allows proposes a speaker: the subject of the speech verb the
quoted words hang from, of a speech cue in the quote's sentences, of an introduction
ending in a colon, of the sentence before; a name after a closing dash; the person the
sentence before is about; whoever was proposed for the quote this one goes on from.
People and organisations named near the quote are candidates too. Nothing here decides:
the evidence becomes features that `consilience.nlp.ranker` weighs.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from consilience.nlp.cues import cue_subject, is_cue, is_subject, speaks
from consilience.nlp.layout import Article, distance, quote_kind, quote_paragraphs
from consilience.nlp.quotemarks import Quoted
from consilience.nlp.readings import (
    MAX_CUES,
    colon_intro_cue,
    continues_from,
    cue_text,
    dash_byline,
    governing_cue,
    governing_verb,
    narrated_speaker,
    previous_sentence_cue,
    region_cues,
    speaker_label,
)
from consilience.nlp.speakers import (
    ORGANISATION_LABELS,
    PERSONAL_PRONOUNS,
    Speaker,
    SpeakerResolver,
)

# How many words may part a name from the cue it is next to (before it, after it).
CUE_BEFORE = 2
CUE_AFTER = 3
# Sentences before a quote whose names are candidates.
WINDOW_BEFORE = 2
# The nearest names each side of a quote that it weighs (PolNeAR's training split never
# has more than 23 in all): a sentence of hundreds of quotes and names stays linear.
MAX_NAMES = 24
# The readings of the layout that propose a speaker (the others only describe a name).
READINGS = frozenset(
    {
        "governing",
        "participle",
        "nearest_cue",
        "other_cue",
        "colon_cue",
        "previous_cue",
        "dash_byline",
        "narrated",
        "continues",
        "chain",
        "antecedent",
        "verb_subject",
        "cue_adjacent",
    }
)
# The order in which the hand rules tried the cues; the first is the "chain" evidence.
CHAIN_ORDER = ("participle", "governing", "nearest_cue", "colon_cue", "previous_cue")


@dataclass(frozen=True)
class Proposal:
    """A speaker one reading proposes, the rule that read it and the cue it rests on."""

    rule: str
    speaker: Speaker
    cue: str | None
    subject: Span | None = None
    weight: float = 1.0


@dataclass
class Candidate:
    """One possible speaker of a quote with the evidence for it, as named features."""

    speaker: Speaker
    features: dict[str, float] = field(default_factory=dict)
    cue: str | None = None

    @property
    def read(self) -> bool:
        """Whether some reading of the layout proposes it (not only its being near)."""
        return any(self.features.get(rule, 0.0) > 0 for rule in READINGS)


@dataclass(frozen=True)
class Site:
    """A quote, its kind, its candidates and the cue found for it (if any)."""

    quote: Quoted
    kind: str
    candidates: list[Candidate]
    proposals: list[Proposal]
    cue: str | None
    chain: Speaker | None
    running: Speaker | None
    cued: bool


def site(art: Article, quote: Quoted, resolver: SpeakerResolver, before: Site | None) -> Site:
    """The candidates of one quote; ``before`` is the previous quote of the article."""
    kind = quote_kind(art.text, quote)
    cues, unresolved, first_cue, cue_tokens = _cue_proposals(art, quote, resolver, kind)
    proposals = list(cues)
    holder = _verb_subject(art, quote, resolver)
    if holder is not None:
        proposals.append(holder)
    chain = first_cue
    if kind == "direct":
        byline = dash_byline(art, quote) or speaker_label(art, quote, resolver)
        if byline is not None:
            proposals.append(Proposal("dash_byline", byline, None))
        narrated = narrated_speaker(art, quote, resolver)
        if narrated is not None:
            proposals.append(Proposal("narrated", narrated, None))
        if not cues and not unresolved:
            chain = byline or narrated
    continues = before is not None and continues_from(art.text, before.quote, quote)
    if before is not None and continues and kind == "direct":
        proposals += [Proposal("continues", p.speaker, p.cue) for p in _own(before.proposals)]
        if chain is None and not unresolved:
            chain = before.chain
    if chain is not None:
        proposals.append(Proposal("chain", chain, None))
    found = _candidates(art, quote, resolver, proposals, cue_tokens)
    shared = {
        "has_cue": float(bool(cues) or unresolved),
        "unresolved_cue": float(unresolved and not cues),
        "partial": float(kind == "partial"),
        "continued": float(continues),
        "pronoun_cue": float(any(p.rule == "via_pronoun" for p in cues)),
    }
    for candidate in found:
        candidate.features.update(shared)
    names = {c.speaker.name: c for c in found}
    cue = next((p.cue for p in proposals if p.cue is not None), None)
    running = before.running if before is not None else None
    if running is not None and running.name in names:
        names[running.name].features["running"] = 1.0
    return Site(quote, kind, found, proposals, cue, chain, chain or running, bool(cue_tokens))


def _verb_subject(art: Article, quote: Quoted, resolver: SpeakerResolver) -> Proposal | None:
    """The person who is the subject of the verb (not a speech cue) the quoted words hang
    from, in the quote's paragraph: "Lee called the plan “a folly”". A place or a body
    there is mostly what the words are about ("Brindlemoor must accept “the new map”")."""
    inside = art.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    verb = governing_verb(inside) if inside is not None else None
    paragraph = quote_paragraphs(art.text, quote)
    if verb is None or is_cue(verb) or not paragraph[0] <= verb.idx < paragraph[1]:
        return None
    subject = cue_subject(verb, resolver.outside_quotes)
    speaker = resolver.resolve(subject) if subject is not None else None
    if speaker is None or subject is None or not resolver.is_person(speaker):
        return None
    return Proposal("verb_subject", speaker, None, subject.doc[subject.i : subject.i + 1])


def _own(proposals: list[Proposal]) -> list[Proposal]:
    """A quote's proposals as a following quote inherits them (one level, never nested)."""
    own = [p for p in proposals if p.rule not in ("continues", "chain")]
    return own or [p for p in proposals if p.rule == "continues"]


def _cue_proposals(
    art: Article, quote: Quoted, resolver: SpeakerResolver, kind: str
) -> tuple[list[Proposal], bool, Speaker | None, list[Token]]:
    """Speakers of the cues around the quote, whether some cue named nobody, the speaker
    of the first cue in the order the rules used to try them (or None), and the cues."""
    found: list[tuple[str, Token]] = []
    inside = art.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    paragraph = quote_paragraphs(art.text, quote)
    nearby = region_cues(art, quote)
    governing = governing_cue(inside) if inside is not None else None
    if governing is not None and paragraph[0] <= governing.idx < paragraph[1]:
        found.append(("governing", governing))
        between = [
            t for t in nearby if t.tag_ == "VBG" and governing.idx < t.idx < quote.mark_start
        ]
        if between:
            found.append(("participle", between[-1]))
    ordered = sorted(nearby, key=lambda t: distance(t, quote))[:MAX_CUES]
    found += [("nearest_cue" if i == 0 else "other_cue", t) for i, t in enumerate(ordered)]
    colon = colon_intro_cue(art, quote.mark_start)
    if colon is not None:
        found.append(("colon_cue", colon))
    if kind == "direct":
        previous = previous_sentence_cue(art, quote)
        if previous is not None:
            found.append(("previous_cue", previous))
    proposals: list[Proposal] = []
    unresolved = False
    speakers: dict[str, Speaker | None] = {}
    for rule, cue in found:
        subject = cue_subject(cue, resolver.outside_quotes)
        speaker = resolver.resolve(subject) if subject is not None else None
        speakers[rule] = speakers.get(rule, speaker)
        if speaker is None or subject is None:
            unresolved = True
            continue
        at = subject.doc[subject.i : subject.i + 1]
        proposals.append(Proposal(rule, speaker, cue_text(cue), at))
        if subject.lower_ in PERSONAL_PRONOUNS:
            proposals.append(Proposal("via_pronoun", speaker, cue_text(cue)))
            proposals += _antecedents(subject, resolver, cue_text(cue))
    first = next((r for r in CHAIN_ORDER if r in speakers), None)
    chosen = speakers[first] if first is not None else None
    return proposals, unresolved, chosen, [cue for _, cue in found]


def _antecedents(pronoun: Token, resolver: SpeakerResolver, cue: str) -> list[Proposal]:
    """Every person a speaking pronoun may refer to, with what makes each likely: how
    recent, whether the subject of a clause, whether speaking."""
    found: list[Proposal] = []
    seen: set[str] = set()
    for mention in resolver.antecedents(pronoun):
        speaker = resolver.named(mention)
        if speaker is None or speaker.name in seen:
            continue
        seen.add(speaker.name)
        found.append(Proposal("antecedent", speaker, cue, weight=1.0 / len(seen)))
        if is_subject(mention.root):
            found.append(Proposal("antecedent_subject", speaker, cue))
        if speaks(mention.root):
            found.append(Proposal("antecedent_speaks", speaker, cue))
        if mention.sent.start == pronoun.sent.start:
            found.append(Proposal("antecedent_same_sentence", speaker, cue))
    return found


def _candidates(
    art: Article,
    quote: Quoted,
    resolver: SpeakerResolver,
    proposals: list[Proposal],
    cues: list[Token],
) -> list[Candidate]:
    """One candidate a name: proposed speakers and people or organisations nearby."""
    by_name: dict[str, Candidate] = {}
    cue_at = sorted(cue.i for cue in cues)
    for proposal in proposals:
        candidate = by_name.setdefault(proposal.speaker.name, Candidate(proposal.speaker))
        features = candidate.features
        features[proposal.rule] = max(features.get(proposal.rule, 0.0), proposal.weight)
        candidate.cue = candidate.cue or proposal.cue
        if proposal.subject is not None:
            _add_mention(candidate.features, art, quote, proposal.subject, cue_at)
    nearby = _nearby(art, quote, resolver)
    for span, speaker in nearby:
        candidate = by_name.setdefault(speaker.name, Candidate(speaker))
        _add_mention(candidate.features, art, quote, span, cue_at)
    for candidate in by_name.values():
        features = candidate.features
        features["person"] = float(resolver.is_person(candidate.speaker))
        features["mentions"] = math.log1p(resolver.mention_count(candidate.speaker))
    if nearby:
        closest = min(nearby, key=lambda m: _span_distance(m[0], quote))[1]
        by_name[closest.name].features["closest"] = 1.0
    return list(by_name.values())


def _nearby(art: Article, quote: Quoted, resolver: SpeakerResolver) -> list[tuple[Span, Speaker]]:
    """Named people and organisations outside quotes from two sentences before the quote
    to the sentence after it, with the speaker each names."""
    doc = art.doc
    mark = doc.char_span(quote.mark_start, quote.mark_end, alignment_mode="expand")
    if mark is None:
        return []
    first = doc[mark.start].sent
    for _ in range(WINDOW_BEFORE):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    last = doc[max(mark.end - 1, mark.start)].sent
    end = doc[last.end].sent.end if last.end < len(doc) else last.end
    before = reversed(resolver.mentions_between(first.start, mark.start))
    after = resolver.mentions_between(mark.end, end)
    found = []
    for span in [*_names(art, before), *_names(art, after)]:
        speaker = resolver.named(span)
        if speaker is not None:
            found.append((span, speaker))
    return sorted(found, key=lambda m: m[0].start)


def _names(art: Article, mentions: Iterable[Span]) -> list[Span]:
    """The first MAX_NAMES mentions, walking away from a quote, that are not quoted."""
    found: list[Span] = []
    for span in mentions:
        if len(found) == MAX_NAMES:
            break
        if span.label_ != "NORP" and not art.quoted(span.root):
            found.append(span)
    return found


def _add_mention(
    features: dict[str, float], art: Article, quote: Quoted, span: Span, cue_at: list[int]
) -> None:
    """Evidence from one mention of a candidate near the quote (the strongest kept).

    A name right next to a speech cue ("Jo Lee, said:", "tweeted aide Jo Lee") speaks
    for it even where the parser attached it elsewhere.
    """
    gap = _span_distance(span, quote)
    same_sentence = span.start_char >= art.text.rfind(".", 0, quote.mark_start) and (
        span.start_char < quote.mark_end + 120
    )
    paragraph = quote_paragraphs(art.text, quote)
    found = {
        "near": 1.0,
        "near_gap": 1.0 - min(math.log1p(gap) / 8.0, 1.0),
        "near_after": float(span.start_char >= quote.mark_end and gap < 60),
        "near_same_paragraph": float(paragraph[0] <= span.start_char < paragraph[1]),
        "near_same_sentence": float(same_sentence),
        "near_speaks": float(speaks(span.root)),
        "near_subject": float(is_subject(span.root)),
        "near_organisation": float(span.label_ in ORGANISATION_LABELS),
        "cue_adjacent": float(_adjacent(span, cue_at)),
    }
    for name, value in found.items():
        features[name] = max(features.get(name, 0.0), value)


def _adjacent(span: Span, cue_at: list[int]) -> bool:
    """The name ends at most two words before a cue or starts at most three after one.

    ``cue_at`` are the cues' token positions in order: a look-up, not a scan, so a
    sentence of hundreds of quotes and cues stays linear in them.
    """
    return _any_in(cue_at, span.end, span.end + CUE_BEFORE) or _any_in(
        cue_at, span.start - CUE_AFTER, span.start
    )


def _any_in(ordered: list[int], low: int, high: int) -> bool:
    """Whether some position of the ordered list lies in [low, high)."""
    at = bisect_left(ordered, low)
    return at < len(ordered) and ordered[at] < high


def _span_distance(span: Span, quote: Quoted) -> int:
    if span.start_char >= quote.mark_end:
        return span.start_char - quote.mark_end
    return max(quote.mark_start - span.end_char, 0)


def sites(art: Article, quotes: Sequence[Quoted], resolver: SpeakerResolver) -> list[Site]:
    """Every quote's candidates, in order (each may go on from the one before)."""
    found: list[Site] = []
    for quote in quotes:
        found.append(site(art, quote, resolver, found[-1] if found else None))
    return found
