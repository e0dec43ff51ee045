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


def test_a_sentence_leaning_on_the_one_before_states_it_with_that_one() -> None:
    said = "Mayor Ilse Oltra was 61."
    assert not states(said, "She was 61.")
    assert states(said, "She was 61.", context="Ilse Oltra died on Monday in Brena. She was 61.")


def test_a_name_may_lose_the_words_before_it_and_an_office_its_qualifier() -> None:
    assert states(
        "Harbour master Jon Vell closed the pier in Brena.", "Vell closed the Brena pier."
    )
    assert states(
        "The Liberal mayor reopened the bridge in Brena.", "Oltra reopened the bridge in Brena."
    )
    assert not states("The Liberal party reopened the bridge.", "Oltra reopened the bridge.")


def test_saying_before_that_is_no_action_but_a_written_report_is() -> None:
    assert states(
        "Vell added that two ferries sank off Brena.", "Two ferries sank off Brena, Vell said."
    )
    assert not states(
        "Vell wrote a report on two ferries off Brena.", "Two ferries sank off Brena."
    )


def test_met_is_a_meeting() -> None:
    assert states("The two envoys met in Brena.", "The two envoys held a meeting in Brena.")


def test_a_count_may_be_given_as_its_parts() -> None:
    said = "Three people, a man and two women, died in the Brena fire."
    assert states(said, "Two women and a man died in the fire in Brena.")
    assert not states(said, "Two women died in the fire in Brena.")
