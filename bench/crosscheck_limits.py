"""Time the cross-check of one story on generated bad input: it must finish in bounded time.

Usage: python bench/crosscheck_limits.py [many|long|flat ...]

``many``: a story of 200 articles of 12 sentences; ``long``: an article of 5,000 sentences
beside a short one; ``flat``: an article of 3,000 sentences' words with no sentence
boundary. Annotations are synthetic (random unit embeddings, no mentions), so only the
cross-check stage is timed; the words and numbers are drawn with a fixed seed.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np

from consilience.crosscheck import crosscheck_story
from consilience.model import AnnotatedArticle, Article, Sentence
from consilience.nlp.embed import DIMENSIONS

WORDS = [
    "police",
    "minister",
    "harbour",
    "council",
    "storm",
    "river",
    "bridge",
    "vote",
    "school",
    "fire",
    "court",
    "bank",
    "strike",
    "ship",
    "port",
    "talks",
]


def sentence(rng: random.Random) -> str:
    """A generated sentence of 6 to 20 words ending with a count of people."""
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20)))
    return f"{words.capitalize()} {rng.randint(1, 500)} people."


def article(number: int, texts: list[str], split: bool = True) -> AnnotatedArticle:
    """A synthetic annotated article: one sentence per text (or one for all when not split)."""
    text, sentences = "", []
    for index, piece in enumerate(texts):
        start = len(text)
        text += piece + " "
        sentences.append(Sentence(index, start, start + len(piece), piece))
    if not split:
        sentences = [Sentence(0, 0, len(text.rstrip()), text.rstrip())]
    rows = np.random.default_rng(number).normal(size=(len(sentences), DIMENSIONS))
    embeddings = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
    vector = embeddings.mean(axis=0)
    source = Article(f"a{number}", f"outlet {number}", None, None, None, "en", text)
    return AnnotatedArticle(
        source, tuple(sentences), (), (), embeddings, vector / np.linalg.norm(vector)
    )


def case(name: str, rng: random.Random) -> list[AnnotatedArticle]:
    """The articles of one bad-input case."""
    if name == "many":
        return [article(n, [sentence(rng) for _ in range(12)]) for n in range(200)]
    short = article(1, [sentence(rng) for _ in range(10)])
    if name == "long":
        return [article(0, [sentence(rng) for _ in range(5000)]), short]
    flat = [sentence(rng).rstrip(".") for _ in range(3000)]
    return [article(0, flat, split=False), short]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", default=["many", "long", "flat"])
    args = parser.parse_args()
    for name in args.cases:
        articles = case(name, random.Random(3))
        start = time.perf_counter()
        story = crosscheck_story("s", articles)
        elapsed = time.perf_counter() - start
        found = len(story.contradictions)
        print(f"{name:5s} {elapsed:6.1f} s  {len(story.claims)} claims  {found} contradictions")


if __name__ == "__main__":
    main()
