"""Ingest speed: N generated HTML news pages into a fresh SQLite store.

Usage: python bench/ingest.py [N]   (default 500). Prints articles/second and peak memory.
Pages vary the seed articles (or the bundled demo corpus) and wrap them in realistic
chrome: navigation, share buttons, related links, a comment section and a footer.
"""

from __future__ import annotations

import html
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from consilience.demo import corpus_path
from consilience.ingest import ingest
from consilience.ingest.clean import paragraphs, split_title
from consilience.store import Store

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
SITES = ("The Daily Ledger", "Harbour Gazette", "Valley Courier", "Metro Wire", "North Star")


def source_texts() -> list[list[str]]:
    """Paragraph lists of the seed articles, or of the demo corpus when the seeds are absent."""
    folder = SEEDS if SEEDS.is_dir() else corpus_path()
    texts = [split_title(p.read_text(encoding="utf-8"))[1] for p in sorted(folder.glob("*.txt"))]
    return [paragraphs(text) for text in texts]


def page(number: int, paras: list[str], rng: random.Random) -> str:
    """One news page: a shuffled, numbered variant of an article inside site chrome."""
    site = rng.choice(SITES)
    chosen = rng.sample(paras, k=max(2, len(paras) * 3 // 4))
    title = f"Report {number}: {chosen[0][:60]}"
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(25))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in chosen)
    related = "".join(
        f'<li><a href="/r/{i}">Related story {i} about events</a></li>' for i in range(8)
    )
    comments = "".join(
        f'<div class="comment"><p class="author">reader{i}</p>'
        f"<p>I think point {i} is wrong.</p></div>"
        for i in range(rng.randint(0, 6))
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2025-04-{number % 28 + 1:02}T10:00:00Z">
<script>window.analytics = {{id: {number}}};</script><style>body {{font: 14px serif}}</style>
</head><body><header><a href="/">{site}</a><ul class="nav">{nav}</ul></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Reporter {number % 17}</p>
{body}<div class="share"><a>Share</a><a>Facebook</a><a>X</a><a>Email</a></div></article>
<aside><h3>Related</h3><ul>{related}</ul></aside>
<section id="comments"><h3>Leave a Reply</h3>{comments}
<form><p>Your email address will not be published. Required fields are marked *</p></form></section>
</main><footer><p>© 2025 {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def main(count: int) -> None:
    rng = random.Random(7)
    texts = source_texts()
    with tempfile.TemporaryDirectory() as folder:
        pages = Path(folder) / "pages"
        pages.mkdir()
        for number in range(count):
            (pages / f"page_{number:05}.html").write_text(page(number, rng.choice(texts), rng))
        started = time.perf_counter()
        with Store(Path(folder) / "bench.db") as store:
            summary = ingest([pages], store)
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ingested {len(summary.added)} of {count} HTML pages in {elapsed:.1f} s")
    print(f"{len(summary.added) / elapsed:.1f} HTML articles/s; peak memory {peak_mb:.0f} MB")
    for error in summary.failed[:5]:
        print(f"failed: {error}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
