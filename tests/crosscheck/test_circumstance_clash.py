"""Circumstances of one happening told two ways: cause, place, year (invented sentences)."""

from builders import ev

from consilience.crosscheck.contradictions import compare
from consilience.crosscheck.dates import set_apart


def test_two_unrelated_causes_of_death_clash_and_may_be_timing() -> None:
    a = ev("A", "Retired judge Arden Vale died on Sunday of pneumonia, his daughter said.")
    b = ev("B", "Judge Vale died on Sunday after suffering from a stroke, aides said.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "other" and clash.may_be_timing
    assert '"pneumonia"' in clash.explanation and '"a stroke"' not in clash.explanation
    assert '"stroke"' in clash.explanation


def test_a_cause_and_a_kind_of_it_do_not_clash() -> None:
    a = ev("A", "The painter died of cancer at the age of 70.")
    b = ev("B", "The painter died of leukemia at the age of 70.")
    assert compare(a, b, aligned=True) is None


def test_a_cause_the_other_sentence_also_names_does_not_clash() -> None:
    a = ev("A", "The poet died of pneumonia after a long battle with cancer.")
    b = ev("B", "The poet died of cancer, his publisher said.")
    assert compare(a, b, aligned=True) is None


def test_an_illness_of_an_earlier_time_is_not_the_cause() -> None:
    a = ev("A", "The actor died after suffering a heart attack earlier this month.")
    b = ev("B", "The actor died of pneumonia in a city hospital.")
    assert compare(a, b, aligned=True) is None


def test_a_general_word_is_no_cause() -> None:
    a = ev("A", "The former mayor died after a long illness.")
    b = ev("B", "The former mayor died of a heart attack.")
    assert compare(a, b, aligned=True) is None


def test_a_home_and_a_hospital_as_place_of_death_clash() -> None:
    a = ev("A", "Composer Ilse Marrow died at a hospital near her farm in the valley.")
    b = ev("B", "Marrow died at her home in the valley.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and not clash.may_be_timing
    assert '"hospital"' in clash.explanation and '"home"' in clash.explanation


def test_two_people_dying_in_two_places_do_not_clash() -> None:
    a = ev("A", "Composer Ilse Marrow died at a hospital near her farm.")
    b = ev("B", "Her teacher, Otto Brandt, died at his home in the valley.")
    assert compare(a, b, aligned=True) is None


def test_places_both_sentences_name_do_not_clash() -> None:
    a = ev("A", "The boxer died in hospital after being attacked at his home.")
    b = ev("B", "The boxer died at his home.")
    assert compare(a, b, aligned=True) is None


def test_a_town_is_not_a_place_of_care() -> None:
    a = ev("A", "The composer died in Northfield after a short illness.")
    b = ev("B", "The composer died at his home.")
    assert compare(a, b, aligned=True) is None


def test_other_times_are_told_apart() -> None:
    assert set_apart("Last month burglars took the vase.") and set_apart("It opened in 2005.")
    assert set_apart("In May, the shop was robbed.") and not set_apart("They may in time agree.")


def test_one_deed_in_two_years_clashes() -> None:
    a = ev("A", "In 1987, the mayor was indicted for bribing the harbour commission.")
    b = ev("B", "The mayor was indicted in 1988 for bribing the entire harbour commission.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "date"
    assert '"In 1987"' in clash.explanation and '"in 1988"' in clash.explanation


def test_two_deeds_of_one_verb_in_two_years_do_not_clash() -> None:
    a = ev("A", "In 1987, the mayor was indicted for bribing the harbour commission.")
    b = ev("B", "He was indicted in 1995 with four others on tax charges.")
    assert compare(a, b, aligned=True) is None


def test_a_sentence_naming_both_years_does_not_clash() -> None:
    a = ev("A", "The singer toured Japan in 1990 and toured Japan again in 1994.")
    b = ev("B", "The singer toured Japan in 1994 with a new band.")
    assert compare(a, b, aligned=True) is None


def test_running_day_counts_of_unknown_days_do_not_clash() -> None:
    a = ev("A", "Farmers blocked the motorway for a fifth straight day on Tuesday.")
    b = ev("B", "Farmers blocked the motorway for a seventh straight day.")
    assert compare(a, b, aligned=True) is None


def test_running_day_counts_of_one_publication_day_clash() -> None:
    text_a = "Farmers blocked the motorway for a fifth straight day."
    text_b = "Farmers blocked the motorway for a seventh straight day."
    a, b = (ev(k, t, published="2024-03-05") for k, t in (("A", text_a), ("B", text_b)))
    assert compare(a, b, aligned=True) is not None


def test_a_class_of_causes_is_no_cause() -> None:
    a = ev("A", "The climber died of his injuries on the way down.")
    b = ev("B", "The climber died of a heart attack on the way down.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "The climber died of an infection in the valley.")
    assert compare(c, ev("D", "The climber died of pneumonia in the valley."), aligned=True) is None
