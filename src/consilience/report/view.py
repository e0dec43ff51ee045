"""What the Markdown and HTML renderers both need: numbered sources, grouped claims, word diffs.

Renderers only lay out; every decision about what a reader sees is made here once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

from consilience.model import (
    ArticleRecord,
    BriefSentence,
    Claim,
    ClaimStatus,
    Contradiction,
    Evidence,
    Quote,
    QuoteVariant,
    Report,
    Story,
)
from consilience.report.matrix import (
    carried_phrase,
    claim_matrix,
    independence_note,
    provenance_lines,
)

STATUS_ORDER: tuple[ClaimStatus, ...] = ("corroborated", "contested", "single_source")
STATUS_LABELS: dict[ClaimStatus, str] = {
    "corroborated": "Corroborated",
    "contested": "Contested",
    "single_source": "Reported by one outlet only",
}
FIDELITY_LABELS = {
    "verbatim": "verbatim",
    "minor_edit": "minor edit",
    "altered": "ALTERED",
    "paraphrase": "paraphrase",
}
DiffOp = Literal["same", "changed", "missing"]
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Source:
    """An article as a story cites it: its number in the story's source list."""

    number: int
    record: ArticleRecord

    @property
    def link(self) -> str | None:
        """The article URL when it is safe to link (http or https only, never javascript:)."""
        url = self.record.url
        return url if url and urlsplit(url.strip()).scheme.lower() in {"http", "https"} else None


@dataclass(frozen=True)
class StoryView:
    """One story with its sources numbered in the order the story lists its articles."""

    story: Story
    sources: tuple[Source, ...]

    def source(self, article_id: str) -> Source:
        """The numbered source of an article id (every id the story cites is numbered)."""
        return next(s for s in self.sources if s.record.id == article_id)

    def claims(self, status: ClaimStatus) -> tuple[Claim, ...]:
        """The story's claims with one status, in the story's order."""
        return tuple(c for c in self.story.claims if c.status == status)

    def clashes(self, evidence: Evidence) -> tuple[Evidence, ...]:
        """The sentences that contradict one supporting sentence.

        A contradiction hits a sentence, not the whole claim: under a corroborated claim it
        belongs beside the supporting sentence that states the clashing detail.
        """
        found = (
            other
            for c in self.story.contradictions
            for own, other in ((c.a, c.b), (c.b, c.a))
            if _same_span(own, evidence)
        )
        return tuple(dict.fromkeys(found))

    def unplaced_clashes(self, claim: Claim) -> tuple[Evidence, ...]:
        """A claim's contradicting sentences that no supporting sentence's clashes list."""
        placed = [other for e in claim.support for other in self.clashes(e)]
        return tuple(e for e in claim.contradicted_by if not any(_same_span(e, p) for p in placed))

    def disputes(self, sentence: BriefSentence) -> tuple[tuple[int, Contradiction], ...]:
        """The contradictions disputing a brief sentence, each with its 1-based position."""
        listed = enumerate(self.story.contradictions, start=1)
        return tuple((k, c) for k, c in listed if c.id in sentence.disputed_by)

    def claim_number(self, claim_id: str) -> int | None:
        """1-based position of a claim in the story, for anchors and cross-references."""
        ids = [c.id for c in self.story.claims]
        return ids.index(claim_id) + 1 if claim_id in ids else None

    def claim_text(self, claim_id: str) -> str | None:
        """The representative wording of a claim id, if the story has that claim."""
        return next((c.text for c in self.story.claims if c.id == claim_id), None)

    def outlets(self) -> tuple[str, ...]:
        """Distinct outlet names of the story's own articles, in order."""
        ids = set(self.story.article_ids)
        return tuple(dict.fromkeys(s.record.source for s in self.sources if s.record.id in ids))

    def copies(self) -> tuple[tuple[Source, Source], ...]:
        """(copy, original) pairs among the story's sources: near-copies are not independent."""
        by_id = {s.record.id: s for s in self.sources}
        return tuple(
            (s, by_id[s.record.copy_of])
            for s in self.sources
            if s.record.copy_of and s.record.copy_of in by_id
        )


