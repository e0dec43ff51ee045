"""Speech cues in spaCy's parse and the word naming who speaks for each.

A cue is a speech verb ("said", "slammed"), a speech noun with an owner ("Lee's
remarks") or "according to"; `cue_subject` finds the token that names its speaker,
climbing out of "..., adding" clauses and mending what the parser leaves unattached.
Resolving that token to a person is `consilience.nlp.speakers`' work.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from consilience.text import word_list

# Forms of "say" that open an inverted cue ("Said Ellis:"), whatever the tagger makes of them.
INVERTED_SAY = frozenset({"said", "says"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
INVERTING_LEMMAS = frozenset({"say", "add"})
IDIOM_LEMMAS = frozenset({"read", "go", "put"})  # "the statement read", "went on about", "put it"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A day or a time is never who speaks, though tagged a proper noun ("issued it Tuesday saying").
TIME_LABELS = frozenset({"DATE", "TIME"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


def is_speech_verb(lemma: str) -> bool:
    """Whether a lemma is on the package's one speech-verb list."""
    return lemma.lower() in word_list("speech_verbs")


def is_document(token: Token) -> bool:
    """A writing that speaks for its owner ("the report said")."""
    return token.lemma_.lower() in word_list("document_nouns")


def group_name(noun: Token) -> Span | None:
    """A definite group or institution that speaks as one ("the protesters", "the
    military"; a group also bare, "demonstrators chanted"), or an office whose holder
    the article does not name ("the harbour master"), named by the noun and the words
    that narrow it ("Danish protesters"): a better speaker than an organisation merely
    named nearby."""
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    lemma = noun.lemma_.lower()
    group = lemma in word_list("group_speakers")
    definite = determiner is not None and determiner.lower_ == "the"
    bare_group = group and determiner is None and noun.tag_ == "NNS"
    if not (bare_group or (definite and (group or lemma in word_list("role_nouns")))):
        return None
    first = min((c.i for c in noun.lefts if c.dep_ in ("amod", "compound")), default=noun.i)
    return noun.doc[first : noun.i + 1]


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
    entity = entity_of(before)
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
    return before.pos_ == "PROPN" and before.ent_type_ not in TIME_LABELS and allowed(before)


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
    """Who a participle speaks for: "Adler recognizing ...", "Lund's remarks emphasizing",
    "the guild issued a statement saying": who issues the statement speaks through it."""
    if noun.lemma_.lower() in word_list("speech_nouns"):
        return next((c for c in noun.children if c.dep_ == "poss"), None) or _issuer(noun)
    return noun if noun.pos_ == "PROPN" else None


def is_cue(token: Token) -> bool:
    """A speech verb, a speech noun with an owner ("Adler's remarks") or "according to".

    A negated verb ("Lee never said", "she did not say whether") reports words nobody
    spoke: no cue, so its subject is no speaker.
    """
    return _cue_form(token) and not is_negated(token)  # the cheap test first: few words are cues


def _cue_form(token: Token) -> bool:
    """Whether the token reads as a cue, before negation is looked at (see `is_cue`)."""
    word = token.lower_  # read once: spaCy builds the string on every access
    if word == "according":
        following = token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
        return following or any(c.lower_ == "to" for c in token.children)
    if word in INVERTED_SAY or _opens_inverted(token):
        return True
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        lemma = token.lemma_.lower()
        return is_speech_verb(lemma) or (  # the idioms' tests read children: most verbs skip them
            lemma in IDIOM_LEMMAS
            and (_document_reads(token) or _goes_on_about(token) or _puts_it(token))
        )
    if token.pos_ == "NOUN" and token.lemma_.lower() in word_list("speech_nouns"):
        return any(c.dep_ == "poss" for c in token.children)
    return False


def _opens_inverted(token: Token) -> bool:
    """A capitalised past form of a speech verb opening its sentence ("Stated Lee: “…”"),
    which the tagger often takes for the first word of the name after it."""
    word = token.lower_
    if not token.is_title or not word.endswith("ed") or token.i != token.sent.start:
        return False  # the sentence is looked up last: building it is the costly test
    return is_speech_verb(word[:-1]) or is_speech_verb(word[:-2])


