"""Contradictions between claim units, by comparing structured slots (precision first).

Two units are compared only when they are about the same thing: aligned into one claim, or
related enough and naming the same kind of thing next to the slot ("the war, now in its
fourth year"; "a five-year contract"). Each unit's slots are read once into a `Statement`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from consilience.crosscheck.bearings import Bearing, bearings, opposite
from consilience.crosscheck.dates import (
    DateMention,
    date_mentions,
    day_name,
    parse_published,
    resolve,
)
from consilience.crosscheck.events import event_key, is_verb_form, verb_near
from consilience.crosscheck.negation import (
    negated_at,
    negated_verbs,
    object_after,
    stem,
    subject_before,
    words_from,
)
from consilience.crosscheck.quantities import (
    GENERIC,
    casualty,
    group,
    happening,
    parts_follow,
    thing,
)
from consilience.crosscheck.slots import (
    MEASURES,
    TIME_UNITS,
    Amount,
    Ordinal,
    amounts,
    numbers,
    ordinals,
    overlap,
    same_unit,
)
from consilience.model import Article, Contradiction, ContradictionKind, Evidence

# Generic nouns for one armed conflict: "the war, now in its fourth year" and "the conflict,
# which has entered its third year" talk about the same thing.
_EVENT_NOUNS = {"war": "war", "conflict": "war", "fighting": "war", "hostilities": "war"}
_CONTEXT_CHARS = 60
MAX_RATIO = 3.0  # largest ratio of two stated values that can be one quantity told twice
# With the same verb beside both ("people took to the streets") the counts are surely of one
# thing, so estimates further apart (20,000 against 100,000 marchers) still clash.
EVENT_RATIO = 10.0
# A unit stating more numbers or dates than this is a table or a run-on text without sentence
# ends, not one statement: its slots are not compared (and comparing stays cheap).
MAX_SLOTS = 12
_DEATH = re.compile(r"\b([a-z]+)\s+to\s+death\b")  # "burnt to death", "suffocated to death"
_NOISE = re.compile(r"https?:|www\.|\S+ / \S+ / ")
RELATED = 0.3  # alignment score above which two units may share a compound slot


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

    @cached_property
    def day(self) -> date | None:
        """The day of the one prose date the unit names ("on Tuesday"), resolved once.

        A bare date is often a dateline, the day of the report rather than of the event.
        """
        if len(self.dates) != 1 or not self.dates[0].in_prose:
            return None
        return resolve(self.dates[0], self.evidence.text, self.published)

    @cached_property
    def bearings(self) -> tuple[Bearing, ...]:
        """The "<direction> of <Place>" phrases of the unit, read once."""
        return tuple(bearings(self.evidence.text))

    @cached_property
    def dated(self) -> tuple[tuple[str, tuple[int, int] | str, DateMention], ...]:
        """(verb, day name, mention) of each date with the verb it dates ("died Friday")."""
        found = []
        for mention in self.dates:
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
            tuple(stem(w) for w in re.findall(r"[a-z]+", text.lower().replace("n't", " not"))),
            _NOISE.search(text) is not None,
        )


def contradiction(
    kind: ContradictionKind, a: Evidence, b: Evidence, what: str, may_be_timing: bool = False
) -> Contradiction:
    """A contradiction with a stable id from both evidence spans."""
    keys = sorted(f"{e.article_id}:{e.start}:{e.end}" for e in (a, b))
    digest = hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]
    return Contradiction("x_" + digest, kind, a, b, what, may_be_timing)


def _contradiction(kind: ContradictionKind, a: Statement, b: Statement, what: str) -> Contradiction:
    return contradiction(kind, a.evidence, b.evidence, what)


def _says(a: Statement, left: str, b: Statement, right: str, verb: str = "says") -> str:
    return f'{a.outlet} {verb} "{left}"; {b.outlet} {verb} "{right}".'


def _event(text: str, start: int) -> str | None:
    """The event noun named shortly before an ordinal ("the war, now in its ...")."""
    window = text[max(0, start - _CONTEXT_CHARS) : start].lower()
    nouns = [_EVENT_NOUNS[w] for w in re.findall(r"[a-z]+", window) if w in _EVENT_NOUNS]
    return nouns[-1] if nouns else None


def _says_both(statement: Statement, value: int) -> bool:
    """Whether a unit also names the other side's ordinal ("second time ... third time")."""
    return any(o.value == value for o in statement.ordinals)


def _same_style(left: Ordinal, right: Ordinal) -> bool:
    """Both spelled out or both in digits ("86th Oscars" is an edition, "second Oscar" a count)."""
    return left.text[0].isdigit() == right.text[0].isdigit()


