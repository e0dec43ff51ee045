from consilience.crosscheck.titles import is_titled, title_after, title_before


def before(text: str, name: str) -> tuple[str, frozenset[str], str] | None:
    return title_before(text, text.index(name))


def test_title_before_a_name_keeps_rank_and_capitalised_words() -> None:
    assert before("it is open, said Deputy Mayor Helena Varga.", "Helena") == (
        "mayor",
        frozenset({"deputy"}),
        "Deputy Mayor",
    )
    assert before("said regional governor Piet Olander", "Piet") == (
        "governor",
        frozenset(),
        "governor",
    )


def test_words_that_are_not_offices_give_no_title() -> None:
    assert before("a statement from Helena Varga", "Helena") is None
    assert before("in the Orne Valley. Helena Varga said", "Helena") is None


def test_an_office_after_a_mark_or_figure_is_still_read() -> None:
    assert before("the ceremony (Mayor Ilse Brandt spoke)", "Ilse") == (
        "mayor",
        frozenset(),
        "Mayor",
    )
    assert before("talks with the 2nd mayor Ilse Brandt", "Ilse") == ("mayor", frozenset(), "mayor")
    assert before("a word with the mayor\nIlse Brandt", "Ilse") == ("mayor", frozenset(), "mayor")
    assert before("talks with the mayor.Ilse Brandt", "Ilse") is None


def test_title_in_an_apposition() -> None:
    text = "Varga, the town's mayor, addressed residents."
    assert title_after(text, len("Varga")) == ("mayor", frozenset(), "town's mayor")


def test_a_titled_name_is_a_person() -> None:
    text = "Finance Minister Dmytro Koval spoke; Koval Street was closed."
    assert is_titled(text, text.index("Dmytro"), text.index(";"))
    assert not is_titled(text, text.index("Koval Street"), text.index(" was"))


def test_lower_case_title_words_keep_the_rank() -> None:
    assert before("replaced by assistant general manager Tony Smith", "Tony") == (
        "manager",
        frozenset({"assistant"}),
        "assistant general manager",
    )


def test_an_office_in_an_apposition_before_another_name_is_that_names() -> None:
    text = "Okafor, appointed by Harbour Commissioner Lena Voss, arrived on Monday."
    assert title_after(text, len("Okafor")) is None


def test_an_office_inside_another_phrase_of_an_apposition_is_no_title() -> None:
    for text in (
        "Okafor, and after him the port director, spoke.",
        "Okafor, as director of the port, spoke.",
        "Okafor, his fellow director, spoke.",
    ):
        assert title_after(text, len("Okafor")) is None
    text = "Okafor, the former port director, spoke."
    assert title_after(text, len("Okafor")) == ("director", frozenset(), "former port director")


def test_a_sentences_opening_word_is_no_part_of_the_title_after_it() -> None:
    assert before("He ran. But Officer Ana Berg stayed.", "Ana") == (
        "officer",
        frozenset(),
        "Officer",
    )
    text = "The Harbour Board chairman Ana Berg spoke."
    assert before(text, "Ana") == ("chairman", frozenset(), "Harbour Board chairman")
