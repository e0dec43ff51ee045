from consilience.text import word_list
from consilience.text.lexicon import word_sequence, word_values


def test_word_list_reads_entries_without_comments() -> None:
    roles = word_list("role_nouns")
    assert "adviser" in roles
    assert not any(entry.startswith("#") for entry in roles)


def test_word_list_is_loaded_once() -> None:
    assert word_list("role_nouns") is word_list("role_nouns")


def test_word_values_read_a_word_and_its_value() -> None:
    assert word_values("cardinals")["fifteen"] == 15


def test_word_sequence_keeps_file_order() -> None:
    assert word_sequence("weekdays")[:2] == ("monday", "tuesday")


def test_stop_words_are_the_full_english_list() -> None:
    stop = word_list("stop_words")
    assert len(stop) == 318 and {"the", "whereupon"} <= stop
    assert "earthquake" not in stop
