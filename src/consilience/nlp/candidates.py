"""Who might have said a quote: candidate speakers and the evidence for each.

Each reading news style allows proposes a speaker: the subject of the speech verb the
quoted words hang from, of a speech cue in the quote's sentences, of an introduction
ending in a colon, of the sentence before, of the clause the words are in; a name after
a closing dash; the person the sentence before is about; whoever was proposed for the
quote this one goes on from (after a quote with no cue, the speaker quoted last).
People and organisations named near the quote are candidates too. Nothing here decides:
the evidence becomes features that `consilience.nlp.ranker` weighs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from consilience.nlp.cues import (
    SUBJECT_DEPS,
    cue_subject,
    is_cue,
    is_indefinite,
    is_negated,
    is_subject,
    speaks,
)
from consilience.nlp.gender import pronoun_gender
from consilience.nlp.layout import Article, distance, quote_kind, quote_paragraphs
from consilience.nlp.names import PLACE_LABELS, last_word
from consilience.nlp.nearby import CueSpots, add_mention, cue_spots, nearby, span_distance
from consilience.nlp.quotemarks import Quoted
from consilience.nlp.readings import (
    MAX_CUES,
    colon_intro_cue,
    continues_from,
    cue_text,
    dash_byline,
    governing_cue,
    governing_verb,
    name_before_colon,
    narrated_speaker,
    previous_paragraph_cue,
    previous_sentence_cue,
    region_cues,
    speaker_label,
)
from consilience.nlp.speakers import (
    PERSONAL_PRONOUNS,
    Speaker,
    SpeakerResolver,
)
from consilience.text import word_list

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
        "goes_on",
        "chain",
        "antecedent",
        "verb_subject",
        "clause_subject",
        "cue_adjacent",
        "colon_name",
        "paragraph_cue",
    }
)
# "remarks from Lee", "a statement by the council": who owns the words.
OWNER_PREPOSITIONS = frozenset({"from", "by"})
# How many words up the parse a quote is followed to the clause that has a subject.
CLAUSE_CLIMB = 10
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


def site(
    art: Article,
    quote: Quoted,
    resolver: SpeakerResolver,
    before: Site | None,
) -> Site:
    """The candidates of one quote; ``before`` is the previous quote of the article."""
    kind = quote_kind(art.text, quote)
    cues, unresolved, first_cue, spots = _cue_proposals(art, quote, resolver, kind)
    proposals = list(cues)
    holder = _verb_subject(art, quote, resolver)
    if holder is not None:
        proposals.append(holder)
    chain = first_cue
    if kind == "direct":
        byline = dash_byline(art, quote) or speaker_label(art, quote, resolver)
        if byline is not None:
            proposals.append(Proposal("dash_byline", byline, None))
        else:
            byline = name_before_colon(art, quote, resolver)
            if byline is not None:
                proposals.append(Proposal("colon_name", byline, None))
        narrated = narrated_speaker(art, quote, resolver)
        if narrated is not None:
            proposals.append(Proposal("narrated", narrated, None))
        if not cues and not unresolved:
            chain = byline or narrated
    # A quote whose own cue brings in someone unnamed ("said one aide") goes on from nobody.
    may_go_on = not spots.unnamed
    continues = before is not None and may_go_on and continues_from(art.text, before.quote, quote)
    if before is not None and continues and kind == "direct":
        inherited = [Proposal("continues", p.speaker, p.cue) for p in _own(before.proposals)]
        if not inherited and not cues and not before.cued and before.running is not None:
            inherited = [Proposal("goes_on", before.running, None)]
        proposals += inherited
        if chain is None and not unresolved:
            chain = before.chain
    if chain is not None:
        proposals.append(Proposal("chain", chain, None))
    found = _candidates(art, quote, resolver, proposals, spots)
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
    return Site(quote, kind, found, proposals, cue, chain, chain or running, bool(spots.at))


def _verb_subject(art: Article, quote: Quoted, resolver: SpeakerResolver) -> Proposal | None:
    """The person who is the subject of the verb (not a speech cue) the quoted words hang
    from, in the quote's paragraph: "Lee called the plan “a folly”", or of the verb whose
    clause they are in: "Lee worried that the plan was “a folly”". A place or a body
    there is mostly what the words are about ("Brindlemoor must accept “the new map”"),
    and whoever "never called" it so did not say the words."""
    inside = art.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    verb = governing_verb(inside) if inside is not None else None
    paragraph = quote_paragraphs(art.text, quote)
    if inside is None or verb is None or not paragraph[0] <= verb.idx < paragraph[1]:
        return None
    found = _person_subject(verb, resolver)
    if found is None and verb.dep_ == "ccomp":
        found = _person_subject(verb.head, resolver)
    return found or _clause_subject(inside, quote, resolver)


def _clause_subject(inside: Span, quote: Quoted, resolver: SpeakerResolver) -> Proposal | None:
    """Who the sentence says acts, when no person is the subject of the verb the words
    hang from: "Lee released a memo titled “The Facts”", "the council joined them,
    publishing a letter decrying “a folly”". An organisation counts (it publishes), a
    place does not: "Kyiv must accept the so-called “realities”" is what it is asked,
    nor does a clause that reports (`_reported`). Words reached through someone's
    remarks ("contradicts Lee's remarks that “…”") are theirs, and words that name the
    subject ("the “Fair Pay” plan seeks") are no one's."""
    token = inside.root
    for _ in range(CLAUSE_CLIMB):
        if token.head is token:
            return None
        came_from, token = token, token.head
        if inside.start <= token.i < inside.end:
            continue
        if _owned_remarks(token):
            return None
        subject = next(
            (c for c in token.children if c.dep_ in SUBJECT_DEPS and resolver.outside_quotes(c)),
            None,
        )
        if subject is not None:
            if _reported(token, came_from, resolver) or subject.ent_type_ in PLACE_LABELS:
                return None
            speaker = resolver.resolve(subject)
            if speaker is None or (speaker.start < quote.end and quote.start < speaker.end):
                return None
            return Proposal("clause_subject", speaker, None, subject.doc[subject.i : subject.i + 1])
    return None


