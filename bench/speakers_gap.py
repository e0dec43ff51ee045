"""Why speaker accuracy differs between the PolNeAR training split and dev: the diagnosis.

    python bench/speakers_gap.py ../shared/data/polnear_train.jsonl \\
        --dev ../shared/data/polnear_dev.jsonl --cache-dir /work/cache/speakers

Needs the parsed-doc caches `bench/train_speakers.py` writes. For each split it prints,
over the found gold direct quotes with a checkable speaker: the oracle (share whose gold
speaker is among the candidates, or is unnamed, so that None is right), the accuracy of
the shipped model, and both by the kind of gold source (a name, a pronoun resolved from
the annotation, an unnamed source); for articles annotated twice, how often the two
annotators' gold speakers for the same quote agree. A gap in the oracle is a candidate
problem; a gap in accuracy at equal oracle is a ranking problem.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from consilience.nlp.ranker import speaker_model
from quotes_eval import PRONOUNS, RELATIVES, is_named, parse, speaker_right
from train_speakers import Example, examples


def kind_of(example: Example) -> str:
    """How the annotation names the source: name, pronoun (resolved), unnamed."""
    if example.source.lower() in PRONOUNS | RELATIVES:
        return "pronoun" if is_named(example.gold) else "pronoun-unresolved"
    return "name" if is_named(example.gold) else "unnamed"


def summary(label: str, data: list[Example]) -> None:
    """Oracle and model accuracy overall and by kind of gold source."""
    model = speaker_model()
    groups: dict[str, list[Example]] = {"all": data}
    for example in data:
        groups.setdefault(kind_of(example), []).append(example)
    print(f"== {label}: {len(data)} found checkable gold direct quotes")
    for name, group in sorted(groups.items(), key=lambda g: -len(g[1])):
        oracle = sum(any(e.labels) or not is_named(e.gold) for e in group)
        right = 0
        for e in group:
            best = model.choose(e.candidates)
            right += speaker_right(best.speaker.name if best else None, e.gold)
        n = len(group)
        print(f"  {name:20s} n={n:5d} oracle {oracle / n:.3f}  model {right / n:.3f}")


def agreement(data: list[Example]) -> None:
    """For quotes annotated by two people: how often their gold speakers agree."""
    by_quote: dict[tuple[int, int], list[str]] = {}
    for e in data:
        by_quote.setdefault((e.article, e.quote_start), []).append(e.gold)
    pairs = [g for g in by_quote.values() if len(g) > 1]
    same = sum(speaker_right(g[0], g[1]) if is_named(g[1]) else not is_named(g[0]) for g in pairs)
    print(
        f"  quotes annotated twice {len(pairs)}, "
        f"gold speakers agree {same / max(len(pairs), 1):.3f}"
    )


def load(path: Path, cache: Path) -> list[Example]:
    rows: list[dict[str, Any]] = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r.get("text")]
    docs, _ = parse(sorted({r["text"] for r in rows}), cache)
    return examples(rows, {d.text: d for d in docs})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    for path in (args.data, args.dev):
        data = load(path, args.cache_dir / f"{path.stem}.spacy")
        summary(path.stem, data)
        agreement(data)
        print("  sources:", Counter(kind_of(e) for e in data).most_common())


if __name__ == "__main__":
    main()
