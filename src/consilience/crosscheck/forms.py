"""A story's entity mentions grouped by their cleaned names: the forms entity resolution joins.

A form is every mention written with one name once honorifics, articles and possessives
are gone and words around the name that are not part of it are dropped ("Duarte Seeks").
Words the text writes around a mention that belong to the name as written (a ship
prefix "MV", a generation ", Sr.", a state ", Calif.") are kept in its surface.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from consilience.crosscheck.gazetteer import gazetteer_name
from consilience.crosscheck.names import GENERATIONS, designators, pet_name
from consilience.crosscheck.titles import is_titled, title_before
from consilience.model import AnnotatedArticle, Mention
from consilience.text import word_list
from consilience.text.names import clean_name, fold, name_tokens

CONTEXT_VOTES = 2
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # labels of names of places
MIN_SURNAME = 4  # letters from which a surname is looked for where NER missed it
CONNECTOR = re.compile(r"\s(?:of|and|de|for)\s", re.IGNORECASE)  # inside a compound name
GENERATION = re.compile(r",\s+[JS]r\.?(?![\w])")
# A US state after a city: "Calif.", "N.Y.", "New York".
STATE = re.compile(r",\s+([A-Z][a-z]*\.?)(\s?[A-Z][a-z]*\.?)?(?![A-Za-z])")
AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,3}\s*,")
PLACE_CONTEXT = re.compile(
    r"\b(?:town|city|village|capital|province|region|county|district|residents|people|"
    r"inhabitants|outskirts|centre|center|mayor)\s+of\s+$",
    re.IGNORECASE,
)


@dataclass
class Form:
    """All mentions sharing one cleaned name."""

    tokens: tuple[str, ...]
    surfaces: Counter[str] = field(default_factory=Counter)
    written: set[str] = field(default_factory=set)  # whole names as written, before reducing
    labels: Counter[str] = field(default_factory=Counter)
    places: list[tuple[str, int]] = field(default_factory=list)


def lowercase_words(articles: Sequence[AnnotatedArticle]) -> frozenset[str]:
    """Words the story writes in lower case: ordinary words, not parts of names."""
    words: set[str] = set()
    for annotated in articles:
        words.update(fold(w) for w in re.findall(r"\b[a-z][a-z'’]+\b", annotated.article.text))
    return frozenset(words)


_CAPITALISED = re.compile(r"\b[A-Z][a-z'’]+\b")
_LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
TITLE_CASE = 0.6  # share of a line's longer words capitalised from which it is a headline


def headline_words(articles: Sequence[AnnotatedArticle]) -> frozenset[str]:
    """Words the story capitalises only in title-case lines with no full stop, never in a
    sentence: a verb or noun a headline writes right after a name ("Ana Ruiz Dead At 91",
    "Tom Hale Confesses To Theft") is no part of the name, though the story may never
    write it in lower case. A generation ("Jr") is always part of one."""
    titled: set[str] = set()
    prose: set[str] = set()
    for annotated in articles:
        for line in annotated.article.text.splitlines():
            longer = _LONG_WORD.findall(line)
            upper = sum(w[0].isupper() for w in longer)
            headline = len(longer) >= 3 and upper >= TITLE_CASE * len(longer)
            headline = headline and not line.rstrip().endswith(".")
            (titled if headline else prose).update(fold(w) for w in _CAPITALISED.findall(line))
    return frozenset(titled - prose - GENERATIONS)


# A mention as read: its name's tokens, its surface, (label, votes), article id, offset.
_Raw = tuple[tuple[str, ...], str, tuple[str, int], str, int]
_LETTERS = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, in any script


def _may_name(surface: str, label: str) -> bool:
    """Whether a mention may be a name: a person's holds a capitalised word of two letters
    or more and is no day ("7 a. m", "38 - caliber", "Monday", "Dec. 7" are no one);
    anything else a letter ("3M", "G20")."""
    if label != "PERSON":
        return any(c.isalpha() for c in surface)
    words = _LETTERS.findall(surface)
    return any(w[0].isupper() for w in words) and not _a_day(surface, words)


def _a_day(surface: str, words: list[str]) -> bool:
    """Whether a mention only names a day: weekdays, or a month (perhaps cut short, "Dec.")
    with a number."""
    folded = [fold(w) for w in words]
    if all(w in word_list("weekdays") for w in folded):
        return True
    months = word_list("months")
    dated = all(len(w) >= 3 and any(m.startswith(w) for m in months) for w in folded)
    return dated and any(c.isdigit() for c in surface)


def _reduce(
    tokens: tuple[str, ...],
    known: set[tuple[str, ...]],
    ordinary: frozenset[str],
    trailing: frozenset[str] = frozenset(),
    leading: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Drop words around a name ("Duarte Seeks", "Lowmarch Region") that are not part of it.

    Ordinary lower-case words go only when what is left is a name the story uses, and so
    do ``trailing`` words after it (a headline's "Dead" in "Ana Ruiz Dead At 91") and
    ``leading`` words before a full name ("Harriers" in "Harriers QB Ana Ruiz");
    designators ("Region") also when the gazetteer knows what is left. A name the
    gazetteer knows whole ("New York"), or written inside a longer name ("Mark Rose" in
    "W. Mark Rose", though "mark" is also a word), is never cut; nor is "Bay of Veradell"
    cut to "Veradell".
    """
    if gazetteer_name(tokens):
        return tokens

    def droppable(word: str, after: bool) -> bool:
        # A word the story also uses as a name ("Rose") is part of the name.
        loose = word in ordinary or (after and word in trailing)
        return (loose and (word,) not in known) or word in designators()

    for start in range(len(tokens)):
        for end in range(len(tokens), start, -1):
            core, rest = tokens[start:end], tokens[:start] + tokens[end:]
            if not rest or (start and tokens[start - 1] == "of" and gazetteer_name(core)):
                continue
            before, after = tokens[:start], tokens[end:]
            ahead = len(core) > 1 and all(t in leading for t in before)
            dropped = ahead or all(droppable(t, False) for t in before)
            if core in known and dropped and all(droppable(t, True) for t in after):
                return core
            if gazetteer_name(core) and all(t in designators() for t in rest):
                return core
    return tokens


