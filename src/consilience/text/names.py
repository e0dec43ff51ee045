"""Names as written: cleaned of articles and possessives, folded to ascii words.

Stories and cross-check compare names through these folds, so "the Kremlin's" and
"Kremlin", or two transliterations of one name ("-sky"/"-skyy"), agree wherever they are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from consilience.text.lexicon import word_list

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
EDGE_JUNK = " \t\n[](){}\"'“”‘’.,;:!?-–—"
LOWER_INITIAL = re.compile(r"^(?:[a-z]\.\s+)+")
# Phonetic folds that make common transliterations of Cyrillic and Greek names collide.
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
    ("c", "k"),
)
# British word endings and their American spellings: Defence/Defense, Centre/Center,
# Labour/Labor, Organisation/Organization.
_AMERICAN = {"ence": "ense", "tre": "ter", "our": "or", "isation": "ization", "ise": "ize"}
BRITISH_ENDINGS = re.compile(r"(?:ence|tre|our|isation|ise)$")
# Greek names start "Gi-"/"Yi-" or "I-" before a vowel as transliterated (Gi-/Yi-/I- onsets).
GREEK_ONSET = re.compile(r"^[gy](?=i[aeiou])")
NOT_ALNUM = re.compile(r"[^a-z0-9]")


def clean_name(text: str) -> str:
    """A mention without a leading article, possessive, brackets or stray punctuation.

    The period of "Jr." and "Sr." stays: it is part of the name as written. A lower-case
    letter and a period before it is the end of an abbreviation ("at 11:30 p. m. Ana
    Ruiz", "a. 38 - caliber"), never an initial.
    """
    name = LOWER_INITIAL.sub("", " ".join(text.split())).strip(EDGE_JUNK)
    name = POSSESSIVE.sub("", _without_trailing_function_words(name)).strip(EDGE_JUNK)
    if re.search(r"\b[JS]r\.$", " ".join(text.split())):
        name += "."
    return re.sub(r"^(?:the|The|THE)\s+", "", name)


def _without_trailing_function_words(name: str) -> str:
    """A name never ends in a lower-case function word: a span the tagger ran on by a word
    ("Harbour Party of", "Ferry and Tug Board or") ends before it."""
    words = name.split()
    while len(words) > 1 and words[-1] in word_list("stop_words"):
        words.pop()
    return " ".join(words).strip(EDGE_JUNK)


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Ascii, case-free, punctuation-free form of a word (St -> saint); cached, as the same
    words of names are folded again and again (~400 times an article)."""
    folded = NOT_ALNUM.sub("", (word if word.isascii() else anyascii(word)).casefold())
    return "saint" if folded == "st" else folded


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a name, without a courtesy title before it ("Mr Adler": adler)."""
    tokens = tuple(t for t in (fold(w) for w in re.split(r"[\s\-]+", name)) if t)
    while len(tokens) > 1 and tokens[0] in word_list("honorifics"):
        tokens = tokens[1:]
    return tokens


@lru_cache(maxsize=1 << 16)
def translit(token: str) -> str:
    """A phonetic fold under which common transliterations agree (-iy/-y endings, kh/h,
    g/h, doubled letters; Gi-/Yi- onsets, c/k; British/American -ce/-se)."""
    token = GREEK_ONSET.sub("", token)
    token = BRITISH_ENDINGS.sub(lambda m: _AMERICAN[m[0]], token)
    for src, dst in TRANSLIT_FOLDS:
        token = token.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", token)
