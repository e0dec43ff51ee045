"""Names as written: cleaning, folding, and whether two spellings are one name.

place spellings via the geonames alternate names, transliterations via a phonetic fold
(`consilience.text.names`), a middle initial or none ("Ana M. Duarte"/"Ana Duarte"),
demonyms of one country (a data file). Entity grouping and speaker matching build on
these comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from consilience.crosscheck.gazetteer import gazetteer_name
from consilience.text import word_list
from consilience.text.lexicon import word_sequence
from consilience.text.names import fold, translit

MIN_TOKEN_RATIO = 75.0
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
JUNIORS = frozenset({"jr", "ii", "iii", "iv"})  # an unmarked name is the elder's
FUZZY_SURNAME = 88.0  # a surname misspelt by a letter (one letter off), beside the same first name
MIN_FUZZY = 6  # letters from which a surname may be misspelt
MIN_WIDENED = 3  # words from which a name may be written with one more word inside
LONG_NAME = 5  # letters from which a name's first vowel may differ between transliterations
MIN_PET_NAME = 4  # letters a lone first name shares with the longer first name it shortens


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


@cache
def _nations() -> dict[str, str]:
    """A country's name and its demonyms -> the country (``data/demonyms.txt``)."""
    nations: dict[str, str] = {}
    for line in word_list("demonyms"):
        country, *demonyms = line.split()
        nations.update(dict.fromkeys([country, *demonyms], country))
    return nations


@cache
def _countries() -> frozenset[str]:
    """The countries of ``data/demonyms.txt`` by their one-word names ("peru", "chile")."""
    return frozenset(line.split()[0] for line in word_list("demonyms"))


def countries_in(words: Iterable[str]) -> frozenset[str]:
    """The countries capitalised words name by the country's own name ("Peru"), not by a
    demonym: "Peruvian" may be a person's nationality anywhere."""
    return frozenset(w.lower() for w in words if fold(w) in _countries())


def nations_in(words: Iterable[str]) -> frozenset[str]:
    """The countries capitalised words name by name or demonym ("Peru", "Peruvian")."""
    return frozenset(nation for word in words if (nation := nation_of(word)) is not None)


def nation_of(word: str) -> str | None:
    """The country a demonym or country word names ("Danish" -> denmark), if any."""
    return _nations().get(fold(word))


def _same_nation(a: str, b: str, *, modifier: bool) -> bool:
    """Two demonyms of one country (the demonyms data file); as a modifier inside a longer
    name also the country itself ("Denmark Harbour Authority", "Danish Harbour Authority")."""
    nation = _nations().get(a)
    if nation is None or nation != _nations().get(b):
        return False
    return modifier or nation not in (a, b)


def same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two folded names are one: spellings, initials, "X Ministry" / "Ministry of X",
    or a surname written in one word or two ("Ana DelMonte", "Ana Del Monte")."""
    a, b = tuple(a), tuple(b)
    if _same_name(a, b):
        return True
    joined = _surname_joined(a, b)
    return joined is not None and _same_name(*joined)


def _surname_joined(
    a: tuple[str, ...], b: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The longer of two full names with its last two words as one, and the shorter, when
    that makes them as long and the last is no generation ("Hale III" is no "Haleiii")."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if len(short) < 2 or len(long) != len(short) + 1 or long[-1] in GENERATIONS:
        return None
    return (*long[:-2], long[-2] + long[-1]), short


@lru_cache(maxsize=1 << 16)
def _same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``same_name`` remembered: entity resolution asks about the same pairs of names again
    and again (each short name against every longer one, then its owner's candidates)."""
    if _reordered(a, b) or _reordered(b, a) or _same_person(a, b):
        return True
    if len(a) != len(b):
        return False
    modifier = len(a) > 1
    if all(
        same_token(x, y) or _same_nation(x, y, modifier=modifier) for x, y in zip(a, b, strict=True)
    ):
        return True
    place_a, place_b = gazetteer_name(a), gazetteer_name(b)
    return place_a is not None and place_a == place_b


