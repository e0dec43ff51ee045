"""A small hand-built report: one story with every kind of finding a reader can see."""

from __future__ import annotations

from consilience.model import (
    ArticleRecord,
    BriefSentence,
    Claim,
    Contradiction,
    Entity,
    Evidence,
    Framing,
    FramingTerm,
    Quote,
    QuoteVariant,
    Report,
    Story,
)

HARBOR = ArticleRecord(
    "a1",
    "Harbor Ledger",
    "Dockers strike",
    "https://ledger.example/strike",
    "2026-03-02",
    "en",
    None,
)
BAYSIDE = ArticleRecord(
    "a2", "Bayside Observer", "Port walkout", "https://bayside.example/p", "2026-03-02", "en", None
)
COPY = ArticleRecord("a3", "Coast Wire", "Dockers strike", None, None, "en", "a1")

WAGE_A = Evidence("a1", "About 2,000 dock workers walked out on Monday.", 0, 46, 0.93)
WAGE_B = Evidence("a2", "Some 2,000 dockers stopped work on Monday.", 10, 52, 0.91)
DAYS_A = Evidence("a1", "The strike is planned to last three days.", 47, 88)
DAYS_B = Evidence("a2", "Union leaders said the strike would last five days.", 53, 104)
SOLO = Evidence("a2", "A cargo ship was diverted to another port.", 105, 148)

STRIKE = Story(
    id="story-1",
    title="Port workers strike over pay",
    article_ids=("a1", "a2", "a3"),
    independent_source_count=2,
    claims=(
        Claim(
            "c1",
            "About 2,000 dock workers walked out on Monday.",
            "corroborated",
            (WAGE_A, WAGE_B),
            (),
            2,
        ),
        Claim(
            "c2", "The strike is planned to last three days.", "contested", (DAYS_A,), (DAYS_B,), 1
        ),
        Claim("c3", "A cargo ship was diverted to another port.", "single_source", (SOLO,), (), 1),
    ),
    contradictions=(
        Contradiction("x1", "duration", DAYS_A, DAYS_B, "'three days' vs 'five days'"),
    ),
    quotes=(
        Quote(
            "q1",
            "Maria Ortiz",
            "e1",
            "We will not accept another pay freeze",
            (
                QuoteVariant(
                    "a1", "We will not accept another pay freeze", 200, 237, "verbatim", 1.0
                ),
                QuoteVariant("a2", "We will never accept any pay deal", 300, 333, "altered", 0.62),
            ),
        ),
    ),
    entities=(
        Entity("e1", "Maria Ortiz", "PERSON", ("Ortiz", "M. Ortiz"), ("a1", "a2"), 4),
        Entity("e2", "Port of Bayside", "ORG", (), ("a1", "a2", "a3"), 3),
    ),
    brief=(BriefSentence("About 2,000 dock workers walked out on Monday.", ("a1", "a2"), ("c1",)),),
    framing=(
        Framing(
            "c1",
            (
                FramingTerm("a1", "Harbor Ledger", "walked out", "loaded", 20, 30),
                FramingTerm("a2", "Bayside Observer", "Some", "hedge", 10, 14),
            ),
        ),
    ),
    copies=(("a3", "a1"),),
)


def make_report(
    *stories: Story, articles: tuple[ArticleRecord, ...] = (HARBOR, BAYSIDE, COPY)
) -> Report:
    """A report at a fixed time, so renderings can be compared byte for byte."""
    return Report("2026-03-03T12:00:00+00:00", articles, stories)
