from consilience.crosscheck.events import event_key, is_verb_form, verb_after, verb_near


def test_regular_and_irregular_verb_forms() -> None:
    assert is_verb_form("evacuated") and is_verb_form("sank") and is_verb_form("died")
    assert not is_verb_form("said") and not is_verb_form("Rescued") and not is_verb_form("bed")


def test_forms_of_one_verb_share_a_key() -> None:
    assert event_key("stranded") == event_key("stranding")
    assert event_key("sank") == event_key("sunk") == "sink"


def test_verb_after_a_counted_noun_skips_auxiliaries_but_not_commas() -> None:
    text = "Nine hikers had been rescued; the two dogs, found later, were fine."
    assert verb_after(text, text.index(" had")) == "rescu"
    assert verb_after(text, text.index(", found")) is None


def test_verb_near_a_date() -> None:
    text = "The ferry capsized on Sunday. On March 3, the crew abandoned ship."
    assert verb_near(text, text.index("Sunday"), text.index("Sunday") + 6) == "capsiz"
    start = text.index("March")
    assert verb_near(text, start, start + 7) == "abandon"
