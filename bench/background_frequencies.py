"""Count the general-news document frequencies the story clusterer adds to its running ones.

Usage: python bench/background_frequencies.py /work/shared/data/polnear_train.jsonl

Counts, over the distinct articles of PolNeAR's training part (US political news from
seven outlets, 2015-2016; no ECB+ topic and no story the clusterer is measured on), how
many articles contain each token the clusterer compares, and writes the tokens found in
at least two articles into ``src/consilience/stories/background_frequencies.json``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from consilience.stories.features import tokens

OUTPUT = Path(__file__).resolve().parent.parent / "src/consilience/stories"
MIN_DOCUMENTS = 2  # a token seen once says little and would only grow the file


def count(path: Path) -> tuple[int, Counter[str]]:
    """The number of distinct articles and each token's document frequency."""
    seen: set[str] = set()
    frequencies: Counter[str] = Counter()
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] not in seen:
            seen.add(row["id"])
            frequencies.update(set(tokens(row["text"])))
    return len(seen), frequencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    args = parser.parse_args()
    documents, frequencies = count(args.data)
    kept = {t: n for t, n in sorted(frequencies.items()) if n >= MIN_DOCUMENTS}
    data = {
        "source": (
            "Document frequencies of clusterer tokens over the distinct articles of PolNeAR "
            "train (Newell, Margolin and Ruths, LREC 2018), made by "
            "bench/background_frequencies.py; tokens in fewer than 2 articles left out."
        ),
        "documents": documents,
        "counts": kept,
    }
    target = OUTPUT / "background_frequencies.json"
    target.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{documents} articles, {len(kept)} of {len(frequencies)} tokens -> {target}")


if __name__ == "__main__":
    main()
