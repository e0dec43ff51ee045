"""One counted group given different nations (invented sentences)."""

from builders import ev

from consilience.crosscheck.contradictions import compare
from consilience.crosscheck.nationalities import origins


def test_a_group_given_fewer_nations_clashes() -> None:
    a = ev("A", "Coastguards rescued 15 Tunisian fishermen off the island.")
    b = ev("B", "Coastguards rescued 9 Tunisian and 6 Libyan fishermen off the island.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "other"
    assert '"Tunisia"' in clash.explanation and '"Libya and Tunisia"' in clash.explanation


def test_one_count_split_by_nation_adds_up() -> None:
    (group,) = origins("Police held 9 Tunisian and 6 Libyan fishermen.")
    assert group.total == 15 and group.nations == {"tunisia", "libya"}
    assert group.text == "9 Tunisian and 6 Libyan fishermen"


def test_different_totals_or_nations_without_overlap_do_not_clash() -> None:
    a = ev("A", "Coastguards rescued 15 Tunisian fishermen off the island.")
    assert (
        compare(a, ev("B", "Coastguards rescued 12 Tunisian and 6 Libyan men."), aligned=True)
        is None
    )
    assert compare(a, ev("B", "Coastguards rescued 15 Libyan fishermen."), aligned=True) is None


def test_a_count_after_the_nations_is_not_a_part() -> None:
    (group,) = origins("They freed 15 Tunisian and 4 crew members.")
    assert group.total == 15 and group.nations == {"tunisia"}


def test_a_year_before_a_nation_is_no_count() -> None:
    assert origins("The 1998 Tunisian and Libyan talks failed.") == []
