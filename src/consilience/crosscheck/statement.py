"""A claim unit read once into the slots contradictions compare, and the contradiction record."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from consilience.crosscheck.bearings import Bearing, bearings
from consilience.crosscheck.dates import (
    DateMention,
    date_mentions,
    day_name,
    is_dateline,
    parse_published,
    resolve,
)
from consilience.crosscheck.deaths import Death, read_death
from consilience.crosscheck.events import verb_near
from consilience.crosscheck.inventory import Item, items
from consilience.crosscheck.names import nations_in
from consilience.crosscheck.nationalities import Origins, origins
from consilience.crosscheck.negation import clause_starts, lower_words, negated_verbs, stem
from consilience.crosscheck.slots import Amount, Ordinal, amounts, ordinals
from consilience.model import Article, Contradiction, ContradictionKind, Entity, Evidence
from consilience.text import word_list
from consilience.text.dates import MONTH_NAME

# A unit stating more numbers or dates than this is a table or a run-on text without sentence
# ends, not one statement: its slots are not compared (and comparing stays cheap).
MAX_SLOTS = 12
_IN_YEAR = re.compile(rf"\b[Ii]n (?:{MONTH_NAME}\.? )?(?P<year>(?:19|20)\d\d)\b(?!\s*-)")
_NOISE = re.compile(r"https?:|www\.|\S+ / \S+ / ")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a word that may name someone or somewhere


@dataclass(frozen=True)
class Statement:
    """A claim unit with the slots contradictions compare, read once."""

    evidence: Evidence
    outlet: str
    published: date | None
    amounts: tuple[Amount, ...]
    ordinals: tuple[Ordinal, ...]
    dates: tuple[DateMention, ...]
    negated: tuple[str, ...]  # in sentence order, so explanations never depend on hashing
    stems: tuple[str, ...]
    noisy: bool  # page furniture such as a URL or a slug, not a statement
    region: frozenset[str] = frozenset()  # the countries its article names anywhere
    people: frozenset[str] = frozenset()  # words of the names of the people it names

    @cached_property
    def day(self) -> date | None:
        """The day of the one prose date the unit names ("on Tuesday"), resolved once.

        A bare date is often a dateline, the day of the report rather than of the event.
        """
        if len(self.dates) != 1 or not self.dates[0].in_prose:
            return None
        return resolve(self.dates[0], self.evidence.text, self.published)

    @cached_property
    def clauses(self) -> frozenset[int]:
        """Where in ``stems`` a clause opens (after a comma, semicolon or colon), read once."""
        return clause_starts(self.evidence.text)

    @cached_property
    def bearings(self) -> tuple[Bearing, ...]:
        """The "<direction> of <Place>" phrases of the unit, read once."""
        return tuple(bearings(self.evidence.text))

    @cached_property
    def names(self) -> frozenset[str]:
        """Capitalised words that may name who the unit is about ("Brandt died"), function
        words and calendar names left out."""
        words = _CAPITALISED.findall(self.evidence.text)
        calendar = word_list("weekdays") | word_list("months")
        return frozenset(w for w in words if w.lower() not in word_list("stop_words") | calendar)

    @cached_property
    def death(self) -> Death:
        """The cause and place of a death the unit tells, read once."""
        return read_death(self.evidence.text)

    @cached_property
    def years(self) -> tuple[tuple[str, int, str], ...]:
        """(verb, year, words) of each "in <year>" with the verb it dates ("resigned in 2004")."""
        found = []
        for match in _IN_YEAR.finditer(self.evidence.text):
            verb = verb_near(self.evidence.text, match.start(), match.end())
            if verb is not None:
                found.append((verb, int(match["year"]), match[0]))
        return tuple(found)

    @cached_property
    def listed(self) -> tuple[Item, ...]:
        """The items of a list of things the unit gives ("seven rifles, a launcher, ...")."""
        return items(self.evidence.text)

    @cached_property
    def origins(self) -> tuple[Origins, ...]:
        """The counted groups the unit gives nations ("15 Tunisian and Libyan fishermen")."""
        return tuple(origins(self.evidence.text))

    @cached_property
    def event_dates(self) -> tuple[DateMention, ...]:
        """The dates the unit gives its happenings: a date stamping the page is left out."""
        return tuple(m for m in self.dates if not is_dateline(self.evidence.text, m))

    @cached_property
    def days(self) -> frozenset[tuple[int, int] | str]:
        """Every weekday and calendar day the unit names, datelines left out."""
        named = (day_name(m.text) for m in self.event_dates)
        return frozenset(name for name in named if name is not None)

    @cached_property
    def dated(self) -> tuple[tuple[str, tuple[int, int] | str, DateMention], ...]:
        """(verb, day name, mention) of each date with the verb it dates ("died Friday")."""
        found = []
        for mention in self.event_dates:
            verb = verb_near(self.evidence.text, mention.start, mention.end)
            name = day_name(mention.text) if verb else None
            if verb and name is not None:
                found.append((verb, name, mention))
        return tuple(found)

    @classmethod
    def of(cls, evidence: Evidence, article: Article | None = None) -> Statement:
        """Read a unit's slots; the article gives the outlet name and publication date."""
        text = evidence.text
        found, dates = amounts(text), date_mentions(text)
        return cls(
            evidence,
            article.source if article else f"article {evidence.article_id}",
            parse_published(article.published) if article else None,
            tuple(found) if len(found) <= MAX_SLOTS else (),
            tuple(ordinals(text)),
            tuple(dates) if len(dates) <= MAX_SLOTS else (),
            tuple(dict.fromkeys(negated_verbs(text))),
            tuple(stem(w) for w in lower_words(text)),
            _NOISE.search(text) is not None,
            _region(article.text) if article else frozenset(),
        )


