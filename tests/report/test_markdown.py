"""The Markdown report: what a reader scanning it sees first."""

from __future__ import annotations

from dataclasses import replace

from report_fixtures import COPY, STRIKE, make_report

from consilience.model import Context, Evidence, Report
from consilience.report import render_markdown


def _section(text: str, heading: str) -> str:
    """The text under one heading, up to the next heading of the same or higher level."""
    level = heading.split(" ")[0]
    after = text.split(heading, 1)[1]
    return after.split(f"\n{level} ", 1)[0]


def test_claims_are_grouped_by_status(report: Report) -> None:
    md = render_markdown(report)
    corroborated = _section(md, "#### Corroborated (1)")
    assert "Bayside Observer [2]: “Some 2,000 dockers stopped work on Monday.”" in corroborated
    contested = _section(md, "#### Contested (1)")
    assert "contradicted by Bayside Observer [2]" in contested
    single = _section(md, "#### Reported by one outlet only (1)")
    assert "A cargo ship was diverted to another port. — Bayside Observer [2]" in single


def test_single_source_claims_stay_out_of_the_brief(report: Report) -> None:
    assert "cargo ship" not in _section(render_markdown(report), "### Brief")


def test_brief_cites_numbered_sources(report: Report) -> None:
    md = render_markdown(report)
    assert "About 2,000 dock workers walked out on Monday. [1][2]" in md
    assert (
        "2. **Bayside Observer** — _Port walkout_ — 2026-03-02 — <https://bayside.example/p>" in md
    )


def test_altered_quote_is_called_out_before_the_details(report: Report) -> None:
    quotes = _section(render_markdown(report), "### Quotes")
    alert = quotes.index("⚠ 1 altered quotation")
    detail = quotes.index(
        "**⚠ ALTERED** — Bayside Observer [2]: “We will never accept any pay deal”"
    )
    assert alert < detail
    assert "- verbatim — Harbor Ledger [1]" in quotes


def test_contradiction_sides_share_one_row(report: Report) -> None:
    rows = [r for r in render_markdown(report).splitlines() if r.startswith("| duration")]
    assert len(rows) == 1
    assert "three days" in rows[0] and "five days" in rows[0] and "'three days' vs" in rows[0]


def test_entities_aliases_framing_and_copies(report: Report) -> None:
    md = render_markdown(report)
    assert "**Maria Ortiz** (PERSON) — also: Ortiz, M. Ortiz — [1][2]" in md
    assert "Harbor Ledger [1]: “walked out” (loaded)" in md
    assert "[3] is a near-copy of [1]" in md and COPY.copy_of == "a1"


def test_article_text_cannot_inject_markdown() -> None:
    hostile = "![x](https://evil.example/p.png) <b>bold</b> *em* [link](javascript:alert(1)) | cell"
    story = replace(STRIKE, title=hostile, claims=(replace(STRIKE.claims[2], text=hostile),))
    md = render_markdown(make_report(story))
    assert "![x](" not in md and "[link](" not in md and "<b>" not in md
    assert r"\<b\>bold\</b\>" in md and r"\*em\*" in md and r"\| cell" in md


def test_brief_sentence_cannot_start_a_list() -> None:
    story = replace(STRIKE, brief=(replace(STRIKE.brief[0], text="1. Workers left."),))
    assert "\n1\\. Workers left. [1][2]" in render_markdown(make_report(story))


def test_empty_brief_is_explained() -> None:
    story = replace(STRIKE, brief=())
    assert "no brief" in _section(render_markdown(make_report(story)), "### Brief")


def test_a_part_of_a_sentence_is_shown_in_its_sentence() -> None:
    sentence = "Pickets gathered at dawn, and a cargo ship was diverted to another port."
    start = sentence.index("a cargo")
    part = Evidence("a2", sentence[start:-1], 105 + start, 105 + len(sentence) - 1, 1.0)
    placed = replace(part, context=Context(sentence, 105, 105 + len(sentence)))
    solo = replace(STRIKE.claims[2], text=part.text, support=(placed,))
    md = render_markdown(make_report(replace(STRIKE, claims=(*STRIKE.claims[:2], solo))))
    assert (
        "  - in its sentence: “Pickets gathered at dawn, and "
        "**a cargo ship was diverted to another port**.”" in md
    )


def test_a_disputed_brief_sentence_says_how_outlets_differ() -> None:
    disputed = replace(STRIKE.brief[0], disputed_by=("x1",))
    brief = _section(render_markdown(make_report(replace(STRIKE, brief=(disputed,)))), "### Brief")
    assert "[1][2] _(disputed: 'three days' vs 'five days')_" in brief
    assert "disputed" not in _section(render_markdown(make_report(STRIKE)), "### Brief")
