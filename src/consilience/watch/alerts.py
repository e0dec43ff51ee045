"""What a desk wants to hear about a story that changed: one Alert per change.

Alerts come from comparing the stored story before a round with the story after it, so
an unchanged story gives none, and a re-run of a round gives none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from consilience.model import Contradiction, Evidence, QuoteVariant, Story

AlertKind = Literal["new_story", "new_contradiction", "newly_corroborated", "new_quote_variant"]
Span = tuple[str, int, int]


@dataclass(frozen=True)
class Alert:
    """One change: its kind, the story, a line of text, and the articles it is about."""

    kind: AlertKind
    story_id: str
    text: str
    article_ids: tuple[str, ...]
    at: str

    def to_json(self) -> dict[str, object]:
        """The JSON object written for the alert (one a line)."""
        return {
            "kind": self.kind,
            "story_id": self.story_id,
            "text": self.text,
            "article_ids": list(self.article_ids),
            "at": self.at,
        }


def story_alerts(before: Story | None, after: Story, at: str) -> list[Alert]:
    """The changes from ``before`` (None: the story is new) to ``after``."""
    alerts: list[Alert] = []
    if before is None:
        alerts.append(Alert("new_story", after.id, after.title, after.article_ids, at))
    known = {_clash_key(c) for c in before.contradictions} if before else set()
    for clash in after.contradictions:
        if _clash_key(clash) not in known:
            ids = tuple(dict.fromkeys((clash.a.article_id, clash.b.article_id)))
            alerts.append(Alert("new_contradiction", after.id, clash.explanation, ids, at))
    if before is not None:
        alerts.extend(_corroborated(before, after, at))
        alerts.extend(_quote_variants(before, after, at))
    return alerts


def _span(e: Evidence | QuoteVariant) -> Span:
    return (e.article_id, e.start, e.end)


def _clash_key(clash: Contradiction) -> frozenset[Span]:
    """A contradiction by the two sentences it sets against each other (in either order)."""
    return frozenset((_span(clash.a), _span(clash.b)))


def _corroborated(before: Story, after: Story, at: str) -> list[Alert]:
    """Claims corroborated now whose sentences were in no corroborated claim before."""
    was = {_span(e) for c in before.claims if c.status == "corroborated" for e in c.support}
    return [
        Alert(
            "newly_corroborated",
            after.id,
            claim.text,
            tuple(dict.fromkeys(e.article_id for e in claim.support)),
            at,
        )
        for claim in after.claims
        if claim.status == "corroborated" and not any(_span(e) in was for e in claim.support)
    ]


def _quote_variants(before: Story, after: Story, at: str) -> list[Alert]:
    """New renderings of a quotation some outlet already reported before this round."""
    seen = {_span(v) for q in before.quotes for v in q.variants}
    known = [q for q in after.quotes if any(_span(v) in seen for v in q.variants)]
    return [
        Alert(
            "new_quote_variant",
            after.id,
            f"{quote.speaker or 'An unnamed speaker'}: “{variant.text}” ({variant.fidelity})",
            (variant.article_id,),
            at,
        )
        for quote in known
        for variant in quote.variants
        if _span(variant) not in seen
    ]
