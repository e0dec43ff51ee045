"""The Report as the JSON contract: to a dict, back from one, and as JSON text.

Lists keep the model's order, so the same Report always gives the same bytes
(apart from ``generated_at``).
"""

from __future__ import annotations

import json
from typing import Any

from consilience.model import (
    ArticleRecord,
    BriefSentence,
    Carried,
    Claim,
    Context,
    Contradiction,
    Entity,
    Evidence,
    Framing,
    FramingTerm,
    Provenance,
    Quote,
    QuoteVariant,
    Report,
    Story,
)
from consilience.report.schema import validate_report


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data following ``report.schema.json``."""
    return {
        "schema_version": report.schema_version,
        "generated_at": report.generated_at,
        "articles": [_article(a) for a in report.articles],
        "stories": [_story(s) for s in report.stories],
    }


def render_json(report: Report) -> str:
    """The report as indented UTF-8 JSON text (the public contract)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def report_from_dict(d: dict[str, Any]) -> Report:
    """The Report a contract dict describes; raises ``ReportError`` if it does not match."""
    validate_report(d)
    articles = tuple(_article_from(a) for a in d["articles"])
    copy_of = {a.id: a.copy_of for a in articles if a.copy_of}
    return Report(
        generated_at=d["generated_at"],
        articles=articles,
        stories=tuple(_story_from(s, copy_of) for s in d["stories"]),
        schema_version=d["schema_version"],
    )


def _article(a: ArticleRecord) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "url": a.url,
        "published": a.published,
        "language": a.language,
        "copy_of": a.copy_of,
        **({"origin": a.origin} if a.origin else {}),
    }


def _evidence(e: Evidence) -> dict[str, Any]:
    d: dict[str, Any] = {"article_id": e.article_id, "text": e.text, "start": e.start, "end": e.end}
    if e.score is not None:  # the contract types score as a number, never null
        d["score"] = e.score
    if e.context is not None:
        d["context"] = {"text": e.context.text, "start": e.context.start, "end": e.context.end}
    return d


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "status": c.status,
        "support": [_evidence(e) for e in c.support],
        "contradicted_by": [_evidence(e) for e in c.contradicted_by],
        "independent_support": c.independent_support,
        **({"provenance": _provenance(c.provenance)} if c.provenance else {}),
    }


def _provenance(p: Provenance) -> dict[str, Any]:
    return {
        "first_article_id": p.first_article_id,
        "first_published": p.first_published,
        "carried": [
            {"article_id": c.article_id, "from_article_id": c.from_article_id, "how": c.how}
            for c in p.carried
        ],
    }


def _contradiction(c: Contradiction) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": c.id,
        "kind": c.kind,
        "a": _evidence(c.a),
        "b": _evidence(c.b),
        "explanation": c.explanation,
    }
    if c.may_be_timing:
        d["may_be_timing"] = True
    return d


def _variant(v: QuoteVariant) -> dict[str, Any]:
    d: dict[str, Any] = {
        "article_id": v.article_id,
        "text": v.text,
        "start": v.start,
        "end": v.end,
        "fidelity": v.fidelity,
    }
    if v.similarity is not None:
        d["similarity"] = v.similarity
    if v.speaker_reason is not None:
        d["speaker_reason"] = v.speaker_reason
    return d


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "id": q.id,
        "speaker": q.speaker,
        "speaker_entity_id": q.speaker_entity_id,
        "canonical": q.canonical,
        "variants": [_variant(v) for v in q.variants],
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "article_ids": list(e.article_ids),
        "mentions": e.mentions,
    }


def _brief(b: BriefSentence) -> dict[str, Any]:
    d: dict[str, Any] = {
        "text": b.text,
        "citations": list(b.citations),
        "claim_ids": list(b.claim_ids),
    }
    if b.disputed_by:
        d["disputed_by"] = list(b.disputed_by)
    return d


def _term(t: FramingTerm) -> dict[str, Any]:
    return {
        "article_id": t.article_id,
        "source": t.source,
        "term": t.term,
        "kind": t.kind,
        "start": t.start,
        "end": t.end,
    }


