from consilience.text.numbers import CARDINALS, ORDINALS


def test_cardinals_cover_the_teens_and_every_ten() -> None:
    assert CARDINALS["thirteen"] == 13 and CARDINALS["nineteen"] == 19
    assert [CARDINALS[w] for w in ("sixty", "seventy", "eighty", "ninety")] == [60, 70, 80, 90]
    assert CARDINALS["dozen"] == 12


def test_ordinals_have_their_rank() -> None:
    assert ORDINALS["third"] == 3 and ORDINALS["twelfth"] == 12
