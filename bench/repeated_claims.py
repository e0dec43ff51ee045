"""Count the facts a report shows twice: claim pairs of one story holding the same sentences.

Usage: python bench/repeated_claims.py REPORT.json [REPORT.json ...] [--show N]

Two claims several outlets support are counted as one fact shown twice when at least
``SHARED`` of the sentences supporting the claim with fewer also support the other (a
support's sentence is its article and the start of its context, or of its span when it is
a whole sentence). Some such pairs are two facts told in the same sentences ("marches in
two cities"), so the count bounds the repeats from above; ``--show`` prints pairs to read.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED = 0.8

Claim = dict[str, Any]


def sentences(claim: Claim) -> frozenset[tuple[str, int]]:
    """Where each of a claim's supports sits: (article id, start of its sentence)."""
    return frozenset((e["article_id"], (e.get("context") or e)["start"]) for e in claim["support"])


def repeated_pairs(story: dict[str, Any]) -> Iterator[tuple[Claim, Claim]]:
    """The story's pairs of multi-outlet claims holding mostly the same sentences."""
    claims = [c for c in story["claims"] if c["independent_support"] >= 2]
    held = [sentences(c) for c in claims]
    for i, j in itertools.combinations(range(len(claims)), 2):
        if len(held[i] & held[j]) >= SHARED * min(len(held[i]), len(held[j])):
            yield claims[i], claims[j]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many pairs a report")
    args = parser.parse_args()
    for path in args.reports:
        stories = json.loads(path.read_text(encoding="utf-8"))["stories"]
        pairs = [pair for story in stories for pair in repeated_pairs(story)]
        several = sum(c["independent_support"] >= 2 for s in stories for c in s["claims"])
        print(f"{path}: {len(pairs)} repeated pairs among {several} multi-outlet claims")
        for a, b in pairs[: args.show]:
            print(f"  A: {a['text'][:160]}\n  B: {b['text'][:160]}")


if __name__ == "__main__":
    main()
