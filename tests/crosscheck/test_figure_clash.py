"""Figures across outlets: sums for one thing, running tallies (invented sentences)."""

from builders import ev

from consilience.crosscheck.contradictions import compare


def test_sums_no_exchange_rate_reconciles_clash() -> None:
    a = ev("A", "Flood damage is an estimated $3 million.")
    b = ev("B", "The floods caused 300 million euros ($330 million) of damage in the valley.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "number"
    assert '"an estimated $3 million"' in clash.explanation
    assert "dollar-euro exchange rate" in clash.explanation


def test_the_same_sum_in_two_currencies_does_not_clash() -> None:
    a = ev("A", "The freighter was carrying $90 million of copper ore.")
    b = ev("B", "The freighter was carrying 70 million euros worth of copper ore.")
    assert compare(a, b, aligned=True) is None


def test_sums_for_different_things_do_not_clash() -> None:
    a = ev("A", "Flood damage is an estimated $3 million.")
    b = ev("B", "The region received 300 million euros in aid after the floods.")
    assert compare(a, b, aligned=True) is None


def test_a_sum_of_an_earlier_happening_does_not_clash() -> None:
    a = ev("A", "Burglars took £20,000 of jewellery from the shop.")
    b = ev("B", "Last month burglars took £800,000 of jewellery from a nearby shop.")
    assert compare(a, b, aligned=False, related=True) is None


def test_another_dollar_is_not_compared() -> None:
    a = ev("A", "The fire caused HK$400 million of damage to the tower.")
    b = ev("B", "The fire caused $5 million of damage to the tower.")
    assert compare(a, b, aligned=False, related=True) is None


def test_running_tallies_of_one_happening_clash_across_a_story() -> None:
    a = ev("A", "Shops were looted overnight and more than 150 people arrested.")
    b = ev("B", "An officer was suspended while more than 300 marchers have been detained.")
    clash = compare(a, b, aligned=False, related=False)
    assert clash is not None and clash.may_be_timing
    assert '"more than 150 people"' in clash.explanation


def test_small_or_exact_counts_are_not_compared_across_a_story() -> None:
    a = ev("A", "Police said they made 40 arrests during the march.")
    b = ev("B", "An officer was suspended while more than 300 marchers have been detained.")
    assert compare(a, b, aligned=False, related=False) is None


def test_players_tallies_in_two_claims_are_not_compared() -> None:
    a = ev("A", "Tomas Varga (14 points) led the visitors after the break.")
    b = ev("B", "Orlen added nine points off the bench for the hosts.")
    assert compare(a, b, aligned=False, related=True) is None


def test_counts_of_other_things_in_two_claims_still_clash() -> None:
    a = ev("A", "The smugglers, in two vans, were trying to cross the ridge at dawn.")
    b = ev("B", "The smugglers, in three vans, tried to cross the ridge before the rangers came.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and '"two vans"' in clash.explanation


def test_a_count_of_an_earlier_happening_is_not_compared() -> None:
    a = ev("A", "In early June, a storm tore the roofs off three barns near Harwick.")
    b = ev("B", "A storm tore the roofs off two barns near Harwick.")
    assert compare(a, b, aligned=False, related=True) is None
    assert compare(a, b, aligned=True) is not None  # one claim: the same storm


def test_tallies_with_an_es_plural_are_tallies_too() -> None:
    a = ev("A", "Varga made nine carries and 13 passes in the first half.")
    b = ev("B", "Orlen made 22 carries and six passes over the whole game.")
    assert compare(a, b, aligned=False, related=True) is None


def test_tallies_of_one_claim_need_someone_named_alike() -> None:
    a = ev("A", "Varga scored 20 points as the visitors won the derby.")
    b = ev("B", "Orlen finished with 16 points for the visitors.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Varga finished with 16 points for the visitors.")
    clash = compare(a, c, aligned=True)
    assert clash is not None and '"20 points"' in clash.explanation
