"""End-to-end throughput: ingest -> report on N articles, beside the model-bound ceiling.

    python bench/throughput.py 1000 [--scale 10] [--data ../shared/data/ecbplus_dev.jsonl]

This module is the shared benchmark; `bench/analyze.py` is its second entry point (one
size, demo stories as the base). Each size runs in its own subprocess, so its peak memory
(``ru_maxrss``) is its own and not the largest run's so far.

The corpus re-uses real articles (the ECB+ development set when present, else the
bundled demo corpus) with new ids and light perturbation (a sentence dropped or two
swapped), written as one JSONL file and streamed through a fresh SQLite store. Like a
feed at a steady rate, a corpus K times larger spans K times the days: each re-use of the
base articles is dated in a later period, past the clusterer's window, so a copy is a
later event of the same kind (ECB+ topics are exactly that) rather than the thirteenth
report of one event piling into an ever-growing story. Within a period every ECB+ event
gets its own day (its articles a day or two apart), as a real news cycle would. Undated
base articles (some demo files) stay undated, so only dated bases scale realistically.

The ceiling is spaCy + embeddings alone on the same texts and sentences, measured in the
same process on the first ``CEILING_SAMPLE`` articles (the models' cost per article does
not depend on the corpus size), once before the pipeline and once after it: on a shared
virtual machine the speed of the same code drifts by a fifth within minutes, and a ceiling
timed only before the pipeline made the ratio of unchanged code read 0.57 to 0.77. The
ratio uses both timings pooled; their two rates are printed, so a drift shows. With
--scale K it also runs K*N articles and prints the time ratio (goal: at most 1.1*K).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

from consilience import analyze
from consilience.engines import LocalEngine
from consilience.ingest import read_inputs
from consilience.model import Article
from consilience.nlp import shared_models
from consilience.nlp.annotate import split_sentences
from consilience.store import Store
from consilience.stories import ClusterSettings

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ecbplus_dev.jsonl"
CEILING_SAMPLE = 1000
EVENT_SPREAD_DAYS = 28
"""ECB+ events of one period fall on days spread over four weeks."""
REPORT_JITTER_DAYS = 3
"""Articles about one event appear within this many days of each other."""
START = date(2025, 1, 1)


@dataclass(frozen=True)
class Base:
    """A real article to re-use, and its day within one period of the corpus (None: undated)."""

    source: str
    text: str
    day: int | None


@dataclass(frozen=True)
class Measurement:
    """One size's figures, as printed and as passed back from its subprocess."""

    articles: int
    stories: int
    seconds: float
    cpu_seconds: float
    ceiling_rate: float
    ceiling_cpu_rate: float
    models_mib: float
    peak_mib: float
    ceiling_before: float
    ceiling_after: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.articles / self.cpu_seconds

    @property
    def ratio(self) -> float:
        return self.rate / self.ceiling_rate

    @property
    def cpu_ratio(self) -> float:
        return self.cpu_rate / self.ceiling_cpu_rate


def base_articles(data: Path) -> list[Base]:
    """ECB+ rows (each event on its own day), or any corpus consilience reads (its dates)."""
    if data.suffix == ".jsonl" and data.is_file():
        rows = [json.loads(line) for line in data.open(encoding="utf-8")]
        if all("topic" in r and "event" in r for r in rows):
            return [Base(r["source"], r["text"], _event_day(r)) for r in rows]
    found = [a for a in read_inputs([data]) if isinstance(a, Article)]
    dates = [date.fromisoformat(a.published[:10]) for a in found if a.published]
    first = min(dates, default=START)
    return [Base(a.source, _with_title(a), _day_of(a, first)) for a in found]


def _event_day(row: dict[str, object]) -> int:
    return zlib.crc32(f"{row['topic']}/{row['event']}".encode()) % EVENT_SPREAD_DAYS


def _day_of(article: Article, first: date) -> int | None:
    if not article.published:
        return None
    return (date.fromisoformat(article.published[:10]) - first).days


def _with_title(article: Article) -> str:
    """The text with its title as first line, as the generator expects of a base."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def period_days(base: list[Base]) -> int:
    """Days between re-uses: the base's own span plus the clusterer's window, so no
    re-used article can join a story of the previous period."""
    span = max((b.day for b in base if b.day is not None), default=0) + REPORT_JITTER_DAYS
    return span + math.ceil(ClusterSettings().retire_after_days) + 1


def perturbed(base: list[Base], count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` new articles: a real one with a sentence dropped or two swapped."""
    rng = random.Random(seed)
    period = period_days(base)
    for number in range(count):
        cycle, original = divmod(number, len(base))
        chosen = base[original]
        lines = [line for line in chosen.text.split("\n") if line.strip()]
        if len(lines) > 3 and rng.random() < 0.5:
            del lines[rng.randrange(1, len(lines))]
        elif len(lines) > 3:
            i = rng.randrange(1, len(lines) - 1)
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        row = {
            "source": f"{chosen.source}-{number}",
            "title": lines[0][:120],
            "text": "\n\n".join(lines[1:]) or lines[0],
        }
        if chosen.day is not None:
            day = cycle * period + chosen.day + rng.randrange(REPORT_JITTER_DAYS)
            row["published"] = (START + timedelta(days=day)).isoformat()
        yield row