def _framing(f: Framing) -> dict[str, Any]:
    return {"claim_id": f.claim_id, "terms": [_term(t) for t in f.terms]}


def _story(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "article_ids": list(s.article_ids),
        "independent_source_count": s.independent_source_count,
        "claims": [_claim(c) for c in s.claims],
        "contradictions": [_contradiction(c) for c in s.contradictions],
        "quotes": [_quote(q) for q in s.quotes],
        "entities": [_entity(e) for e in s.entities],
        "brief": [_brief(b) for b in s.brief],
        "framing": [_framing(f) for f in s.framing],
    }


def _article_from(d: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        id=d["id"],
        source=d["source"],
        title=d["title"],
        url=d["url"],
        published=d["published"],
        language=d["language"],
        copy_of=d["copy_of"],
        origin=d.get("origin"),
    )


def _evidence_from(d: dict[str, Any]) -> Evidence:
    c = d.get("context")
    context = Context(c["text"], c["start"], c["end"]) if c else None
    return Evidence(d["article_id"], d["text"], d["start"], d["end"], d.get("score"), context)


def _claim_from(d: dict[str, Any]) -> Claim:
    return Claim(
        id=d["id"],
        text=d["text"],
        status=d["status"],
        support=tuple(_evidence_from(e) for e in d["support"]),
        contradicted_by=tuple(_evidence_from(e) for e in d["contradicted_by"]),
        independent_support=d["independent_support"],
        provenance=_provenance_from(d["provenance"]) if "provenance" in d else None,
    )


def _provenance_from(d: dict[str, Any]) -> Provenance:
    carried = tuple(Carried(c["article_id"], c["from_article_id"], c["how"]) for c in d["carried"])
    return Provenance(d["first_article_id"], d["first_published"], carried)


def _contradiction_from(d: dict[str, Any]) -> Contradiction:
    return Contradiction(
        id=d["id"],
        kind=d["kind"],
        a=_evidence_from(d["a"]),
        b=_evidence_from(d["b"]),
        explanation=d["explanation"],
        may_be_timing=d.get("may_be_timing", False),
    )


def _quote_from(d: dict[str, Any]) -> Quote:
    variants = tuple(
        QuoteVariant(
            v["article_id"],
            v["text"],
            v["start"],
            v["end"],
            v["fidelity"],
            v.get("similarity"),
            v.get("speaker_reason"),
        )
        for v in d["variants"]
    )
    return Quote(d["id"], d["speaker"], d.get("speaker_entity_id"), d["canonical"], variants)


def _entity_from(d: dict[str, Any]) -> Entity:
    return Entity(
        id=d["id"],
        name=d["name"],
        type=d["type"],
        aliases=tuple(d["aliases"]),
        article_ids=tuple(d["article_ids"]),
        mentions=d.get("mentions", len(d["article_ids"])),
    )


def _brief_from(d: dict[str, Any]) -> BriefSentence:
    return BriefSentence(
        d["text"],
        tuple(d["citations"]),
        tuple(d.get("claim_ids", ())),
        tuple(d.get("disputed_by", ())),
    )


def _framing_from(d: dict[str, Any]) -> Framing:
    terms = tuple(
        FramingTerm(t["article_id"], t["source"], t["term"], t["kind"], t["start"], t["end"])
        for t in d["terms"]
    )
    return Framing(d["claim_id"], terms)


def _story_from(d: dict[str, Any], copy_of: dict[str, str]) -> Story:
    """A story; its copy links come from the articles' ``copy_of`` (the contract's place)."""
    return Story(
        id=d["id"],
        title=d["title"],
        article_ids=tuple(d["article_ids"]),
        independent_source_count=d["independent_source_count"],
        claims=tuple(_claim_from(c) for c in d["claims"]),
        contradictions=tuple(_contradiction_from(c) for c in d["contradictions"]),
        quotes=tuple(_quote_from(q) for q in d["quotes"]),
        entities=tuple(_entity_from(e) for e in d["entities"]),
        brief=tuple(_brief_from(b) for b in d["brief"]),
        framing=tuple(_framing_from(f) for f in d.get("framing", ())),
        copies=tuple((i, copy_of[i]) for i in d["article_ids"] if i in copy_of),
    )
