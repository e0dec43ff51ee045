"""A one-outlet claim that states another outlets' claim is adopted as its support."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from builders import article

from consilience.crosscheck.adopt import adopt, states
from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.stating import stating_of
from consilience.model import AnnotatedArticle, Claim, Evidence

# An invented story: two outlets word the ferry's rescue alike, a third says it its own way.
STORY = {
    "a1": [
        "Coastguards towed the stricken ferry Orla back into Kessin harbour on Monday.",
        "The storm also closed the coast road for hours.",
    ],
    "a2": [
        "The stricken ferry Orla was towed back into Kessin harbour by coastguards.",
        "Schools in the town stayed shut.",
    ],
    "a3": [
        "Kessin coastguards towed the stricken Orla ferry back to harbour.",
        "Fishermen said the storm was the worst in years.",
    ],
}
OUTLETS = {name: name for name in STORY}


def _story(third: str = "", second: str = "") -> tuple[list[AnnotatedArticle], list[Evidence]]:
    lines = {**STORY, "a3": [third, *STORY["a3"][1:]]} if third else STORY
    lines = {**lines, "a2": [second, *STORY["a2"][1:]]} if second else lines
    articles = [article(name, *sentences) for name, sentences in lines.items()]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    return articles, units


def _claims(units: list[Evidence]) -> list[Claim]:
    rescue = (units[0], units[2])
    corroborated = Claim("c_rescue", rescue[0].text, "corroborated", rescue, (), 2)
    return [corroborated, *(single_claim(u) for u in units if u not in rescue)]


def _aligned(units: list[Evidence], likely: float) -> np.ndarray:
    """Alignment probabilities: the third outlet's first sentence aligns with the rescue."""
    probability = np.zeros((len(units), len(units)), np.float32)
    for i in (0, 2):
        probability[i, 4] = probability[4, i] = likely
    return probability


def _adopted(third: str = "", likely: float = 0.8, second: str = "") -> list[Claim]:
    articles, units = _story(third, second)
    probability = _aligned(units, likely)
    return adopt(_claims(units), units, probability, OUTLETS, 0.7, stating_of(articles))


def test_a_one_outlet_claim_stating_a_corroborated_one_joins_it() -> None:
    claims = _adopted()
    rescue = claims[0]
    assert rescue.independent_support == 3
    assert rescue.support[-1].text == STORY["a3"][0]
    assert STORY["a3"][0] not in {c.text for c in claims[1:]}


def test_a_sentence_that_does_not_align_stays_on_its_own() -> None:
    claims = _adopted(likely=0.5)
    assert claims[0].independent_support == 2
    assert STORY["a3"][0] in {c.text for c in claims if c.status == "single_source"}


def test_a_sentence_giving_a_number_the_support_lacks_stays_on_its_own() -> None:
    # "three tugs": the outlet's own count, which no other outlet confirms.
    third = "Kessin coastguards towed the stricken Orla ferry back to harbour with three tugs."
    claims = _adopted(third)
    assert claims[0].independent_support == 2
    assert third in {c.text for c in claims if c.status == "single_source"}


def test_a_sentence_naming_what_no_other_outlet_names_stays_on_its_own() -> None:
    third = "Kessin coastguards under Captain Brannock towed the stricken Orla ferry to harbour."
    claims = _adopted(third)
    assert claims[0].independent_support == 2
    assert third in {c.text for c in claims if c.status == "single_source"}


def test_an_aligned_sentence_on_a_neighbouring_fact_stays_on_its_own() -> None:
    third = "Kessin harbour stayed closed to fishing boats for the rest of the week."
    claims = _adopted(third)
    assert claims[0].independent_support == 2
    assert third in {c.text for c in claims if c.status == "single_source"}


def test_a_sentence_stating_a_support_but_not_the_claims_wording_stays_on_its_own() -> None:
    # The second outlet adds the engine failure to the towing; the third states only that.
    second = (
        "The ferry Orla lost engine power off Kessin and drifted until coastguards towed it in."
    )
    third = "The Orla lost engine power and drifted for hours."
    claims = _adopted(third, second=second)
    assert claims[0].independent_support == 2
    assert third in {c.text for c in claims if c.status == "single_source"}


def test_a_near_copy_of_the_adopted_sentence_goes_with_it() -> None:
    articles, units = _story()
    copy = Evidence("a3c", units[4].text, 0, len(units[4].text))
    claims = [
        replace(c, support=(*c.support, copy)) if c.text == units[4].text else c
        for c in _claims(units)
    ]
    outlets = {**OUTLETS, "a3c": "a3"}
    probability = _aligned(units, 0.8)
    found = adopt(claims, units, probability, outlets, 0.7, stating_of(articles))
    assert {e.article_id for e in found[0].support} == {"a1", "a2", "a3", "a3c"}
    assert found[0].independent_support == 3
    assert units[4].text not in {c.text for c in found[1:]}


def test_a_part_cut_off_its_sentence_is_not_adopted() -> None:
    # Trimming leaves a part on its own when the other outlets do not state it; adopting
    # it back would undo that.
    articles, units = _story()
    part = replace(units[4], text=units[4].text[:-1], end=units[4].end - 1)
    claims = [single_claim(part) if c.text == units[4].text else c for c in _claims(units)]
    adopted = adopt(claims, units, _aligned(units, 0.8), OUTLETS, 0.7, stating_of(articles))
    assert adopted[0].independent_support == 2
    assert part.text in {c.text for c in adopted if c.status == "single_source"}


def test_one_standing_for_one_of_those_spoken_of_is_no_count() -> None:
    # "One was charged" names no number: the other outlet's "has been charged" states it.
    articles = [
        article("b1", "One was charged with stealing the paintings and the other as a lookout."),
        article("b2", "The guard, who has now been charged with stealing the paintings, is held."),
    ]
    stating = stating_of(articles)
    said = "has now been charged with stealing the paintings"
    assert states(said, articles[0].sentences[0].text, stating) > 0.0
    # a count of one is a number the other wording lacks
    assert states(said, "One guard was charged with stealing the paintings.", stating) == 0.0


def test_a_count_in_words_and_the_same_count_in_digits_are_one_count() -> None:
    articles = [
        article("b1", "Three people died in the blaze at the Vellin mill."),
        article("b2", "3 dead in Vellin mill blaze"),
    ]
    stating = stating_of(articles)
    said = articles[0].sentences[0].text
    assert states(articles[1].sentences[0].text, said, stating) > 0.0
    assert states("4 dead in Vellin mill blaze", said, stating) == 0.0
