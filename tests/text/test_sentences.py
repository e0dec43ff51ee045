from __future__ import annotations

import pytest

from consilience.text.sentences import marks_only, runs_on


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Spending rose to £25.", "7bn last year."),
        ("The talks began at 10:", "30 on Monday."),
        ("The board thanked Dr.", "Lena Hall for her work."),
        ("The plan was drawn up by A.", "R. Moss in 1990."),
        ("Nobody expected it...", "not even the mayor."),
    ],
)
def test_a_break_inside_a_sentence_is_recognised(before: str, after: str) -> None:
    assert runs_on(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("The ferry stopped in 2019.", "2020 brought a new boat."),
        ("The ferry stopped.", "Repairs take weeks."),
        ("Prices rose in the U.S.", "Sales fell in Canada."),
        ("The shop opened.", "eBay sales fell."),
    ],
)
def test_a_real_sentence_end_is_kept(before: str, after: str) -> None:
    assert not runs_on(before, after)


def test_bare_marks_have_no_words() -> None:
    assert marks_only(" ” ") and not marks_only('" No.')
