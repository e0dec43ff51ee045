"""A large sum several outlets give in passing is a claim of its own."""

from __future__ import annotations

import numpy as np

from consilience.crosscheck.claimed import single_claim
from consilience.crosscheck.sums import sum_claims, sums
from consilience.model import Claim, Evidence

# An invented story: three outlets give the same loan inside sentences about other things.
SENTENCES = {
    "a1": "The strike was the first test of the cabinet since agreeing a 40bn-crown loan.",
    "a2": "Dockers walked out over the cuts demanded for a 40 billion crown loan package.",
    "a3": "Ministers must save money as a condition of 40bn crowns ($5bn) in loans.",
    "a4": "Farmers blocked roads on Monday.",
}


def _units(sentences: dict[str, str]) -> list[Evidence]:
    return [Evidence(a, text, 0, len(text)) for a, text in sentences.items()]


def _made(
    sentences: dict[str, str], claims: list[Claim] | None = None, related: float = 0.6
) -> list[Claim]:
    """The claims ``sum_claims`` adds to one-outlet claims of each sentence (or ``claims``),
    every two sentences aligned ``related``."""
    units = _units(sentences)
    given = claims if claims is not None else [single_claim(u) for u in units]
    probability = np.full((len(units), len(units)), related, np.float32)
    return sum_claims(given, units, probability, {a: a for a in sentences})[len(given) :]


def test_outlets_giving_one_sum_in_passing_make_a_claim_of_it() -> None:
    [claim] = _made(SENTENCES)
    assert claim.status == "corroborated"
    assert claim.independent_support == 3
    assert {e.article_id for e in claim.support} == {"a1", "a2", "a3"}
    # each outlet supports it with the phrase holding the sum, not its whole sentence
    assert {e.text for e in claim.support} == {
        "a 40bn-crown loan",
        "a 40 billion crown loan package",
        "40bn crowns ($5bn) in loans",
    }
    assert "(" not in claim.text and "40" in claim.text


def test_each_copy_of_an_outlet_s_article_supports_the_sum_with_its_phrase() -> None:
    # "a1c" carries the first outlet's sentence again (a wire copy): shown, counted once
    sentences = {**SENTENCES, "a1c": SENTENCES["a1"]}
    units = _units(sentences)
    probability = np.full((len(units), len(units)), 0.6, np.float32)
    outlets = {**{a: a for a in SENTENCES}, "a1c": "a1"}
    given = [single_claim(u) for u in units]
    [claim] = sum_claims(given, units, probability, outlets)[len(given) :]
    assert {e.article_id for e in claim.support} == {"a1", "a1c", "a2", "a3"}
    assert claim.independent_support == 3


def test_the_phrase_ends_at_a_participle_hung_on_it() -> None:
    sentences = {
        "a1": "Talks resumed after a 40bn-crown loan agreed with the fund on Monday.",
        "a2": "Dockers walked out over a 40 billion crown loan, the union said.",
    }
    [claim] = _made(sentences)
    assert "a 40bn-crown loan" in {e.text for e in claim.support}


def test_a_detail_only_one_outlet_gives_beside_the_sum_is_left_out() -> None:
    sentences = {**SENTENCES, "a3": "Ministers agreed a 40bn-crown loan with Kestrel Bank."}
    [claim] = _made(sentences)
    assert all("Kestrel" not in e.text for e in claim.support)
    assert "a 40bn-crown loan" in {e.text for e in claim.support}


def test_the_claim_is_worded_without_what_only_one_outlet_adds_after_the_sum() -> None:
    sentences = {
        "a1": "The cabinet plans 45bn euros in savings mainly from cuts in farm subsidies.",
        "a2": "Unions oppose the plan to save 45bn euros ($50bn) over three years.",
        "a3": "Ministers want 45 billion euros ($50bn) by 2030.",
    }
    [claim] = _made(sentences)
    assert claim.independent_support == 3
    assert claim.text == "45bn euros"
    assert "45bn euros" in {e.text for e in claim.support}


def test_a_sum_in_brackets_is_the_same_sum_converted() -> None:
    sentences = {
        "a1": "Ministers vowed to save 45bn crowns ($5.5bn) by next year.",
        "a2": "Unions say the cuts aim to save $5.5bn from pensions.",
    }
    [claim] = _made(sentences)
    assert claim.independent_support == 2


def test_different_sums_or_counts_without_a_scale_make_no_claim() -> None:
    assert not _made({"a1": "They agreed a 40bn-crown loan.", "a2": "They agreed a 30bn loan."})
    crowds = {"a1": "Another 20,000 marched in Vellin.", "a2": "Some 20,000 marched in Orsk."}
    assert not _made(crowds)


def test_no_claim_when_one_claim_already_holds_every_outlet_giving_the_sum() -> None:
    units = _units({a: SENTENCES[a] for a in ("a1", "a2")})
    held = Claim("c1", units[0].text, "corroborated", tuple(units), (), 2)
    assert not _made({a: SENTENCES[a] for a in ("a1", "a2")}, [held])


def test_sums_read_scales_and_mend_decimals_copy_spaced_apart() -> None:
    assert sums("a 40bn loan and 2 million people") == {40e9, 2e6}
    assert sums("a 120 billion crown (97. 5 billion pound) loan") == {120e9, 97.5e9}
    assert not sums("20,000 marched")
    assert sums("it rose by 2. 0 billion") <= {2e9}  # a spaced "0" decimal mends to no sum


def test_a_round_sum_meets_only_where_another_outlet_uses_a_word_beside_it() -> None:
    sentences = {
        "a1": "Police offered a $1 million reward for the gunman.",
        "a2": "The blast did $1 million in damage to the harbour.",
        "a3": "The mayor doubled the $1 million reward on Friday.",
    }
    [claim] = _made(sentences)
    assert {e.article_id for e in claim.support} == {"a1", "a3"}


def test_a_phrase_ends_before_another_figure() -> None:
    sentences = {
        "a1": "He turned down $65 million and $400 million over the deal.",
        "a2": "The club offered $65 million over five years.",
    }
    [claim] = _made(sentences)
    assert {e.text for e in claim.support} == {"$65 million"}


def test_sentences_no_other_outlet_relates_to_do_not_meet_on_a_sum() -> None:
    assert not _made(SENTENCES, related=0.1)


def test_a_sum_the_story_also_gives_a_near_other_sum_of_makes_no_claim() -> None:
    bids = {
        "a1": "The Herons offered the striker $61 million over eight years.",
        "a2": "The Larks have offered $61 million for the striker.",
        "a3": "The Herons raised their offer to $64 million on Friday.",
    }
    assert not _made(bids)
    assert _made({a: bids[a] for a in ("a1", "a2")})  # alone, the one sum meets


def test_outlets_giving_a_sum_meet_though_its_conversion_is_near_another_sum() -> None:
    # a3 gives the savings in dollars, near the dollar sum a4 gives for something else:
    # a3 is left out, the outlets giving the savings in crowns still meet
    sentences = {
        "a1": "The cabinet plans to save 52bn crowns ($6.1bn) by cutting wages.",
        "a2": "Ministers hope to trim 52 billion crowns from the deficit.",
        "a3": "The plan would save $6.1bn over two years.",
        "a4": "The port expansion is priced at $6.4bn by the builders.",
    }
    [claim] = _made(sentences)
    assert {e.article_id for e in claim.support} == {"a1", "a2"}
