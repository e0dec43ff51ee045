"""Score `analyze` on the bundled demo corpus against its answer key.

    python bench/demo_eval.py [--verbose]

Prints BCubed F1 of the stories, claim-status precision and recall (corroborated and
single-source claims of the key, matched to report claims by the key's phrases inside the
evidence sentences), contradiction precision and recall (a report contradiction is right
when its two sides hold a phrase of each side of a key contradiction; every other one,
including look-alikes the key lists as non-contradictions, counts as wrong), and quote
fidelity accuracy (each key rendering matched to the report variant in its article whose
text overlaps the key's phrase).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from consilience import analyze
from consilience.demo import corpus_path
from consilience.model import Evidence, Report

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "demo"))
from answer_key import AnswerKey, Phrase, load_answer_key


def ratio(good: int, total: int) -> str:
    return f"{good / total:.3f} ({good}/{total})" if total else "n/a (0/0)"


def key_refs(report: Report, key: AnswerKey) -> dict[str, str]:
    """Report article id -> the key's article reference."""
    refs: dict[str, str] = {}
    for article in report.articles:
        found = key.match(article.title, article.url)
        if found is not None:
            refs[article.id] = found.ref
    return refs


def holds(evidence: Evidence, phrase: Phrase, refs: dict[str, str]) -> bool:
    return refs.get(evidence.article_id) == phrase.article and phrase.phrase in evidence.text


def bcubed(report: Report, key: AnswerKey, refs: dict[str, str]) -> tuple[float, float]:
    gold = {ref: story.id for story in key.stories for ref in story.articles}
    predicted = {refs[i]: s.id for s in report.stories for i in s.article_ids if i in refs}
    items = [ref for ref in predicted if ref in gold]
    precision = recall = 0.0
    for item in items:
        same_pred = {o for o in items if predicted[o] == predicted[item]}
        same_gold = {o for o in items if gold.get(o, o) == gold.get(item, item)}
        precision += len(same_pred & same_gold) / len(same_pred)
        recall += len(same_pred & same_gold) / len(same_gold)
    return precision / len(items), recall / len(items)


def claim_status(report: Report, key: AnswerKey, refs: dict[str, str], verbose: bool) -> None:
    claims = [c for s in report.stories for c in s.claims]
    labelled: dict[str, list[tuple[str, str]]] = defaultdict(list)  # status -> (key, predicted)
    for story in key.stories:
        for expected, items in (
            ("corroborated", story.corroborated),
            ("single_source", story.single_source),
        ):
            for item in items:
                matches = [
                    c
                    for c in claims
                    if any(holds(e, p, refs) for e in c.support for p in item.evidence)
                ]
                best = max(
                    matches,
                    key=lambda c: sum(holds(e, p, refs) for e in c.support for p in item.evidence),
                    default=None,
                )
                labelled[expected].append((item.description, best.status if best else "missing"))
    for status in ("corroborated", "single_source"):
        pairs = labelled[status]
        right = sum(1 for _, got in pairs if got == status)
        for description, got in pairs:
            if verbose and got != status:
                print(f"  expected {status}, got {got}: {description}")
        claimed = sum(1 for pairs_ in labelled.values() for _, got in pairs_ if got == status)
        print(f"{status:<14} recall {ratio(right, len(pairs))}  precision {ratio(right, claimed)}")


def contradictions(report: Report, key: AnswerKey, refs: dict[str, str], verbose: bool) -> None:
    found = [c for s in report.stories for c in s.contradictions]
    gold = [c for s in key.stories for c in s.contradictions]

    def matches(a: Evidence, b: Evidence, left: Iterable[Phrase], right: Iterable[Phrase]) -> bool:
        left, right = list(left), list(right)
        return any(holds(a, p, refs) for p in left) and any(holds(b, p, refs) for p in right)

    hit = {
        g.description
        for g in gold
        for c in found
        if matches(c.a, c.b, g.a, g.b) or matches(c.b, c.a, g.a, g.b)
    }
    right = sum(
        1
        for c in found
        if any(matches(c.a, c.b, g.a, g.b) or matches(c.b, c.a, g.a, g.b) for g in gold)
    )
    for c in found:
        if verbose and not any(
            matches(c.a, c.b, g.a, g.b) or matches(c.b, c.a, g.a, g.b) for g in gold
        ):
            print(f"  wrong {c.kind}: {c.explanation}")
    print(
        f"contradictions recall {ratio(len(hit), len(gold))}  precision {ratio(right, len(found))}"
    )
    kinds = sorted({g.kind for g in gold})
    for kind in kinds:
        of_kind = [g for g in gold if g.kind == kind]
        print(f"  {kind:<12} found {sum(g.description in hit for g in of_kind)}/{len(of_kind)}")
        for g in of_kind:
            if verbose and g.description not in hit:
                print(f"    missed: {g.description}")


