"""Whether a pronoun can refer to an annotated source, as far as the article shows
(invented sources and articles)."""

from __future__ import annotations

from pronoun_gold import may_refer_to


def test_the_articles_own_pronouns_give_a_surname_its_gender() -> None:
    text = "Okafor said he was tired. Okafor said he would go. “No,” she said."
    assert not may_refer_to("she", "Okafor", text)
    assert may_refer_to("he", "Okafor", text)


def test_a_gendered_word_before_the_name_counts_but_not_a_man_title() -> None:
    assert not may_refer_to("he", "his wife, Ana", "")
    assert may_refer_to("she", "party spokesman Ana Ruiz", "")


def test_he_is_not_two_people_joined_by_and() -> None:
    assert not may_refer_to("he", "Okafor and Ruiz, both mayors,", "")
    assert may_refer_to("he", "columnist and radio host Tom Okafor", "")


def test_they_is_not_one_person_of_known_gender() -> None:
    assert not may_refer_to("they", "Mr. Okafor", "")
    assert may_refer_to("they", "the Harbor Council", "")


def test_a_name_the_article_never_marks_agrees_with_any_pronoun() -> None:
    assert may_refer_to("she", "Okafor", "Okafor spoke.")