def write_corpus(base: list[Base], count: int, folder: Path) -> Path:
    path = folder / f"corpus-{count}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for row in perturbed(base, count):
            out.write(json.dumps(row) + "\n")
    return path


@dataclass(frozen=True)
class Timing:
    """Wall-clock and CPU seconds (all threads) of one step.

    CPU seconds barely move when other work shares the machine, so on a loaded machine
    they are the steadier figure for ratios between runs."""

    wall: float
    cpu: float


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.timing = Timing(time.perf_counter() - self._wall, time.process_time() - self._cpu)


def pipeline_timing(corpus: Path, folder: Path, engine: LocalEngine) -> tuple[Timing, int]:
    """Time of ingest -> report on a fresh store, and the number of stories."""
    with Stopwatch() as watch, Store(folder / f"{corpus.stem}.db") as store:
        report = analyze([str(corpus)], store=store, engine=engine).report
    return watch.timing, len(report.stories)


def ceiling_timing(
    corpus: Path, engine: LocalEngine, sample: int = CEILING_SAMPLE
) -> tuple[Timing, int]:
    """Time of spaCy + embeddings alone over the first ``sample`` texts and sentences."""
    models = engine.models
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, sample)]
    with Stopwatch() as watch:
        for first in range(0, len(texts), 64):
            docs = list(models.spacy.pipe(texts[first : first + 64], batch_size=16))
            models.embedder.encode([s.text for doc in docs for s in split_sentences(doc)])
    return watch.timing, len(texts)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(count: int, data: Path) -> Measurement:
    """Generate a corpus of ``count`` articles and time the ceiling and the pipeline on it."""
    engine = LocalEngine(shared_models())
    models_mib = peak_mib()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(base_articles(data), count, folder)
        before, sampled = ceiling_timing(corpus, engine)
        took, stories = pipeline_timing(corpus, folder, engine)
        after, _ = ceiling_timing(corpus, engine)
    return Measurement(
        count,
        stories,
        took.wall,
        took.cpu,
        2 * sampled / (before.wall + after.wall),
        2 * sampled / (before.cpu + after.cpu),
        models_mib,
        peak_mib(),
        sampled / before.wall,
        sampled / after.wall,
    )


def measured(count: int, data: Path) -> Measurement:
    """`measure` in a fresh subprocess, so peak memory belongs to this size alone."""
    command = [sys.executable, __file__, str(count), "--data", str(data), "--child"]
    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    return Measurement(**json.loads(done.stdout.strip().splitlines()[-1]))


def show(m: Measurement) -> None:
    print(f"articles:            {m.articles} ({m.stories} stories)")
    print(f"pipeline:            {m.rate:7.2f} articles/s ({m.seconds:.1f} s)")
    print(
        f"model ceiling:       {m.ceiling_rate:7.2f} articles/s "
        f"(before the pipeline {m.ceiling_before:.2f}, after {m.ceiling_after:.2f})"
    )
    print(f"ratio to ceiling:    {m.ratio:7.2f} (goal >= 0.75)")
    print(f"per CPU-second:      {m.cpu_rate:7.2f} articles/s (ceiling {m.ceiling_cpu_rate:.2f})")
    print(f"CPU ratio:           {m.cpu_ratio:7.2f}")
    print(f"peak memory:         {m.peak_mib:7.0f} MiB (models loaded: {m.models_mib:.0f} MiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--scale", type=int, default=0, help="also run scale*N articles")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asdict(measure(args.n, args.data))))
        return
    small = measured(args.n, args.data)
    show(small)
    if args.scale:
        big = measured(args.n * args.scale, args.data)
        show(big)
        show_scaling(small, big, args.scale)


def show_scaling(small: Measurement, big: Measurement, scale: int) -> None:
    """Time ratio (goal <= 1.1 * scale) and memory growth above the loaded models."""
    ratio = big.seconds / small.seconds
    cpu_ratio = big.cpu_seconds / small.cpu_seconds
    growth = (big.peak_mib - big.models_mib) / max(small.peak_mib - small.models_mib, 1.0)
    print(f"time ratio x{scale}:       {ratio:7.2f} (goal <= {1.1 * scale:.1f})")
    print(f"CPU-time ratio x{scale}:   {cpu_ratio:7.2f} (steadier when the machine is shared)")
    print(f"memory growth x{scale}:    {growth:7.2f} above the models (sub-linear: < {scale})")


if __name__ == "__main__":
    main()
