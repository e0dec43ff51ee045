"""One fact is shown once: two claims holding the same outlets' sentences and stating each
other merge, while two facts told in the same sentences about different people stay apart."""

from __future__ import annotations

import pytest
from builders import article

from consilience.crosscheck import one_fact as module
from consilience.crosscheck.claimed import claim_id
from consilience.crosscheck.one_fact import NEIGHBOURS, one_fact
from consilience.crosscheck.stating import Rarity, pair_features, stating_of
from consilience.model import AnnotatedArticle, Claim, Evidence

# An invented story: three outlets word one drowning, then a fact of their own each.
DROWNING = {
    "a": (
        "Four crew members drowned when the trawler Pellow Grace sank off Carrick Point.",
        "The harbour office in Carrick Point opened a book of condolence.",
    ),
    "b": (
        "The trawler Pellow Grace sank off Carrick Point and four of its crew drowned.",
        "Fishing boats in Carrick Point stayed in port on Sunday.",
    ),
    "c": (
        "Four crew drowned after the trawler Pellow Grace sank off Carrick Point.",
        "A lifeboat from Carrick Point searched the bay for six hours.",
    ),
}

# The same sentences tell what two people did: one fact for each of them.
RESIGNED = {
    "a": "Judge Mira Kessel resigned after the bribery inquiry, and prosecutor Tomas Ardley "
    "resigned after the bribery inquiry.",
    "b": "After the bribery inquiry Judge Mira Kessel resigned, and prosecutor Tomas Ardley "
    "resigned as well.",
    "c": "Judge Mira Kessel resigned after the bribery inquiry; prosecutor Tomas Ardley "
    "resigned after the bribery inquiry.",
}


def _articles(story: dict[str, tuple[str, ...]]) -> list[AnnotatedArticle]:
    return [article(key, *lines) for key, lines in story.items()]


def _part(articles: list[AnnotatedArticle], key: str, words: str) -> Evidence:
    """The span of an article's text that reads ``words`` (a whole sentence or a part)."""
    text = next(a for a in articles if a.article.id == key).article.text
    start = text.index(words)
    return Evidence(key, words, start, start + len(words), 1.0)


def _claim(text: str, support: list[Evidence]) -> Claim:
    outlets = len({e.article_id for e in support})
    return Claim(claim_id(support), text, "corroborated", tuple(support), (), outlets)


def _sentence_claim(articles: list[AnnotatedArticle], keys: str, wording: str) -> Claim:
    """A claim of the first sentence of each article in ``keys``."""
    support = [_part(articles, key, DROWNING[key][0]) for key in keys]
    return _claim(DROWNING[wording][0], support)


OUTLETS = {key: f"outlet {key}" for key in "abc"}


def test_two_wordings_of_one_fact_on_the_same_sentences_merge() -> None:
    articles = _articles(DROWNING)
    wide = _sentence_claim(articles, "abc", "a")
    narrow = _sentence_claim(articles, "bc", "c")
    lone = Claim("c_lone", DROWNING["b"][1], "single_source", (), (), 1)
    merged = one_fact([wide, narrow, lone], articles, OUTLETS, stating_of(articles))
    assert [c.text for c in merged] == [DROWNING["a"][0], DROWNING["b"][1]]
    assert merged[0].independent_support == 3
    assert {e.article_id for e in merged[0].support} == {"a", "b", "c"}


def test_the_merged_claim_holds_both_claims_supports_recounted() -> None:
    articles = _articles(DROWNING)
    ab = _sentence_claim(articles, "ab", "a")
    # The third outlet's sentence is with the other wording only, beside the same two.
    abc = _sentence_claim(articles, "abc", "c")
    merged = one_fact([ab, abc], articles, OUTLETS, stating_of(articles))
    assert len(merged) == 1
    assert merged[0].text == DROWNING["c"][0]
    assert merged[0].independent_support == 3
    assert merged[0].id == claim_id(merged[0].support)


def test_facts_about_two_people_in_the_same_sentences_stay_apart() -> None:
    articles = [article(key, line) for key, line in RESIGNED.items()]
    judge = "Judge Mira Kessel resigned after the bribery inquiry"
    prosecutor = "prosecutor Tomas Ardley resigned after the bribery inquiry"
    kessel = [
        _part(articles, "a", judge),
        _part(articles, "b", "After the bribery inquiry Judge Mira Kessel resigned"),
        _part(articles, "c", judge),
    ]
    ardley = [
        _part(articles, "a", prosecutor),
        _part(articles, "b", "and prosecutor Tomas Ardley resigned as well."),
        _part(articles, "c", prosecutor + "."),
    ]
    claims = [_claim(judge, kessel), _claim(prosecutor, ardley)]
    rare, model = stating = stating_of(articles)
    # Their wordings state each other but for the names: the names keep them apart.
    assert model.probability(pair_features(judge, prosecutor, rare)) >= model.keep
    assert one_fact(claims, articles, OUTLETS, stating) == claims


