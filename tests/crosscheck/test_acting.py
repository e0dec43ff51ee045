"""What a claim says was done: the stating verbs inside a span, as rough lemmas."""

from __future__ import annotations

from dataclasses import replace

from builders import article

from consilience.crosscheck.acting import acted, deeds, described, opening
from consilience.model import Evidence

TEXT = "The mayor has opened the bridge, and crews repaired the pier."


def test_the_verbs_inside_a_span_are_what_it_says_was_done() -> None:
    built = article("a1", TEXT)
    sentence = built.sentences[0]
    verbs = tuple((TEXT.index(w), TEXT.index(w) + len(w)) for w in ("has", "opened", "repaired"))
    articles = [replace(built, sentences=(replace(sentence, verbs=verbs),))]
    of = deeds(articles)
    first = Evidence("a1", TEXT[:31], 0, 31)
    assert of(first) == tuple(acted("opened"))  # "has" is a function word
    assert of(Evidence("a1", TEXT, 0, len(TEXT))) == (*acted("opened"), *acted("repaired"))
    assert acted("the bridge was opening") & set(of(first))


def test_the_noun_a_phrase_describes_is_no_action_of_it() -> None:
    assert described("a rule that had weakened the limits") == acted("weakened limits")


def test_a_description_opens_with_what_it_says_was_done_first() -> None:
    phrase = "the ferry, which was refitted in Glenmore and then sold,"
    assert opening(phrase) == next(iter(acted("refitted")))
    assert opening("the ferry") is None
