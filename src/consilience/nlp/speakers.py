"""Who said it: speech cues in spaCy's parse and the person a cue's subject refers to.

A speaker is only named when the article itself names the person: a proper-noun subject,
a pronoun resolved to the nearest preceding person who is the subject of a clause, or a
role noun ("the envoy") resolved through the titles and appositions the article gives its
people ("US envoy Steve Witkoff", "Steve Witkoff, the US special envoy"); "it" and "they"
only to a named organisation. Anything else (unnamed sources, "they" for a group of
people, a role nobody in the article holds) yields no speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "warn",
        "describe",
        "note",
        "claim",
        "argue",
        "insist",
        "explain",
        "write",
        "tweet",
        "ask",
        "reply",
        "acknowledge",
        "announce",
        "assert",
        "declare",
        "remark",
        "comment",
        "respond",
        "answer",
        "admit",
        "confirm",
        "deny",
        "emphasize",
        "emphasise",
        "stress",
        "suggest",
        "indicate",
        "predict",
        "promise",
        "vow",
        "urge",
        "call",
        "refer",
        "characterize",
        "characterise",
        "express",
        "quip",
        "joke",
        "recall",
        "observe",
        "report",
        "testify",
        "concede",
        "complain",
        "boast",
        "proclaim",
        "shout",
        "yell",
        "agree",
        "allege",
        "contend",
        "caution",
        "lament",
        "recognize",
        "reiterate",
        "retort",
        "counter",
        "continue",
        "conclude",
        "chant",
        "accuse",
        "attack",
        "blast",
        "scold",
        "brand",
        "slam",
        "criticize",
        "criticise",
        "dismiss",
        "demand",
        "wonder",
        "exclaim",
        "whisper",
        "mutter",
        "plead",
        "scoff",
        "sing",
        "muse",
        "lambaste",
        "mock",
        "praise",
        "decry",
        "denounce",
        "condemn",
    ]
)
SPEECH_NOUNS = frozenset(
    ["remark", "comment", "statement", "word", "speech", "tweet", "post", "quote"]
)
# Forms of "say" that open an inverted cue ("Said Ellis:"), whatever the tagger makes of them.
INVERTED_SAY = frozenset({"said", "says"})
# Writings that speak for their owner when they "say" or "state" something.
DOCUMENT_NOUNS = frozenset(
    [
        "report",
        "statement",
        "brief",
        "letter",
        "release",
        "memo",
        "filing",
        "study",
        "ad",
        "article",
        "editorial",
    ]
)
OBJECT_DEPS = frozenset({"dobj", "dative"})
INVERTING_LEMMAS = frozenset({"say", "add"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})
ORGANISATION_LABELS = frozenset({"ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "rev"})
LOOKBACK_SENTENCES = 3
MAX_SKIPPED_SENTENCES = 40
"""Quoted sentences passed over looking back: no quote is longer, and bounds the search."""
WINDOW_TOKENS = 400
"""How far back in a sentence a pronoun's antecedent is sought: never farther in prose,
and an endless sentence ("He said ... he said ...") would make each search quadratic."""
# Words of someone speaking; a quoted paragraph without them is a passage of narration.
FIRST_SECOND_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours)\b", re.I)


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the fullest name and the mention the attribution rests on."""

    name: str
    start: int
    end: int


