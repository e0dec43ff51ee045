"""End-to-end throughput: ingest -> report on N articles, beside the model-bound ceiling.

    python bench/throughput.py 1000 [--scale 10] [--data ../shared/data/ecbplus_dev.jsonl]

The corpus re-uses real articles (the ECB+ development set when present, else the
bundled demo corpus) with new ids and light perturbation (sentences dropped or swapped,
a number changed), written as one JSONL file and streamed through a fresh SQLite store.
The ceiling is spaCy + embeddings alone on the same sentences, measured in the same run.
With --scale K it also runs K*N articles and prints the time ratio (goal: at most 1.1*K).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from consilience.engines import LocalEngine
from consilience.ingest import read_inputs
from consilience.model import Article
from consilience.nlp import shared_models
from consilience.nlp.annotate import split_sentences
from consilience.pipeline import analyze
from consilience.store import Store

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus_dev.jsonl"


def base_articles(data: Path) -> list[dict[str, str]]:
    """Real articles to perturb: ECB+ dev when present, else the bundled demo corpus."""
    if data.is_file():
        rows = [json.loads(line) for line in data.open(encoding="utf-8")]
        return [{"source": r["source"], "text": r["text"]} for r in rows]
    from consilience.demo import corpus_path

    found = [a for a in read_inputs([corpus_path()]) if isinstance(a, Article)]
    return [{"source": a.source, "text": a.text} for a in found]


def perturbed(base: list[dict[str, str]], count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` new articles: a real one with a sentence dropped or two swapped."""
    rng = random.Random(seed)
    for number in range(count):
        original = base[number % len(base)]
        lines = [line for line in original["text"].split("\n") if line.strip()]
        if len(lines) > 3 and rng.random() < 0.5:
            del lines[rng.randrange(1, len(lines))]
        elif len(lines) > 3:
            i = rng.randrange(1, len(lines) - 1)
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        yield {
            "source": f"{original['source']}-{number}",
            "title": lines[0][:120],
            "text": "\n\n".join(lines[1:]) or lines[0],
            "published": f"2025-04-{1 + number % 28:02d}",
        }


def write_corpus(base: list[dict[str, str]], count: int, folder: Path) -> Path:
    path = folder / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in perturbed(base, count):
            out.write(json.dumps(row) + "\n")
    return path


def pipeline_seconds(corpus: Path, folder: Path, engine: LocalEngine) -> tuple[float, int]:
    """Seconds for ingest -> report on a fresh store, and the number of stories."""
    start = time.perf_counter()
    with Store(folder / f"{corpus.stem}.db") as store:
        report = analyze([str(corpus)], store=store, engine=engine)
    return time.perf_counter() - start, len(report.stories)


def ceiling_seconds(corpus: Path, engine: LocalEngine) -> float:
    """spaCy + embeddings alone over the same texts and sentences."""
    models = engine.models
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    start = time.perf_counter()
    for first in range(0, len(texts), 64):
        docs = list(models.spacy.pipe(texts[first : first + 64], batch_size=16))
        models.embedder.encode([s.text for doc in docs for s in split_sentences(doc)])
    return time.perf_counter() - start


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--scale", type=int, default=0, help="also run scale*N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    engine = LocalEngine(shared_models())
    base = base_articles(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(base, args.n, folder)
        ceiling = ceiling_seconds(corpus, engine)
        seconds, stories = pipeline_seconds(corpus, folder, engine)
        print(f"articles:            {args.n} ({stories} stories)")
        print(f"pipeline:            {args.n / seconds:7.1f} articles/s ({seconds:.1f} s)")
        print(f"model ceiling:       {args.n / ceiling:7.1f} articles/s ({ceiling:.1f} s)")
        print(f"ratio to ceiling:    {ceiling / seconds:7.2f} (goal >= 0.75)")
        print(f"peak memory:         {peak_mib():7.0f} MiB")
        if args.scale:
            big = write_corpus(base, args.n * args.scale, folder)
            big_seconds, big_stories = pipeline_seconds(big, folder, engine)
            print(f"articles x{args.scale}:        {args.n * args.scale} ({big_stories} stories)")
            rate = args.n * args.scale / big_seconds
            print(f"pipeline x{args.scale}:        {rate:7.1f} articles/s")
            goal = 1.1 * args.scale
            print(f"time ratio:          {big_seconds / seconds:7.2f} (goal <= {goal:.1f})")
            print(f"peak memory:         {peak_mib():7.0f} MiB")


if __name__ == "__main__":
    main()
