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
