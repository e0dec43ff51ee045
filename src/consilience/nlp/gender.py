"""Whether an article writes of a person as "he" or as "she", from the article alone.

A pronoun's antecedent agrees with it, so a "she said" is rarely the man named just
before. The article shows each person's pronoun two ways: a courtesy title before a
name ("Mrs Lee") and the first subject pronoun after the person is the subject of a
clause of narration ("Lee said she would resign"). Votes are counted per surname over
the whole article; a person is given a gender only when most votes agree. Nothing is
guessed from first names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from consilience.nlp.cues import SUBJECT_DEPS, is_subject
from consilience.nlp.names import last_word
from consilience.text import word_list

TITLE_VOTES = 2
"""A title says it outright; a following pronoun may be someone else's."""
MAJORITY = 2 / 3


def word_gender(word: str) -> str | None:
    """ "m" or "f" for a gendered pronoun or title ("She", "Mrs."), else None."""
    lower = word.lower().rstrip(".")
    if lower in word_list("masculine_words"):
        return "m"
    if lower in word_list("feminine_words"):
        return "f"
    return None


def genders(doc: Doc, people: Sequence[Span], narrated: Callable[[Token], bool]) -> dict[str, str]:
    """The gender the article shows for each person, by surname (people it shows none
    for are left out)."""
    votes: dict[str, Counter[str]] = {}
    for person in people:
        tally = votes.setdefault(last_word(person.text), Counter())
        titled = word_gender(doc[person.start - 1].text) if person.start > 0 else None
        titled = titled or word_gender(person[0].text)
        if titled is not None:
            tally[titled] += TITLE_VOTES
        if is_subject(person.root) and narrated(person.root):
            following = _pronoun_after(doc, person, narrated)
            if following is not None:
                tally[following] += 1
    found = {}
    for surname, tally in votes.items():
        if tally:
            gender, count = tally.most_common(1)[0]
            if count >= MAJORITY * sum(tally.values()):
                found[surname] = gender
    return found


def _pronoun_after(doc: Doc, person: Span, narrated: Callable[[Token], bool]) -> str | None:
    """The gender of the first subject pronoun of narration after a subject mention in
    its sentence ("Lee said she would resign"; a "his" may be anyone's, and the next
    sentence's pronoun is what a speaker's pronoun cue asks about)."""
    for token in doc[person.end : person.sent.end]:
        gender = word_gender(token.text) if token.dep_ in SUBJECT_DEPS else None
        if gender is not None and narrated(token):
            return gender
    return None
