"""Page data built from stored stories and articles: never runs a model on page view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from consilience.api import Store, build_report, make_article
from consilience.errors import InputError
from consilience.model import Article, ClaimStatus, Evidence, Report, Story
from consilience.report.view import StoryView, story_views

SEPARATOR = "---"


@dataclass(frozen=True)
class Segment:
    """A run of article text, highlighted when a claim's evidence covers it."""

    text: str
    start: int
    status: ClaimStatus | None = None
    claim: str | None = None


def story_report(store: Store, story: Story) -> Report:
    """A report holding this one story and its articles."""
    return build_report(store, [story])


def story_view(store: Store, story: Story) -> StoryView:
    """The story with its sources numbered, as the report renderers see it."""
    return story_views(story_report(store, story))[0]


def segments(article: Article, story: Story | None) -> list[Segment]:
    """The article text cut into plain runs and runs that are a claim's evidence."""
    spans = sorted(_evidence(article.id, story), key=lambda item: item[0].start)
    parts: list[Segment] = []
    at = 0
    for evidence, status, claim in spans:
        if evidence.start < at or evidence.end > len(article.text):
            continue
        if evidence.start > at:
            parts.append(Segment(article.text[at : evidence.start], at))
        parts.append(
            Segment(article.text[evidence.start : evidence.end], evidence.start, status, claim)
        )
        at = evidence.end
    if at < len(article.text):
        parts.append(Segment(article.text[at:], at))
    return parts


def _evidence(article_id: str, story: Story | None) -> Iterable[tuple[Evidence, ClaimStatus, str]]:
    for claim in story.claims if story else ():
        for e in (*claim.support, *claim.contradicted_by):
            if e.article_id == article_id:
                yield e, claim.status, claim.text


def pasted_articles(text: str) -> list[Article]:
    """Articles from pasted text: blocks split by a ``---`` line; outlet, title, then body."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip() == SEPARATOR:
            blocks.append([])
        else:
            blocks[-1].append(line)
    chosen = [b for b in blocks if "".join(b).strip()]
    return [_pasted(n, block) for n, block in enumerate(chosen, start=1)]


def _pasted(number: int, block: list[str]) -> Article:
    lines = list(block)
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) < 3:
        raise InputError(
            f"pasted article {number}", "give the outlet, the title, then the text, one per line"
        )
    return make_article(
        f"pasted article {number}",
        source=lines[0].strip(),
        title=lines[1].strip(),
        text="\n".join(lines[2:]).strip(),
    )