def collect_forms(
    articles: Sequence[AnnotatedArticle], ordinary: frozenset[str]
) -> dict[tuple[str, ...], Form]:
    """The story's mentions grouped by cleaned, reduced name; ``ordinary`` are the words
    the story writes in lower case (``lowercase_words``)."""
    raw: list[_Raw] = []
    also: list[tuple[tuple[str, ...], str]] = []  # other ways a name is written
    short: list[tuple[tuple[str, ...], str]] = []  # "the Ministry" of the Health Ministry
    for annotated in articles:
        text = annotated.article.text
        for mention in annotated.mentions:
            surface = _as_written(text, mention.start, mention.end, clean_name(mention.text))
            tokens = name_tokens(surface)
            # Context is surer than NER, so its label outvotes one NER label.
            context = _context_label(text, mention.start, mention.end)
            label = (context, CONTEXT_VOTES) if context else (mention.label, 1)
            if tokens and _may_name(surface, label[0]):
                raw.append((tokens, surface, label, annotated.article.id, mention.start))
                qualified = _with_state(text, mention.end, surface) if label[0] == "GPE" else None
                if qualified:
                    also.append((tokens, qualified))
                if _styled_the(text, mention):
                    also.append((tokens, f"The {surface}"))
                rank = _rank_before(text, mention.start)
                if rank and label[0] == "PERSON":
                    also.append((tokens, f"{rank} {surface}"))
                if _common_noun(tokens, surface, label[0], ordinary) and _after_the(text, mention):
                    short.append((tokens, f"the {surface}"))
    known = {tokens for tokens, *_ in raw}
    inside = {  # names written inside longer ones: "Mark Rose" in "W. Mark Rose"
        t[i:j]
        for t in known
        for i in range(len(t))
        for j in range(i + 2, len(t) + 1)
        if j - i < len(t)
    }
    forms: dict[tuple[str, ...], Form] = {}
    headline, leading = headline_words(articles), _before_people(raw)
    for tokens, surface, label, article_id, start in raw:
        # Headline words stick to people ("Duarte Seeks"); "Union" is part of an ORG's name.
        if tokens in inside:
            reduced = tokens
        elif label[0] == "PERSON":
            numbers = frozenset(t for t in tokens if t.isdigit())  # "Ana Ruiz 14.9" (a score)
            reduced = _reduce(tokens, known, ordinary, headline | numbers, leading)
        else:
            reduced = _reduce(tokens, known, frozenset())
        form = forms.setdefault(reduced, Form(reduced))
        form.surfaces[surface if reduced == tokens else core_surface(surface, reduced)] += 1
        if reduced == tokens or CONNECTOR.search(surface):
            form.written.add(surface)  # "Port of Veradell" names it; "Duarte Seeks" does not
        form.labels[label[0]] += label[1]
        form.places.append((article_id, start))
    _add_missed_names(articles, forms, ordinary)
    # "the Ledger" is short for the Harbor Ledger; "the Duarte" is never short for a person.
    ends = {
        f.tokens[-1]: f.labels.most_common(1)[0][0] for f in forms.values() if len(f.tokens) > 1
    }
    people = {f.tokens[-1] for f in forms.values() if len(f.tokens) > 1 and "PERSON" in f.labels}
    heads = {t for t, label in ends.items() if label != "PERSON"} - people
    for tokens, written in also + [(t, w) for t, w in short if t[0] in heads]:
        if tokens in forms:
            forms[tokens].written.add(written)
    return forms


