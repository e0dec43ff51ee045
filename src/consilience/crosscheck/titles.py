"""Titles written around a person's name: "Deputy Mayor Helena Varga", "Varga, the town's mayor".

Read from the text alone, so both entity typing (a titled name is a person) and the
comparison of titles across outlets can use them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

from consilience.model import AnnotatedArticle
from consilience.text import word_list

Title = tuple[str, frozenset[str], str]
"""An office noun, its rank modifiers, and the title as written."""

# Modifiers that change the office a title names: a deputy mayor is not the mayor.
RANKS = frozenset({"deputy", "vice", "assistant", "acting", "interim", "associate", "lieutenant"})
# Ranks that say how a person holds the office, not which office: an acting director is the
# director for now, so "interim director" and "director" do not disagree.
TEMPORARY = frozenset({"acting", "interim"})
# Lower-case words that belong inside a title ("assistant general manager").
_TITLE_WORDS = frozenset({"general", "senior", "chief", "executive", "special", "principal"})
_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*\s+){1,4})$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # one word of _BEFORE
_APPOSITION = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?([^,.;:()\"“”]{1,60})", re.I)
_APPOSITION_WORDS = 4  # an office noun further into an apposition is about something else
# "the Navy chief" with no name after it: an organisation's word, then an office noun.
_DESCRIPTION = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.'’-]*\s+){1,2}([a-z]+))\b(?!\s+[A-Z])")
BACK_REACH = 600  # characters back to the titled person a description may stand for


@cache
def role_nouns() -> frozenset[str]:
    """Office and job nouns (shipped list, ``data/role_nouns.txt``)."""
    text = resources.files("consilience").joinpath("data", "role_nouns.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_titled(text: str, start: int, end: int) -> bool:
    """Whether a name has a title before it or in an apposition after it (so: a person)."""
    return title_before(text, start) is not None or title_after(text, end) is not None


def title_before(text: str, start: int) -> Title | None:
    """The title written right before a name: its office, ranks and words."""
    before = text[max(0, start - 60) : start]
    if _no_office_last(before):
        return None
    match = _BEFORE.search(before)
    if match is None:
        return None
    words = match.group(1).split()
    if words[-1].lower() not in role_nouns():
        return None
    title = [words[-1]]
    for at in range(len(words) - 2, -1, -1):
        word, lowered = words[at], words[at].lower()
        if _opens_phrase(word):  # "But Officer Hale", "The Film Festival director Ruiz"
            break
        in_title = lowered in RANKS or lowered in _TITLE_WORDS or word[0].isupper()
        # A field noun between a rank and the office: "deputy sales manager".
        if not (in_title or (at > 0 and words[at - 1].lower() in RANKS)):
            break
        title.insert(0, word)
    ranks = frozenset(w.lower() for w in title if w.lower() in RANKS)
    return words[-1].lower(), ranks, " ".join(title)


def _no_office_last(before: str) -> bool:
    """Whether the text before a name surely ends in no office noun, told without the slow
    backward search of ``_BEFORE``: it ends in no space, or in a whole word that is no office
    noun (then that word is the last of any ``_BEFORE`` match). Most names have none."""
    words = before.rsplit(maxsplit=1)
    if not words or not before[-1].isspace():
        return True
    return words[-1].lower() not in role_nouns() and _WORD.fullmatch(words[-1]) is not None


def title_after(text: str, end: int) -> Title | None:
    """The title in an apposition right after a name: "Varga, the town's mayor,"."""
    match = _APPOSITION.match(text[end : end + 80])
    if match is None:
        return None
    written = match.group(1).split()
    words = written[:_APPOSITION_WORDS]
    for at, word in enumerate(words):
        if word.lower() in role_nouns():
            # "Lund, coach Ana Berg and ...", "Lund, appointed by Mayor Ana Berg":
            # the title of the next name.
            if written[at + 1 : at + 2] and written[at + 1][0].isupper():
                return None
            # "Hale, and after the attorney", "Lee, as director": a determiner or a
            # clause's opening word before the office starts a phrase the office is in.
            if any(_opens_phrase(w) for w in words[:at]):
                return None
            ranks = frozenset(w.lower() for w in words[:at] if w.lower() in RANKS)
            return word.lower(), ranks, " ".join(words[: at + 1])
    return None


def role_names(
    articles: Sequence[AnnotatedArticle], person_at: Mapping[tuple[str, int], str]
) -> dict[str, set[str]]:
    """Person id -> "the <title>" for each title the story gives that person alone.

    "Prime Minister Ana Duarte" lets "the prime minister" name her, unless another
    person of the story holds a title written the same way; "Veradell Mayor Ana Duarte"
    also "the mayor" when the story says "the mayor" on its own.
    """
    holders: dict[str, set[str]] = {}
    texts = [annotated.article.text for annotated in articles]
    alone: dict[str, bool] = {}  # office -> said alone somewhere (each office looked up once)
    for annotated in articles:
        text = annotated.article.text
        for mention in annotated.mentions:
            person = person_at.get((annotated.article.id, mention.start))
            for title in (title_before(text, mention.start), title_after(text, mention.end)):
                if person is not None and title is not None:
                    holders.setdefault(_role(title[2]), set()).add(person)
                    if title[0] not in alone:
                        alone[title[0]] = _said_alone(texts, title[0])
                    if not title[1] and alone[title[0]]:
                        holders.setdefault("the " + title[0], set()).add(person)
        for description, person in _descriptions(annotated, person_at):
            holders.setdefault(description, set()).add(person)
    roles: dict[str, set[str]] = {}
    for role, people in holders.items():
        if len(people) == 1:
            roles.setdefault(next(iter(people)), set()).add(role)
    return roles


def _opens_phrase(word: str) -> bool:
    """A determiner ("the", "his"), a coordinator ("and") or a word opening a clause or
    phrase ("after", "as"): no part of a title."""
    lowered = word.lower()
    return any(
        lowered in word_list(name) for name in ("determiners", "coordinators", "phrase_ends")
    )


def _role(title: str) -> str:
    """How a story may name a title's holder: "the deputy mayor"; a title owned by a name
    takes no article ("Berg's envoy", never "the Berg's envoy")."""
    first = title.split()[0]
    owned = first[0].isupper() and first.endswith(("'s", "’s"))
    return title.lower() if owned else "the " + title.lower()


def _descriptions(
    annotated: AnnotatedArticle, person_at: Mapping[tuple[str, int], str]
) -> list[tuple[str, str]]:
    """("police chief", person) where an article names one titled person ("Commissioner Ana
    Duarte declared ...") and, before naming anyone else, says "the police chief" alone."""
    text = annotated.article.text
    article_id = annotated.article.id
    people = [
        (m, person_at[(article_id, m.start)])
        for m in annotated.mentions
        if (article_id, m.start) in person_at
    ]
    found = []
    for match in _DESCRIPTION.finditer(text):
        if match[2] not in role_nouns():
            continue
        before = [(m, p) for m, p in people if match.start() - BACK_REACH < m.end <= match.start()]
        named = {p for _, p in before}
        titled = any(is_titled(text, m.start, m.end) for m, _ in before)
        if len(named) == 1 and titled:
            found.append((match[1], named.pop()))
    return found


def _said_alone(texts: Sequence[str], office: str) -> bool:
    """Whether the story refers to someone as "the <office>" without a name after it."""
    alone = re.compile(rf"\b[Tt]he\s+(?i:{re.escape(office)})\b(?!\s+[A-Z])")
    return any(alone.search(text) for text in texts)
