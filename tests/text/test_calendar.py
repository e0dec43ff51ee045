import re

from consilience.text.dates import (
    MONTH_NAME,
    MONTHS,
    WEEKDAYS,
    month_number,
    period_mentions,
    spelled_months,
)


def test_months_and_weekdays_are_in_calendar_order() -> None:
    assert MONTHS[0] == "january" and MONTHS[11] == "december" and len(MONTHS) == 12
    assert WEEKDAYS[0] == "monday" and len(WEEKDAYS) == 7


def test_month_names_match_in_full_or_abbreviated() -> None:
    pattern = re.compile(rf"\b({MONTH_NAME})\b", re.IGNORECASE)
    found = [m[1] for m in pattern.finditer("Talks on 3 Sept., then Dec 4 and March 9.")]
    assert found == ["Sept", "Dec", "March"]
    assert [month_number(name) for name in found] == [9, 12, 3]


def test_a_month_beside_a_day_is_spelled_out_in_the_case_written() -> None:
    assert spelled_months("Talks on Dec. 6, then 4 sept and in March.") == (
        "Talks on December. 6, then 4 september and in March."
    )
    # no day beside it: a name, not a month
    assert spelled_months("Jan Brodsky spoke on Friday.") == "Jan Brodsky spoke on Friday."


def _days(text: str) -> list[tuple[str, tuple[int, int], tuple[int, int], int | None]]:
    return [(p.text, p.first, p.last, p.year) for p in period_mentions(text)]


def test_parts_of_months_and_years_are_stretches_of_days() -> None:
    assert _days("The ferry left early March and came back mid-April.") == [
        ("early March", (3, 1), (3, 10), None),
        ("mid-April", (4, 11), (4, 20), None),
    ]
    assert _days("It reopened at the end of June.") == [("the end of June", (6, 21), (6, 31), None)]
    assert _days("The bridge shut in October-end.") == [("October-end", (10, 21), (10, 31), None)]
    assert _days("It was sold in mid-2011.") == [("mid-2011", (5, 1), (8, 31), 2011)]


def test_days_whole_months_and_years_are_periods_too() -> None:
    assert _days("Voting closed on June 3, 2019 in Kells.") == [
        ("June 3, 2019", (6, 3), (6, 3), 2019)
    ]
    assert _days("The mill was sold in May 2011.") == [("in May 2011", (5, 1), (5, 31), 2011)]
    assert _days("The mill was sold in 2011.") == [("in 2011", (1, 1), (12, 31), 2011)]
    assert _days("They may in time agree to march.") == []  # verbs, not months


def test_periods_apart_share_no_day() -> None:
    late_june, early_july, july = (
        period_mentions(t)[0] for t in ("late June", "early July", "in July")
    )
    assert late_june.apart(early_july) and not early_july.apart(july)
    in_2010, in_2011 = (period_mentions(t)[0] for t in ("in 2010", "in 2011"))
    assert in_2010.apart(in_2011) and not in_2010.apart(july)
