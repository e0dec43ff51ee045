"""Framing: the words outlets choose differently for the same claim, side by side."""

from __future__ import annotations

from dataclasses import replace

from consilience.crosscheck.framing import compare_framing
from consilience.model import AnnotatedArticle, Article, Claim, Evidence, Framing, QuoteMention
from consilience.nlp import Models, shared_models
from consilience.nlp.annotate import annotate


def outlet(name: str, text: str) -> AnnotatedArticle:
    """One outlet's article, annotated by the real models (framing terms come from the parse)."""
    plain = Article(f"id-{name}", name, None, None, None, "en", text)
    return annotate([plain], shared_models())[0]


def claim(*articles: AnnotatedArticle) -> Claim:
    support = tuple(
        Evidence(a.article.id, a.article.text, 0, len(a.article.text)) for a in articles
    )
    return Claim("c1", articles[0].article.text, "corroborated", support, (), len(support))


def terms(framing: tuple[Framing, ...]) -> set[tuple[str, str, str]]:
    return {(t.source, t.kind, t.term) for f in framing for t in f.terms}


def test_loaded_words_and_hedges_one_outlet_uses_are_reported(models: Models) -> None:
    a = outlet("wire", "The army entered the region on Monday, officials said.")
    b = outlet(
        "daily",
        "The regime's army reportedly stormed the so-called republic on Monday, officials said.",
    )
    framing = compare_framing([claim(a, b)], [a, b])
    assert {
        ("daily", "loaded", "regime"),
        ("daily", "hedge", "reportedly"),
        ("daily", "loaded", "so-called"),
    } <= terms(framing)
    assert not any(kind == "attribution" for _, kind, _ in terms(framing))


def test_offsets_point_at_the_term(models: Models) -> None:
    a = outlet("wire", "Officials said the deal was signed.")
    b = outlet("daily", "The deal was signed, according to the foreign ministry.")
    framing = compare_framing([claim(a, b)], [a, b])
    texts = {a.article.id: a.article.text, b.article.id: b.article.text}
    found = {t.term: texts[t.article_id][t.start : t.end] for f in framing for t in f.terms}
    assert found
    assert all(term == span for term, span in found.items())
    assert ("daily", "attribution", "according to the foreign ministry") in terms(framing)
    assert ("wire", "attribution", "Officials said") in terms(framing)


def test_the_same_wording_everywhere_is_not_framing(models: Models) -> None:
    a = outlet("wire", "The talks may resume, the minister said.")
    b = outlet("daily", "The talks may resume next week, the minister said.")
    assert compare_framing([claim(a, b)], [a, b]) == ()


def test_single_outlet_claims_have_no_framing(models: Models) -> None:
    a = outlet("wire", "The regime reportedly stunned observers.")
    assert compare_framing([claim(a)], [a]) == ()


def test_words_inside_quotation_marks_are_the_speakers_not_framing(models: Models) -> None:
    a = outlet("wire", "The minister said the talks went well.")
    text = "The minister said “the regime may fall” after the talks went well."
    start = text.index("the regime")
    quote = QuoteMention(
        start,
        start + len("the regime may fall"),
        "the regime may fall",
        "partial",
        "the minister",
        None,
        None,
        None,
        0,
    )
    b = replace(outlet("daily", text), quotes=(quote,))
    framing = compare_framing([claim(a, b)], [a, b])
    assert not {term for _, _, term in terms(framing)} & {"regime", "may"}
