"""List the training split's quotes whose gold speaker no candidate names.

    python bench/speakers_missing.py ../shared/data/polnear_train.jsonl \\
        --cache-dir /work/cache/speakers [--limit N]

Candidate generation, not ranking, loses these quotes: reading them (the quote's
sentence, the two before it, the gold source, the candidates) shows which general
readings of the layout are missing. Needs the parsed-doc cache `bench/train_speakers.py`
writes. Only for the training split: dev is scored, never read case by case.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from quotes_eval import is_named, parse
from speakers_gap import kind_of
from train_speakers import examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--limit", type=int, default=1000)
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
    ordered = sorted(docs)
    missing = [e for e in examples(rows, docs) if is_named(e.gold) and not any(e.labels)]
    print(f"{len(missing)} quotes with a named gold speaker and no candidate naming it")
    for example in missing[: args.limit]:
        doc = docs[ordered[example.article]]
        sentence = doc.char_span(
            example.quote_start, example.quote_start + 1, alignment_mode="expand"
        )
        if sentence is None:
            continue
        sent = sentence.sent
        before = [s for s in doc.sents if s.end <= sent.start][-2:]
        print("=" * 70)
        print(f"[{kind_of(example)}] gold {example.gold!r} source {example.source!r}")
        for s in before:
            print("  <", s.text.replace("\n", " ")[:300])
        print("  >", sent.text.replace("\n", " ")[:400])
        print("  candidates:", [c.speaker.name for c in example.candidates])


if __name__ == "__main__":
    main()