def _ordinal_clash(a: Statement, b: Statement, aligned: bool) -> Contradiction | None:
    """Different ordinals of the same unit about the same event or within one claim."""
    for left in a.ordinals:
        for right in b.ordinals:
            if left.unit != right.unit or left.value == right.value:
                continue
            if (
                _says_both(a, right.value)
                or _says_both(b, left.value)
                or not _same_style(left, right)
            ):
                continue
            event = _event(a.evidence.text, left.start)
            same_event = event is not None and event == _event(b.evidence.text, right.start)
            if aligned or (left.unit in TIME_UNITS and same_event):
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                return _contradiction(kind, a, b, _says(a, left.text, b, right.text))
    return None


def _states(statement: Statement, amount: Amount) -> bool:
    """Whether a unit also states a value inside an amount's range (a "from X to Y" sentence)."""
    return any(
        same_unit(thing(other.unit), thing(amount.unit))
        and _same_happening(other, amount)
        and overlap(other, amount)
        for other in statement.amounts
    )


def _same_happening(left: Amount, right: Amount) -> bool:
    """Whether two amounts may count one happening: "12 arrested" is not "12 people injured"."""
    events = casualty(left.unit, left.event), casualty(right.unit, right.event)
    return None in events or events[0] == events[1]


def _comparable(left: Amount, right: Amount, ratio: float = MAX_RATIO) -> bool:
    """Values within a factor of `MAX_RATIO`: outlets disagree by degrees, not by orders of
    magnitude ("$363 million" box office against a "$3 million" fee are two quantities)."""
    low, high = sorted((abs(left.value), abs(right.value)))
    return low > 0 and high / low <= ratio


def _timing(a: Statement, b: Statement, left: Amount, right: Amount) -> str:
    """Why the figures may differ without anyone being wrong, when something says so."""
    if a.published and b.published and a.published != b.published:
        return " The articles were published on different days; later reporting may explain it."
    if left.bound or right.bound:
        return " A lower bound may be a running tally; later reporting may explain it."
    return ""


def _clash(a: Statement, b: Statement, left: Amount, right: Amount, ratio: float) -> bool:
    """Whether two amounts of one thing allow no common value, and neither side says both."""
    if overlap(left, right) or left.value in right.parts or right.value in left.parts:
        return False
    return not (_states(a, right) or _states(b, left)) and _comparable(left, right, ratio)


def _counted(amount: Amount) -> bool:
    """A count of things ("three boats"), not a measure, a sum of money or a share."""
    unit = amount.unit
    return unit.isalpha() and unit not in TIME_UNITS and unit not in MEASURES and len(unit) > 2


def _same_count(a: Statement, left: Amount, b: Statement, right: Amount, aligned: bool) -> bool:
    """Whether two counts count one thing: the same happening ("killed 40", "40 people died",
    "40 dead") and the same noun group. Without a happening, only counts of one claim may
    count a kind of a thing ("warships" among "ships")."""
    event, other = happening(left.unit, left.event), happening(right.unit, right.event)
    nouns = thing(left.unit), thing(right.unit)
    if _owned_apart(left, right):
        return False
    if event != other and None in (event, other) and GENERIC not in nouns:
        # One side says nothing of what happened ("in three boats", "two boats were firing"):
        # only one claim's counts of one noun are surely one thing.
        return aligned and nouns[0] == nouns[1] and _counted(left)
    if event != other or (event is None and not _counted(left)):
        return False
    if "+" in nouns[0] + nouns[1] or not (event or aligned):
        return nouns[0] == nouns[1]
    return same_unit(*nouns) or (event is not None and _outnumbers(a, left, b, right))


def _owned_apart(left: Amount, right: Amount) -> bool:
    """Whether two counts belong to two named owners ("Lund scored 20 points", "Berg scored
    16 points"). Casualties are not owned: "Officials said 40 died" names a source."""
    named = None not in (left.owner, right.owner) and left.owner != right.owner
    return named and casualty(left.unit, left.event) is None


def _outnumbers(a: Statement, left: Amount, b: Statement, right: Amount) -> bool:
    """Whether a count of one kind of people is above a count of anyone for the same happening
    ("more than 400 protesters detained", "more than 200 people arrested"). Below it, the
    kind may be a part ("two women died" of "three people"), which is no contradiction."""
    for kind, kind_text, anyone in ((left, a.evidence.text, right), (right, b.evidence.text, left)):
        if thing(anyone.unit) == GENERIC and thing(kind.unit) != GENERIC:
            return kind.low > anyone.high and not parts_follow(kind_text, kind.end)
    return False


def _count_clash(a: Statement, b: Statement, aligned: bool) -> Contradiction | None:
    """Counts of one thing ("12 people were injured", "18 people hurt") that cannot agree."""
    for left in a.amounts:
        for right in b.amounts:
            if not _same_count(a, left, b, right, aligned):
                continue
            # Shares and sums keep the usual ratio: "rose 9.1 percent" and "rose 1.2 percent"
            # are mostly two different rates.
            ratio = EVENT_RATIO if left.unit.isalpha() else MAX_RATIO
            if _clash(a, b, left, right, ratio):
                return _figures("number", a, b, left, right)
    return None


