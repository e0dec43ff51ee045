"""How and where someone died, as each outlet tells it: the cause ("died of pneumonia", from
WordNet's ailments) and the place ("died at his home", "in hospital"). One death told with two
unrelated causes, or in two kinds of place, is a contradiction; a cause one outlet names and
the other also mentions ("died of pneumonia after a long battle with cancer") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consilience.crosscheck.dates import set_apart
from consilience.text.lexicon import word_sequence

_DEATH_WORD = re.compile(r"\b(?:died|dies|death)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()\"]|\bbut\b|\band\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CAUSE_LEAD = frozenset({"of", "from", "after"})  # "died of", "died after suffering from"
_PLACE_LEAD = frozenset({"at", "in"})
_LEAD_WORDS = 6  # how far after the death word its cause or place may start
_TERM_WORDS = 4  # how far after "of"/"after" the ailment may start: "after suffering from"
_SKIP = frozenset({"a", "an", "the", "his", "her", "their", "its", "own", "local", "nearby"})


@cache
def _ailments() -> tuple[dict[tuple[str, ...], str], dict[str, tuple[str, ...]], frozenset[str]]:
    """Ailment lemmas (as word tuples) -> synset, synset -> hypernyms, and general synsets."""
    names: dict[tuple[str, ...], str] = {}
    parents: dict[str, tuple[str, ...]] = {}
    general = set()
    for line in word_sequence("illnesses"):
        node, lemmas, *up = line.split()
        if node.endswith("*"):
            node = node[:-1]
            general.add(node)
        parents[node] = tuple(up)
        for lemma in lemmas.split(","):
            names.setdefault(tuple(lemma.split("_")), node)
    return names, parents, frozenset(general)


@cache
def _places() -> dict[tuple[str, ...], str]:
    """Place lemmas (as word tuples) -> their group: "home", "care" or "prison"."""
    return {
        tuple(word.split("_")): line.split()[0]
        for line in word_sequence("death_places")
        for word in line.split()[1:]
    }


@cache
def _above(node: str) -> frozenset[str]:
    """An ailment and every more general one it is a kind of."""
    found = {node}
    for parent in _ailments()[1].get(node, ()):
        found |= _above(parent)
    return frozenset(found)


def _related(left: str, right: str) -> bool:
    """Whether one ailment is the other or a kind of it ("leukemia" is a "cancer")."""
    return left in _above(right) or right in _above(left)


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text in lower case with their offsets (curly apostrophes made plain)."""
    plain = text.replace("\u2019", "'")
    return [(m[0].lower(), m.start(), m.end()) for m in _WORD.finditer(plain)]


def _term_at(
    words: list[tuple[str, int, int]], at: int, table: dict[tuple[str, ...], str]
) -> tuple[str, int] | None:
    """The longest listed term starting at word ``at``: its key and its number of words."""
    for size in range(5, 0, -1):
        key = table.get(tuple(w for w, _, _ in words[at : at + size]))
        if key is not None and at + size <= len(words):
            return key, size
    return None


@dataclass(frozen=True)
class Death:
    """What a sentence tells of a death: its cause (ailment synsets), its place (group), the
    words for each, and every ailment and at/in-place the sentence names anywhere."""

    causes: tuple[str, ...] = ()
    cause_text: str = ""
    place: str | None = None
    place_text: str = ""
    ailments: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()


def read_death(text: str) -> Death:
    """The cause and place a sentence gives a death, after its death word in one clause."""
    if _DEATH_WORD.search(text) is None:
        return Death()
    words = _words(text)
    names = _ailments()[0]
    ailments = frozenset(key for key, _ in _terms(words, names))
    places = frozenset(f[0] for k in _place_starts(words) if (f := _term_at(words, k, _places())))
    cause: tuple[str, str] | None = None
    place: tuple[str, str] | None = None
    for i, (word, _, end) in enumerate(words):
        if not _DEATH_WORD.fullmatch(word):
            continue
        stop = _CLAUSE_END.search(text, end)
        limit = stop.start() if stop else len(text)
        for j in range(i + 1, min(i + 1 + _LEAD_WORDS, len(words))):
            if words[j][1] >= limit:
                break
            # "died after suffering a heart attack earlier this month": not then, not the cause
            if cause is None and words[j][0] in _CAUSE_LEAD and not set_apart(text[end:limit]):
                cause = _ailment_after(words, j, limit, text)
            if place is None and words[j][0] in _PLACE_LEAD:
                place = _place_after(words, j, text)
    return Death(
        (cause[0],) if cause else (), cause[1] if cause else "",
        place[0] if place else None, place[1] if place else "", ailments, places,
    )  # fmt: skip


def _ailment_after(
    words: list[tuple[str, int, int]], lead: int, limit: int, text: str
) -> tuple[str, str] | None:
    """The first ailment named soon after "of", "from" or "after" ("after suffering from
    heart failure"), unless it is a general name ("a long illness"), with its words."""
    names, _, general = _ailments()
    for k in range(lead + 1, min(lead + 1 + _TERM_WORDS, len(words))):
        if words[k][1] >= limit:
            break
        found = _term_at(words, k, names)
        if found is not None:
            key, size = found
            return None if key in general else (key, text[words[k][1] : words[k + size - 1][2]])
    return None


def _terms(
    words: list[tuple[str, int, int]], table: dict[tuple[str, ...], str]
) -> list[tuple[str, int]]:
    """Every listed term of a text, longest first from left to right ("Alzheimer's disease"
    once, not also "disease"), with the word it starts at."""
    found, at = [], 0
    while at < len(words):
        term = _term_at(words, at, table)
        if term is not None:
            found.append((term[0], at))
        at += term[1] if term else 1
    return found


def _place_starts(words: list[tuple[str, int, int]]) -> list[int]:
    """Where the noun of each at/in phrase may start, past "his", "a", "the"."""
    starts = []
    for j, (word, _, _) in enumerate(words):
        if word in _PLACE_LEAD:
            k = j + 1
            while k < len(words) and words[k][0] in _SKIP:
                k += 1
            starts.append(k)
    return starts


def _place_after(words: list[tuple[str, int, int]], lead: int, text: str) -> tuple[str, str] | None:
    """The group of the place an at/in phrase names ("at a hospice") and the place's words."""
    k = lead + 1
    while k < len(words) and words[k][0] in _SKIP:
        k += 1
    found = _term_at(words, k, _places())
    if found is None:
        return None
    return found[0], text[words[k][1] : words[k + found[1] - 1][2]]


def cause_clash(left: Death, right: Death) -> bool:
    """Two causes of death with no ailment either sentence names being a kind of the other's."""
    if not (left.causes and right.causes):
        return False
    return not any(_related(x, y) for x in left.ailments for y in right.ailments)


def place_clash(left: Death, right: Death) -> bool:
    """Two kinds of place of death ("at a hospice", "at his home"), neither sentence naming
    the other's kind of place in an at/in phrase."""
    if left.place is None or right.place is None or left.place == right.place:
        return False
    return not left.places & right.places