def _reported(clause: Token, came_from: Token, resolver: SpeakerResolver) -> bool:
    """A clause that is a speech cue, is negated, or carries another cue of narration than
    the one the words came through: "Lee, according to Roe, is ready for “a lasting
    peace”" reports what Roe says of Lee."""
    return (
        is_cue(clause)
        or is_negated(clause)
        or any(
            c is not came_from and resolver.outside_quotes(c) and is_cue(c) for c in clause.children
        )
    )


def _owned_remarks(noun: Token) -> bool:
    """Remarks someone is named as owning: "Lee's comments", "remarks from Lee"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_list("speech_nouns"):
        return False
    return any(
        c.dep_ == "poss"
        or (c.lower_ in OWNER_PREPOSITIONS and any(g.dep_ == "pobj" for g in c.children))
        for c in noun.children
    )


def _person_subject(verb: Token, resolver: SpeakerResolver) -> Proposal | None:
    if is_cue(verb) or is_negated(verb):
        return None
    subject = cue_subject(verb, resolver.outside_quotes)
    speaker = resolver.resolve(subject) if subject is not None else None
    if speaker is None or subject is None or not resolver.is_person(speaker):
        return None
    return Proposal("verb_subject", speaker, None, subject.doc[subject.i : subject.i + 1])


def _own(proposals: list[Proposal]) -> list[Proposal]:
    """A quote's proposals as a following quote inherits them (one level, never nested)."""
    own = [p for p in proposals if p.rule not in ("continues", "goes_on", "chain")]
    return own or [p for p in proposals if p.rule == "continues"]


