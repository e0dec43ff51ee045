"""Who said it: the person or organisation a cue's subject refers to.

A speaker is only named when the article itself names the person: a proper-noun subject,
a pronoun resolved to the nearest preceding person who is the subject of a clause, or a
role noun ("the envoy") resolved through the titles and appositions the article gives its
people ("US envoy Jo Adler", "Jo Adler, the US special envoy"); "it" and "they" only to a
named organisation. Anything else (unnamed sources, "they" for a group of people, a role
nobody in the article holds) yields no speaker. Finding the cue and its subject token is
`consilience.nlp.cues`' work."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from consilience.nlp.cues import (
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TIME_LABELS,
    cue_subject,
    entity_of,
    group_name,
    heads_main_clause,
    is_document,
    is_indefinite,
    is_subject,
    name_before_relative,
    named_owner,
    proper_span,
    speaks,
)
from consilience.nlp.gender import agrees, person_genders
from consilience.nlp.names import (
    in_role_apposition,
    last_word,
    learn_roles,
    name_span,
    person_mentions,
    strip_possessive,
)
from consilience.text import word_list

ORGANISATION_LABELS = frozenset({"ORG", "NORP"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
LOOKBACK_SENTENCES = 3
MAX_SKIPPED_SENTENCES = 40
"""Quoted sentences passed over looking back: no quote is longer, and it bounds the search."""
WINDOW_TOKENS = 400
"""How far back a pronoun's antecedent is sought: never farther in prose, and an endless
sentence ("He said ... he said ...") would make each search quadratic."""
# Words of someone speaking; a quoted paragraph without them is a passage of narration.
FIRST_SECOND_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b", re.I)


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the fullest name and the mention the attribution rests on."""

    name: str
    start: int
    end: int


Found = Speaker | Token | None  # what a step of resolving a pronoun finds


