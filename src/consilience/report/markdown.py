"""The report as Markdown: one section per story, readable as plain text too.

Article text is untrusted: every piece of it passes through ``_esc`` so it cannot
open links, images, HTML or emphasis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consilience.model import Claim, Contradiction, Evidence, Quote, QuoteVariant, Report
from consilience.report.matrix import carried_phrase
from consilience.report.view import (
    FIDELITY_LABELS,
    STATUS_LABELS,
    STATUS_ORDER,
    StoryView,
    altered_variants,
    in_sentence,
    is_flagged,
    story_views,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_SPACE = re.compile(r"\s+")
_LIST_START = re.compile(r"^(\d+)([.)])|^([-+=])")


def render_markdown(report: Report) -> str:
    """The whole report as one Markdown document."""
    views = story_views(report)
    head = [
        "# Consilience cross-check report",
        "",
        f"Generated {_esc(report.generated_at)}: {_count(len(views), 'story', 'stories')} "
        f"from {_count(len(report.articles), 'article', 'articles')}.",
    ]
    body = [line for view in views for line in _story(view)]
    return "\n".join([*head, *body]).rstrip() + "\n"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _esc(text: str) -> str:
    """Untrusted text as literal Markdown on one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def _words(e: Evidence) -> str:
    """A span in quotation marks; a part of a sentence shown in its sentence, the part bold."""
    around = in_sentence(e)
    if around is None:
        return f"“{_esc(e.text)}”"
    before, after = around
    left = " " if before[-1:].isspace() else ""
    right = " " if after[:1].isspace() else ""
    return f"“{_esc(before)}{left}**{_esc(e.text)}**{right}{_esc(after)}”"


def _esc_line(text: str) -> str:
    """Untrusted text that starts a line: also keep it from opening a list or rule."""
    return _LIST_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", _esc(text))


def _story(view: StoryView) -> Iterator[str]:
    story = view.story
    yield from ("", f"## {_esc(story.title)}", "")
    yield f"**Outlets:** {', '.join(_esc(o) for o in view.outlets())}  "
    yield f"**Independent sources:** {story.independent_source_count}"
    yield from ("",) if view.copies() else ()
    for copy, original in view.copies():
        how = carried_phrase(copy, original)
        yield f"- [{copy.number}] {how} [{original.number}]; counted once."
    for section in (_brief, _sources, _claims, _contradictions, _quotes, _entities, _framing):
        yield from section(view)


def _cite(view: StoryView, article_id: str) -> str:
    return f"[{view.source(article_id).number}]"


def _outlet(view: StoryView, evidence: Evidence | QuoteVariant) -> str:
    source = view.source(evidence.article_id)
    return f"{_esc(source.record.source)} [{source.number}]"


def _brief(view: StoryView) -> Iterator[str]:
    yield from ("", "### Brief", "")
    if not view.story.brief:
        yield "_No claim is corroborated by independent sources, so there is no brief._"
    for sentence in view.story.brief:
        cites = "".join(_cite(view, i) for i in sentence.citations)
        differs = " ".join(_esc(c.explanation) for _, c in view.disputes(sentence))
        note = f" _(disputed: {differs})_" if differs else ""
        yield f"{_esc_line(sentence.text)} {cites}{note}".rstrip()


def _sources(view: StoryView) -> Iterator[str]:
    yield from ("", "### Sources", "")
    for s in view.sources:
        r = s.record
        parts = [f"**{_esc(r.source)}**"]
        parts += [f"_{_esc(r.title)}_"] if r.title else []
        parts += [_esc(r.published)] if r.published else []
        parts += [f"<{s.link}>" if _plain_url(s.link) else _esc(s.link)] if s.link else []
        yield f"{s.number}. " + " — ".join(parts)


def _plain_url(url: str) -> bool:
    """Whether a URL can sit in an autolink unchanged (no spaces or angle brackets)."""
    return not re.search(r"[\s<>]", url)


