import re

from consilience.text.dates import MONTH_NAME, MONTHS, WEEKDAYS, month_number


def test_months_and_weekdays_are_in_calendar_order() -> None:
    assert MONTHS[0] == "january" and MONTHS[11] == "december" and len(MONTHS) == 12
    assert WEEKDAYS[0] == "monday" and len(WEEKDAYS) == 7


def test_month_names_match_in_full_or_abbreviated() -> None:
    pattern = re.compile(rf"\b({MONTH_NAME})\b", re.IGNORECASE)
    found = [m[1] for m in pattern.finditer("Talks on 3 Sept., then Dec 4 and March 9.")]
    assert found == ["Sept", "Dec", "March"]
    assert [month_number(name) for name in found] == [9, 12, 3]