def _before_people(raw: Sequence[_Raw]) -> frozenset[str]:
    """Words that may stand before a person's full name without being part of it: a name
    the story mostly gives something other than a person ("Harriers", a team NER sometimes
    takes for a person), or a capitalised abbreviation of three letters at most ("QB",
    "TE", "UN")."""
    labels: dict[str, Counter[str]] = {}
    for tokens, _, (label, _), *_ in raw:
        if len(tokens) == 1:
            labels.setdefault(tokens[0], Counter())[label] += 1
    others = {word for word, seen in labels.items() if 2 * seen["PERSON"] < seen.total()}
    capitals = {fold(w) for _, surface, *_ in raw for w in re.findall(r"\b[A-Z]{2,3}\b", surface)}
    return frozenset(others | (capitals - GENERATIONS))


def _add_missed_names(
    articles: Sequence[AnnotatedArticle],
    forms: dict[tuple[str, ...], Form],
    ordinary: frozenset[str],
) -> None:
    """Words NER missed that name someone or somewhere the story names: a person's surname
    alone ("attended by Varga") or a short form of a first name ("mourned Kati" for
    Katarzyna Petrou), another name of a place (the gazetteer's alternate names).

    They are added as spellings (not as mentions: claims and quotes keep to what NER
    found); which entity a spelling belongs to is decided like any other name.
    """
    surnames = {
        form.tokens[-1]
        for form in forms.values()
        if len(form.tokens) > 1
        and form.labels.most_common(1)[0][0] == "PERSON"
        and len(form.tokens[-1]) >= MIN_SURNAME
        and form.tokens[-1] not in ordinary
    }
    firsts = {
        form.tokens[0]
        for form in forms.values()
        if len(form.tokens) > 1 and form.labels.most_common(1)[0][0] == "PERSON"
    }
    places = {gazetteer_name(tokens) for tokens in forms} - {None}
    for annotated in articles:
        spans = sorted((m.start, m.end) for m in annotated.mentions)
        starts = [start for start, _ in spans]
        for match in re.finditer(r"\b[A-Z][a-z]+\b", annotated.article.text):
            token = fold(match[0])
            before = annotated.article.text[max(0, match.start() - 30) : match.start()]
            inside = re.search(r"[A-Z][\w.]*\s+$", before)
            if inside and fold(inside[0]) not in word_list("honorifics"):
                continue  # a word of a longer name NER missed ("Night Owl")
            at = bisect_right(starts, match.start()) - 1
            if at >= 0 and match.start() < spans[at][1]:
                continue  # inside a mention NER found
            place = token not in ordinary and gazetteer_name((token,)) in places
            # A word before another name, or an abbreviation ("Const. Hale"), names no one alone.
            followed = re.match(r"\.?\s+[A-Z]", annotated.article.text[match.end() :])
            pet = token not in ordinary and not followed and _shortens(token, firsts)
            if token in surnames or place or pet:
                form = forms.setdefault((token,), Form((token,)))
                form.surfaces[match[0]] += 1
                form.labels["GPE" if place else "PERSON"] += 1


