from consilience.crosscheck.slots import amounts, ordinals


def test_approximate_amount_is_a_range() -> None:
    (amount,) = amounts("his nearly five-hour meeting with Putin")
    assert (amount.unit, amount.low, amount.high, amount.head) == ("hour", 4.0, 5.0, "meeting")


def test_more_than_is_open_ended() -> None:
    (amount,) = amounts("ending the more than three-year conflict")
    assert amount.low == 3.0 and amount.high == float("inf")


def test_currency_scale_and_percent() -> None:
    found = amounts("a $1.5 billion aid package; over 80% of respondents")
    assert [(a.unit, a.low) for a in found] == [("$", 1.5e9), ("%", 80.0)]


def test_years_and_bare_numbers_are_not_amounts() -> None:
    assert amounts("In February 2022 forces invaded, 3 said") == []


def test_ordinals() -> None:
    found = ordinals("the war, now in its fourth year, and the 3rd meeting")
    assert [(o.value, o.unit) for o in found] == [(4, "year"), (3, "meeting")]


def test_spaced_thousands_and_per_cent() -> None:
    found = amounts("as many as 30, 000 people marched; shares fell 2. 7 per cent")
    assert [(a.unit, a.low, a.high) for a in found] == [("people", 0.0, 30000.0), ("%", 2.7, 2.7)]


def test_a_lower_bound_on_a_count_is_a_running_tally() -> None:
    (amount,) = amounts("at least 40 people were hurt")
    assert (amount.low, amount.high, amount.bound, amount.event) == (40.0, 48.0, True, "hurt")


def test_within_is_an_upper_bound() -> None:
    (amount,) = amounts("a village within 30 miles of the border")
    assert (amount.low, amount.high) == (0.0, 30.0)


def test_a_converted_sum_is_not_the_outlets_figure() -> None:
    assert [a.text for a in amounts("a 90 billion euro (about $99 billion) fund")] == [
        "90 billion euro"
    ]


def test_two_coordinated_nouns_are_one_count() -> None:
    assert [a.unit for a in amounts("some 300 guests and staff")] == ["guest+staff"]
    assert [a.unit for a in amounts("180 guests and most of the staff")] == ["guest"]


def test_the_counted_noun_may_follow_modifiers() -> None:
    found = amounts("Rebels hold at least 14 foreign trawlers and nearly 200 crewmen.")
    assert [(a.unit, a.value) for a in found] == [("trawler", 14.0), ("crewmen", 200.0)]


def test_a_number_inside_a_name_is_not_a_count() -> None:
    assert [a.text for a in amounts("They seized four M-16 carbines.")] == ["four M-16 carbines"]


def test_other_adds_the_item_before_it() -> None:
    (rifles,) = amounts("Police found six M-16s, two other hunting rifles and ammunition.")
    assert (rifles.unit, rifles.value, rifles.parts) == ("rifle", 8.0, (6.0, 2.0))


def test_a_verb_after_a_word_is_not_what_is_counted() -> None:
    assert [a.unit for a in amounts("one old man died in the blaze")] == ["man"]


def test_a_bare_number_after_a_toll_or_a_killing_counts_people() -> None:
    (toll,) = amounts("By dusk the death toll had risen to 43, officials said.")
    assert (toll.unit, toll.value, toll.bound) == ("people", 43.0, True)
    killed, wounded = amounts("The blast killed 12 and wounded 30 in the market.")
    assert (killed.value, killed.unit, wounded.value) == (12.0, "people", 30.0)
    assert amounts("The painter died at 95 in his studio.") == []


def test_a_run_of_nouns_counts_its_last_or_its_listed_noun() -> None:
    found = amounts("Three mortar shells hit; the rebels freed 40 crew members.")
    assert [(a.text, a.unit) for a in found] == [
        ("Three mortar shells", "shell"),
        ("40 crew members", "crew"),
    ]


def test_tens_and_ones_words_make_one_number() -> None:
    found = amounts("After thirty four years and a forty-two-day trial")
    assert [(a.unit, a.value) for a in found] == [("year", 34.0), ("day", 42.0)]


def test_more_than_a_hundred_is_a_lower_bound() -> None:
    (amount,) = amounts("more than a hundred neighbours gathered at the pier")
    assert (amount.value, amount.bound) == (100.0, True)


def test_a_number_plus_is_a_lower_bound_on_what_follows() -> None:
    (amount,) = amounts("He coached the club for three-plus seasons before retiring.")
    assert (amount.unit, amount.value, amount.bound, amount.head) == ("season", 3.0, True, None)