def test_a_claim_is_compared_with_a_bounded_number_of_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles(DROWNING)
    support = _sentence_claim(articles, "abc", "a").support
    claims = [_claim(f"{DROWNING['a'][0]} (report {k})", list(support)) for k in range(60)]
    calls: list[str] = []
    real = module.pair_features

    def counted(a: str, b: str, rare: Rarity) -> tuple[float, ...]:
        calls.append(a)
        return real(a, b, rare)

    monkeypatch.setattr(module, "pair_features", counted)
    merged = one_fact(claims, articles, OUTLETS, stating_of(articles))
    assert len(merged) < len(claims)
    assert len(calls) <= NEIGHBOURS * len(claims)


def test_one_fact_merges_among_more_claims_on_the_same_articles_than_are_compared() -> None:
    articles = _articles(DROWNING)
    others = [_part(articles, key, DROWNING[key][1]) for key in "abc"]
    filler = [_claim(f"Carrick Point mourned, report {k}.", others) for k in range(NEIGHBOURS + 4)]
    fact = [_sentence_claim(articles, "abc", "a"), _sentence_claim(articles, "abc", "b")]
    merged = one_fact([fact[0], *filler, fact[1]], articles, OUTLETS, stating_of(articles))
    wordings = {claim.text for claim in merged}
    assert len(wordings & {DROWNING["a"][0], DROWNING["b"][0]}) == 1


def test_a_sentence_shown_as_a_claim_and_again_alone_is_one_claim() -> None:
    articles = _articles(DROWNING)
    claim = _sentence_claim(articles, "abc", "a")
    again = _part(articles, "a", DROWNING["a"][0])
    alone = Claim(claim_id([again]), again.text.upper(), "single_source", (again,), (), 1)
    merged = one_fact([alone, claim], articles, OUTLETS, stating_of(articles))
    assert [(c.text, c.status, c.independent_support) for c in merged] == [
        (DROWNING["a"][0], "corroborated", 3)
    ]
    assert len(merged[0].support) == 3


def test_copies_of_one_sentence_are_one_claim_of_their_outlet() -> None:
    line = "The ferry to Orla Sound was cancelled for the third day running."
    articles = [article("a", line), article("b", line)]
    copies = [_part(articles, key, line) for key in "ab"]
    alone = [Claim(claim_id([e]), line, "single_source", (e,), (), 1) for e in copies]
    merged = one_fact(alone, articles, {"a": "wire", "b": "wire"}, stating_of(articles))
    assert [(c.status, len(c.support)) for c in merged] == [("single_source", 2)]


def test_a_claim_in_the_words_of_a_contested_one_is_contested_too() -> None:
    articles = _articles(DROWNING)
    claim = _sentence_claim(articles, "bc", "b")
    clash = _part(articles, "a", DROWNING["a"][0])
    own = _part(articles, "b", DROWNING["b"][0])
    contested = Claim(claim_id([own]), own.text, "contested", (own,), (clash,), 1)
    merged = one_fact([claim, contested], articles, OUTLETS, stating_of(articles))
    assert [(c.status, c.contradicted_by) for c in merged] == [("contested", (clash,))]
    assert merged[0].independent_support == 2


LEAD = "Four crew members drowned when the trawler Pellow Grace sank off Carrick Point."


def _headlined(title: str) -> tuple[list[AnnotatedArticle], Claim, Claim]:
    """Three articles opening with ``title`` then the lead: the leads' claim, the titles'."""
    articles = [article(key, title, LEAD) for key in "abc"]
    leads = _claim(LEAD, [_part(articles, key, LEAD) for key in "abc"])
    titles = _claim(title, [_part(articles, key, title) for key in "ab"])
    return articles, leads, titles


def test_a_claim_of_headlines_merges_into_the_lead_its_articles_state() -> None:
    articles, leads, titles = _headlined(
        "Four crew drowned as trawler Pellow Grace sank off Carrick Point"
    )
    merged = one_fact([leads, titles], articles, OUTLETS, stating_of(articles))
    assert [(c.text, c.independent_support, len(c.support)) for c in merged] == [(LEAD, 3, 5)]


def test_a_first_sentence_with_a_full_stop_is_prose_not_a_headline() -> None:
    articles, leads, first = _headlined(
        "Four crew drowned as trawler Pellow Grace sank off Carrick Point."
    )
    assert one_fact([leads, first], articles, OUTLETS, stating_of(articles)) == [leads, first]


def test_copies_differing_only_in_apostrophes_are_one_claim() -> None:
    lines = {
        "a": "The port’s ferry to Orla Sound was cancelled again.",
        "b": "The port's ferry to Orla Sound was cancelled again.",
    }
    articles = [article(key, line) for key, line in lines.items()]
    copies = [_part(articles, key, line) for key, line in lines.items()]
    alone = [Claim(claim_id([e]), e.text, "single_source", (e,), (), 1) for e in copies]
    merged = one_fact(alone, articles, {"a": "wire", "b": "wire"}, stating_of(articles))
    assert [(c.status, len(c.support)) for c in merged] == [("single_source", 2)]