def is_negated(verb: Token) -> bool:
    """A verb with "not", "n't" or "never" on it."""
    return any(c.dep_ == "neg" for c in verb.children)


def _document_reads(verb: Token) -> bool:
    """What a document reads ("the statement read") is quoted from it."""
    return verb.lemma_.lower() == "read" and any(
        c.dep_ in SUBJECT_DEPS and is_document(c) for c in verb.children
    )


def _goes_on_about(verb: Token) -> bool:
    """Speaking at length ("went on about"): an idiom that introduces quoted phrases."""
    if verb.lemma_.lower() != "go":
        return False
    return {("prt", "on"), ("prep", "about")} <= {(c.dep_, c.lower_) for c in verb.children}


def _puts_it(verb: Token) -> bool:
    """Saying something in one's own words ("as Lee put it"): an idiom that introduces
    the quote it is said in."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )


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


def is_indefinite(noun: Token) -> bool:
    """A noun that brings in someone new ("an aide", "one official"), not a holder of the
    role the article named before. The word may hang on a modifier ("one harbour official")."""
    return noun.left_edge.lower_ in INDEFINITE or any(
        c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in noun.children
    )


def name_before_relative(relative: Token) -> Token | None:
    """The name right before ", who": news puts the relative after whom it tells of,
    wherever the parser hangs it ("Lee, Ruiz and Jo Kim, who joked")."""
    if relative.i < 2 or relative.nbor(-1).text != ",":
        return None
    before = relative.nbor(-2)
    return before if before.pos_ == "PROPN" else None


def _issuer(noun: Token) -> Token | None:
    """Who issues the writing or remark their verb takes ("Lee released a video")."""
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)


def named_owner(document: Token) -> Token | None:
    """The name a document belongs to: "the IMF report", "Ivana's brief", who filed or
    signed it ("a court filing by Lee") or who issued it ("Lee released a video")."""
    owners = [c for c in document.children if c.dep_ in ("compound", "poss")]
    owners += [
        g
        for verb in document.children
        if verb.dep_ == "acl"
        for agent in verb.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
    ]
    issuer = _issuer(document)
    owners += [issuer] if issuer is not None else []
    return next((c for c in owners if entity_of(c) is not None), None)


def entity_of(token: Token) -> Span | None:
    """The named entity (person, organisation, place, group) the token is part of.

    Read from the token's own IOB tags: walking ``doc.ents`` builds every entity anew.
    """
    label = token.ent_type_
    if label not in NAMED_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=label)


def proper_span(token: Token) -> Span:
    """The proper noun with its compound proper-noun modifiers ("Jo Adler")."""
    parts = [token] + [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    first = min(t.i for t in parts)
    last = max(t.i for t in parts)
    return token.doc[first : last + 1]


def speaks(token: Token) -> bool:
    """Whether the token is who speaks for a cue.

    Its subject ("Smith said"), or the person a speaking clause hangs on: "with Smith
    lambasting the plan", "Smith, who called for a recount".
    """
    subject = token.head if token.dep_ == "appos" else token
    if subject.dep_ in SUBJECT_DEPS and is_cue(subject.head):
        return True
    return any(_hangs_speaking(c) and is_cue(c) for c in token.children)


def _hangs_speaking(clause: Token) -> bool:
    """A participle or relative clause whose own subject is the noun it hangs on."""
    if clause.dep_ == "acl":
        return clause.tag_ == "VBG"
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
    return False


def is_subject(root: Token) -> bool:
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)


def heads_main_clause(root: Token) -> bool:
    """The subject of its sentence's main verb, or set beside it ("One voter, Jo Lee,
    went"): whom the sentence is about."""
    subject = root.head if root.dep_ == "appos" else root
    return subject.dep_ in SUBJECT_DEPS and subject.head.dep_ == "ROOT"
