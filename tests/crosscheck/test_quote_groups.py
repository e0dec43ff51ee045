"""Quote groups: one utterance across outlets, each rendering graded against the canonical.

(Named apart from tests/nlp/test_quotes.py: pytest's default import mode needs unique
test module names.)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from consilience.crosscheck.entities import resolve_entities
from consilience.crosscheck.quotes import _whole_words_in, grade, group_quotes
from consilience.model import AnnotatedArticle, Article, Mention, Quote, QuoteKind, QuoteMention
from consilience.nlp import Models, annotate
from consilience.nlp.annotate import encode_once, quote_texts, quote_vectors
from fakes import HashEmbedder

CANONICAL = "I think we might be on the verge of something very, very important for the world."


def quoted(text: str, kind: QuoteKind = "direct", speaker: str | None = "Jane Doe") -> QuoteMention:
    return QuoteMention(0, len(text), text, kind, speaker, None, None, None, 0)


def article(article_id: str, *quotes: tuple[str, str | None, QuoteKind]) -> AnnotatedArticle:
    """An article made of its quotes, with the speakers as PERSON mentions.

    Quotes are embedded by a bag-of-words fake: rewordings sharing most words mean the same.
    """
    text, mentions, found = "", [], []
    for words, speaker, kind in quotes:
        start = len(text) + 1
        text += f"“{words}” "
        found.append(
            QuoteMention(start, start + len(words), words, kind, speaker, None, None, None, 0)
        )
        if speaker:
            mentions.append(Mention(speaker, "PERSON", len(text), len(text) + len(speaker), 0))
            text += f"{speaker} said. "
    empty = np.zeros((0, 384), np.float32)
    plain = Article(article_id, article_id, None, None, None, "en", text)
    vectors = quote_vectors([found], encode_once(quote_texts([found]), HashEmbedder()))[0]
    return AnnotatedArticle(
        plain, (), tuple(mentions), tuple(found), empty, np.zeros(384, np.float32), (), vectors
    )


def group(*articles: AnnotatedArticle) -> tuple[Quote, ...]:
    return group_quotes(articles, resolve_entities(articles))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "i think we might be on the verge of something very, very important for the world",
            "direct",
            "verbatim",
        ),
        ("on the verge of something very, very important", "partial", "verbatim"),
        (
            "I think we might be on the verge of something very important for the world.",
            "direct",
            "minor_edit",
        ),
        ("I think we might be on the verge … for the world.", "direct", "minor_edit"),
        ("We may be on the cusp of something significant for global peace.", "direct", "altered"),
        (
            "I think we might not be on the verge of something very, very important",
            "direct",
            "altered",
        ),
        ("they might be close to something important for the world", "indirect", "paraphrase"),
    ],
)
def test_grades(text: str, kind: QuoteKind, expected: str) -> None:
    fidelity, similarity = grade(quoted(text, kind), CANONICAL)
    assert fidelity == expected
    assert 0.0 <= similarity <= 1.0


def test_renderings_of_one_utterance_form_one_group() -> None:
    quotes = group(
        article("a", (CANONICAL, "Jane Doe", "direct")),
        article("b", ("might be on the verge of something very, very important", "Doe", "partial")),
        article(
            "c",
            ("We may be on the cusp of something significant for the world.", "Jane Doe", "direct"),
        ),
        article("d", (CANONICAL, "Jane Doe", "block")),
    )
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.canonical == CANONICAL
    assert quote.speaker == "Jane Doe"
    fidelity = {v.article_id: v.fidelity for v in quote.variants}
    assert fidelity == {"a": "verbatim", "b": "verbatim", "c": "altered", "d": "verbatim"}


def test_different_speakers_are_different_quotes() -> None:
    quotes = group(
        article("a", ("We will never give up our land.", "Jane Doe", "direct")),
        article("b", ("We will never give up our land.", "John Roe", "direct")),
    )
    assert len(quotes) == 2


def test_same_words_given_to_another_speaker_join_the_majority() -> None:
    words = "The harbour will reopen before the winter storms arrive."
    quotes = group(
        article("a", (words, "Jane Doe", "direct")),
        article("b", (words + "!", "Jane Doe", "direct")),
        article("c", (words, "John Roe", "direct")),
        article("d", ("The harbour stays shut.", "John Roe", "direct")),
    )
    joined = quote_with(quotes, "winter storms")
    assert {v.article_id for v in joined.variants} == {"a", "b", "c"}
    assert joined.speaker == "Jane Doe"
    assert len(quotes) == 2


def test_group_speaker_is_the_one_most_outlets_name() -> None:
    words = "Every village will have clean water by the end of the decade."
    quotes = group(
        article("a", (words, "John Roe", "direct"), (words, "John Roe", "block")),
        article("b", (words, "Jane Doe", "direct")),
        article("c", (words, "Jane Doe", "direct")),
    )
    assert len(quotes) == 1
    assert quotes[0].speaker == "Jane Doe"


def test_unknown_speaker_links_only_near_identical_words() -> None:
    quotes = group(
        article("a", ("The talks were long and very productive.", "Jane Doe", "direct")),
        article("b", ("The talks were long and very productive.", None, "direct")),
        article("c", ("Negotiations lasted hours and achieved a lot.", None, "direct")),
    )
    assert [len(q.variants) for q in quotes] == [2, 1]
    assert quotes[0].speaker == "Jane Doe"


def test_unrelated_quotes_of_one_speaker_stay_apart() -> None:
    quotes = group(
        article("a", ("Taxes will go down next year.", "Jane Doe", "direct")),
        article("b", ("Our football team played brilliantly tonight.", "Jane Doe", "direct")),
    )
    assert len(quotes) == 2
    assert all(q.variants[0].fidelity == "verbatim" for q in quotes)


def test_order_and_ids_are_stable() -> None:
    articles = (
        article("a", ("Alone here.", "John Roe", "direct"), (CANONICAL, "Jane Doe", "direct")),
        article("b", (CANONICAL, "Jane Doe", "direct")),
    )
    first, second = group(*articles), group(*articles)
    assert first == second
    assert [len(q.variants) for q in first] == [2, 1]


@pytest.fixture(scope="module")
def seed_quotes(seeds_dir: Path, models: Models) -> tuple[Quote, ...]:
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text, title = path.read_text(encoding="utf-8"), None
        if path.stem[:3] in {"000", "001"}:
            title, _, text = text.partition("\n")
            text = text.lstrip("\n")
        articles.append(Article(path.stem, path.stem, title, None, None, "en", text))
    annotated = annotate(articles, models)
    return group_quotes(annotated, resolve_entities(annotated))


def quote_with(quotes: tuple[Quote, ...], words: str) -> Quote:
    return next(q for q in quotes if any(words in v.text for v in q.variants))


def fidelity_by_outlet(quote: Quote) -> dict[str, str]:
    return {v.article_id[:3]: v.fidelity for v in quote.variants}


def test_seed_witkoff_verge_quote_spans_four_outlets(seed_quotes: tuple[Quote, ...]) -> None:
    quote = quote_with(seed_quotes, "on the verge of something that would be")
    assert quote.speaker == "Steve Witkoff"
    assert fidelity_by_outlet(quote) == {
        "000": "altered",
        "001": "verbatim",
        "003": "verbatim",
        "004": "altered",
    }


def test_seed_zelensky_appeal_is_one_group(seed_quotes: tuple[Quote, ...]) -> None:
    quote = quote_with(seed_quotes, "We want you to come")
    assert fidelity_by_outlet(quote) == {"003": "verbatim", "004": "altered"}


def test_a_rendering_starting_inside_a_word_is_not_verbatim() -> None:
    fidelity, _ = grade(quoted("ink we might be on the verge of something"), CANONICAL)
    assert fidelity != "verbatim"


@pytest.mark.parametrize(
    ("part", "text", "whole"),
    [
        ("stone", "a milestone, then a stone wall", True),  # the second one stands alone
        ("stone", "milestones and gemstones", False),
        ("the quay", "the quay", True),
        ("quay", "quays", False),
    ],
)
def test_whole_words_are_found_at_any_occurrence(part: str, text: str, whole: bool) -> None:
    assert _whole_words_in(part, text) is whole
