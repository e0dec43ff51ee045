from consilience.crosscheck.negation import negation_count
from consilience.crosscheck.quotes import words_of


def test_a_contraction_counts_as_the_negator_it_stands_for() -> None:
    assert negation_count(words_of("We aren't leaving the valley.")) == 1
    assert negation_count(words_of("We are not leaving the valley.")) == 1
    assert negation_count(("we", "aren’t", "leaving")) == 1


def test_every_negator_of_the_list_counts_and_other_words_do_not() -> None:
    assert negation_count(words_of("Nobody was told and none left without a word.")) == 3
    assert negation_count(words_of("Somebody was told and all left with a word.")) == 0


def test_nothing_less_than_emphasises_and_denies_nothing() -> None:
    assert negation_count(words_of("It was nothing less than a triumph for the valley.")) == 0
