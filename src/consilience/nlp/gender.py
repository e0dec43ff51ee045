"""Whether the article shows a named person to be a man or a woman.

A pronoun's speaker must agree with it: "she said" is not the man named just before.
No outside knowledge of names is used, only what the article writes: a title or
gendered noun right before the name ("Ms. Duarte", "his wife, Ana Ruiz") and the
pronouns that follow the person's mentions in the same sentence ("Ruiz said her team
..."). A person the article shows both ways, or neither, has no known gender.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from consilience.nlp.names import last_word
from consilience.text import word_list

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# How far after a mention a pronoun of its sentence still votes for the person.
PRONOUN_REACH = 15
# A title says more than one pronoun, which may refer to someone else.
TITLE_VOTES = 3
# Votes for one gender must outnumber the other's this many times over, and be this many:
# one pronoun may refer to someone the article does not name ("Lee met the nominee, who
# began his speech").
MAJORITY = 2
MIN_VOTES = 2


def pronoun_gender(token: Token) -> str | None:
    """ "m" for he/him/his, "f" for she/her, else None."""
    lower = token.lower_
    if lower in MALE_PRONOUNS:
        return "m"
    return "f" if lower in FEMALE_PRONOUNS else None


def person_genders(
    doc: Doc, people: Sequence[Span], narrated: Callable[[Token], bool]
) -> dict[str, str]:
    """Each person's gender ("m" or "f") by the last word of the name, where the article
    shows it clearly; ``narrated`` tells the words outside quotes, whose pronouns refer to
    the article's people."""
    votes: dict[str, Counter[str]] = {}
    for person in people:
        title = _title_gender(person)
        if title is not None:
            votes.setdefault(last_word(person.text), Counter())[title] += TITLE_VOTES
    ordered = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    for token in doc:
        gender = pronoun_gender(token)
        if gender is None or not _refers_back(token) or not narrated(token):
            continue
        nearest = _nearest_before(ordered, starts, token)
        if nearest is not None:
            votes.setdefault(last_word(nearest.text), Counter())[gender] += 1
    shared = _shared_surnames(people)
    return {
        name: g
        for name, count in votes.items()
        if name not in shared and (g := clear_gender(count)) is not None
    }


def _refers_back(pronoun: Token) -> bool:
    """A subject, possessive or reflexive pronoun, which mostly refers to the person named
    before it in the sentence ("Lee said her team"); an object mostly to someone else
    ("Lee scolded him")."""
    return pronoun.dep_ in REFERRING_DEPS or pronoun.lower_.endswith("self")


def _shared_surnames(people: Sequence[Span]) -> set[str]:
    """Surnames the article gives two people ("Ana Ruiz" and her husband "Tom Ruiz"):
    what the name's pronouns say belongs to neither for sure."""
    firsts: dict[str, set[str]] = {}
    for person in people:
        titles = word_list("honorifics")
        words = [w for w in person.text.split() if w.lower().rstrip(".") not in titles]
        words = [w for w in words if word_gender(w) is None]
        if len(words) > 1:
            firsts.setdefault(last_word(person.text), set()).add(words[0])
    return {name for name, given in firsts.items() if len(given) > 1}


def agrees(mention: Span | Token, pronoun: Token, genders: Mapping[str, str]) -> bool:
    """Whether a name or pronoun may be what a pronoun refers to: not of the other gender
    as far as the article shows ("she" is not "Mr. Lund", nor the "he" before it)."""
    said = pronoun_gender(pronoun)
    if isinstance(mention, Token):
        known = pronoun_gender(mention)
    else:
        known = genders.get(last_word(mention.text))
    return said is None or known is None or said == known


def _title_gender(person: Span) -> str | None:
    """The gender the word right before the name gives ("Mrs. Ruiz", "his wife, Ana
    Ruiz"), or its first word ("Mr. Lund" taken whole): never one further away, as in
    "the daughter of Tom Reed"."""
    doc = person.doc
    before = [t for t in doc[max(person.start - 2, 0) : person.start] if not t.is_punct]
    return next(
        (g for w in [*before[-1:], person[0]] if (g := word_gender(w.text)) is not None), None
    )


def word_gender(word: str) -> str | None:
    """ "m" or "f" for a gendered word ("Mr.", "wife"), else None."""
    lower = word.lower().rstrip(".")
    if lower in word_list("male_person_words"):
        return "m"
    return "f" if lower in word_list("female_person_words") else None


def _nearest_before(people: Sequence[Span], starts: list[int], token: Token) -> Span | None:
    """The person named last before the token in its sentence, within PRONOUN_REACH."""
    at = bisect_left(starts, token.i) - 1
    if at < 0:
        return None
    best = people[at]
    if best.start < token.sent.start or token.i - best.end > PRONOUN_REACH:
        return None
    return best


def clear_gender(count: Counter[str]) -> str | None:
    """The gender with at least MIN_VOTES that outnumbers the other MAJORITY times over."""
    male, female = count["m"], count["f"]
    if male >= MIN_VOTES and male > MAJORITY * female:
        return "m"
    return "f" if female >= MIN_VOTES and female > MAJORITY * male else None
