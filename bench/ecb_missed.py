"""Where the ECB+ claim-alignment pairs a report misses are: the recall budget by cause.

Usage: python bench/ecb_missed.py REPORT.json [--cache ANNOTATED.pkl]

REPORT is the JSON report of ``ecbplus_dev.jsonl`` (as ``ecb_alignment.py`` scores it). Each
missed gold pair (two sentences of different articles sharing an event chain, never evidence
of one claim) is put in the first class that fits: (s) ``ecb_alignment.py`` finds one
sentence at another line of its article (a headline whose words are the web address above
it, a line repeated later), so no report can have the pair counted; (a) the articles are in
different stories; (d) one sentence is mostly quoted speech or too short to be a claim unit; (e) one
article's other sentence already supports a claim holding the other sentence; (b) both
support claims of several outlets, different ones; (c) the rest: one sentence is in no claim
or only in a one-outlet claim. With ``--cache`` (annotated articles, as ``align_fit.py``
reads them) the pair model's probability of the (b) and (e) pairs is binned too.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from align_fit import SHARED, Labelled, clustered, prepare
from consilience.crosscheck.alignment import combine, default_align_model

Key = tuple[str, int]  # (ECB+ document, line)
Pair = tuple[Key, Key]
BINS = [0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.01]
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


class Sentences:
    """The annotated sentences and their event chains, found as ``ecb_alignment.py`` finds them."""

    def __init__(self, docs: Path, mentions: Path) -> None:
        self.lines = {
            row["id"]: [_norm(x) for x in row["text"].split("\n")]
            for row in map(json.loads, docs.open(encoding="utf-8"))
        }
        self.chains: dict[tuple[str, int], set[str]] = {}
        for row in map(json.loads, mentions.open(encoding="utf-8")):
            for m in row["events"]:
                self.chains.setdefault((row["id"], m["sentence"]), set()).add(m["chain"] or "")

    def read_back(self, key: Key) -> Key:
        """The line ``line_of`` finds for the sentence at ``key`` when a report cites it."""
        doc, line = key
        found = self.line_of(doc, self.lines[doc][line])
        return doc, line if found is None else found

    def line_of(self, doc: str, text: str) -> int | None:
        n = _norm(text)
        for i, x in enumerate(self.lines.get(doc, [])):
            if x and (x == n or x in n or n in x):
                return i
        return None


def _quoted_or_short(text: str) -> bool:
    inside = sum(len(m.group()) for m in _QUOTED.finditer(text))
    return inside >= len(text) / 2 or len(re.findall(r"[A-Za-z]+", text)) < 5


def classify(
    report: dict[str, Any], sentences: Sentences, texts: dict[str, list[str]]
) -> dict[str, list[Pair]]:
    """Missed gold pairs by class (see the module docstring)."""
    source = {a["id"]: a["source"] for a in report["articles"]}
    story_of: dict[str, int] = {}
    claims_of: dict[Key, set[int]] = defaultdict(set)  # sentence -> claims it is evidence of
    docs_of: dict[int, set[str]] = defaultdict(set)  # claim -> its articles
    wide: set[int] = set()  # claims of several outlets
    together: set[Pair] = set()
    n = 0
    for s, story in enumerate(report["stories"]):
        story_of.update(dict.fromkeys((source[a] for a in story["article_ids"]), s))
        for claim in story["claims"]:
            n += 1
            if claim["independent_support"] >= 2:
                wide.add(n)
            held: set[Key] = set()
            for e in claim["support"] + claim.get("contradicted_by", []):
                doc = source[e["article_id"]]
                docs_of[n].add(doc)
                line = sentences.line_of(doc, e["text"])
                if line is not None:
                    held.add((doc, line))
                    claims_of[(doc, line)].add(n)
            together.update(itertools.combinations(sorted(held), 2))
    by_topic: dict[str, list[Key]] = defaultdict(list)
    for key in sentences.chains:
        by_topic[key[0].split("_")[0]].append(key)
    found: dict[str, list[Pair]] = defaultdict(list)
    for keys in by_topic.values():
        for a, b in itertools.combinations(sorted(keys), 2):
            if a[0] == b[0] or not (sentences.chains[a] & sentences.chains[b]) - {""}:
                continue
            if (a, b) in together:
                continue
            if any(sentences.read_back(key) != key for key in (a, b)):
                cause = "s the scorer reads a sentence as another line"
            elif story_of.get(a[0]) != story_of.get(b[0]):
                cause = "a different stories"
            elif any(_quoted_or_short(texts[d][line]) for d, line in (a, b)):
                cause = "d quoted or short"
            elif any(x[0] in docs_of[c] for x, y in ((a, b), (b, a)) for c in claims_of[y]):
                cause = "e article already supports the claim"
            elif claims_of[a] & wide and claims_of[b] & wide:
                cause = "b different claims of several outlets"
            else:
                cause = "c in no claim or a one-outlet claim"
            found[cause].append((a, b))
    return found


def probabilities(data: Labelled, sentences: Sentences, pairs: list[Pair]) -> list[float]:
    """The pair model's highest probability between the units of each pair's sentences."""
    model = default_align_model()
    wanted: dict[str, list[Pair]] = defaultdict(list)
    for a, b in pairs:
        wanted[a[0]].append((a, b))
    result = []
    for topic, group in clustered(data):
        story = prepare(group, topic, {})
        probability, _ = combine(story.features, model)
        rows: dict[Key, list[int]] = defaultdict(list)
        for u, (e, _) in enumerate(story.units):
            doc = next(a.article.source for a in group if a.article.id == e.article_id)
            line = sentences.line_of(doc, e.text)
            if line is not None:
                rows[(doc, line)].append(u)
        docs = {a.article.source for a in group}
        for doc in docs:
            for a, b in wanted.get(doc, []):
                if b[0] in docs and rows[a] and rows[b]:
                    result.append(float(probability[np.ix_(rows[a], rows[b])].max()))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--data", type=Path, default=SHARED / "data/ecbplus_dev.jsonl")
    parser.add_argument("--mentions", type=Path, default=SHARED / "data/ecbplus_dev_mentions.jsonl")
    parser.add_argument("--cache", type=Path, help="annotated articles (pickle)")
    args = parser.parse_args()
    sentences = Sentences(args.data, args.mentions)
    texts = {r["id"]: r["text"].split("\n") for r in map(json.loads, args.data.open())}
    found = classify(json.loads(args.report.read_text()), sentences, texts)
    total = sum(map(len, found.values()))
    for cause in sorted(found):
        print(f"{cause}: {len(found[cause])} ({len(found[cause]) / max(total, 1):.1%})")
    if args.cache:
        with args.cache.open("rb") as handle:
            data: Labelled = pickle.load(handle)
        for cause in (
            "b different claims of several outlets",
            "e article already supports the claim",
        ):
            likely = probabilities(data, sentences, found[cause])
            counts = np.histogram(likely, BINS)[0]
            spans = [
                f"{lo:.1f}-{hi:.1f}: {k}" for lo, hi, k in zip(BINS, BINS[1:], counts, strict=False)
            ]
            print(f"{cause} | pair probability of {len(likely)} in one story:", ", ".join(spans))


if __name__ == "__main__":
    main()
