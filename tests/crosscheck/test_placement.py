"""One place put in two others by different outlets (invented sentences)."""

from __future__ import annotations

from builders import article

from consilience.crosscheck.gazetteer import misplaced
from consilience.crosscheck.placement import placement_contradictions


def test_the_gazetteer_knows_where_cities_are_not() -> None:
    assert misplaced("Lyon", "Peru") and not misplaced("Lyon", "France")
    assert not misplaced("Kellsbrook Mill", "Peru")  # a place it does not know: no verdict
    assert not misplaced("Lyon", "the Rhone valley")  # not a country: no verdict


def explanations(*sentences: tuple[str, str]) -> list[str]:
    found = placement_contradictions([article(key, text) for key, text in sentences])
    return [c.explanation for c in found]


def test_a_city_put_in_a_country_it_is_not_in_clashes() -> None:
    assert explanations(
        ("A", "The freighter will dock at Lyon in Peru on Friday."),
        ("B", "The barge may head for Lyon on the Rhone after the storm."),
    ) == ['Outlet A places Lyon "in Peru"; Outlet B "on the Rhone".']


def test_two_placements_the_gazetteer_cannot_judge_agree() -> None:
    assert not explanations(
        ("A", "The freighter will dock at Lyon in France on Friday."),
        ("B", "The barge may head for Lyon on the Rhone after the storm."),
    )
    assert not explanations(
        ("A", "The crew flew to Kellsbrook in Norland on Friday."),
        ("B", "The crew flew to Kellsbrook in Sudland on Friday."),
    )


def test_a_month_is_no_place() -> None:
    assert not explanations(
        ("A", "The freighter will dock at Lyon in Peru on Friday."),
        ("B", "The barge went to Lyon in June after the storm."),
    )