def _amount_clash(a: Statement, b: Statement, aligned: bool) -> Contradiction | None:
    """Amounts of one unit about one head noun whose allowed ranges do not overlap.

    Unaligned but related units are compared only on compound amounts that name what they
    measure ("five-year contract" against "four-year contract").
    """
    for left in a.amounts:
        for right in b.amounts:
            if left.head != right.head or (not aligned and left.head is None):
                continue
            if not same_unit(left.unit, right.unit) or _owned_apart(left, right):
                continue
            if _clash(a, b, left, right, MAX_RATIO):
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                return _figures(kind, a, b, left, right)
    return None


def _figures(
    kind: ContradictionKind, a: Statement, b: Statement, left: Amount, right: Amount
) -> Contradiction:
    """Two figures that clash, flagged when when each outlet reported may explain them."""
    note = _timing(a, b, left, right)
    what = _says(a, left.text, b, right.text, "gives") + note
    return contradiction(kind, a.evidence, b.evidence, what, may_be_timing=bool(note))


def _negation_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One outlet affirms what another denies: the same verb and object, negated on one side."""
    for no, yes in ((a, b), (b, a)):
        if yes.negated:
            continue  # both negate something: "didn't feel we were" = "feel we weren't"
        for verb in no.negated:
            if verb not in yes.stems:
                continue
            subject = subject_before(no.stems, negated_at(no.stems, verb)) & subject_before(
                yes.stems, yes.stems.index(verb)
            )
            shared = object_after(no.stems, verb) & object_after(yes.stems, verb)
            if subject and shared:
                what = (
                    f'{yes.outlet} says "{words_from(yes.evidence.text, verb, 0)}"; '
                    f'{no.outlet} says the opposite: "{words_from(no.evidence.text, verb, 2)}".'
                )
                return _contradiction("negation", a, b, what)
    return None


def _date_clash(a: Statement, b: Statement) -> Contradiction | None:
    """Two aligned units that each name one day, resolved to different days."""
    if a.day is None or b.day is None or a.day == b.day:
        return None
    what = (
        f'{a.outlet} says "{a.dates[0].text}" ({a.day:%-d %B %Y}); '
        f'{b.outlet} says "{b.dates[0].text}" ({b.day:%-d %B %Y}).'
    )
    return _contradiction("date", a, b, what)


def _day_name_clash(a: Statement, b: Statement) -> Contradiction | None:
    """The same happening ("died") on two different weekdays or calendar days."""
    for verb, name, left in a.dated:
        for other_verb, other_name, right in b.dated:
            same = group(verb) == group(other_verb)  # "killed on Monday", "died Wednesday"
            if same and type(name) is type(other_name) and name != other_name:
                return _contradiction("date", a, b, _says(a, left.text, b, right.text))
    return None


def _bearing_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One place, opposite directions from it ("east of Veradell" against "west of Veradell")."""
    for left in a.bearings:
        for right in b.bearings:
            if opposite(left, right):
                return _contradiction("other", a, b, _says(a, left.text, b, right.text))
    return None


def _death_clash(a: Statement, b: Statement) -> Contradiction | None:
    """Two ways of dying for the same count of people ("3 were burnt to death", "Three people
    suffocated to death"): one outlet has the manner wrong, or reports early."""
    left, right = _DEATH.search(a.evidence.text), _DEATH.search(b.evidence.text)
    if left is None or right is None or not (is_verb_form(left[1]) and is_verb_form(right[1])):
        return None
    counts, other = numbers(a.evidence.text), numbers(b.evidence.text)
    if event_key(left[1]) == event_key(right[1]) or ((counts or other) and not counts & other):
        return None
    what = _says(a, left[0], b, right[0]) + " Early reports may explain the difference."
    return _contradiction("other", a, b, what)


def compare(
    a: Statement, b: Statement, *, aligned: bool, related: bool = False
) -> Contradiction | None:
    """The contradiction between two units of different articles, if their slots clash.

    ``aligned``: both are in one claim; ``related``: their alignment score is at least
    `RELATED`, enough to compare compound amounts that name what they measure.
    """
    if a.evidence.article_id == b.evidence.article_id or a.noisy or b.noisy:
        return None
    clash = _ordinal_clash(a, b, aligned)
    if clash is None and (aligned or related):
        clash = _amount_clash(a, b, aligned) or _count_clash(a, b, aligned) or _day_name_clash(a, b)
    if clash is None and (aligned or related):
        clash = _bearing_clash(a, b) or _death_clash(a, b)
    if clash is None and aligned:
        clash = _negation_clash(a, b) or _date_clash(a, b)
    return clash


def statements(units: list[Evidence], articles: Mapping[str, Article]) -> list[Statement]:
    """Every unit read into a statement, with its article's outlet and date."""
    return [Statement.of(e, articles.get(e.article_id)) for e in units]
