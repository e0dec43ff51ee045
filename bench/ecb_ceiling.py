"""How high ECB+ claim alignment can go when claims are facts: a gold-informed ceiling.

Usage: python bench/ecb_ceiling.py [--data DOCS.jsonl] [--mentions MENTIONS.jsonl]

``ecb_alignment.py`` counts a pair of sentences of different articles as positive when both
mention one event, wherever in the articles they stand. A claim of consilience is one fact,
and an article states a fact once, so a claim holds one sentence of each article; a sentence
may serve a second claim only through a clause of its own. This script builds claims from
the gold event chains themselves under those limits (each chain, the most widely reported
first, takes one sentence of each article, the one naming the fewest other events, until
every sentence has served ``cap`` claims) and scores them as ``ecb_alignment.py`` would. No
real system beats such an oracle by much: it knows every chain and never errs. The last row
lifts the one-sentence-per-article limit, which is what grouping whole events would need.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from pathlib import Path

from align_fit import SHARED
from ecb_missed import Key, Sentences

LIMITS = [
    (1, 1),
    (2, 1),
    (3, 1),
    (1, 2),
    (1, 99),
]  # (claims a sentence may serve, sentences per article)


def oracle_claims(
    keys: list[Key], chains: dict[Key, set[str]], cap: int, per_article: int
) -> list[list[Key]]:
    """Claims of one topic built from its gold chains under the two limits."""
    members: dict[str, set[Key]] = defaultdict(set)
    for key in keys:
        for chain in chains[key] - {""}:
            members[chain].add(key)
    used: Counter[Key] = Counter()
    claims = []
    for _, held in sorted(members.items(), key=lambda m: (-len({k[0] for k in m[1]}), m[0])):
        picked: dict[str, list[Key]] = defaultdict(list)
        for key in sorted(held, key=lambda k: (len(chains[k]), k[1])):
            if used[key] < cap and len(picked[key[0]]) < per_article:
                picked[key[0]].append(key)
        if len(picked) >= 2:
            claim = [key for keys_of_article in picked.values() for key in keys_of_article]
            claims.append(claim)
            used.update(claim)
    return claims


def score(sentences: Sentences, cap: int, per_article: int) -> tuple[int, int, int]:
    """Right, wrong and missed pairs of the oracle's claims, as ``ecb_alignment.py`` counts them."""
    by_topic: dict[str, list[Key]] = defaultdict(list)
    for key in sentences.chains:
        by_topic[key[0].split("_")[0]].append(key)
    tp = fp = fn = 0
    for keys in by_topic.values():
        together = {
            pair
            for claim in oracle_claims(keys, sentences.chains, cap, per_article)
            for pair in itertools.combinations(sorted(claim), 2)
        }
        for a, b in itertools.combinations(sorted(keys), 2):
            if a[0] == b[0]:
                continue
            gold = bool((sentences.chains[a] & sentences.chains[b]) - {""})
            predicted = (a, b) in together
            tp += gold and predicted
            fp += predicted and not gold
            fn += gold and not predicted
    return tp, fp, fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data/ecbplus_dev.jsonl")
    parser.add_argument("--mentions", type=Path, default=SHARED / "data/ecbplus_dev_mentions.jsonl")
    args = parser.parse_args()
    sentences = Sentences(args.data, args.mentions)
    for cap, per_article in LIMITS:
        tp, fp, fn = score(sentences, cap, per_article)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"claims per sentence <= {cap}, sentences per article <= {per_article}: "
            f"P={p:.3f} R={r:.3f} F1={f:.3f} (pairs: {tp} right, {fp} wrong, {fn} missed)"
        )


if __name__ == "__main__":
    main()