def _shortens(token: str, firsts: set[str]) -> bool:
    """Whether a word is a short form of a first name of the story and is no first name
    of its own there (the pet-name merge decides whose)."""
    return token not in firsts and any(pet_name(token, first) for first in firsts)


def _common_noun(
    tokens: tuple[str, ...], surface: str, label: str, ordinary: frozenset[str]
) -> bool:
    """A capitalised one-word name that is an ordinary word or an organisation's short
    name ("Ministry", "Post"), not a person's or a nation's."""
    return (
        len(tokens) == 1
        and (tokens[0] in ordinary or label == "ORG")
        and surface[:1].isupper()
        and not surface.isupper()  # "the EU" adds nothing to "EU"
        and label not in ("NORP", "PERSON")
        and gazetteer_name(tokens) is None
    )


def _styled_the(text: str, mention: Mention) -> bool:
    """Whether a name is written with a capital "The" inside a sentence ("wrote in The
    Daily Courier"): the article is part of how the name is styled."""
    before = text[: mention.start].rstrip()
    return mention.text.startswith("The ") and bool(before) and before[-1] not in ".!?:\"“”'"


def _rank_before(text: str, start: int) -> str | None:
    """A one-word title written right before a name ("Commissioner Ana Duarte"), if any: how
    outlets name the person, though not part of the name."""
    title = title_before(text, start)
    return title[2] if title and " " not in title[2] and title[2][:1].isupper() else None


def _after_the(text: str, mention: Mention) -> bool:
    """Whether "the" comes before a mention: a one-word name that is also an ordinary word
    ("the Ministry", "the Post") reads as a name only with it."""
    before = text[max(0, mention.start - 4) : mention.start]
    return before.lower() == "the " or mention.text.lower().startswith("the ")


def _as_written(text: str, start: int, end: int, surface: str) -> str:
    """A name with the words around it that the outlet wrote as part of it: a courtesy
    title ("Mr Adler"), a ship prefix ("MV Aurora"), a generation ("Ana Duarte, Jr.")."""
    before = text[max(0, start - 12) : start]
    honorific = re.search(r"\b([A-Z][a-z]{1,9}\.?)\s+$", before)
    prefix = re.search(r"(?<![\w/])([A-Z]{1,4}(?:/[A-Z]{1,2})?)\s+$", before)
    if honorific and fold(honorific[1]) in word_list("honorifics"):
        surface = f"{honorific[1]} {surface}"
    elif prefix and fold(prefix[1]) in word_list("ship_prefixes") and " " not in surface:
        surface = f"{prefix[1]} {surface}"
    generation = GENERATION.match(text, end)
    if generation and not re.search(r"\b[JS]r\.?$", surface):
        surface += generation[0]
    return surface


def _with_state(text: str, end: int, surface: str) -> str | None:
    """A place as written with the US state after it ("Salem, Ore."), if one follows."""
    match = STATE.match(text, end)
    if match is None:
        return None
    for state in (match[0], match[0][: match.end(1) - end]):
        if fold(state) in _us_states():
            return surface + state.rstrip()
    return None


@cache
def _us_states() -> frozenset[str]:
    """US state names and their abbreviations, folded (``data/us_states.txt``)."""
    return frozenset(fold(w) for line in word_list("us_states") for w in line.split())


def _context_label(text: str, start: int, end: int) -> str | None:
    """A type the words around a name make certain, whatever NER said.

    A titled name ("Mayor Helena Varga") or one given an age ("12-year-old Ana Ruiz",
    "Ana Ruiz, 12,") is a person; a name after "the town of" or "residents of" is a place.
    """
    if is_titled(text, start, end) or AGE_BEFORE.search(text[max(0, start - 16) : start]):
        return "PERSON"
    if AGE_AFTER.match(text, end):
        return "PERSON"
    return "GPE" if PLACE_CONTEXT.search(text[max(0, start - 40) : start]) else None


def core_surface(surface: str, core: tuple[str, ...]) -> str:
    """The words of a mention that spell its reduced name, as the article wrote them."""
    words = [w for w in re.split(r"[\s\-]+", surface) if fold(w)]
    folded = [fold(w) for w in words]
    for i in range(len(folded) - len(core) + 1):
        if tuple(folded[i : i + len(core)]) == core:
            return " ".join(words[i : i + len(core)])
    return surface
