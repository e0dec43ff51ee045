"""The HTML report: self-contained, escaped, and showing each finding the way readers need."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from report_fixtures import BAYSIDE, COPY, HARBOR, STRIKE, make_report

from consilience.model import Context, Evidence, Report
from consilience.report import render_html

XSS = "<script>alert(1)</script><img src=x onerror=alert(1)>"


class _Links(HTMLParser):
    """Collect tag names and every attribute that makes a browser fetch or follow something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.fetched: list[str] = []
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = {k: v or "" for k, v in attrs}
        self.ids.add(values.get("id", ""))
        if tag == "a":
            self.hrefs.append(values.get("href", ""))
        else:
            self.fetched += [values[k] for k in ("src", "href", "srcset") if k in values]


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def test_untrusted_text_is_shown_as_text_never_markup() -> None:
    hostile_article = replace(HARBOR, title=XSS, source=XSS)
    story = replace(
        STRIKE,
        title=XSS,
        claims=(replace(STRIKE.claims[0], text=XSS), *STRIKE.claims[1:]),
        quotes=(replace(STRIKE.quotes[0], canonical=XSS, speaker=XSS),),
    )
    html = render_html(make_report(story, articles=(hostile_article, BAYSIDE, COPY)))
    tags = _parse(html).tags
    assert "script" not in tags and "img" not in tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_nothing_is_fetched_from_the_network(report: Report) -> None:
    parsed = _parse(render_html(report))
    assert parsed.fetched == []
    assert "link" not in parsed.tags and "script" not in parsed.tags
    assert not re.search(r"url\(|@import", render_html(report))


def test_only_web_urls_become_links() -> None:
    sneaky = replace(HARBOR, url="javascript:alert(1)")
    html = render_html(make_report(STRIKE, articles=(sneaky, BAYSIDE, COPY)))
    hrefs = _parse(html).hrefs
    assert "javascript:alert(1)" not in hrefs
    assert "https://bayside.example/p" in hrefs


def test_every_internal_link_has_a_target(report: Report) -> None:
    parsed = _parse(render_html(report))
    for href in parsed.hrefs:
        if href.startswith("#"):
            assert href[1:] in parsed.ids, href


def test_brief_cites_sources_and_claims(report: Report) -> None:
    html = render_html(report)
    brief = html.split("<h3>Brief</h3>", 1)[1].split("<h3>", 1)[0]
    assert 'href="#s1-src-1"' in brief and 'href="#s1-src-2"' in brief
    assert 'href="#s1-claim-1"' in brief


def test_claims_carry_a_label_as_well_as_a_colour(report: Report) -> None:
    html = render_html(report)
    for css, label in [
        ("corroborated", "Corroborated"),
        ("contested", "Contested"),
        ("single_source", "Reported by one outlet only"),
    ]:
        assert re.search(rf'class="card {css}"[^>]*>\s*<span class="badge">{label}</span>', html)


def test_contradiction_shows_both_sides(report: Report) -> None:
    html = render_html(report)
    pair = html.split('<div class="pair">', 1)[1].split("</div>\n</div>", 1)[0]
    assert "three days" in pair and "five days" in pair


def test_altered_quote_words_are_highlighted(report: Report) -> None:
    html = render_html(report)
    assert 'role="alert"' in html and "1 altered quotation" in html
    row = html.split('<tr class="altered">', 1)[1].split("</tr>", 1)[0]
    assert "<mark>never</mark>" in row and '<del title="left out">not</del>' in row
    verbatim = html.split('<tr class="verbatim">', 1)[1].split("</tr>", 1)[0]
    assert "<mark>" not in verbatim and "<del" not in verbatim


def test_entities_and_framing_are_listed(report: Report) -> None:
    html = render_html(report)
    assert "<strong>Maria Ortiz</strong>" in html and "“Ortiz”, “M. Ortiz”" in html
    assert "<mark>walked out</mark>" in html


def test_works_on_a_phone_and_in_print(report: Report) -> None:
    html = render_html(report)
    assert 'name="viewport"' in html and "@media (max-width" in html and "@media print" in html


def test_story_without_claims_says_so() -> None:
    html = render_html(make_report(replace(STRIKE, claims=(), brief=(), framing=())))
    assert "No claims were found." in html and "there is no brief" in html


def test_a_part_of_a_sentence_is_shown_in_its_sentence_and_escaped() -> None:
    sentence = f"Pickets gathered at dawn {XSS}, and a cargo ship was diverted."
    start = sentence.index("a cargo")
    part = Evidence("a2", sentence[start:-1], 105 + start, 105 + len(sentence) - 1, 1.0)
    placed = replace(part, context=Context(sentence, 105, 105 + len(sentence)))
    solo = replace(STRIKE.claims[2], text=part.text, support=(placed,))
    html = render_html(make_report(replace(STRIKE, claims=(*STRIKE.claims[:2], solo))))
    assert '<strong class="part">a cargo ship was diverted</strong>.”' in html
    assert "Pickets gathered at dawn &lt;script&gt;" in html and "<script>" not in html


def test_a_disputed_brief_sentence_links_the_contradiction() -> None:
    disputed = replace(STRIKE.brief[0], disputed_by=("x1",))
    html = render_html(make_report(replace(STRIKE, brief=(disputed,))))
    brief = html.split("<h3>Brief</h3>", 1)[1].split("<h3>", 1)[0]
    assert '(disputed: <a href="#s1-contradiction-1">' in brief
    assert 'id="s1-contradiction-1"' in html


def test_brief_sentences_are_set_apart() -> None:
    second = replace(STRIKE.brief[0], text="Talks resume on Friday.")
    html = render_html(make_report(replace(STRIKE, brief=(STRIKE.brief[0], second))))
    assert "§1</a> \nTalks resume on Friday." in html
