"""Names as written: cleaned of articles and possessives, folded to ascii words.

Stories and cross-check compare names through these folds, so "the Kremlin's" and
"Kremlin", or "Zelensky" and "Zelenskyy", agree wherever they are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
EDGE_JUNK = " \t\n[](){}\"'“”‘’.,;:!?-–—"
# Phonetic folds that make common transliterations of Cyrillic names collide.
TRANSLIT_FOLDS = (
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ye", "e"),
    ("y", "i"),
    ("j", "i"),
    ("g", "h"),
    ("w", "v"),
)


def clean_name(text: str) -> str:
    """A mention without a leading article, possessive, brackets or stray punctuation."""
    name = " ".join(text.split()).strip(EDGE_JUNK)
    name = POSSESSIVE.sub("", name).strip(EDGE_JUNK)
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


def fold(word: str) -> str:
    """Ascii, case-free, punctuation-free form of a word (St -> saint)."""
    folded = re.sub(r"[^a-z0-9]", "", (word if word.isascii() else anyascii(word)).casefold())
    return "saint" if folded == "st" else folded


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name."""
    return tuple(t for t in (fold(w) for w in re.split(r"[\s\-]+", name)) if t)


@lru_cache(maxsize=1 << 16)
def translit(token: str) -> str:
    """A phonetic fold under which Kiev/Kyiv, Luhansk/Lugansk, Zelensky/Zelenskyy agree."""
    for src, dst in TRANSLIT_FOLDS:
        token = token.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", token)
