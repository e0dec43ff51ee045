"""Sentence boundaries after ingest and sentence splitting, measured on ECB+ dev.

    python bench/sentences_eval.py [../shared/data/ecbplus_dev.jsonl] [--wrap 70] [--show 5]

ECB+ gives one sentence per line, so every line should come out of ingest (the JSONL
reader: paragraphs, hard-wrap joining, chrome and dateline removal) and sentence
splitting (``consilience.nlp.annotate.split_sentences``) as exactly one sentence. Each
non-empty line is counted as:

- exact: one sentence, inside the line;
- glued: one sentence that runs on into a neighbouring line;
- split: cut into two or more sentences (``split+glued`` when also run on);
- dropped: not found in the article body (page chrome, a stripped dateline).

A line is found in the body whatever the spacing, so a wrapped line left unjoined counts
as split.

``--wrap N`` checks the hard-wrap case honestly: each article is rewritten as plain text
would carry it, its first line kept as the title line, every line without final
punctuation (dates, bylines, addresses) on its own line, and the sentences flowed three
to a paragraph and wrapped at N columns with ``textwrap``, no blank lines anywhere. The
joiner must keep the title and the short lines apart and rejoin the wrapped ones.

``--show N`` prints N examples of each error kind. Loads only the spaCy pipeline
(about a minute a run for the 772 articles).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from consilience.errors import InputError
from consilience.ingest.jsonl import read_jsonl
from consilience.ingest.wraps import TERMINAL
from consilience.model import Article, Sentence
from consilience.nlp.annotate import split_sentences
from consilience.nlp.models import load_spacy

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus_dev.jsonl"
SENTENCES_PER_PARAGRAPH = 3


def wrapped(lines: Sequence[str], width: int) -> str:
    """The lines as hard-wrapped plain text: title first, sentences flowed and wrapped."""
    out = [lines[0]]
    flow: list[str] = []

    def flush() -> None:
        if flow:
            out.extend(_wrap(" ".join(flow), width))
            flow.clear()

    for line in lines[1:]:
        if line.endswith(TERMINAL):
            flow.append(line)
            if len(flow) == SENTENCES_PER_PARAGRAPH:
                flush()
        else:
            flush()
            out.extend(_wrap(line, width))
    flush()
    return "\n".join(out)


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns, broken at spaces only (as editors wrap)."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def ingested(rows: Sequence[dict[str, str]], width: int | None) -> dict[str, Article]:
    """Each row through the JSONL reader, by source (its text wrapped when ``width``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                text = wrapped(lines_of(row), width) if width else row["text"]
                handle.write(json.dumps({"source": row["id"], "text": text}) + "\n")
        found = [a for a in read_jsonl(path) if not isinstance(a, InputError)]
    return {a.source: a for a in found}


def lines_of(row: dict[str, str]) -> list[str]:
    """The row's non-empty lines, spacing normalised as ingest normalises it."""
    return [" ".join(line.split()) for line in row["text"].split("\n") if line.strip()]


def classify(
    lines: Sequence[str], text: str, sentences: Sequence[Sentence]
) -> list[tuple[str, str]]:
    """The outcome of each line (see the module docstring) and the sentences it meets."""
    spans: list[tuple[int, int] | None] = []
    at = 0
    for line in lines:
        found = re.compile(r"\s+".join(map(re.escape, line.split()))).search(text, at)
        spans.append(found.span() if found else None)
        at = found.end() if found else at
    places = [(s.start, s.end) for s in sentences]
    outcomes: list[tuple[str, str]] = []
    for span in spans:
        if span is None:
            outcomes.append(("dropped", ""))
            continue
        start, end = span
        inside = [(s, e) for s, e in places if s < end and e > start]
        runs_on = any(s < start or e > end for s, e in inside)
        met = " | ".join(text[s:e] for s, e in inside)
        if len(inside) > 1:
            outcomes.append(("split+glued" if runs_on else "split", met))
        else:
            outcomes.append(("glued" if runs_on else "exact", met))
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--wrap", type=int, default=0, help="hard-wrap at this many columns")
    parser.add_argument("--show", type=int, default=0, help="examples of each error kind")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    articles = ingested(rows, args.wrap or None)
    nlp = load_spacy()
    kept = [r for r in rows if r["id"] in articles]
    docs = nlp.pipe((articles[r["id"]].text for r in kept), batch_size=32)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for row, doc in zip(kept, docs, strict=True):
        lines = lines_of(row)
        sentences = split_sentences(doc)
        for number, (outcome, met) in enumerate(classify(lines, doc.text, sentences)):
            counts[outcome] += 1
            if outcome != "exact":
                examples.setdefault(outcome, []).append(
                    f"{row['id']}:{number} {met or lines[number]}"
                )
    total = sum(counts.values())
    label = f"wrapped at {args.wrap}" if args.wrap else "as given"
    print(f"{len(kept)}/{len(rows)} articles ingested ({label}); {total} lines")
    for outcome in ("exact", "glued", "split", "split+glued", "dropped"):
        print(f"  {outcome:12} {counts[outcome]:6}  {counts[outcome] / total:.3f}")
    for outcome, shown in sorted(examples.items()):
        for line in shown[: args.show]:
            print(f"  [{outcome}] {line[:240]}")


if __name__ == "__main__":
    main()
