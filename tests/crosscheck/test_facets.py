"""A part of a sentence that supports one claim also supports another claim it states."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from builders import article

from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.facets import lend_parts
from consilience.crosscheck.stating import stating_of
from consilience.model import AnnotatedArticle, Claim, Evidence

BUDGET = "The council passed the budget for Brindle on Tuesday"
OPENS = "and the new library will open in the spring."
OTHERS = ["Rain kept most shoppers at home.", "The market opened late on Friday."]


def _packed(article_id: str, second: str) -> AnnotatedArticle:
    """An article whose first sentence packs the budget and ``second``, cut at the comma."""
    packed = article(article_id, f"{BUDGET}, {second}", OTHERS[0])
    first = packed.sentences[0]
    clauses = ((first.start, first.start + len(BUDGET)), (first.end - len(second), first.end))
    return replace(packed, sentences=(replace(first, clauses=clauses), *packed.sentences[1:]))


def _lent(second: str = OPENS, related: float = 0.6) -> list[Claim]:
    """The claims of an invented story after lending: the first outlet's sentence packs the
    budget and ``second`` and supports the budget claim with a fourth outlet; two other
    outlets state the library's opening."""
    articles = [
        _packed("a1", second),
        article("a2", "The new library will open in the spring, the council said.", OTHERS[1]),
        article("a3", "The new library will open in the spring.", OTHERS[1]),
        article("a4", "The council passed the budget for Brindle on Tuesday.", OTHERS[1]),
    ]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    row = {(u.article_id, u.text[:10]): k for k, u in enumerate(units)}
    first, opens = row[("a1", BUDGET[:10])], row[("a2", "The new li")]
    probability = np.zeros((len(units), len(units)), np.float32)
    probability[first, opens] = probability[opens, first] = related
    outlets = {a.article.id: a.article.id for a in articles}
    budget = Claim("c1", BUDGET, "corroborated", (units[first], units[-2]), (), 2)
    library = Claim("c2", units[opens].text, "corroborated", (units[opens], units[-4]), (), 2)
    claims = [budget, library, *(single_claim(u) for u in units if u.text in OTHERS)]
    return lend_parts(claims, articles, units, probability, outlets, stating_of(articles))


def _library(claims: list[Claim]) -> Claim:
    return next(c for c in claims if c.text.startswith("The new library"))


def test_a_clause_stating_another_claim_supports_it_too() -> None:
    claims = _lent()
    library = _library(claims)
    assert library.independent_support == 3
    assert OPENS.rstrip(".") in {e.text.rstrip(".") for e in library.support}
    # the sentence keeps its own claim, whole
    budget = next(c for c in claims if c.text == BUDGET)
    assert any(e.text.startswith(BUDGET) and e.text.endswith(OPENS) for e in budget.support)


def test_a_clause_of_an_unrelated_sentence_is_not_lent() -> None:
    assert _library(_lent(related=0.2)).independent_support == 2


def test_a_clause_giving_a_number_the_claim_lacks_is_not_lent() -> None:
    claims = _lent("and the new library will open in 2 months.")
    assert _library(claims).independent_support == 2


def test_a_clause_naming_what_the_claim_s_outlets_do_not_is_not_lent() -> None:
    claims = _lent("and the new Tolland library will open in the spring.")
    assert _library(claims).independent_support == 2


def test_a_clause_saying_more_than_the_claim_is_not_lent() -> None:
    claims = _lent("and the new library will open in the spring with a cafe and a cinema.")
    assert _library(claims).independent_support == 2


GUARD = "A guard charged with stealing the harbour paintings"


def _stated(article_id: str, said: str, *elsewhere: str) -> AnnotatedArticle:
    """An article whose first sentence is ``said``, its stating verb the word after "was",
    then the sentences ``elsewhere``."""
    stated = article(article_id, said, *elsewhere)
    sentence = stated.sentences[0]
    at = said.index(" was ") + len(" was ")
    verb = ((at, said.index(" ", at)),)
    return replace(stated, sentences=(replace(sentence, verbs=verb), *stated.sentences[1:]))


def _in_passing(said: str, phrase: str = GUARD, elsewhere: tuple[str, ...] = ()) -> Claim:
    """The claim two outlets word "<said>" after lending: a third outlet states it only in
    passing, in the noun phrase ``phrase`` of a sentence on the museum's closing; the first
    outlet of the claim also says ``elsewhere``."""
    first = article("b1", f"{phrase} has been suspended, and the museum closed on Friday.")
    sentence = first.sentences[0]
    noun_phrase = ((sentence.start, sentence.start + len(phrase)),)
    articles = [
        replace(first, sentences=(replace(sentence, passing=noun_phrase),)),
        _stated("b2", said, *elsewhere),
        _stated("b3", said),
    ]
    units = [Evidence(a.article.id, s.text, s.start, s.end) for a in articles for s in a.sentences]
    stating = [u for u in units if u.text == said]
    probability = np.zeros((len(units), len(units)), np.float32)
    probability[0, 1] = probability[1, 0] = 0.6
    claim = Claim("c1", said, "corroborated", tuple(stating), (), 2)
    outlets = {a.article.id: a.article.id for a in articles}
    others = [single_claim(u) for u in units if u not in stating]
    lent = lend_parts([claim, *others], articles, units, probability, outlets, stating_of(articles))
    return lent[0]


def test_a_noun_phrase_stating_a_claim_in_passing_supports_it() -> None:
    claim = _in_passing("A guard was charged with stealing the harbour paintings.")
    assert claim.independent_support == 3
    assert GUARD in {e.text for e in claim.support}


def test_a_noun_phrase_not_holding_the_claim_s_verb_is_not_lent() -> None:
    # the claim says what else befell the guard the noun phrase describes
    claim = _in_passing("A guard was cleared of stealing the harbour paintings.")
    assert claim.independent_support == 2


def test_a_noun_phrase_giving_a_number_the_claim_lacks_is_not_lent() -> None:
    phrase = "A guard charged with stealing 12 harbour paintings"
    claim = _in_passing("A guard was charged with stealing the harbour paintings.", phrase)
    assert claim.independent_support == 2


THEFT = "A guard was charged with the theft."
NAMED = "A guard charged with stealing the Tolland paintings"
FOUND = ("The Tolland paintings were found in a barn near the harbour.",)


def test_a_noun_phrase_opening_with_the_claim_s_deed_supports_it_worded_otherwise() -> None:
    # its outlet names the paintings, which the claim's sentences do not but its articles do
    claim = _in_passing(THEFT, NAMED, FOUND)
    assert claim.independent_support == 3
    assert NAMED in {e.text for e in claim.support}


def test_a_noun_phrase_naming_what_the_claim_s_articles_never_do_is_not_lent() -> None:
    assert _in_passing(THEFT, NAMED).independent_support == 2


def test_a_noun_phrase_opening_with_another_deed_is_not_lent_worded_otherwise() -> None:
    phrase = "A guard suspended and charged with stealing the Tolland paintings"
    assert _in_passing(THEFT, phrase, FOUND).independent_support == 2


def test_a_noun_phrase_naming_no_one_is_not_lent_worded_otherwise() -> None:
    phrase = "A guard charged with stealing the old paintings"
    assert _in_passing(THEFT, phrase, FOUND).independent_support == 2
