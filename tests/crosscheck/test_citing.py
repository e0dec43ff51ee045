from consilience.crosscheck.citing import states


def test_a_sentence_without_the_time_does_not_state_it() -> None:
    said = "The ferry sank at 4:30 p.m. off Brena."
    assert not states(said, "The ferry sank off Brena on Monday.")
    assert states(said, "At 4:30 p.m. on Monday the ferry sank off Brena.")


def test_a_sentence_without_the_count_or_the_day_does_not_state_it() -> None:
    assert not states(
        "The council voted seven times to close the harbour.",
        "The council voted to close the harbour.",
    )
    assert not states(
        "The council voted on Tuesday to close the harbour.",
        "The council voted to close the harbour.",
    )


def test_every_name_must_be_given_a_shortened_one_too() -> None:
    said = "Mayor Oltra told the harbour board to close the pier."
    assert not states(said, "He told the harbour board to close the pier.")
    assert states(
        "The mill in Port Avel, Calif., closed.", "The mill in Port Avel, California, closed."
    )


def test_the_same_names_doing_something_else_do_not_state_it() -> None:
    said = "Ilsen said he turned to Varo after he and Dane wrote about the flood in Brena."
    assert not states(said, "Varo guided Ilsen and Dane, who covered the flood in Brena.")


def test_one_man_is_a_man_and_killed_is_died() -> None:
    assert states(
        "Two women and one man died in the fire in Brena.",
        "A man and two women were killed in the Brena fire.",
    )
