"""Contradictions between claim units, by comparing structured slots (precision first).

Two units are compared only when they are about the same thing: aligned into one claim, or
related enough and naming the same kind of thing next to the slot ("the war, now in its
fourth year"; "a five-year contract"). Each unit's slots are read once into a `Statement`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from consilience.crosscheck.bearings import opposite
from consilience.crosscheck.deaths import cause_clash, place_clash
from consilience.crosscheck.events import event_key, is_verb_form
from consilience.crosscheck.figures import amount_clash, count_clash, money_clash
from consilience.crosscheck.inventory import miscounted
from consilience.crosscheck.nationalities import fewer_nations, named
from consilience.crosscheck.negation import (
    asserted,
    negated_at,
    object_after,
    subject_before,
    words_from,
)
from consilience.crosscheck.quantities import group
from consilience.crosscheck.slots import TIME_UNITS, Ordinal, numbers
from consilience.crosscheck.statement import (
    Statement,
    clash_of,
    contradiction,
    people_apart,
    says,
    statements,
)
from consilience.model import Contradiction, ContradictionKind, Vector
from consilience.text import word_list

__all__ = ["RELATED", "Statement", "compare", "contradiction", "statements", "unit_clashes"]

# Generic nouns for one armed conflict: "the war, now in its fourth year" and "the conflict,
# which has entered its third year" talk about the same thing.
_EVENT_NOUNS = {"war": "war", "conflict": "war", "fighting": "war", "hostilities": "war"}
_CONTEXT_CHARS = 60
_DEATH = re.compile(r"\b([a-z]+)\s+to\s+death\b")  # "burnt to death", "suffocated to death"
RELATED = 0.3  # alignment score above which two units may share a compound slot
TIMELINE = 2  # days one sentence may name and still date one happening
SAME_DEED = 3  # content words two sentences share, the verb included, to date one deed


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


def _running(ordinal: Ordinal) -> bool:
    """A running count that moves from one day to the next: "sixth straight day", "third
    night"; two outlets' counts agree when reported on different days."""
    return ordinal.unit in word_list("streak_words")


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
            if _running(left) and not (a.published and a.published == b.published):
                continue  # "sixth straight day" on Thursday is "eighth day" on Saturday
            event = _event(a.evidence.text, left.start)
            same_event = event is not None and event == _event(b.evidence.text, right.start)
            if aligned or (left.unit in TIME_UNITS and same_event):
                kind: ContradictionKind = "duration" if left.unit in TIME_UNITS else "number"
                return clash_of(kind, a, b, says(a, left.text, b, right.text))
    return None


def _negation_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One outlet affirms what another denies: the same verb and object, negated on one side."""
    for no, yes in ((a, b), (b, a)):
        if yes.negated:
            continue  # both negate something: "didn't feel we were" = "feel we weren't"
        for verb in no.negated:
            if verb not in yes.stems or not asserted(yes.stems, yes.stems.index(verb)):
                continue
            subject = subject_before(
                no.stems, negated_at(no.stems, verb), no.clauses
            ) & subject_before(yes.stems, yes.stems.index(verb), yes.clauses)
            shared = object_after(no.stems, verb) & object_after(yes.stems, verb)
            if subject and shared:
                what = (
                    f'{yes.outlet} says "{words_from(yes.evidence.text, verb, 0)}"; '
                    f'{no.outlet} says the opposite: "{words_from(no.evidence.text, verb, 2)}".'
                )
                return clash_of("negation", a, b, what)
    return None


def _date_clash(a: Statement, b: Statement) -> Contradiction | None:
    """Two aligned units that each name one day, resolved to different days."""
    if a.day is None or b.day is None or a.day == b.day or people_apart(a, b):
        return None
    what = (
        f'{a.outlet} says "{a.dates[0].text}" ({a.day:%-d %B %Y}); '
        f'{b.outlet} says "{b.dates[0].text}" ({b.day:%-d %B %Y}).'
    )
    return clash_of("date", a, b, what)


def _day_name_clash(a: Statement, b: Statement) -> Contradiction | None:
    """The same happening ("died") on two different weekdays or calendar days. A sentence
    naming the other's day, or more than `TIMELINE` days, tells several happenings ("hired
    Lund on Monday and Berg on Wednesday"): which day goes with which is not read."""
    if a.days & b.days or max(len(a.days), len(b.days)) > TIMELINE or people_apart(a, b):
        return None
    for verb, name, left in a.dated:
        for other_verb, other_name, right in b.dated:
            same = group(verb) == group(other_verb)  # "killed on Monday", "died Wednesday"
            if same and type(name) is type(other_name) and name != other_name:
                return clash_of("date", a, b, says(a, left.text, b, right.text))
    return None


def _year_clash(a: Statement, b: Statement) -> Contradiction | None:
    """The same happening in two different years ("resigned in 2004", "resigned in 2005"),
    neither sentence naming the other's year ("elected in 2001 and re-elected in 2005"), and
    told with more than `SAME_DEED` shared words: "was charged" alone may be two charges."""
    if people_apart(a, b):
        return None
    for verb, year, left in a.years:
        for other_verb, other_year, right in b.years:
            if group(verb) != group(other_verb) or year == other_year:
                continue
            if other_year in {y for _, y, _ in a.years} or year in {y for _, y, _ in b.years}:
                continue
            if len(set(a.stems) & set(b.stems) - word_list("stop_words")) > SAME_DEED:
                return clash_of("date", a, b, says(a, left, b, right))
    return None