class SpeakerResolver:
    """Resolve cue subjects to people using what one article says about its people."""

    def __init__(
        self, doc: Doc, quoted: Sequence[tuple[int, int]] = (), text: str | None = None
    ) -> None:
        """``text`` is ``doc.text`` when the caller has it (spaCy rebuilds it on each read)."""
        self.doc = doc
        self.quoted = sorted(quoted)
        self.quote_starts = [start for start, _ in self.quoted]
        self.excerpts = _excerpts(doc.text if text is None else text, quoted)
        self.people = person_mentions(doc)
        self.surnames = {last_word(p.text) for p in self.people}
        firsts: dict[str, Span] = {}
        for person in self.people:
            firsts.setdefault(last_word(person.text), person)
        self.first_mentions = {p.root.i for p in firsts.values()}
        self.roles = learn_roles(doc, self.people)
        taken = {p.start for p in self.people}
        organisations = [
            e for e in doc.ents if e.label_ in ORGANISATION_LABELS and e.start not in taken
        ]
        self.mentions = sorted(self.people + organisations, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.counts = Counter(last_word(m.text) for m in self.mentions)
        self.full_names = [strip_possessive(p.text) for p in self.people]
        self.fullest: dict[str, str] = {}
        self.resolved: dict[tuple[str, int], Speaker | None] = {}  # pronouns resolved
        self.genders = person_genders(doc, self.people, self.narrated)

    def mentions_between(self, start: int, end: int) -> list[Span]:
        """Named people and organisations starting between two token positions."""
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_left(self.mention_starts, end)
        return self.mentions[lo:hi]

    def mention_count(self, speaker: Speaker) -> int:
        """How often the article names the speaker (by the last word of the name)."""
        return self.counts[last_word(speaker.name)]

    def speaker_of_cue(self, cue: Token) -> Speaker | None:
        """The speaker of a speech verb, speech noun or the word "according"."""
        subject = cue_subject(cue, self.outside_quotes)
        return self.resolve(subject) if subject is not None else None

    def outside_quotes(self, token: Token) -> bool:
        """Words inside quotation marks never name the speaker of the quote."""
        at = bisect_right(self.quote_starts, token.idx) - 1
        return at < 0 or token.idx >= self.quoted[at][1]

    def narrated(self, token: Token) -> bool:
        """Words of narration: outside quotes, or in a quoted passage of someone's writing,
        whose people ("Lee thought it unfair.") are as much the topic of a "she said"."""
        return self.outside_quotes(token) or any(
            start <= token.idx < end for start, end in self.excerpts
        )

    def person_subject(self, last: Token) -> Speaker | None:
        """The person a clause of narration ending at ``last`` is about: its subject.

        The clause is the nearest word above ``last`` in the parse, outside quotes, that
        has a subject (the parser may join the clause and a following quote).
        """
        heads = [t for t in last.ancestors if self.outside_quotes(t)]
        subject = next(
            (c for t in heads for c in t.children if c.dep_ in SUBJECT_DEPS),
            None,
        )
        if subject is None or not self.outside_quotes(subject):
            return None
        speaker = self.resolve(subject)
        return speaker if speaker is not None and self.is_person(speaker) else None

    def is_person(self, speaker: Speaker) -> bool:
        return last_word(speaker.name) in self.surnames

    def resolve(self, token: Token) -> Speaker | None:
        """The named person (or organisation) a subject token refers to, or None."""
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS:
            return self._antecedent(token)
        if lower in ("it", "they"):
            return self._speaking_organisation(token)
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(name_before_relative(token) or token.head.head)
        entity = entity_of(token)
        if entity is not None:
            return self.named(entity)
        if token.ent_type_ in TIME_LABELS:  # "Tuesday": a day, not who speaks
            return None
        if token.pos_ == "PROPN" or (token.is_title and token.text in self.surnames):
            return self.named(proper_span(token))
        if token.pos_ == "NOUN" and is_document(token):
            return self._author(token)
        if token.pos_ == "NOUN":
            return self._role(token)
        return None

    def _author(self, document: Token) -> Speaker | None:
        """Who a document speaks for: its named owner ("the IMF report", "Ivana's brief").

        "The article" with no owner is the last one the article named ("a Times article").
        """
        owner = named_owner(document)
        if owner is None and document.i > 0:
            earlier = document.doc[: document.i]
            owners = [named_owner(t) for t in earlier if t.lemma_ == document.lemma_]
            owner = next((o for o in reversed(owners) if o is not None), None)
        return self.resolve(owner) if owner is not None else None

    def named(self, span: Span) -> Speaker | None:
        """The speaker a name mention refers to, under the fullest form of the name."""
        span = name_span(span)
        start, end = span.start_char, span.end_char
        text = strip_possessive(span.text)
        if not text:
            return None
        end = start + len(text)
        if span.label_ == "PERSON" or last_word(text) in self.surnames:
            return Speaker(self._fullest(text), start, end)
        return Speaker(text, start, end)

    def _fullest(self, name: str) -> str:
        """The longest form of the name the article uses ("Adler" -> "Jo Adler")."""
        if name not in self.fullest:
            self.fullest[name] = self._longest_form(name)
        return self.fullest[name]

    def _longest_form(self, name: str) -> str:
        words = name.split()
        best = name
        for full in self.full_names:
            parts = full.split()
            if not all(p[0].isupper() for p in parts):
                continue
            longer = bool(parts) and parts[-1] == words[-1] and len(parts) > len(best.split())
            titles = word_list("honorifics")
            if longer and all(w in parts for w in words if w.lower().rstrip(".") not in titles):
                best = full
        return best

    def _role(self, noun: Token) -> Speaker | None:
        """An apposed name, else the nearest earlier holder of the role ("an aide": none)."""
        for child in noun.children:
            if child.dep_ == "appos":
                found = self.resolve(child)
                if found is not None:
                    return found
        holders = [] if is_indefinite(noun) else self.roles.get(noun.lemma_.lower(), [])
        before = [p for p in holders if p.end_char <= noun.idx]
        if not before:
            group = group_name(noun)
            return Speaker(group.text, group.start_char, group.end_char) if group else None
        nearest = self._latest_mention(before, noun.idx)
        return self.named(nearest)

    def _latest_mention(self, holders: list[Span], limit: int) -> Span:
        """The last mention before ``limit`` of any person who holds the role."""
        last_names = {last_word(h.text) for h in holders}
        mentions = [
            p for p in self.people if p.end_char <= limit and last_word(p.text) in last_names
        ]
        return max(mentions, key=lambda p: p.start_char)

    def _antecedent(self, pronoun: Token) -> Speaker | None:
        return self._once("antecedent", pronoun, self._find_antecedent)

    def _topic(self, pronoun: Token) -> Speaker | None:
        return self._once("topic", pronoun, self._find_topic)

    def _once(self, kind: str, pronoun: Token, find: Callable[[Token], Found]) -> Speaker | None:
        """Follow ``find`` back from pronoun to pronoun until it names someone, each once; a
        loop, so hundreds of "he said" cannot overflow the stack; a cycle names nobody."""
        chain: list[Token] = []
        current: Found = pronoun
        while isinstance(current, Token):
            key = (kind, current.i)
            if key in self.resolved:
                current = self.resolved[key]
                break
            self.resolved[key] = None
            chain.append(current)
            current = find(current)
        for token in chain:
            self.resolved[kind, token.i] = current
        return current

    def _find_antecedent(self, pronoun: Token) -> Found:
        """Whom the narrated sentence before is about, its main subject ("Lee was angry.
        "No," he said."), else the nearest preceding person who speaks or is just
        introduced, else the topic; a subject earlier in the pronoun's own sentence first
        ("Ban condemned what he called ..."). A pronoun so found is resolved in turn."""
        sentences = self._preceding_sentences(pronoun)
        told = (s for s in sentences[1:] if any(self.narrated(t) for t in s if t.is_alpha))
        nearest = next(told, None)
        for sent in sentences:
            for keep in (heads_main_clause, speaks) if sent is nearest else (speaks,):
                if found := self._mentions_before(sent, pronoun, keep):
                    return self._referent(found[-1])
            if sent is sentences[0]:
                if self._mentions_before(sent, pronoun, is_subject):
                    break
                continue
            if introduced := self._mentions_before(sent, pronoun, self._introduced):
                return self._referent(introduced[-1])
        return self._topic(pronoun)

    def _introduced(self, root: Token) -> bool:
        """A person's first mention in apposition with a role ("Jo Lee, head of the club",
        "the club's head, Jo Lee,"): news introduces a new speaker so just before quoting them.
        """
        apposed = (root.dep_ == "appos" and root.head.pos_ == "NOUN") or in_role_apposition(root)
        return root.i in self.first_mentions and (
            apposed or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)
        )

    def _referent(self, mention: Span | Token) -> Found:
        """A pronoun to follow on, or the speaker a name refers to."""
        return mention if isinstance(mention, Token) else self.named(mention)

    def _find_topic(self, pronoun: Token) -> Found:
        """The person the narration is about: the nearest person who is a clause subject. A
        subject pronoun carries it on ("Lee thought it unfair. She was angry.")."""
        for sent in self._preceding_sentences(pronoun):
            subjects = self._mentions_before(sent, pronoun, is_subject)
            if subjects:
                return self._referent(subjects[-1])
        return None

    def _mentions_before(
        self, sent: Span, pronoun: Token, keep: Callable[[Token], bool]
    ) -> list[Span | Token]:
        """Names and pronouns before ``pronoun`` in a sentence that pass ``keep`` and agree."""
        mentions: list[Span | Token] = [
            p for p in self._people_before(sent, pronoun) if keep(p.root)
        ]
        start = max(sent.start, pronoun.i - WINDOW_TOKENS)
        mentions += [
            t
            for t in pronoun.doc[start : min(sent.end, pronoun.i)]
            if t.lower_ in PERSONAL_PRONOUNS and keep(t) and self.narrated(t)
        ]
        mentions = [m for m in mentions if agrees(m, pronoun, self.genders)]
        return sorted(mentions, key=lambda m: m.i if isinstance(m, Token) else m.start)

    def _speaking_organisation(self, pronoun: Token) -> Speaker | None:
        """What "it" or "they" says for: the nearest earlier organisation (or, for "it",
        document) that spoke ("the Times wrote"), else the one the narration is about."""
        for sent in self._preceding_sentences(pronoun):
            talkers = [
                t
                for t in sent
                if t.i < pronoun.i and speaks(t) and self.outside_quotes(t)
                for entity in [entity_of(t)]
                if (entity is not None and entity.label_ in ORGANISATION_LABELS)
                or (is_document(t) and pronoun.lower_ == "it")
            ]
            if talkers:
                return self.resolve(talkers[-1])
        return self._organisation_subject(pronoun)

    def _organisation_subject(self, pronoun: Token) -> Speaker | None:
        """An organisation the narration is about: the nearest main subject that agrees.

        "The Council met. It said ..." is the Council, but in "Twenty states sued. They
        argue ..." the states come first: an unnamed group (or thing) of the pronoun's
        number stops the search.
        """
        plural = pronoun.lower_ == "they"
        for sent in self._preceding_sentences(pronoun):
            subjects = [
                t
                for t in sent
                if t.i < pronoun.i
                and t.dep_ == "nsubj"
                and t.head.dep_ == "ROOT"
                and self.outside_quotes(t)
            ]
            for subject in reversed(subjects):
                entity = entity_of(subject)
                if entity is not None and entity.label_ == "ORG":
                    return self.named(entity)
                if subject.pos_ == "NOUN" and (subject.tag_ == "NNS") == plural:
                    return None
        return None

    def _preceding_sentences(self, token: Token) -> list[Span]:
        """The token's sentence and the LOOKBACK_SENTENCES of narration before it.

        Sentences wholly inside quotation marks are passed over without counting: a long
        quote does not push its speaker out of reach of the next "she said".
        """
        found = [token.sent]
        told = 0
        while (
            told < LOOKBACK_SENTENCES
            and len(found) <= MAX_SKIPPED_SENTENCES
            and found[-1].start > 0
        ):
            sent = token.doc[found[-1].start - 1].sent
            found.append(sent)
            told += any(self.narrated(t) for t in sent if t.is_alpha)
        return found

    def antecedents(self, pronoun: Token) -> list[Span]:
        """People named in narration within a pronoun's reach, the most recent first."""
        sentences = self._preceding_sentences(pronoun)
        return [p for sent in sentences for p in reversed(self._people_before(sent, pronoun))]

    def _people_before(self, sent: Span, pronoun: Token) -> list[Span]:
        """People named in narration in a sentence, before the pronoun (within reach)."""
        start = max(sent.start, pronoun.i - WINDOW_TOKENS)
        return [
            p
            for p in self.people
            if start <= p.start and p.end <= pronoun.i and self.narrated(p.root)
        ]


def _excerpts(text: str, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted spans that fill their paragraph and have no "I", "we" or "you" in them."""
    return [
        (start, end)
        for start, end in quoted
        if not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and not text[end : (text.find("\n", end) + 1 or len(text))].strip()
        and not FIRST_SECOND_PERSON.search(text, start, end)
    ]