class SpeakerResolver:
    """Resolve cue subjects to people using what one article says about its people."""

    def __init__(self, doc: Doc, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.quoted = quoted
        self.excerpts = _excerpts(doc.text, quoted)
        self.people = _person_mentions(doc)
        self.surnames = {_last_word(p.text) for p in self.people}
        firsts: dict[str, Span] = {}
        for person in self.people:
            firsts.setdefault(_last_word(person.text), person)
        self.first_mentions = {p.root.i for p in firsts.values()}
        self.roles = _learn_roles(doc, self.people)
        self.resolved: dict[tuple[str, int], Speaker | None] = {}
        """Pronouns already resolved: chains of "he said" cost one step each, not the chain."""

    def speaker_of_cue(self, cue: Token) -> Speaker | None:
        """The speaker of a speech verb, speech noun or the word "according"."""
        subject = cue_subject(cue, self.outside_quotes)
        return self.resolve(subject) if subject is not None else None

    def outside_quotes(self, token: Token) -> bool:
        """Words inside quotation marks never name the speaker of the quote."""
        return not any(start <= token.idx < end for start, end in self.quoted)

    def narrated(self, token: Token) -> bool:
        """Words of narration: outside quotes, or in a quoted passage of someone's writing.

        People a quoted passage tells about ("Lee thought it unfair.") are as much the
        topic of a following "she said" as people in the article's own sentences.
        """
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
        return speaker if speaker is not None and self._is_person(speaker) else None

    def _is_person(self, speaker: Speaker) -> bool:
        return _last_word(speaker.name) in self.surnames

    def resolve(self, token: Token) -> Speaker | None:
        """The named person (or organisation) a subject token refers to, or None."""
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS:
            return self._antecedent(token)
        if lower in ("it", "they"):
            return self._speaking_organisation(token)
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(token.head.head)
        entity = _entity_of(token)
        if entity is not None:
            return self._named(entity)
        if token.pos_ == "PROPN" or (token.is_title and token.text in self.surnames):
            return self._named(_proper_span(token))
        if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
            return self._author(token)
        if token.pos_ == "NOUN":
            return self._role(token)
        return None

    def _author(self, document: Token) -> Speaker | None:
        """Who a document speaks for: its named owner ("the IMF report", "Ivana's brief").

        "The article" with no owner is the last one the article named ("a Times article").
        """
        owner = _named_owner(document)
        if owner is None and document.i > 0:
            earlier = document.doc[: document.i]
            owners = [_named_owner(t) for t in earlier if t.lemma_ == document.lemma_]
            owner = next((o for o in reversed(owners) if o is not None), None)
        return self.resolve(owner) if owner is not None else None

    def _named(self, span: Span) -> Speaker | None:
        span = _name_span(span)
        start, end = span.start_char, span.end_char
        text = _strip_possessive(span.text)
        if not text:
            return None
        end = start + len(text)
        if span.label_ == "PERSON" or _last_word(text) in self.surnames:
            return Speaker(self._fullest(text), start, end)
        return Speaker(text, start, end)

    def _fullest(self, name: str) -> str:
        """The longest form of the name the article uses ("Witkoff" -> "Steve Witkoff")."""
        words = name.split()
        best = name
        for person in self.people:
            full = _strip_possessive(person.text)
            parts = full.split()
            if not all(p[0].isupper() for p in parts):
                continue
            longer = bool(parts) and parts[-1] == words[-1] and len(parts) > len(best.split())
            if longer and all(w in parts for w in words if w.lower().rstrip(".") not in HONORIFICS):
                best = full
        return best

    def _role(self, noun: Token) -> Speaker | None:
        """A role noun: an apposed name, else the nearest earlier holder of that role."""
        for child in noun.children:
            if child.dep_ == "appos":
                found = self.resolve(child)
                if found is not None:
                    return found
        holders = self.roles.get(noun.lemma_.lower(), [])
        before = [p for p in holders if p.end_char <= noun.idx]
        if not before:
            return None
        nearest = self._latest_mention(before, noun.idx)
        return self._named(nearest)

    def _latest_mention(self, holders: list[Span], limit: int) -> Span:
        """The last mention before ``limit`` of any person who holds the role."""
        last_names = {_last_word(h.text) for h in holders}
        mentions = [
            p for p in self.people if p.end_char <= limit and _last_word(p.text) in last_names
        ]
        return max(mentions, key=lambda p: p.start_char)

    def _antecedent(self, pronoun: Token) -> Speaker | None:
        return self._once("antecedent", pronoun, self._find_antecedent)

    def _topic(self, pronoun: Token) -> Speaker | None:
        return self._once("topic", pronoun, self._find_topic)

    def _once(
        self, kind: str, pronoun: Token, find: Callable[[Token], Speaker | None]
    ) -> Speaker | None:
        """``find(pronoun)``, computed once per pronoun; a cycle resolves to nobody."""
        key = (kind, pronoun.i)
        if key not in self.resolved:
            self.resolved[key] = None
            self.resolved[key] = find(pronoun)
        return self.resolved[key]

    def _find_antecedent(self, pronoun: Token) -> Speaker | None:
        """The nearest preceding person who speaks or is just introduced, else the topic.

        A subject earlier in the pronoun's own sentence comes first ("Ban condemned what he
        called ..."). A speaking pronoun before this one ("He added ... he said") is
        resolved in turn. See ``_introduced`` and ``_topic``.
        """
        sentences = self._preceding_sentences(pronoun)
        for sent in sentences:
            talkers = self._mentions_before(sent, pronoun, _speaks)
            if talkers:
                return self._referent(talkers[-1])
            if sent is sentences[0] and self._mentions_before(sent, pronoun, _is_subject):
                break
            introduced = self._mentions_before(sent, pronoun, self._introduced)
            if introduced and sent is not sentences[0]:
                return self._referent(introduced[-1])
        return self._topic(pronoun)

    def _introduced(self, root: Token) -> bool:
        """A person's first mention, with a role in apposition ("Jo Lee, head of the club").

        News introduces a new speaker that way just before quoting them.
        """
        return root.i in self.first_mentions and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children
        )

    def _referent(self, mention: Span | Token) -> Speaker | None:
        return self._antecedent(mention) if isinstance(mention, Token) else self._named(mention)

    def _find_topic(self, pronoun: Token) -> Speaker | None:
        """The person the narration is about: the nearest person who is a clause subject.

        A subject pronoun carries the topic on ("Lee thought it unfair. She was angry."), so
        it is resolved the same way in turn.
        """
        for sent in self._preceding_sentences(pronoun):
            subjects = self._mentions_before(sent, pronoun, _is_subject)
            if subjects:
                last = subjects[-1]
                return self._topic(last) if isinstance(last, Token) else self._named(last)
        return None

    def _mentions_before(
        self, sent: Span, pronoun: Token, keep: Callable[[Token], bool]
    ) -> list[Span | Token]:
        """Names and personal pronouns of a sentence before ``pronoun`` that pass ``keep``."""
        start = max(sent.start, pronoun.i - WINDOW_TOKENS)
        mentions: list[Span | Token] = [
            p for p in self._people_before(start, pronoun) if keep(p.root)
        ]
        mentions += [
            t
            for t in pronoun.doc[start : min(sent.end, pronoun.i)]
            if t.lower_ in PERSONAL_PRONOUNS and keep(t) and self.narrated(t)
        ]
        return sorted(mentions, key=lambda m: m.i if isinstance(m, Token) else m.start)

    def _speaking_organisation(self, pronoun: Token) -> Speaker | None:
        """What "it" or "they" says for: the nearest earlier organisation (or, for "it",
        document) that spoke ("the Times wrote"), else the one the narration is about."""
        for sent in self._preceding_sentences(pronoun):
            talkers = [
                t
                for t in sent
                if t.i < pronoun.i and _speaks(t) and self.outside_quotes(t)
                for entity in [_entity_of(t)]
                if (entity is not None and entity.label_ in ORGANISATION_LABELS)
                or (t.lemma_.lower() in DOCUMENT_NOUNS and pronoun.lower_ == "it")
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
                entity = _entity_of(subject)
                if entity is not None and entity.label_ == "ORG":
                    return self._named(entity)
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
        while told < LOOKBACK_SENTENCES and found[-1].start > 0:
            if len(found) > LOOKBACK_SENTENCES + MAX_SKIPPED_SENTENCES:
                break
            sent = token.doc[found[-1].start - 1].sent
            found.append(sent)
            told += any(self.narrated(t) for t in sent if t.is_alpha)
        return found

    def _people_before(self, start: int, pronoun: Token) -> list[Span]:
        """People named in narration from token ``start`` up to the pronoun."""
        return [
            p
            for p in self.people
            if start <= p.start and p.end <= pronoun.i and self.narrated(p.root)
        ]


def cue_subject(cue: Token, allowed: Callable[[Token], bool] = lambda t: True) -> Token | None:
    """The token naming who speaks for a cue, climbing out of "..., adding" clauses."""
    if cue.lower_ == "according":
        return _according_object(cue)
    if cue.pos_ == "NOUN":
        return next((c for c in cue.children if c.dep_ == "poss"), None)
    if _named_before_participle(cue, allowed):
        return cue.nbor(-1)
    token: Token | None = cue
    while token is not None:
        subject = next(
            (c for c in token.children if c.dep_ in SUBJECT_DEPS and allowed(c)), None
        ) or _inverted_subject(token, allowed)
        if subject is not None:
            return subject
        agent = _passive_agent(token)
        if agent is not None:
            return agent
        if token.dep_ == "acl":
            return _acl_owner(token.head)
        token = _climb(token)
    return _left_subject(cue, allowed) or _name_right_before(cue, allowed)


def _climb(token: Token) -> Token | None:
    """The clause a subjectless verb shares its subject with, or None.

    A speech verb joined by "and" to the reported clause of another speech verb goes
    with that verb: in "Lee said that was wrong and dismissed the reports", Lee
    dismissed them, whatever the parser joined "dismissed" to.
    """
    head = token.head
    if head is token or token.dep_ not in CLIMB_DEPS:
        return None
    reported = token.dep_ == "conj" and head.dep_ == "ccomp" and not is_cue(head)
    return head.head if reported and is_cue(token) and is_cue(head.head) else head


def _name_right_before(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """A capitalised word right before a verb left with no subject.

    Without a comma the parser reads "In an interview Trump declared" as one phrase
    ending in "Trump"; the word next to the verb is still who does it.
    """
    if verb.i == verb.sent.start:
        return None
    before = verb.nbor(-1)
    entity = _entity_of(before)
    glued = entity is not None and entity.start < before.i  # "the Washington Post Trump"
    if before.is_title and before.pos_ in ("PROPN", "NOUN") and allowed(before) and not glued:
        return before
    return None


def _named_before_participle(cue: Token, allowed: Callable[[Token], bool]) -> bool:
    """Whether a name right before a participle is who speaks ("footage of Clinton asking").

    The parser tends to hang such participles on the main verb, whose subject ("the ad")
    is not the speaker.
    """
    if cue.tag_ != "VBG" or cue.i == 0:
        return False
    before = cue.nbor(-1)
    return before.pos_ == "PROPN" and allowed(before)


def _left_subject(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """The noun phrase between a closing quote and its verb, left unattached by the parser.

    In "“…,” Flynn, a top surrogate, said" the parser may hang "said" off the quote; the
    words between the quote and the verb still name who speaks.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= verb.sent.start and allowed(doc[i]) and not doc[i].is_quote:
        i -= 1
    if i < verb.sent.start:
        return None
    first = next((t for t in doc[i + 1 : verb.i] if not t.is_punct), None)
    if first is None:
        return None
    chunk = next((c for c in verb.sent.noun_chunks if c.start <= first.i < c.end), None)
    return chunk.root if chunk is not None and allowed(chunk.root) else None


def _inverted_subject(verb: Token, allowed: Callable[[Token], bool]) -> Token | None:
    """A name right after a speech verb that the parser did not take for its subject ("said X").

    Only a speech verb inverts: after "regarding" or "about" a name is what is spoken of.
    """
    following = verb.i + 1 < len(verb.doc) and verb.nbor(1)
    if not following or not allowed(following) or not is_cue(verb):
        return None
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
        return verb.head  # "Said Ellis:", tagged as one name
    named = [
        c
        for c in verb.children
        if c.i > verb.i and c.pos_ == "PROPN" and allowed(c) and not _addressee(verb, c)
    ]
    return named[0] if named and named[0].left_edge.i == verb.i + 1 else None


def _addressee(verb: Token, child: Token) -> bool:
    """A name the verb acts on ("told Obama", "criticized Obama"), not who speaks.

    Only "say" and "add" take no person as object, so a name after them is inverted.
    """
    return child.dep_ in OBJECT_DEPS and verb.lemma_.lower() not in INVERTING_LEMMAS


def _acl_owner(noun: Token) -> Token | None:
    """Who a participle speaks for: "Blinken recognizing ...", "Putin's remarks emphasizing"."""
    if noun.lemma_.lower() in SPEECH_NOUNS:
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    return noun if noun.pos_ == "PROPN" else None


def is_cue(token: Token) -> bool:
    """A speech verb, a speech noun with an owner ("Witkoff's remarks") or "according to"."""
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children) or token.nbor(1).lower_ == "to"
    if token.lower_ in INVERTED_SAY:
        return True
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return (
            token.lemma_.lower() in SPEECH_LEMMAS or _document_reads(token) or _goes_on_about(token)
        )
    if token.pos_ == "NOUN" and token.lemma_.lower() in SPEECH_NOUNS:
        return any(c.dep_ == "poss" for c in token.children)
    return False


def _document_reads(verb: Token) -> bool:
    """What a document reads ("the statement read") is quoted from it."""
    return verb.lemma_.lower() == "read" and any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children
    )


def _goes_on_about(verb: Token) -> bool:
    """Speaking at length ("went on about"): an idiom that introduces quoted phrases."""
    parts = {(c.dep_, c.lower_) for c in verb.children}
    return verb.lemma_.lower() == "go" and {("prt", "on"), ("prep", "about")} <= parts


def _according_object(according: Token) -> Token | None:
    for child in according.children:
        if child.lower_ == "to":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    following = according.nbor(1) if according.i + 1 < len(according.doc) else None
    if following is not None and following.lower_ == "to":
        return next((g for g in following.children if g.dep_ == "pobj"), None)
    return None


def _passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _named_owner(document: Token) -> Token | None:
    owners = [c for c in document.children if c.dep_ in ("compound", "poss")]
    return next((c for c in owners if _entity_of(c) is not None), None)


def _entity_of(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in NAMED_LABELS:
            return ent
    return None


def _proper_span(token: Token) -> Span:
    """The proper noun with its compound proper-noun modifiers ("Steve Witkoff")."""
    parts = [token] + [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    first = min(t.i for t in parts)
    last = max(t.i for t in parts)
    return token.doc[first : last + 1]


def _strip_possessive(text: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)].rstrip()
    return text.strip()


def _person_mentions(doc: Doc) -> list[Span]:
    """PERSON entities plus other mentions of their surnames the NER labelled otherwise.

    A name the NER mostly takes for a place ("N. Korea" once PERSON, "North Korea" a dozen
    times GPE) is a place.
    """
    places = Counter(_last_word(e.text) for e in doc.ents if e.label_ in PLACE_LABELS)
    names = [_name_span(e) for e in doc.ents if e.label_ == "PERSON"]
    named = Counter(_last_word(n.text) for n in names)
    people = [n for n in names if named[_last_word(n.text)] >= places[_last_word(n.text)]]
    surnames = {_last_word(p.text) for p in people}
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
    others = [e for e in doc.ents if e.label_ != "PERSON" and _last_word(e.text) in surnames]
    bare = [
        doc[t.i : t.i + 1]
        for t in doc
        if t.i not in in_entity and t.is_title and t.text in surnames
    ]
    return sorted(people + others + bare, key=lambda p: p.start)


def _excerpts(text: str, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted spans that fill their paragraph and have no "I", "we" or "you" in them."""
    return [
        (start, end)
        for start, end in quoted
        if not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and not text[end : (text.find("\n", end) + 1 or len(text))].strip()
        and not FIRST_SECOND_PERSON.search(text, start, end)
    ]


def _name_span(span: Span) -> Span:
    """The name alone from an entity the NER drew too wide.

    It takes "Said Ellis:" or a headline's "Donald Trump Is Right" for one name; a name
    never opens with "Said" and a person's name contains no verb (an organisation's may:
    "Alliance to Reclaim Our Schools").
    """
    start = span.start + (len(span) > 1 and span[0].lower_ in INVERTED_SAY)
    verbs = [t.i for t in span.doc[start + 1 : span.end] if t.pos_ in ("VERB", "AUX")]
    end = verbs[0] if verbs and span.label_ == "PERSON" else span.end
    return Span(span.doc, start, end, label=span.label_)


def _last_word(text: str) -> str:
    words = _strip_possessive(text).split()
    return words[-1] if words else ""


def _speaks(token: Token) -> bool:
    """Whether the token is who speaks for a cue.

    Its subject ("Smith said"), or the person a speaking clause hangs on: "with Smith
    lambasting the plan", "Smith, who called for a recount".
    """
    subject = token.head if token.dep_ == "appos" else token
    if subject.dep_ in SUBJECT_DEPS and is_cue(subject.head):
        return True
    return any(is_cue(c) and _hangs_speaking(c) for c in token.children)


def _hangs_speaking(clause: Token) -> bool:
    """A participle or relative clause whose own subject is the noun it hangs on."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG"
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
    return False


def _is_subject(root: Token) -> bool:
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)


def _learn_roles(doc: Doc, people: Iterable[Span]) -> dict[str, list[Span]]:
    """Role words the article gives each person: titles before the name and appositions."""
    roles: dict[str, list[Span]] = {}
    for person in people:
        for word in _role_words(person):
            roles.setdefault(word, []).append(person)
    return roles


def _role_words(person: Span) -> set[str]:
    root = person.root
    words: set[str] = set()
    for child in root.children:
        if child.i < person.start and child.dep_ in ("compound", "amod", "nmod"):
            words.add(child.lemma_.lower())
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.add(child.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.add(root.head.lemma_.lower())
    return words
