"""Text features the clusterer compares: tokens, entity keys and streaming tf-idf."""

from __future__ import annotations

import pytest

from consilience.stories.features import (
    DocumentFrequencies,
    entity_key,
    latest_year,
    months,
    name_coverage,
    numbers,
    tfidf_cosine,
    tfidf_norm,
    tfidf_unit,
    tokens,
    unit_dot,
)
from consilience.stories.story import freshness


def test_tokens_keep_words_and_numbers_but_not_stop_words() -> None:
    assert tokens("The quake of 2009 killed 1,100 in Padang's hills") == [
        "quake", "2009", "killed", "100", "padang's", "hills",
    ]  # fmt: skip


def test_entity_keys_ignore_articles_possessives_and_case() -> None:
    assert entity_key("the  United Nations's") == entity_key("United Nations") == "united nations"


def test_rare_shared_words_weigh_more_than_common_ones() -> None:
    frequencies = DocumentFrequencies()
    for _ in range(10):
        frequencies.add(["said"])
    frequencies.add(["padang"])
    article = {"said": 1.0, "padang": 1.0}
    assert tfidf_cosine(article, {"padang": 1.0}, frequencies) > tfidf_cosine(
        article, {"said": 1.0}, frequencies
    )


def test_news_background_keeps_an_events_own_words_rare_in_a_small_batch() -> None:
    alone, over_news = DocumentFrequencies(), DocumentFrequencies.over_news()
    for frequencies in (alone, over_news):
        frequencies.add(["avalanche", "people"])
        frequencies.add(["avalanche", "people"])
    assert alone.idf("avalanche") == alone.idf("people")
    assert over_news.idf("avalanche") > over_news.idf("people")


def test_unit_vectors_give_the_same_cosine() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(["quake", "sumatra"])
    a, b = {"quake": 2.0, "sumatra": 1.0}, {"quake": 1.0}
    unit = unit_dot(tfidf_unit(a, frequencies), tfidf_unit(b, frequencies))
    assert unit == pytest.approx(tfidf_cosine(a, b, frequencies))


def test_an_arrivals_remembered_weights_follow_the_next_document() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(["ferry", "harbour"])
    arrival = {"ferry": 1.0, "harbour": 1.0}
    before = frequencies.weighed(arrival)
    assert before == (
        pytest.approx(tfidf_norm(arrival, frequencies)),
        tfidf_unit(arrival, frequencies),
    )
    frequencies.add(["ferry"])
    after = frequencies.weighed(arrival)
    assert after[0] == tfidf_norm(arrival, frequencies) != before[0]
    assert after[1] == tfidf_unit(arrival, frequencies) != before[1]


def test_a_bags_idfs_are_each_terms_idf_and_follow_the_next_document() -> None:
    frequencies = DocumentFrequencies.over_news()
    frequencies.add(["ferry", "harbour"])
    bag = {"ferry": 2.0, "harbour": 1.0, "lighthouse": 1.0}
    assert frequencies.idfs(bag) == [frequencies.idf(term) for term in bag]
    before = frequencies.idfs(bag)
    frequencies.add(["ferry"])
    assert frequencies.idfs(bag) == [frequencies.idf(term) for term in bag] != before


def test_latest_year_is_the_news_year_not_the_background() -> None:
    text = "The 2013 quake was the worst since the 1999 one; in 2005 another struck."
    assert latest_year(text) == 2013
    assert latest_year("No year here, only 1,100 dead and 42 streets.") is None


def test_numbers_are_figures_without_years_or_separators() -> None:
    text = "The 6.4 quake of 2011 left 1,250 dead and 37 missing, up from 1250 on Monday."
    assert numbers(text) == {"6.4": 1, "1250": 2, "37": 1}


def test_months_come_only_from_calendar_days() -> None:
    text = "Talks began on Sept. 3 and ended 21st of November; officials may meet in May."
    assert months(text) == {9, 11}


def test_freshness_is_one_for_a_new_store_and_fades_as_articles_arrive() -> None:
    assert freshness(0) == freshness(1) == 1.0
    assert freshness(2) > freshness(10) > freshness(1000) > 0.0


def test_name_coverage_weighs_rare_shared_names_above_everyday_ones() -> None:
    article = {"washington": 1.0, "marta okonkwo-reyes": 1.0}
    assert name_coverage(article, {"marta okonkwo-reyes": 2.0}) > 0.5
    assert name_coverage(article, {"washington": 2.0}) < 0.5
    assert name_coverage(article, {"lisbon": 1.0}) == name_coverage({}, article) == 0.0
