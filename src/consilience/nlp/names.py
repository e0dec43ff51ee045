"""The people an article names: person mentions, their fullest names and their roles.

The NER's PERSON entities are the start; other mentions of their surnames join them, and
names the NER drew too wide are trimmed. Titles before a name and appositions give each
person's roles ("US envoy Jo Adler", "Adler, the special envoy").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from consilience.nlp.cues import INVERTED_SAY, proper_span, speaks
from consilience.text import word_list

PLACE_LABELS = frozenset({"GPE", "LOC"})
ORGANISATION_LABELS = frozenset({"ORG"})
# Links inside a noun phrase between a role noun and the institution after it
# ("professor of economics at the University").
PHRASE_DEPS = frozenset({"pobj", "prep", "compound"})
ROLE_REACH = 5
# How a place name is used as one: "in Brook", "Brook county".
PLACE_DEPS = frozenset({"pobj", "compound"})
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")


def strip_possessive(text: str) -> str:
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)].rstrip()
    return text.strip()


def person_mentions(doc: Doc) -> list[Span]:
    """PERSON entities plus other mentions of their surnames the NER labelled otherwise.

    A name in apposition with an office or job is a person whatever the NER says ("a
    professor at the Veradell Institute, Jo Lee,": the Institute misleads it).

        A name the NER mostly takes for a place ("N. Korea" once PERSON, "North Korea" a dozen
        times GPE) is a place.
    """
    entities = doc.ents  # spaCy builds every entity anew on each access
    places = Counter(last_word(e.text) for e in entities if e.label_ in PLACE_LABELS)
    names = [name_span(e) for e in entities if e.label_ == "PERSON" or _apposed_to_role(e)]
    named = Counter(last_word(n.text) for n in names)
    people = [n for n in names if named[last_word(n.text)] >= places[last_word(n.text)]]
    in_entity = {i for e in entities for i in range(e.start, e.end)}
    speaking = speaking_names(doc, entities, in_entity)
    people += speaking
    surnames = {last_word(p.text) for p in people}
    in_entity |= {i for p in speaking for i in range(p.start, p.end)}
    spoken = {p.start for p in speaking}
    others = [
        e
        for e in entities
        if e.label_ != "PERSON" and last_word(e.text) in surnames and e.start not in spoken
    ]
    bare = [
        doc[t.i : t.i + 1]
        for t in doc
        if t.i not in in_entity and t.is_title and t.text in surnames
    ]
    return sorted(people + others + bare, key=lambda p: p.start)


def speaking_names(doc: Doc, entities: Sequence[Span], in_entity: set[int]) -> list[Span]:
    """Proper names that speak ("the deal is off, Brook said") the NER left untagged or
    took for a place it never uses as one (no "in Brook", "Brook county") or elsewhere
    takes for a person's: who speaks is someone. A capital that only opens a sentence
    ("Others said") is no name unless the parser reads a proper noun. ``entities`` are
    ``doc.ents``, ``in_entity`` their token indices."""
    persons = {last_word(e.text) for e in entities if e.label_ == "PERSON"}
    placed = {t.text for t in doc if t.dep_ in PLACE_DEPS} - persons
    found: list[Span] = []
    for token in doc:
        if token.i not in in_entity:
            proper = token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start)
            if proper and token.pos_ != "PRON" and speaks(token):
                found.append(proper_span(token))
        elif token.ent_type_ in PLACE_LABELS and token.text not in placed and speaks(token):
            entity = next(e for e in entities if e.start <= token.i < e.end)
            found += [entity] if len(entity) == 1 else []
    return found


def _apposed_to_role(entity: Span) -> bool:
    """Whether a name the NER took for an organisation is a person's, by its apposition."""
    return entity.label_ in ORGANISATION_LABELS and in_role_apposition(entity.root)


def in_role_apposition(root: Token) -> bool:
    """Whether a name stands in apposition with a role noun ("Jo Lee, a professor", "a
    professor at the Institute, Jo Lee": the parser hangs the name on the institution,
    so the role may be a few words up the phrase)."""
    if any(c.dep_ == "appos" and _is_role(c) for c in root.children):
        return True
    if root.dep_ != "appos":
        return False
    head = root.head
    for _ in range(ROLE_REACH):
        if _is_role(head):
            return True
        if head.dep_ not in PHRASE_DEPS or head.head is head:
            return False
        head = head.head
    return False


def _is_role(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in word_list("role_nouns")


def name_span(span: Span) -> Span:
    """The name alone from an entity the NER drew too wide.

    It takes "Said Ellis:" or a headline's "Donald Trump Is Right" for one name; a name
    never opens with "Said" and a person's name contains no verb (an organisation's may:
    "Alliance to Reclaim Our Schools").
    """
    start = span.start + (len(span) > 1 and span[0].lower_ in INVERTED_SAY)
    verbs = [t.i for t in span.doc[start + 1 : span.end] if t.pos_ in ("VERB", "AUX")]
    end = verbs[0] if verbs and span.label_ == "PERSON" else span.end
    return Span(span.doc, start, end, label=span.label_)


def last_word(text: str) -> str:
    words = strip_possessive(text).split()
    return words[-1] if words else ""


# How a title before a name hangs on the words after it.
TITLE_DEPS = frozenset({"compound", "amod", "nmod"})


def learn_roles(doc: Doc, people: Iterable[Span]) -> dict[str, list[Span]]:
    """Role words the article gives each person: titles before the name and appositions."""
    roles: dict[str, list[Span]] = {}
    for person in people:
        for word in _role_words(person):
            roles.setdefault(word, []).append(person)
    return roles


def _role_words(person: Span) -> set[str]:
    root = person.root
    words = _title_words(person)
    for child in root.children:
        if child.i < person.start and child.dep_ in TITLE_DEPS:
            words.add(child.lemma_.lower())
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.add(child.lemma_.lower())
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.add(root.head.lemma_.lower())
    return words


def _title_words(person: Span) -> set[str]:
    """The words right before a name that modify it, as a title does ("Veradell Mayor Jo
    Lee"): the parser may hang the title on the first name rather than the surname."""
    words: set[str] = set()
    doc = person.doc
    i = person.start - 1
    while i >= 0 and doc[i].dep_ in TITLE_DEPS and i < doc[i].head.i < person.end:
        words.add(doc[i].lemma_.lower())
        i -= 1
    return words
