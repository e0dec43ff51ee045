"""Copies: near-copies (MinHash / LSH over word shingles) and copy of one wire agency.

A copy adds no independent confirmation, so it is counted once with the article it copies.
Articles crediting the same agency carry one report however each outlet edited it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from datasketch import MinHash, MinHashLSH

from consilience.model import Article

SHINGLE = 3
PERMUTATIONS = 128
# Jaccard of 3-word shingles: syndicated or lightly edited copies share most shingles, while
# different outlets' own reports of one event share well under a quarter of them.
THRESHOLD = 0.5
SIGNATURE_BATCH = 1024  # shingles hashed together (a batch holds PERMUTATIONS values each)
_WORD = re.compile(r"\w+")


def outlet_keys(articles: Sequence[Article], copies: Mapping[str, str]) -> dict[str, str]:
    """Each article's independent outlet: a copy counts as its original's outlet."""
    sources = {a.id: a.source for a in articles}
    return {i: sources.get(copies.get(i, i), copies.get(i, i)) for i in sources}


def _shingles(text: str) -> set[str]:
    """Lower-cased word 3-grams (the whole text when it is shorter than one shingle)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _signature(text: str) -> MinHash:
    """The MinHash of a text's shingles, hashed a batch at a time: one numpy pass per batch
    instead of one per shingle, the batch bounded so a very long text stays small."""
    digest = MinHash(num_perm=PERMUTATIONS)
    shingles = [shingle.encode() for shingle in _shingles(text)]
    for first in range(0, len(shingles), SIGNATURE_BATCH):
        digest.update_batch(shingles[first : first + SIGNATURE_BATCH])
    return digest


def _order_key(article: Article) -> tuple[str, str]:
    """Earliest first: by publication date (undated last), then id for a stable tie-break."""
    return (article.published or "\uffff", article.id)


@cache
def _bands() -> tuple[int, int]:
    """LSH bands and rows for `THRESHOLD`: datasketch integrates to find them, so only once."""
    probe = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
    return probe.b, probe.r


def find_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Map each copy's article id to the earliest article it copies.

    Near-copies point at the text they copy; articles crediting one agency at that
    agency's earliest article.
    """
    near = _near_copies(articles)
    copies = near | same_origin(articles, near)
    return {copy: _root(copy, copies) for copy in copies}


def _root(article_id: str, copies: Mapping[str, str]) -> str:
    """The original at the end of a chain (a near-copy of an agency copy of the original)."""
    while article_id in copies:
        article_id = copies[article_id]
    return article_id


def same_origin(articles: Sequence[Article], copies: Mapping[str, str]) -> dict[str, str]:
    """Map each article crediting an agency (and not already a copy) to its earliest one."""
    first: dict[str, str] = {}
    found: dict[str, str] = {}
    for article in sorted(articles, key=_order_key):
        if article.origin and article.id not in copies:
            earliest = first.setdefault(article.origin, article.id)
            if earliest != article.id:
                found[article.id] = earliest
    return found


def _near_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Map each near-copy's article id to the id of the earliest article it copies."""
    lsh = MinHashLSH(num_perm=PERMUTATIONS, params=_bands())
    copies: dict[str, str] = {}
    seen: set[str] = set()
    for article in sorted(articles, key=_order_key):
        if article.id in seen:
            continue
        seen.add(article.id)
        signature = _signature(article.text)
        originals = sorted(
            (copies.get(key, key) for key in lsh.query(signature)),
            key=lambda key: key,
        )
        if originals:
            copies[article.id] = _earliest(originals, articles)
        lsh.insert(article.id, signature)
    return copies


def _earliest(ids: Sequence[str], articles: Sequence[Article]) -> str:
    """The earliest article among ``ids`` (copies always point at an original)."""
    by_id = {article.id: article for article in articles}
    return min((by_id[i] for i in ids), key=_order_key).id
