"""Whether an annotated source can be what a later pronoun source refers to.

The scorer resolves a pronoun source ("she said") to the nearest earlier annotated
source; when the pronoun's referent was never annotated as a source, that source is
someone else: often of the other gender or number ("she" -> the man who spoke before,
"they" -> one person), or another person is the subject of a sentence between the two
("Lee said ... Ruiz, the mayor, agreed. "No," he said."), or "he" follows a group or
a newspaper that spoke ("the Times reported ... he said"). Such a gold speaker cannot be
told from the annotation, so it is left out like a description. Gender comes from the
article's own words only: a gendered word in the source ("Mr. Lund", "his wife, Ana") or
before the name elsewhere ("Ms. Ruiz"), and the he/she after the name ("Ruiz said she").
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from consilience.nlp.cues import heads_main_clause
from consilience.nlp.gender import TITLE_VOTES, clear_gender, word_gender
from consilience.text import word_list

MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her"})
PLURAL = frozenset({"they", "them", "we", "us", "it"})
# Words between a name and the narrated pronoun that still refers to it ("Ruiz said she").
REACH = r"(?:[\w,'’-]+\s+){0,6}?"
TWO_NAMES = re.compile(r"[A-Z][\w.’'-]* and (?:\S+ )*?[A-Z][\w.’'-]*$")
HEAD_END = re.compile(r",|\s--\s|\s?—\s?")
NAME_END = re.compile(r"(?:[A-Z][\w.’'-]*\s*)+$")


def may_refer_to(pronoun: str, source: str, text: str) -> bool:
    """Whether the pronoun can refer to the source as far as the article shows: not "she"
    for a man or for two people, not "they" for one person."""
    lower = pronoun.lower()
    gender = source_gender(source, text)
    if lower in PLURAL:
        return gender is None
    said = "m" if lower in MALE else "f" if lower in FEMALE else None
    if said is None:
        return True
    return not _is_plural(source) and gender in (None, said)


def names_a_group(pronoun: str, doc: Doc, start: int, end: int) -> bool:
    """Whether "he" or "she" meets a source that is no one person: a plural noun ("the
    mayor's aides", "court filings", "some Republicans") or an organisation's name after
    "the" ("the Harbor Times"). A surname the parser takes for a plural or an
    organisation ("Sims said") still counts as a person."""
    if pronoun.lower() not in MALE | FEMALE:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    plural = (root.tag_ == "NNS" and root.is_lower) or (
        root.tag_ == "NNPS" and root.ent_type_ == "NORP"
    )
    return plural or (root.ent_type_ == "ORG" and span[0].lower_ == "the")


def subjects_between(doc: Doc, start: int, end: int, pronoun: str) -> list[str]:
    """The people named as the subject of a main clause between two character offsets
    who may be what the pronoun refers to: each is a likelier referent than a source
    before them."""
    return [
        person.text
        for person in doc.ents
        if person.label_ == "PERSON"
        and start <= person.start_char
        and person.end_char <= end
        and heads_main_clause(person.root)
        and may_refer_to(pronoun, doc[max(person.start - 1, 0) : person.end].text, doc.text)
    ]


def source_gender(source: str, text: str) -> str | None:
    """ "m" or "f" where the source's own words before its name ("Mr. Lund", "his wife,
    Ana") or the article mark it, else None (also for a source that names no one)."""
    source = re.sub(r"\([^)]*\)", "", source)
    name = _name(source)
    if name is None:
        return None
    before = source[: source.index(name)].split() + name.split()[:-1]
    for word in before:
        if (gender := _word_gender(word)) is not None:
            return gender
    titles = word_list("honorifics")
    given = [w for w in name.split() if w.lower().rstrip(".") not in titles]
    return _article_gender(" ".join(given) if len(given) > 1 else name.split()[-1], text)


def _name(source: str) -> str | None:
    """The run of capitalised words that ends the first comma-separated part that ends in
    one ("the director, Jo B. Lee" -> "Jo B. Lee"); None for "Lee's campaign"."""
    for part in source.split(","):
        run = NAME_END.search(part.strip())
        if run:
            return run.group(0).strip()
    return None


def _article_gender(name: str, text: str) -> str | None:
    """The gender the article's titles and narrated pronouns give a name, when clear."""
    votes: Counter[str] = Counter()
    for title in re.findall(rf"\b([\w]+)\.?\s+(?:[A-Z][\w.-]*\s+)*{re.escape(name)}\b", text):
        if (gender := _word_gender(title)) is not None:
            votes[gender] += TITLE_VOTES
    after = rf"\b{re.escape(name)}\s+{REACH}(he|his|him|she|her)\b"
    for pronoun in re.findall(after, text):
        votes["m" if pronoun in MALE else "f"] += 1
    return clear_gender(votes)


def _word_gender(word: str) -> str | None:
    bare = word.rstrip(".,")
    if bare.lower().endswith("man"):
        return None  # "spokesman", "chairman": written of women too
    return word_gender(bare)


def _is_plural(source: str) -> bool:
    """Two names joined by "and" ("Lee and Ruiz", "Lee of Ohio and Jo Ruiz"), not one
    person's two descriptions ("columnist and author Jo Ruiz", "author of Art and War")."""
    return bool(TWO_NAMES.search(HEAD_END.split(source, maxsplit=1)[0]))
