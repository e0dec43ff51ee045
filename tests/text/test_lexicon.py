from consilience.text import word_list


def test_word_list_reads_entries_without_comments() -> None:
    roles = word_list("role_nouns")
    assert "adviser" in roles
    assert not any(entry.startswith("#") for entry in roles)


def test_word_list_is_loaded_once() -> None:
    assert word_list("role_nouns") is word_list("role_nouns")
