from consilience.text.ids import story_id_for


def test_story_id_hashes_the_first_article_only() -> None:
    assert story_id_for(["a1", "a2"]) == story_id_for(["a1"])
    assert story_id_for(["a1"]) != story_id_for(["a2"])
    assert story_id_for(["a1"]).startswith("s_")
