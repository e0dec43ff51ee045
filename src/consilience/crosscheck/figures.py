"""Figures that clash: counts of one thing, amounts of one unit, sums of money (slots first).

"12 people were injured" and "18 people hurt" count one thing; "a five-year contract" and a
"four-year contract" measure one; "$3 million" and "300 million euros" of damage are one sum.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consilience.crosscheck.dates import set_apart
from consilience.crosscheck.gazetteer import country_code
from consilience.crosscheck.money import far_apart
from consilience.crosscheck.names import countries_in, nations_in
from consilience.crosscheck.quantities import (
    GENERIC,
    ages,
    casualty,
    happening,
    is_tally,
    parts_follow,
    thing,
)
from consilience.crosscheck.slots import (
    MEASURES,
    TIME_UNITS,
    Amount,
    numbers,
    overlap,
    same_unit,
)
from consilience.crosscheck.statement import Statement, contradiction, people_apart, says
from consilience.model import Contradiction, ContradictionKind
from consilience.text.lexicon import phrase_alternation

MAX_RATIO = 3.0  # largest ratio of two stated values that can be one quantity told twice
# With the same verb beside both ("people took to the streets") the counts are surely of one
# thing, so estimates further apart (20,000 against 100,000 marchers) still clash.
EVENT_RATIO = 10.0
TALLY = 10  # the smallest lower bound ("more than 10 arrested") read as a story's running total


def _states(statement: Statement, amount: Amount) -> bool:
    """Whether a unit also states a value inside an amount's range (a "from X to Y" sentence)."""
    return any(
        same_unit(thing(other.unit), thing(amount.unit))
        and same_happening(other, amount)
        and overlap(other, amount)
        for other in statement.amounts
    )


def same_happening(left: Amount, right: Amount) -> bool:
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
    if left.partial or right.partial or not _comparable(left, right, ratio):
        return False  # "two other clubs", "30 to 40 people"
    if _states(a, right) or _states(b, left):
        return False
    if _summed(a.evidence.text) != _summed(b.evidence.text):
        return False
    if right.value in _bare(a) or left.value in _bare(b) or _elsewhere(a, b):
        return False
    return not _aged_apart(a, b)


def _aged_apart(a: Statement, b: Statement) -> bool:
    """Whether two units give who they tell of different ages ("a 32-year-old climber fell
    600 metres", "the 36-year-old fell 200 metres"): two people, each with a figure."""
    here, there = ages(a.evidence.text), ages(b.evidence.text)
    return bool(here and there) and here.isdisjoint(there)


def _bare(statement: Statement) -> frozenset[float]:
    """The numbers a unit writes without a unit of their own ("Lund scored 21 points and
    Berg 17", "40 of 90 shots"): a figure of the other outlet among them is told here
    too, of something else, so the two are not one thing counted twice."""
    given = {amount.value for amount in statement.amounts}
    return frozenset(n for n in numbers(statement.evidence.text) if n not in given)


@lru_cache(maxsize=4096)
def _summed(text: str) -> bool:
    """Whether a unit gives its counts as totals over several happenings ("a total of 40
    rifles in three raids", "so far", ``data/total_words``): one raid's count is no
    second figure for them."""
    words = phrase_alternation("total_words")
    return re.search(rf"\b(?:{words})\b", text, re.IGNORECASE) is not None


def _elsewhere(a: Statement, b: Statement) -> bool:
    """Whether two units place what they count in different countries ("a flood in Peru",
    "a flood in northern Chile"), or one in a country the other's article never names ("a
    quake in eastern China" against an article about Iran): two happenings of one kind,
    not one counted twice."""
    here, there = countries_in(a.names), countries_in(b.names)
    if here and there:
        return here.isdisjoint(there)
    return _abroad(here, b.region) or _abroad(there, a.region)


def _abroad(countries: frozenset[str], region: frozenset[str]) -> bool:
    """Whether a unit's countries are all outside the countries another article names."""
    return bool(countries and region) and nations_in(countries).isdisjoint(region)


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
    if _owned_apart(a, left, b, right) or _players_apart(a, b, nouns[0], aligned):
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


def _players_apart(a: Statement, b: Statement, noun: str, aligned: bool) -> bool:
    """Whether a tally of play ("14 points", "nine points") may be two players': every player
    has one, so only one claim's tallies in sentences naming someone alike are compared."""
    return is_tally(noun) and not (aligned and a.names & b.names)


