"""Story titles: the most central headline, or a short label from the top claim."""

from __future__ import annotations

import numpy as np

from consilience.crosscheck.headline import MAX_WORDS, central_title, short_label, story_headline
from consilience.model import AnnotatedArticle, Article, Claim, Evidence, Sentence


def _annotated(
    key: str, title: str | None, text: str = "Rain fell on the city on Tuesday."
) -> AnnotatedArticle:
    article = Article(key, f"Outlet {key}", title, None, None, "en", text)
    rows = np.zeros((1, 3), dtype=np.float32)
    sentence = Sentence(0, 0, len(text), text)
    return AnnotatedArticle(article, (sentence,), (), (), rows, rows[0])


def _claim(text: str, status: str, support: int) -> Claim:
    evidence = Evidence("a", text, 0, len(text))
    return Claim(text[:8], text, status, (evidence,), (), support)  # type: ignore[arg-type]


def test_the_headline_sharing_most_words_with_the_others_names_the_story() -> None:
    titles = [
        "Opinion: what the mayor should learn",
        "Mayor resigns after budget vote",
        "City mayor resigns over budget",
        "Budget vote forces mayor out",
    ]
    assert central_title(titles) == "Mayor resigns after budget vote"


def test_ties_go_to_the_earliest_headline() -> None:
    assert central_title(["Bridge closes", "Storm warning issued"]) == "Bridge closes"


def test_articles_without_a_headline_are_skipped() -> None:
    articles = [
        _annotated("a", None),
        _annotated("b", "  "),
        _annotated("c", "Floods hit the valley"),
    ]
    assert story_headline(articles, []) == "Floods hit the valley"


def test_without_headlines_the_best_corroborated_claim_is_the_label() -> None:
    claims = [
        _claim("A spokesman declined to comment.", "single_source", 1),
        _claim("The bridge reopened on Friday.", "corroborated", 2),
        _claim("Traffic was light.", "corroborated", 3),
    ]
    assert story_headline([_annotated("a", None)], claims) == "Traffic was light"


def test_without_claims_the_first_sentence_is_the_label() -> None:
    assert story_headline([_annotated("a", None)], []) == "Rain fell on the city on Tuesday"


def test_a_long_label_stops_at_a_clause_or_is_cut_with_an_ellipsis() -> None:
    clause = (
        "Firefighters battled a blaze at the old mill for six hours, "
        "while residents of nearby streets were told to keep their windows shut."
    )
    assert short_label(clause) == "Firefighters battled a blaze at the old mill for six hours"
    plain = (
        "The council approved a plan to build four hundred new homes on the edge of the "
        "old airfield next spring"
    )
    label = short_label(plain)
    assert label == "The council approved a plan to build four hundred new homes…"
    assert len(label.split()) <= MAX_WORDS