@lru_cache(maxsize=1 << 14)
def word_keys(word: str) -> frozenset[str]:
    """What two one-word names share whenever ``same_name`` holds of them: the consonants of
    the transliteration (every spelling ``same_token`` accepts keeps them), the country a
    demonym names, the place the gazetteer knows."""
    keys = {"spelt " + _skeleton(translit(word))}
    if (nation := _nations().get(word)) is not None:
        keys.add("nation " + nation)
    if (place := gazetteer_name((word,))) is not None:
        keys.add("place " + place)
    return frozenset(keys)


def holding_word(
    names: Iterable[tuple[str, ...]],
) -> Callable[[str], frozenset[tuple[str, ...]]]:
    """For a one-word name, the names with a word sharing a key with it (``word_keys``):
    every name that may contain it (``part_of``, ``contains``) and some that do not, so a
    story's names are looked up by key instead of each compared with every other."""
    by_key: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        for word in name:
            for key in word_keys(word):
                by_key.setdefault(key, set()).add(name)

    def holding(word: str) -> frozenset[tuple[str, ...]]:
        return frozenset().union(*(by_key.get(key, ()) for key in word_keys(word)))

    return holding


def may_be_one(names: Iterable[tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], ...]]:
    """Each pair of names ``same_name`` may hold of, once: two names of several words, or two
    one-word names sharing a key (``word_keys``); a one-word name is never one with a longer
    name, and most pairs of a story's one-word names share no key."""
    ordered = sorted(set(names))
    longer = [name for name in ordered if len(name) != 1]
    for at, a in enumerate(longer):
        for b in longer[at + 1 :]:
            yield a, b
    holding = holding_word(name for name in ordered if len(name) == 1)
    for a in ordered:
        if len(a) == 1:
            yield from ((a, b) for b in sorted(holding(a[0])) if b > a)


def _reordered(a: Sequence[str], b: Sequence[str]) -> bool:
    """ "Health Ministry" is the "Ministry of Health"."""
    if len(a) != 2 or len(b) != 3 or b[1] != "of":
        return False
    return same_token(b[0], a[1]) and same_token(b[2], a[0])


def _middle(tokens: Sequence[str]) -> tuple[str, ...]:
    """A full name without middle initials: "Ana M. Duarte" -> ana duarte."""
    return (tokens[0], *(t for t in tokens[1:-1] if len(t) > 1), tokens[-1])


def _same_person(a: Sequence[str], b: Sequence[str]) -> bool:
    """Full names told apart only by a middle initial, a first initial before the same
    middle name ("J. Ana Duarte", "Julia Ana Duarte"), a first name cut short ("Fred",
    "Frederick") or a surname misspelt by a letter.

    A first initial alone ("J. Smith") could be any of several people, so it never counts;
    nor do names of two generations ("Jr.", "Sr.").
    """
    if min(len(a), len(b)) < 2:  # a one-word name is no full name (most pairs asked)
        return False
    if (set(a) & GENERATIONS) != (set(b) & GENERATIONS):
        return False
    a = [t for t in a if t not in GENERATIONS]
    b = [t for t in b if t not in GENERATIONS]
    if min(len(a), len(b)) < 2:
        return False
    ca, cb = _middle(a), _middle(b)
    if len(ca) != len(cb) or not (same_token(ca[-1], cb[-1]) or _misspelt(ca, cb)):
        return False
    if not all(same_token(x, y) for x, y in zip(ca[1:-1], cb[1:-1], strict=True)):
        return False
    first_a, first_b = ca[0], cb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0] and len(ca) > 2
    if same_token(first_a, first_b):
        return True
    # "Fred LaRue" and "Frederick C. LaRue"; not a place ("Rich Hill", "Richmond Hill").
    short, full = sorted((first_a, first_b), key=len)
    places = gazetteer_name(a) or gazetteer_name(b)
    return full.startswith(short) and pet_name(short, full) and not places