def _same_span(a: Evidence, b: Evidence) -> bool:
    return (a.article_id, a.start, a.end) == (b.article_id, b.start, b.end)


def story_views(report: Report) -> tuple[StoryView, ...]:
    """A view per story, sources numbered from 1 within each story."""
    records = {a.id: a for a in report.articles}
    return tuple(_view(story, records) for story in report.stories)


def _view(story: Story, records: dict[str, ArticleRecord]) -> StoryView:
    ids = dict.fromkeys([*story.article_ids, *_cited_ids(story)])
    sources = tuple(
        Source(n, records.get(i) or ArticleRecord(i, i, None, None, None, None, None))
        for n, i in enumerate(ids, start=1)
    )
    return StoryView(story, sources)


def _cited_ids(story: Story) -> Iterator[str]:
    """Every article id a finding points at, so a citation never lacks a source entry."""
    for claim in story.claims:
        yield from (e.article_id for e in (*claim.support, *claim.contradicted_by))
    for c in story.contradictions:
        yield from (c.a.article_id, c.b.article_id)
    for q in story.quotes:
        yield from (v.article_id for v in q.variants)
    for b in story.brief:
        yield from b.citations
    for e in story.entities:
        yield from e.article_ids
    for f in story.framing:
        yield from (t.article_id for t in f.terms)


def is_flagged(variant: QuoteVariant) -> bool:
    """Whether a rendering changes the speaker's words (what readers most need to see)."""
    return variant.fidelity == "altered"


def altered_variants(story: Story) -> tuple[tuple[Quote, QuoteVariant], ...]:
    """Every altered rendering in the story, with its quote."""
    return tuple((q, v) for q in story.quotes for v in q.variants if is_flagged(v))


def word_diff(canonical: str, variant: str) -> tuple[tuple[DiffOp, str], ...]:
    """The variant's words against the canonical wording, word by word.

    ``changed`` marks the variant's words that the canonical lacks or words differently;
    ``missing`` marks canonical words the variant leaves out from within its own span (an
    outlet quoting only the start or end of a statement has left nothing out of its excerpt).
    """
    old, new = _WORD.findall(canonical), _WORD.findall(variant)
    matcher = difflib.SequenceMatcher(a=[_norm(w) for w in old], b=[_norm(w) for w in new])
    parts: list[tuple[DiffOp, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(("same", " ".join(new[j1:j2])))
            continue
        if i2 > i1 and tag in {"delete", "replace"}:
            parts.append(("missing", " ".join(old[i1:i2])))
        if j2 > j1:
            parts.append(("changed", " ".join(new[j1:j2])))
    return _trim_missing(parts)


def _trim_missing(parts: list[tuple[DiffOp, str]]) -> tuple[tuple[DiffOp, str], ...]:
    """Drop canonical words left out before the excerpt starts or after it ends."""
    while parts and parts[0][0] == "missing":
        parts.pop(0)
    while parts and parts[-1][0] == "missing":
        parts.pop()
    return tuple(parts)


def _norm(word: str) -> str:
    """Compare words without case or surrounding punctuation (minor edits are not changes)."""
    return word.strip(".,;:!?\"'“”‘’()[]").casefold()


def in_sentence(e: Evidence) -> tuple[str, str] | None:
    """The text of a part's sentence before and after it, for showing the part in its
    sentence; None when the evidence is a whole sentence (it has no ``context``)."""
    c = e.context
    return None if c is None else (c.text[: e.start - c.start], c.text[e.end - c.start :])


@cache
def template_environment(package: str) -> Environment:
    """Templates of ``package``, with the view helpers every report page uses.

    Autoescaping is on: every article string is untrusted. Built once per package;
    templates are read-only package data.
    """
    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        status_order=STATUS_ORDER,
        status_labels=STATUS_LABELS,
        fidelity_labels=FIDELITY_LABELS,
        altered_variants=altered_variants,
        is_flagged=is_flagged,
        word_diff=word_diff,
        in_sentence=in_sentence,
        carried_phrase=carried_phrase,
        claim_matrix=claim_matrix,
        independence_note=independence_note,
        provenance_lines=provenance_lines,
    )
    return env
