"""Entity merging on ECB+: pairwise precision and recall against the entity coreference chains.

Usage: python bench/entities_eval.py /work/cache/ecbplus_annotated.pkl \
           [--mentions ../shared/data/ecbplus_dev_mentions.jsonl]

The pickle is the one `bench/stories_eval.py --cache` writes (annotated ECB+ dev articles
with their event and topic). The articles of each event are resolved together, as one
story. Every ECB+ entity mention that overlaps an NER mention takes that mention's entity;
over all pairs of such mentions in one event, precision is the share of pairs we put in one
entity that one ECB+ chain holds, recall the share of pairs one chain holds that we put in
one entity. Nothing is trained here, so no cross-validation is needed.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from consilience.crosscheck.entities import resolve_entities
from consilience.model import AnnotatedArticle

DEFAULT_MENTIONS = Path(__file__).resolve().parents[2] / "shared/data/ecbplus_dev_mentions.jsonl"


def _chains(path: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Article id -> (start, end, chain) of each ECB+ entity mention in a chain."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    with path.open() as lines:
        for line in lines:
            doc = json.loads(line)
            out[doc["id"]] = [
                (m["start"], m["end"], m["chain"]) for m in doc["entities"] if m["chain"]
            ]
    return out


def _pairs(
    articles: list[AnnotatedArticle], chains: dict[str, list[tuple[int, int, str]]]
) -> tuple[int, int, int]:
    """(pairs we join, pairs a chain joins, pairs both join) over one event's mentions."""
    index = resolve_entities(articles)
    found: list[tuple[str, str]] = []  # (our entity, gold chain)
    for annotated in articles:
        aid = annotated.article.id
        for start, end, chain in chains.get(aid, []):
            ours = next(
                (
                    index.entity_id_at(aid, m.start)
                    for m in annotated.mentions
                    if m.start < end and start < m.end
                ),
                None,
            )
            if ours is not None:
                found.append((ours, chain))
    ours_n = gold_n = both = 0
    for (e1, c1), (e2, c2) in combinations(found, 2):
        ours_n += e1 == e2
        gold_n += c1 == c2
        both += e1 == e2 and c1 == c2
    return ours_n, gold_n, both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cache", type=Path)
    parser.add_argument("--mentions", type=Path, default=DEFAULT_MENTIONS)
    args = parser.parse_args()
    with args.cache.open("rb") as f:
        labelled = pickle.load(f)
    events: dict[str, list[AnnotatedArticle]] = defaultdict(list)
    for annotated, event, _topic in labelled:
        events[str(event)].append(annotated)
    chains = _chains(args.mentions)
    ours = gold = both = 0
    for articles in events.values():
        o, g, b = _pairs(articles, chains)
        ours, gold, both = ours + o, gold + g, both + b
    precision, recall = both / max(ours, 1), both / max(gold, 1)
    print(f"events {len(events)}  pairs ours {ours}  gold {gold}  both {both}")
    print(f"entity pairs  P {precision:.3f}  R {recall:.3f}")


if __name__ == "__main__":
    main()
