from consilience.crosscheck.words import (
    covered_share,
    details,
    figure_spans,
    figures,
    names,
    stems,
    stems_of,
)


def test_plural_and_possessive_endings_agree() -> None:
    assert stems("five hours") == stems("a five-hour") == {"five", "hour"}


def test_details_are_names_numbers_and_days_not_the_first_word() -> None:
    found = details("Officials said 40 ships waited off Brena on Friday for a third day.")
    assert found == {"40", "brena", "friday", "third"}


def test_a_day_written_with_its_month_abbreviated_is_the_same_detail() -> None:
    assert details("The ferry sank Oct. 12 off Brena.") == details(
        "The ferry sank October 12 off Brena."
    )
    assert stems("sank Oct. 12") == stems("sank October 12")


def test_names_are_the_capitalised_details_not_the_counts() -> None:
    assert names("The UN and EU envoys met in Brena with 40 ships.") == {"un", "eu", "brena"}


def test_a_sentence_is_covered_by_the_words_other_outlets_use() -> None:
    seen = stems_of(["Forty ships waited off Brena.", "The port of Brena was closed."])
    assert covered_share("Ships waited off Brena.", seen) == 1.0
    assert covered_share("Ships waited off Brena on Friday.", seen, of=details) == 0.5


def test_a_sentence_with_nothing_to_check_is_covered() -> None:
    assert covered_share("It went on.", frozenset(), of=details) == 1.0


def test_a_number_opening_a_sentence_is_a_detail() -> None:
    assert details("Sixteen crew members were rescued off Brena.") == {"sixteen", "brena"}
    assert details("12 boats sank.") == {"12"}
    assert details("First, the storm hit Brena.") == {"brena"}


def test_figures_read_one_number_however_written() -> None:
    assert figures("some 20,000 people") == figures("some 20, 000 people") == {(20000.0, "people")}
    assert figures("a 110bn rescue") == figures("110 billion in loans") == {(110e9, "")}
    assert figures("on 23 March") != figures("23 sailors")
    assert figures("at 12:45 p.m.") == frozenset()


def test_figure_spans_say_where_each_number_and_its_scale_are() -> None:
    text = "a 40 billion loan for 300 farms"
    assert [(v, u, text[a:b]) for v, u, a, b in figure_spans(text)] == [
        (40e9, "", "40 billion"),
        (300.0, "farm", "300"),
    ]
