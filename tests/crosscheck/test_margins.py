"""A margin between two sides is one fact whatever unit a writer measures it in."""

from __future__ import annotations

from consilience.crosscheck.margins import MEASURE, margin_units, measured
from consilience.crosscheck.slots import amounts
from consilience.crosscheck.stating import pair_features, rarity
from consilience.crosscheck.words import stems

SEATS = "The Velm coalition holds a narrow two-seat majority in the assembly."
MEMBERS = "The Velm coalition holds a narrow two-member majority in the assembly."
OTHERS = [
    "The Velm assembly meets again on Tuesday.",
    "Ostra's farmers blocked the coast road with tractors.",
    "The harbour in Ostra stayed shut for a third day.",
]


def test_a_count_before_a_margin_noun_counts_the_margin() -> None:
    assert [(a.unit, a.value) for a in amounts(SEATS)] == [("majority", 2.0)]
    assert [(a.unit, a.value) for a in amounts(MEMBERS)] == [("majority", 2.0)]
    # before any other noun the count keeps its unit
    (hours,) = amounts("a two-hour meeting of the assembly")
    assert (hours.unit, hours.head) == ("hour", "meeting")


def test_the_unit_of_a_margin_reads_as_one_word() -> None:
    assert margin_units("a 12-point lead and a one-vote edge") == {"point", "vote"}
    assert margin_units("a two-seats majority") == {"seat"}
    assert margin_units("a two-hour meeting") == frozenset()
    assert measured(stems(SEATS), SEATS) == measured(stems(MEMBERS), MEMBERS)
    assert MEASURE in measured(stems(SEATS), SEATS)


def test_two_outlets_measuring_one_margin_differently_state_one_fact() -> None:
    rare = rarity([SEATS, MEMBERS, *OTHERS])
    assert pair_features(SEATS, MEMBERS, rare) == (1.0, 1.0)
