"""How high ECB+ claim alignment can go when claims are facts: a gold-informed ceiling.

Usage: python bench/ecb_ceiling.py [--data DOCS.jsonl] [--mentions MENTIONS.jsonl]

``ecb_alignment.py`` counts a pair of sentences of different articles as positive when both
mention one event, wherever in the articles they stand. A claim of consilience is one fact,
and an article states a fact once, so a claim holds one sentence of each article; a sentence
may serve a second claim only through a clause of its own. This script builds claims from
the gold event chains themselves under those limits (each chain, the most widely reported
first, takes one sentence of each article, the one naming the fewest other events, until
every sentence has served ``cap`` claims) and scores them as ``ecb_alignment.py`` would. No
real system beats such an oracle by much: it knows every chain and never errs. Rows with a
headline let an article's opening line with no full stop (a headline, as ``one_fact`` reads
it) join a claim beside its sentence, since a headline restates its lead. The last rows lift
the one-sentence-per-article limit, which is what grouping whole events would need.

Each row is scored twice: by the sentences themselves, and as ``ecb_alignment.py`` reads a
report, which finds a support's line as the first line of its article equal to it or holding
its text or held in it. Some annotated sentences are then read as another line (mostly an
ECB+ headline whose words are the web address on the line above it), so pairs of theirs can
never count, whatever a report does.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter, defaultdict
from pathlib import Path

from align_fit import SHARED
from consilience.crosscheck.standalone import END
from consilience.ingest.wraps import WEB_ADDRESS
from ecb_missed import Key, Sentences

# (claims a sentence may serve, sentences per article, whether a headline may join besides)
LIMITS = [
    (1, 1, False),
    (2, 1, False),
    (3, 1, False),
    (1, 1, True),
    (2, 1, True),
    (1, 2, False),
    (1, 99, False),
]


def headlines(data: Path) -> set[Key]:
    """Each article's opening line when it has no full stop: a headline (a web address
    standing above it, as ingest drops it, is skipped)."""
    found = set()
    for row in map(json.loads, data.open(encoding="utf-8")):
        lines = row["text"].split("\n")
        opening = (k for k, line in enumerate(lines) if line.strip())
        first = next((k for k in opening if not WEB_ADDRESS.match(lines[k])), None)
        if first is not None and not END.search(lines[first]):
            found.add((row["id"], first))
    return found


def oracle_claims(
    keys: list[Key], chains: dict[Key, set[str]], cap: int, per_article: int, heads: set[Key]
) -> list[list[Key]]:
    """Claims of one topic built from its gold chains under the limits (``heads``: headlines
    that may join a claim beside their article's sentence)."""
    members: dict[str, set[Key]] = defaultdict(set)
    for key in keys:
        for chain in chains[key] - {""}:
            members[chain].add(key)
    used: Counter[Key] = Counter()
    claims = []
    for _, held in sorted(members.items(), key=lambda m: (-len({k[0] for k in m[1]}), m[0])):
        picked: dict[str, list[Key]] = defaultdict(list)
        for key in sorted(held, key=lambda k: (len(chains[k]), k[1])):
            body = sum(1 for k in picked.get(key[0], []) if k not in heads)
            if used[key] < cap and (key in heads or body < per_article):
                picked[key[0]].append(key)
        if len(picked) >= 2:
            claim = [key for keys_of_article in picked.values() for key in keys_of_article]
            claims.append(claim)
            used.update(claim)
    return claims


def score(
    sentences: Sentences, cap: int, per_article: int, heads: set[Key], *, as_read: bool
) -> tuple[int, int, int]:
    """Right, wrong and missed pairs of the oracle's claims, as ``ecb_alignment.py`` counts them
    (``as_read``: with each cited sentence found as that script finds it)."""
    by_topic: dict[str, list[Key]] = defaultdict(list)
    for key in sentences.chains:
        by_topic[key[0].split("_")[0]].append(key)
    tp = fp = fn = 0
    for keys in by_topic.values():
        claims = oracle_claims(keys, sentences.chains, cap, per_article, heads)
        if as_read:
            claims = [[sentences.read_back(key) for key in claim] for claim in claims]
        together = {pair for claim in claims for pair in itertools.combinations(sorted(claim), 2)}
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
    found = headlines(args.data)
    for cap, per_article, with_headline in LIMITS:
        row = [f"claims per sentence <= {cap}, sentences per article <= {per_article}"]
        row[0] += " and a headline" if with_headline else ""
        for as_read in (False, True):
            tp, fp, fn = score(
                sentences, cap, per_article, found if with_headline else set(), as_read=as_read
            )
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            f = 2 * p * r / (p + r) if p + r else 0.0
            row.append(f"{'as read' if as_read else 'exact'} P={p:.3f} R={r:.3f} F1={f:.3f}")
        print(" | ".join(row))


if __name__ == "__main__":
    main()