def _bearing_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One place, opposite directions from it ("east of Veradell" against "west of Veradell")."""
    for left in a.bearings:
        for right in b.bearings:
            if opposite(left, right):
                return clash_of("other", a, b, says(a, left.text, b, right.text))
    return None


def _death_clash(a: Statement, b: Statement) -> Contradiction | None:
    """Two ways of dying for the same count of people ("3 were burnt to death", "Three people
    suffocated to death"): one outlet has the manner wrong, or reports early."""
    left, right = _dying(a.evidence.text), _dying(b.evidence.text)
    if left is None or right is None or not (is_verb_form(left[1]) and is_verb_form(right[1])):
        return None
    counts, other = numbers(a.evidence.text), numbers(b.evidence.text)
    if event_key(left[1]) == event_key(right[1]) or ((counts or other) and not counts & other):
        return None
    what = says(a, left[0], b, right[0]) + " Early reports may explain the difference."
    return clash_of("other", a, b, what)


@lru_cache(maxsize=4096)
def _dying(text: str) -> re.Match[str] | None:
    """The "<verb> to death" of a sentence, read once for all the pairs it is in."""
    return _DEATH.search(text)


def _cause_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One death given two causes, neither a kind of the other ("died of pneumonia", "died
    after suffering from a stroke"): first reports are often corrected, so timing may explain.
    Both sentences name someone alike, so that two people's deaths are not compared."""
    if not (cause_clash(a.death, b.death) and a.names & b.names):
        return None
    what = (
        f'{a.outlet} gives the cause of death as "{a.death.cause_text}"; '
        f'{b.outlet} as "{b.death.cause_text}". Later reporting may explain the difference.'
    )
    return contradiction("other", a.evidence, b.evidence, what, may_be_timing=True)


def _place_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One death in two kinds of place ("at a hospice", "at his home"), of someone both
    sentences name."""
    if not (place_clash(a.death, b.death) and a.names & b.names):
        return None
    # The place's own words, not "at his"/"at a": outlets agreeing on one place are listed once.
    what = (
        f'{a.outlet} gives the place of death as "{a.death.place_text}"; '
        f'{b.outlet} as "{b.death.place_text}".'
    )
    return clash_of("other", a, b, what)


def _nation_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One counted group given fewer nations by one outlet ("15 Tunisian fishermen" against "9
    Tunisian and 6 Libyan fishermen")."""
    for left in a.origins:
        for right in b.origins:
            if fewer_nations(left, right):
                # Only the nations in quotes: outlets agreeing on them are listed once.
                what = (
                    f'{a.outlet} says {left.total} are from "{named(left.nations)}" '
                    f"({left.text}); {b.outlet} says from "
                    f'"{named(right.nations)}" ({right.text}).'
                )
                return clash_of("other", a, b, what)
    return None


def _list_clash(a: Statement, b: Statement) -> Contradiction | None:
    """One listed item given as one by one outlet and as several by another ("a grenade
    launcher" against "RPG launchers" in the same haul)."""
    pair = miscounted(a.listed, b.listed)
    if pair is None:
        return None
    left, right = pair
    what = says(a, left.text, b, right.text, "lists") + " One says one, the other several."
    return clash_of("number", a, b, what)


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
        clash = amount_clash(a, b, aligned) or count_clash(a, b, aligned) or money_clash(a, b)
        clash = clash or _day_name_clash(a, b) or _year_clash(a, b)
    if clash is None and (aligned or related):
        clash = _bearing_clash(a, b) or _death_clash(a, b) or _cause_clash(a, b)
        clash = clash or _place_clash(a, b) or _nation_clash(a, b)
    if clash is None and aligned:
        clash = _negation_clash(a, b) or _date_clash(a, b) or _list_clash(a, b)
    if clash is None and not (aligned or related):
        clash = count_clash(a, b, aligned, tallies=True)
    return clash


def unit_clashes(
    read: Sequence[Statement], article: Vector, group: Vector, scores: Vector
) -> list[tuple[Contradiction, int, int]]:
    """``compare``'s clashes between units of different articles (``article``: each unit's
    article as a number), with the groups of both sides (``group``: each unit's claim).

    Only pairs ``compare`` may find a clash in are visited: aligned (one group), related
    (``scores``), or else both giving ordinals or both giving amounts, all it reads of an
    unrelated pair. One long article must not cost a comparison for every pair of its own
    sentences, nor a large story one for every pair of unrelated sentences.
    """
    visit = scores >= RELATED
    visit |= group[:, None] == group[None, :]
    for slots in ([bool(r.ordinals) for r in read], [bool(r.amounts) for r in read]):
        given = np.array(slots)
        visit |= given[:, None] & given[None, :]
    visit &= article[:, None] != article[None, :]
    rows, cols = np.nonzero(np.triu(visit, k=1))
    found: list[tuple[Contradiction, int, int]] = []
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        aligned = bool(group[i] == group[j])
        clash = compare(read[i], read[j], aligned=aligned, related=scores[i, j] >= RELATED)
        if clash is not None:
            found.append((clash, int(group[i]), int(group[j])))
    return found
