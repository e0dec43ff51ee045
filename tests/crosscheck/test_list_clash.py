"""Lists of things found or seized, counted two ways by two outlets (invented sentences)."""

from builders import ev

from consilience.crosscheck.contradictions import compare
from consilience.crosscheck.inventory import items


def test_one_item_against_an_unnumbered_plural_of_the_same_haul_clashes() -> None:
    a = ev("A", "Customs officers found four pistols, a hunting rifle, two knives and cash.")
    b = ev("B", "Officers seized four pistols, hunting rifles, knives and a laptop.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "number"
    assert '"a hunting rifle"' in clash.explanation and '"hunting rifles"' in clash.explanation


def test_one_item_against_a_count_of_several_clashes() -> None:
    a = ev("A", "Police recovered six laptops, a safe, three phones and some cash.")
    b = ev("B", "The haul included six laptops, two safes and three phones.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and '"two safes"' in clash.explanation


def test_an_unnumbered_plural_against_a_count_of_several_does_not_clash() -> None:
    a = ev("A", "Officers seized four pistols, hunting rifles, knives and a laptop.")
    b = ev("B", "Officers found four pistols, three hunting rifles, knives and a laptop.")
    assert compare(a, b, aligned=True) is None


def test_lists_sharing_no_other_item_are_not_one_haul() -> None:
    a = ev("A", "The shop sold a bicycle, two helmets and three locks.")
    b = ev("B", "Thieves took bicycles, jackets and shoes.")
    assert compare(a, b, aligned=True) is None


def test_a_noun_in_running_prose_is_no_list_item() -> None:
    a = ev("A", "Guards carrying rifles patrolled the gate, the wall and the yard.")
    assert items(a.evidence.text) == ()


def test_a_count_in_a_list_takes_the_lists_verb() -> None:
    a = ev("A", "Police recovered seven rifles, radios, three vans, tools and cash.")
    b = ev("B", "Police seized two vans, the statement said.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and '"three vans"' in clash.explanation


def test_counts_of_two_different_deeds_do_not_clash() -> None:
    a = ev("A", "Police recovered seven rifles, radios, three vans, tools and cash.")
    b = ev("B", "The gang had rented two vans, the statement said.")
    assert compare(a, b, aligned=False, related=True) is None
