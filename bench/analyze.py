"""Issue 4's figure: analysing a corpus of at least 1,000 articles, beside the model ceiling.

    python bench/analyze.py [N] [--data PATH]

A second entry point of `bench/throughput.py` (same corpus generator, same measurement in
its own subprocess, no scaling run): real ECB+ articles re-used period after period, each
re-use a new event, since they are more varied than the 20 demo articles (pass
``--data`` a corpus folder to re-use those instead). Prints articles/s, peak memory and the
ratio to spaCy + embeddings alone on the same sentences.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from throughput import DEFAULT_DATA, measured, show

MINIMUM = 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=MINIMUM)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="base articles")
    args = parser.parse_args()
    if args.n < MINIMUM:
        parser.error(f"the figure is for at least {MINIMUM} articles")
    show(measured(args.n, args.data))


if __name__ == "__main__":
    main()