def quote_fidelity(report: Report, key: AnswerKey, refs: dict[str, str]) -> None:
    variants = [v for s in report.stories for q in s.quotes for v in q.variants]
    right = total = missing = 0
    for story in key.stories:
        for quote in story.quotes:
            for rendering in quote.renderings:
                total += 1
                match = next(
                    (
                        v
                        for v in variants
                        if refs.get(v.article_id) == rendering.article
                        and (rendering.phrase in v.text or v.text in rendering.phrase)
                    ),
                    None,
                )
                missing += match is None
                right += match is not None and match.fidelity == rendering.fidelity
    print(f"quote fidelity accuracy {ratio(right, total)}  (renderings not found: {missing})")


def entities(report: Report, key: AnswerKey, verbose: bool) -> None:
    """Key entity groups merged into one report entity (and typed right); pairs kept apart."""
    found = [
        ({e.name.casefold(), *(a.casefold() for a in e.aliases)}, e.type)
        for s in report.stories
        for e in s.entities
    ]
    merged = typed = apart = 0
    groups = [g for story in key.stories for g in story.entities]
    pairs = [p for story in key.stories for p in story.apart]
    for group in groups:
        # Every alias the report knows at all must sit in the entity named like the key's.
        names = {a.casefold() for a in group.aliases}
        known = {n for n in names if any(n in forms for forms, _ in found)}
        match = next(
            (kind for forms, kind in found if group.name.casefold() in forms and known <= forms),
            None,
        )
        merged += match is not None
        places = {"GPE", "LOC", "FAC"}
        typed += match == group.type or (match in places and group.type in places)
        if verbose and match != group.type:
            print(f"  entity {group.name}: {'not merged' if match is None else match}")
    for pair in pairs:
        apart += not any({pair.a.casefold(), pair.b.casefold()} <= forms for forms, _ in found)
    print(
        f"entities       merged {ratio(merged, len(groups))}  typed {ratio(typed, len(groups))}"
        f"  kept apart {ratio(apart, len(pairs))}"
    )


def quote_speakers(report: Report, key: AnswerKey, refs: dict[str, str]) -> None:
    """Key renderings whose report quote group names the key's speaker."""
    right = total = 0
    for story in key.stories:
        for quote in story.quotes:
            if quote.speaker is None:
                continue
            for rendering in quote.renderings:
                total += 1
                group = next(
                    (
                        q
                        for s in report.stories
                        for q in s.quotes
                        for v in q.variants
                        if refs.get(v.article_id) == rendering.article
                        and (rendering.phrase in v.text or v.text in rendering.phrase)
                    ),
                    None,
                )
                speaker = (group.speaker or "") if group else ""
                right += bool(speaker) and (speaker in quote.speaker or quote.speaker in speaker)
    print(f"quote speakers accuracy {ratio(right, total)}")


def framing(report: Report, key: AnswerKey, refs: dict[str, str], verbose: bool) -> None:
    """Key framing differences a report framing shows: a term in the key's phrase.

    Kinds are not compared: "insisted" is a loaded word and an attribution verb at once.
    """
    terms = [t for s in report.stories for f in s.framing for t in f.terms]
    items = [f for story in key.stories for f in story.framing]
    found = 0
    for item in items:
        hit = any(
            refs.get(t.article_id) == p.article and t.term.split()[-1] in p.phrase.split()
            for t in terms
            for p in item.phrases
        )
        found += hit
        if verbose and not hit:
            print(f"  framing missed: {item.description}")
    print(f"framing        recall {ratio(found, len(items))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    verbose = parser.parse_args().verbose
    key = load_answer_key()
    with tempfile.TemporaryDirectory() as tmp:
        report = analyze([str(corpus_path())], db=Path(tmp) / "demo.db").report
    refs = key_refs(report, key)
    precision, recall = bcubed(report, key, refs)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"articles matched to the key: {len(refs)}/{len(key.articles)}")
    print(f"stories        BCubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    claim_status(report, key, refs, verbose)
    contradictions(report, key, refs, verbose)
    quote_fidelity(report, key, refs)
    quote_speakers(report, key, refs)
    entities(report, key, verbose)
    framing(report, key, refs, verbose)


if __name__ == "__main__":
    main()