def _owned_apart(a: Statement, left: Amount, b: Statement, right: Amount) -> bool:
    """Whether two counts belong to two named owners ("Lund scored 20 points", "Berg scored
    16 points"), or are told of two people ("Bowe fought Lund three times", "two fights are
    open to Berg"), or of two countries ("82 percent in India", "59% with Singapore").
    Casualties are not owned: "Officials said 40 died" names a source."""
    named = None not in (left.owner, right.owner) and left.owner != right.owner
    here, there = _country_after(a.evidence.text, left), _country_after(b.evidence.text, right)
    if None not in (here, there) and here != there:
        return True
    return (named or people_apart(a, b)) and casualty(left.unit, left.event) is None


# A few words, a preposition and a name right after a figure: "82 percent in India",
# "59% of communications with Singapore".
_NAMED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:in|with|for|from)\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
_AFTER_CHARS = 60  # the text after a figure that may name the country it is given for


def _country_after(text: str, amount: Amount) -> str | None:
    """The country a figure is given for, named right after it, as its code."""
    found = _NAMED_AFTER.match(text, amount.end, amount.end + _AFTER_CHARS)
    return country_code(found["name"]) if found else None


def _outnumbers(a: Statement, left: Amount, b: Statement, right: Amount) -> bool:
    """Whether a count of one kind of people is above a count of anyone for the same happening
    ("more than 400 protesters detained", "more than 200 people arrested"). Below it, the
    kind may be a part ("two women died" of "three people"), which is no contradiction."""
    for kind, kind_text, anyone in ((left, a.evidence.text, right), (right, b.evidence.text, left)):
        if thing(anyone.unit) == GENERIC and thing(kind.unit) != GENERIC:
            return kind.low > anyone.high and not parts_follow(kind_text, kind.end)
    return False


def _tallies(left: Amount, right: Amount) -> bool:
    """Whether two counts are the story's running tallies of one listed happening: both
    lower bounds of at least `TALLY` ("more than 150 arrested", "more than 300 detained")."""
    event = casualty(left.unit, left.event)
    if event is None or event != casualty(right.unit, right.event):
        return False
    return left.bound and right.bound and min(left.value, right.value) >= TALLY


def count_clash(
    a: Statement, b: Statement, aligned: bool, tallies: bool = False
) -> Contradiction | None:
    """Counts of one thing ("12 people were injured", "18 people hurt") that cannot agree;
    with ``tallies``, only the story's running tallies of one happening. Counts of two claims
    are not compared when one is dated to another time ("in May floods cut off three farms"):
    it is likely of an earlier happening."""
    for left in a.amounts:
        for right in b.amounts:
            if tallies and not _tallies(left, right):
                continue
            if not _same_count(a, left, b, right, aligned):
                continue
            # Shares and sums keep the usual ratio: "rose 9.1 percent" and "rose 1.2 percent"
            # are mostly two different rates.
            ratio = EVENT_RATIO if left.unit.isalpha() else MAX_RATIO
            if _clash(a, b, left, right, ratio):
                # Read last: most pairs never clash, and the time words cost a search each.
                if not aligned and (set_apart(a.evidence.text) or set_apart(b.evidence.text)):
                    return None
                return _figures("number", a, b, left, right)
    return None


def amount_clash(a: Statement, b: Statement, aligned: bool) -> Contradiction | None:
    """Amounts of one unit about one head noun whose allowed ranges do not overlap.

    Unaligned but related units are compared only on compound amounts that name what they
    measure ("five-year contract" against "four-year contract").
    """
    for left in a.amounts:
        for right in b.amounts:
            if left.head != right.head or (not aligned and left.head is None):
                continue
            if not same_unit(left.unit, right.unit) or _owned_apart(a, left, b, right):
                continue
            if _players_apart(a, b, thing(left.unit), aligned):
                continue
            if _clash(a, b, left, right, MAX_RATIO):
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                return _figures(kind, a, b, left, right)
    return None


def money_clash(a: Statement, b: Statement) -> Contradiction | None:
    """Sums for one thing that no exchange rate makes one ("$3 million" of damage against
    "300 million euros" of damage); sums without what they pay for are never compared."""
    for left in a.amounts:
        for right in b.amounts:
            if why := far_apart(a.evidence.text, left, b.evidence.text, right):
                return _figures("number", a, b, left, right, f" {why}")
    return None


def _figures(
    kind: ContradictionKind,
    a: Statement,
    b: Statement,
    left: Amount,
    right: Amount,
    why: str = "",
) -> Contradiction:
    """Two figures that clash, flagged when when each outlet reported may explain them."""
    note = _timing(a, b, left, right)
    what = says(a, left.text, b, right.text, "gives") + why + note
    return contradiction(kind, a.evidence, b.evidence, what, may_be_timing=bool(note))
