from datetime import date

from consilience.crosscheck.dates import date_mentions, parse_published, resolve

THURSDAY = date(2026, 8, 13)


def day(sentence: str, published: date | None = THURSDAY) -> date | None:
    (mention,) = date_mentions(sentence)
    return resolve(mention, sentence, published)


def test_weekdays_count_back_from_publication() -> None:
    assert day("The town was evacuated on Tuesday.") == date(2026, 8, 11)
    assert day("The town was evacuated on Thursday.") == THURSDAY


def test_weekdays_look_ahead_when_the_verb_does() -> None:
    assert day("Talks are due to resume on Monday.") == date(2026, 8, 17)


def test_day_and_month_in_either_order() -> None:
    assert day("Residents were told to leave on August 11.") == date(2026, 8, 11)
    assert day("Residents were told to leave on 11 August.") == date(2026, 8, 11)


def test_relative_days_need_a_publication_date() -> None:
    assert day("The town was evacuated on Tuesday.", published=None) is None
    assert day("The treaty was signed on 3 March 2025.", published=None) == date(2025, 3, 3)


def test_the_verb_may_is_not_a_month() -> None:
    assert date_mentions("Officials may 5 times extend the order.") == []


def test_publication_timestamps() -> None:
    assert parse_published("2026-08-13T10:20:00+00:00") == THURSDAY
    assert parse_published("2026-08-13T10:20:00Z") == THURSDAY
    assert parse_published("next week") is None
    assert parse_published(None) is None


def test_day_names_ignore_the_year() -> None:
    from consilience.crosscheck.dates import day_name

    assert day_name("Friday") == "friday"
    assert day_name("March 3") == day_name("3 March 2025") == (3, 3)
    assert day_name("yesterday") is None