def _misspelt(a: Sequence[str], b: Sequence[str]) -> bool:
    """Surnames one letter apart ("Hallward", "Halward") with identical first names."""
    x, y = a[-1], b[-1]
    return (
        a[0] == b[0]
        and min(len(x), len(y)) >= MIN_FUZZY
        and x[0] == y[0]
        and fuzz.ratio(x, y) >= FUZZY_SURNAME
    )


def pet_name(short: str, first: str) -> bool:
    """Whether a folded first name is a short form of a longer one: a beginning of it
    ("Kata" for Katarina) or a shorter name sharing its first four letters ("Kati" for
    Katarzyna, as Greek, Slavic and Spanish diminutives are)."""
    if len(short) < MIN_PET_NAME or len(short) >= len(first):
        return False
    return first.startswith(short[:MIN_PET_NAME])


@cache
def _familiar_forms() -> dict[str, frozenset[str]]:
    """Each given name or familiar form -> every name of its line (``data/given_name_forms``)."""
    forms: dict[str, set[str]] = {}
    for line in word_sequence("given_name_forms"):
        names = line.split()
        for name in names:
            forms.setdefault(name, set()).update(names)
    return {name: frozenset(line) for name, line in forms.items()}


def _one_given_name(x: str, y: str) -> bool:
    """Whether two folded given names may be one: an initial of it, a spelling, a short
    form ("Rob" for Robert), a familiar one ("Bob" for Robert) or a slip of a dropped
    letter ("Stehen" for Stephen; "Maria" and "Mario" are two names)."""
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    short, full = sorted((x, y), key=len)
    dropped = len(full) == len(short) + 1 >= MIN_PET_NAME + 1 and Indel.distance(x, y) == 1
    return (
        same_token(x, y)
        or full.startswith(short)
        or pet_name(short, full)
        or dropped
        or y in _familiar_forms().get(x, ())
    )


def surname(tokens: Sequence[str]) -> str:
    """The last word of a folded full name, a generation ("Jr.", "Sr.") left out."""
    words = [t for t in tokens if t not in GENERATIONS]
    return words[-1] if words else ""


def given_names_clash(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two folded full names share a surname but no given name ("Peter Vandermolen",
    "J. Anton Vandermolen"); "Ana M. Lund" and "Ana Lund" may be one person, as may a
    name with no given name at all ("Vandermolen")."""
    a = [t for t in a if t not in GENERATIONS]
    b = [t for t in b if t not in GENERATIONS]
    if min(len(a), len(b)) < 2 or not same_token(a[-1], b[-1]):
        return False
    return not any(_one_given_name(x, y) for x in a[:-1] for y in b[:-1])


def widened(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether a name of three words or more is written with one more word inside it
    ("Northern Farmers Union" / "Northern Dairy Farmers Union"); a compass word inside names
    another place ("University of South Veradell")."""
    if len(short) < MIN_WIDENED or len(long) != len(short) + 1:
        return False
    return any(
        same_name(list(long[:i]) + list(long[i + 1 :]), short)
        for i in range(1, len(long) - 1)
        if long[i] not in word_list("compass_words")
    )


def contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a strict, contiguous part of ``long`` ending at a name boundary."""
    n = len(short)
    if n >= len(long):
        return False
    return any(same_name(long[i : i + n], short) for i in range(len(long) - n + 1))


def part_of(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether a short name may stand for a longer one that contains it.

    A place the gazetteer knows is not what is named after it with "of" (a city is not the
    Gulf or University of that city), not when the short name is itself an "X of Y" name
    (the University of X is not the National Forestry University of X), and never for a
    junior's full name ("Ana Duarte" is not "Ana Duarte Jr.", though a lone "Duarte" may be).
    """
    n = len(short)
    if n >= len(long) or "of" in short or (n > 1 and (JUNIORS & set(long)) - set(short)):
        return False
    return any(
        same_name(long[i : i + n], short)
        and (i == 0 or long[i - 1] != "of" or gazetteer_name(short) is None)
        for i in range(len(long) - n + 1)
    )


@cache
def designators() -> frozenset[str]:
    """Generic words that wrap a place name (shipped list, ``data/name_designators.txt``)."""
    return frozenset(fold(entry) for entry in word_list("name_designators"))