@lru_cache(maxsize=256)
def _region(text: str) -> frozenset[str]:
    """The countries an article names by name or demonym ("Iran", "Iranian"): a happening
    it tells is in one of them, or it would name its country."""
    return nations_in(_CAPITALISED.findall(text))


def contradiction(
    kind: ContradictionKind, a: Evidence, b: Evidence, what: str, may_be_timing: bool = False
) -> Contradiction:
    """A contradiction with a stable id from both evidence spans."""
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in (a, b))
    digest = hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]
    return Contradiction("x_" + digest, kind, a, b, what, may_be_timing)


def clash_of(kind: ContradictionKind, a: Statement, b: Statement, what: str) -> Contradiction:
    """A contradiction between two statements' units."""
    return contradiction(kind, a.evidence, b.evidence, what)


def says(a: Statement, left: str, b: Statement, right: str, verb: str = "says") -> str:
    """What each outlet says, side by side: `A says "x"; B says "y".`"""
    return f'{a.outlet} {verb} "{left}"; {b.outlet} {verb} "{right}".'


def statements(units: list[Evidence], articles: Mapping[str, Article]) -> list[Statement]:
    """Every unit read into a statement, with its article's outlet and date."""
    return [Statement.of(e, articles.get(e.article_id)) for e in units]


def with_people(
    read: Sequence[Statement], named: Sequence[frozenset[str]], entities: Sequence[Entity]
) -> list[Statement]:
    """Each statement with the words naming the people its unit mentions (``named``: the
    entity ids of each unit), by any of their names ("Jamal Williams", "Williams")."""
    words = {
        e.id: frozenset(_CAPITALISED.findall(" ".join((e.name, *e.aliases))))
        for e in entities
        if e.type == "PERSON"
    }
    return [
        replace(statement, people=frozenset().union(*(words.get(i, ()) for i in ids)))
        for statement, ids in zip(read, named, strict=True)
    ]


def people_apart(a: Statement, b: Statement) -> bool:
    """Whether two units are about different people: each names someone, and neither names
    any of the other's people ("Jackson was arrested on Tuesday", "Williams was arrested on
    Sunday"); a day or a tally of one is no second figure for the other's."""
    if not (a.people and b.people):
        return False
    return a.people.isdisjoint(b.names) and b.people.isdisjoint(a.names)