def _cue_proposals(
    art: Article, quote: Quoted, resolver: SpeakerResolver, kind: str
) -> tuple[list[Proposal], bool, Speaker | None, CueSpots]:
    """Speakers of the cues around the quote, whether some cue named nobody, the speaker
    of the first cue in the order the rules used to try them (or None), and where the
    cues and the words around them are."""
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
        paragraph_cue = previous_paragraph_cue(art, quote)
        if paragraph_cue is not None:
            found.append(("paragraph_cue", paragraph_cue))
    proposals: list[Proposal] = []
    unresolved = False
    unnamed = False  # a subject brings in someone new, unnamed: "one aide said"
    speakers: dict[str, Speaker | None] = {}
    for rule, cue in found:
        subject = cue_subject(cue, resolver.outside_quotes)
        speaker = resolver.resolve(subject) if subject is not None else None
        speakers[rule] = speakers.get(rule, speaker)
        if speaker is None or subject is None:
            unresolved = True
            unnamed = unnamed or (subject is not None and is_indefinite(subject))
            continue
        at = subject.doc[subject.i : subject.i + 1]
        proposals.append(Proposal(rule, speaker, cue_text(cue), at))
        if subject.lower_ in PERSONAL_PRONOUNS:
            proposals.append(Proposal("via_pronoun", speaker, cue_text(cue)))
            proposals += _agreement(subject, speaker, resolver.genders, cue_text(cue))
            proposals += _antecedents(subject, resolver, cue_text(cue))
    first = next((r for r in CHAIN_ORDER if r in speakers), None)
    chosen = speakers[first] if first is not None else None
    return proposals, unresolved, chosen, cue_spots([cue for _, cue in found], unnamed)


def _antecedents(pronoun: Token, resolver: SpeakerResolver, cue: str) -> list[Proposal]:
    """Every person a speaking pronoun may refer to, with what makes each likely: how
    recent (and in which sentence), whether the subject of a clause or of the sentence,
    whether speaking, whether of its gender."""
    found: list[Proposal] = []
    seen: set[str] = set()
    for mention in resolver.antecedents(pronoun):
        speaker = resolver.named(mention)
        if speaker is None or speaker.name in seen:
            continue
        seen.add(speaker.name)
        found.append(Proposal("antecedent", speaker, cue, weight=1.0 / len(seen)))
        found += _agreement(pronoun, speaker, resolver.genders, cue)
        if is_subject(mention.root):
            found.append(Proposal("antecedent_subject", speaker, cue))
        if speaks(mention.root):
            found.append(Proposal("antecedent_speaks", speaker, cue))
        if mention.sent.start == pronoun.sent.start:
            found.append(Proposal("antecedent_same_sentence", speaker, cue))
        elif mention.sent.end == pronoun.sent.start:
            found.append(Proposal("antecedent_sentence_before", speaker, cue))
        if mention.root.dep_ == "nsubj" and mention.root.head.dep_ == "ROOT":
            found.append(Proposal("antecedent_main_subject", speaker, cue))
    return found


def _agreement(
    pronoun: Token, speaker: Speaker, genders: Mapping[str, str], cue: str
) -> list[Proposal]:
    """Whether the speaker a pronoun may refer to is of its gender, where both are known."""
    said = pronoun_gender(pronoun)
    known = genders.get(last_word(speaker.name))
    if said is None or known is None:
        return []
    return [Proposal("gender_agrees" if said == known else "gender_clash", speaker, cue)]


def _candidates(
    art: Article,
    quote: Quoted,
    resolver: SpeakerResolver,
    proposals: list[Proposal],
    spots: CueSpots,
) -> list[Candidate]:
    """One candidate a name: proposed speakers and people or organisations nearby."""
    by_name: dict[str, Candidate] = {}
    for proposal in proposals:
        candidate = by_name.setdefault(proposal.speaker.name, Candidate(proposal.speaker))
        features = candidate.features
        features[proposal.rule] = max(features.get(proposal.rule, 0.0), proposal.weight)
        candidate.cue = candidate.cue or proposal.cue
        if proposal.subject is not None:
            add_mention(candidate.features, art, quote, proposal.subject, spots)
    named = nearby(art, quote, resolver)
    for span, speaker in named:
        candidate = by_name.setdefault(speaker.name, Candidate(speaker))
        add_mention(candidate.features, art, quote, span, spots)
    for candidate in by_name.values():
        features = candidate.features
        features["person"] = float(resolver.is_person(candidate.speaker))
        features["mentions"] = math.log1p(resolver.mention_count(candidate.speaker))
    if named:
        closest = min(named, key=lambda m: span_distance(m[0], quote))[1]
        by_name[closest.name].features["closest"] = 1.0
    return list(by_name.values())


def sites(art: Article, quotes: Sequence[Quoted], resolver: SpeakerResolver) -> list[Site]:
    """Every quote's candidates, in order (each may go on from the one before)."""
    found: list[Site] = []
    for quote in quotes:
        found.append(site(art, quote, resolver, found[-1] if found else None))
    return found