def _claims(view: StoryView) -> Iterator[str]:
    yield from ("", "### Claims")
    if not view.story.claims:
        yield from ("", "_No claims were found._")
    for status in STATUS_ORDER:
        claims = view.claims(status)
        if claims:
            yield from ("", f"#### {STATUS_LABELS[status]} ({len(claims)})", "")
            for claim in claims:
                yield from _claim(view, claim)


def _claim(view: StoryView, claim: Claim) -> Iterator[str]:
    if claim.status == "single_source":
        outlets = ", ".join(dict.fromkeys(_outlet(view, e) for e in claim.support))
        yield f"- {_esc(claim.text)} — {outlets}"
        for e in (e for e in claim.support[:1] if e.context):
            yield f"  - in its sentence: {_words(e)}"
        return
    n = _count(claim.independent_support, "independent source", "independent sources")
    yield f"- **{_esc(claim.text)}** — {n}"
    for e in claim.support:
        yield f"  - {_outlet(view, e)}: {_words(e)}"
        for other in view.clashes(e):
            yield f"    - ✗ contradicted by {_outlet(view, other)}: {_words(other)}"
    for e in view.unplaced_clashes(claim):
        yield f"  - ✗ contradicted by {_outlet(view, e)}: {_words(e)}"


def _contradictions(view: StoryView) -> Iterator[str]:
    if not view.story.contradictions:
        return
    yield from ("", "### Contradictions", "", "| Kind | One outlet | Another outlet | Why |")
    yield "| --- | --- | --- | --- |"
    for c in view.story.contradictions:
        yield _contradiction_row(view, c)


def _contradiction_row(view: StoryView, c: Contradiction) -> str:
    a = f"{_outlet(view, c.a)}: {_words(c.a)}"
    b = f"{_outlet(view, c.b)}: {_words(c.b)}"
    return f"| {c.kind} | {a} | {b} | {_esc(c.explanation)} |"


def _quotes(view: StoryView) -> Iterator[str]:
    if not view.story.quotes:
        return
    yield from ("", "### Quotes")
    altered = altered_variants(view.story)
    if altered:
        yield ""
        yield (
            f"> **⚠ {_count(len(altered), 'altered quotation', 'altered quotations')}:** these"
            " outlets put words in quotation marks that differ from what others report."
        )
        for quote, variant in altered:
            yield f"> - {_outlet(view, variant)} quotes {_speaker(quote)}: “{_esc(variant.text)}”"
    for quote in view.story.quotes:
        yield from _quote(view, quote)


def _speaker(quote: Quote) -> str:
    return _esc(quote.speaker) if quote.speaker else "an unnamed speaker"


def _quote(view: StoryView, quote: Quote) -> Iterator[str]:
    yield from ("", f"#### {_speaker(quote)}: “{_esc(quote.canonical)}”", "")
    for v in quote.variants:
        label = FIDELITY_LABELS[v.fidelity]
        mark = f"**⚠ {label}**" if is_flagged(v) else label
        score = f" (similarity {v.similarity:.2f})" if v.similarity is not None else ""
        yield f"- {mark} — {_outlet(view, v)}: “{_esc(v.text)}”{score}"


def _entities(view: StoryView) -> Iterator[str]:
    if not view.story.entities:
        return
    yield from ("", "### Entities", "")
    for e in view.story.entities:
        aliases = f" — also: {', '.join(_esc(a) for a in e.aliases)}" if e.aliases else ""
        cites = "".join(_cite(view, i) for i in e.article_ids)
        yield f"- **{_esc(e.name)}** ({_esc(e.type)}){aliases} — {cites}"


def _framing(view: StoryView) -> Iterator[str]:
    if not view.story.framing:
        return
    yield from ("", "### Framing", "")
    for f in view.story.framing:
        yield f"- {_esc(view.claim_text(f.claim_id) or f.claim_id)}"
        outlets = dict.fromkeys(t.article_id for t in f.terms)
        for article_id in outlets:
            terms = [t for t in f.terms if t.article_id == article_id]
            words = ", ".join(f"“{_esc(t.term)}” ({t.kind})" for t in terms)
            yield f"  - {_esc(terms[0].source)} [{view.source(article_id).number}]: {words}"
