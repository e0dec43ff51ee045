"""List the training split's quotes whose speaker the ranker misses, with their context.

    python bench/speakers_missing.py ../shared/data/polnear_train.jsonl \\
        --cache-dir /work/cache/speakers [--limit N] [--ranked-wrong]

By default: quotes whose gold speaker no candidate names. Candidate generation, not
ranking, loses these: reading them (the quote's sentence, the two before it, the gold
source, the candidates) shows which general readings of the layout are missing.

With ``--ranked-wrong``: quotes whose gold speaker is a candidate but that the ranker
gets wrong in 5-fold cross-validation by article (the shipped model's regularisation and
threshold, as `bench/train_speakers.py` chooses them), in the two biggest classes: a
pronoun source given someone else, a named source given nobody. Each lists the chosen
and the right candidates with their held-out probability and features, so that errors
can be grouped by cause into candidate features the ranker can weigh.

Needs the parsed-doc cache `bench/train_speakers.py` writes. Only for the training
split: dev is scored, never read case by case.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from consilience.nlp.candidates import Candidate
from consilience.nlp.ranker import SpeakerModel, speaker_model
from quotes_eval import is_named, parse, speaker_right
from speakers_gap import kind_of
from train_speakers import FOLDS, MODEL_FILE, Example, examples, fit

# Features every candidate of a quote shares or that say little on their own: left out
# of the listing so the evidence that tells candidates apart stands out.
UNLISTED = frozenset({"near", "mentions", "has_cue"})


def show(example: Example, doc: Doc) -> None:
    """The quote's sentence, the two before it, the gold source and the candidates."""
    sentence = doc.char_span(example.quote_start, example.quote_start + 1, alignment_mode="expand")
    if sentence is None:
        return
    sent = sentence.sent
    before = [s for s in doc.sents if s.end <= sent.start][-2:]
    print("=" * 70)
    print(f"[{kind_of(example)}] gold {example.gold!r} source {example.source!r}")
    for s in before:
        print("  <", s.text.replace("\n", " ")[:300])
    print("  >", sent.text.replace("\n", " ")[:400])
    print("  candidates:", [c.speaker.name for c in example.candidates])


def described(candidate: Candidate, model: SpeakerModel) -> str:
    """A candidate's name, held-out probability and telling features."""
    features = " ".join(
        f"{f}={v:.2g}" for f, v in sorted(candidate.features.items()) if v and f not in UNLISTED
    )
    return f"{candidate.speaker.name} p={model.probability(candidate.features):.2f} {features}"


def held_out(data: list[Example]) -> Iterator[tuple[Example, SpeakerModel]]:
    """Each quote with the model fitted on the folds its article is not in."""
    shipped = speaker_model()
    strength = float(json.loads(MODEL_FILE.read_text("utf-8"))["regularisation_c"])
    names = sorted({n for e in data for c in e.candidates for n in c.features})
    for fold in range(FOLDS):
        train = [e for e in data if e.article % FOLDS != fold]
        weights, bias = fit(train, names, strength)
        model = SpeakerModel(weights, bias, shipped.threshold)
        yield from ((e, model) for e in data if e.article % FOLDS == fold)


def error_class(example: Example, chosen: Candidate | None) -> str | None:
    """Which of the two ranked-wrong classes a quote falls in, if either."""
    name = chosen.speaker.name if chosen is not None else None
    if not any(example.labels) or speaker_right(name, example.gold):
        return None
    if chosen is None and is_named(example.gold):
        return "named source given nobody"
    return "pronoun source ranked wrong" if kind_of(example) == "pronoun" else None


def ranked_wrong(data: list[Example], docs: dict[str, Doc], limit: int) -> None:
    """List the held-out errors of the two biggest ranked-wrong classes."""
    ordered = sorted(docs)
    found: dict[str, list[tuple[Example, SpeakerModel, Candidate | None]]] = {}
    for example, model in held_out(data):
        chosen = model.choose(example.candidates)
        kind = error_class(example, chosen)
        if kind is not None:
            found.setdefault(kind, []).append((example, model, chosen))
    for kind, errors in sorted(found.items()):
        print(f"##### {kind}: {len(errors)} of {len(data)} quotes")
        for example, model, chosen in errors[:limit]:
            show(example, docs[ordered[example.article]])
            if chosen is not None:
                print("  chosen:", described(chosen, model))
            for candidate, right in zip(example.candidates, example.labels, strict=True):
                if right:
                    print("  right: ", described(candidate, model))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--ranked-wrong", action="store_true")
    args = parser.parse_args()
    text = args.data.read_text("utf-8")
    rows: list[dict[str, Any]] = [json.loads(line) for line in text.splitlines()]
    rows = [r for r in rows if r.get("text")]
    docs = {
        d.text: d
        for d in parse(
            sorted({r["text"] for r in rows}), args.cache_dir / f"{args.data.stem}.spacy"
        )[0]
    }
    data = examples(rows, docs)
    if args.ranked_wrong:
        ranked_wrong(data, docs, args.limit)
        return
    ordered = sorted(docs)
    missing = [e for e in data if is_named(e.gold) and not any(e.labels)]
    print(f"{len(missing)} quotes with a named gold speaker and no candidate naming it")
    for example in missing[: args.limit]:
        show(example, docs[ordered[example.article]])


if __name__ == "__main__":
    main()
