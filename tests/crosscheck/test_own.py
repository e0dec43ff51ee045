"""A one-outlet claim that is only a part of a sentence must state something of its own."""

from __future__ import annotations

from dataclasses import replace

from builders import article

from consilience.crosscheck.own import standing_claims
from consilience.model import AnnotatedArticle, Claim, Evidence, QuoteMention

FACT = "The ferry ran aground near the pier on Friday, according to the port office."
PLACE = "Rescuers reached the ferry at dawn on a barge towed from Skarvik, 40 km south."
QUOTED = '"We were lucky," the captain said, as the tide turned.'


def _parsed(annotated: AnnotatedArticle, *verbs: str) -> AnnotatedArticle:
    """The article with each sentence's stating verbs as the parse would give them."""
    text = annotated.article.text
    spans = [(text.index(v), text.index(v) + len(v)) for v in verbs]
    sentences = tuple(
        replace(s, verbs=tuple((a, b) for a, b in spans if s.start <= a < s.end))
        for s in annotated.sentences
    )
    return replace(annotated, sentences=sentences)


def _single(annotated: AnnotatedArticle, part: str) -> Claim:
    start = annotated.article.text.index(part)
    evidence = Evidence(annotated.article.id, part, start, start + len(part), 1.0)
    return Claim(f"c-{start}", part, "single_source", (evidence,), (), 1)


def _kept(articles: list[AnnotatedArticle], *parts: tuple[int, str]) -> list[str]:
    claims = [_single(articles[k], part) for k, part in parts]
    return [c.text for c in standing_claims(claims, articles, {})]


def test_an_attribution_or_a_phrase_alone_is_no_claim() -> None:
    one = _parsed(article("a1", FACT, PLACE), "ran", "reached")
    other = _parsed(article("a2", "The ferry ran aground on Friday near Skarvik."), "ran")
    kept = _kept(
        [one, other],
        (0, "according to the port office."),
        (0, "The ferry ran aground near the pier on Friday"),
        (0, "at dawn"),
    )
    assert kept == ["The ferry ran aground near the pier on Friday"]


def test_a_phrase_giving_a_detail_no_other_outlet_gives_stays_a_claim() -> None:
    one = _parsed(article("a1", FACT, PLACE), "ran", "reached")
    other = _parsed(article("a2", "The ferry ran aground on Friday near Skarvik."), "ran")
    kept = _kept([one, other], (0, "on a barge towed from Skarvik, 40 km south."))
    assert kept == ["on a barge towed from Skarvik, 40 km south."]  # "40" is this outlet's


def test_quoted_speech_cut_off_its_sentence_is_no_claim() -> None:
    one = _parsed(article("a1", QUOTED), "turned")
    start = one.article.text.index("We were")
    quote = QuoteMention(
        start, start + 13, "We were lucky", "direct", "the captain", None, None, "said", 0
    )
    one = replace(one, quotes=(quote,))
    assert _kept([one], (0, '"We were lucky," the captain said')) == []


def test_a_whole_sentence_and_an_unparsed_one_are_left_as_they_are() -> None:
    one = article("a1", "Three ferries.", FACT)
    whole, unparsed = replace(one.sentences[0], verbs=()), one.sentences[1]  # verbs None
    parsed = replace(one, sentences=(whole, unparsed))
    assert _kept([parsed], (0, "Three ferries."), (0, "according to the port office.")) == [
        "Three ferries.",
        "according to the port office.",
    ]


def test_a_part_of_a_quote_running_over_sentences_is_no_claim() -> None:
    closing = "It is the pumps that failed,” the engineer said, and left."
    one = _parsed(article("a1", "“The levee is sound.", closing), "failed", "left")
    text = one.article.text
    start, end = text.index("The levee"), text.index("failed") + len("failed")
    quote = QuoteMention(
        start, end, text[start:end], "direct", "the engineer", None, None, "said", 0
    )
    one = replace(one, quotes=(quote,))
    kept = _kept([one], (0, "It is the pumps that failed,” the engineer said"), (0, "and left."))
    assert kept == ["and left."]
