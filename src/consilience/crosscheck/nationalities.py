"""The nationalities a sentence gives one counted group: "15 Tunisian fishermen" says all 15 are
of one nation, "9 Tunisian and 6 Libyan fishermen" that 15 are of two. The same number of people
given fewer nations by one outlet is a contradiction; different nations with nothing shared
may be two groups, and are not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consilience.crosscheck.names import nation_of
from consilience.text.lexicon import word_list
from consilience.text.numbers import CARDINALS

_TOKEN = re.compile(r"\d[\d,]*\d|\d|[A-Za-z]+|,")
_JOINS = frozenset({"and", ","})
_MODIFIERS = 2  # lower-case words between a count and its first nation: "23 heavily armed"


@dataclass(frozen=True)
class Origins:
    """A counted group and the nations a sentence gives it: "15 Tunisian and Libyan fishermen"."""

    total: int
    nations: frozenset[str]
    text: str


def _count(token: str) -> int | None:
    """A count in digits or words ("23", "twelve")."""
    word = token.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return CARDINALS.get(word)


def _nation(token: str) -> str | None:
    """The nation a capitalised demonym names ("Tunisian", "Libyans"); not a country's name."""
    if not token[:1].isupper():
        return None
    for word in (token, token[:-1] if token.endswith("s") else ""):
        nation = nation_of(word) if word else None
        if nation is not None and nation != word.lower():
            return nation
    return None


def origins(sentence: str) -> list[Origins]:
    """Every counted group given nations: a count, then demonyms joined by "and" or commas,
    each perhaps with its own count ("9 Tunisian and 6 Libyan"), all adding up to one total."""
    tokens = [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    found, at = [], 0
    while at < len(tokens):
        group, at = _group_at(sentence, tokens, at)
        if group is not None:
            found.append(group)
    return found


def _group_at(
    sentence: str, tokens: list[tuple[str, int, int]], at: int
) -> tuple[Origins | None, int]:
    """The group a count at token ``at`` gives nations, if any, and where reading goes on."""
    count = _count(tokens[at][0])
    if count is None or re.fullmatch(r"(?:1[89]|20)\d\d", tokens[at][0]):  # "the 2008 Greek"
        return None, at + 1
    parts, nations, k = [count], set[str](), at + 1
    while k < min(len(tokens), at + 1 + _MODIFIERS) and tokens[k][0].islower():
        k += 1  # "15 heavily armed Tunisian"
    end = tokens[at][2]
    while k < len(tokens) and (nation := _nation(tokens[k][0])) is not None:
        nations.add(nation)
        end = tokens[k][2]
        k = _next_part(tokens, k + 1, parts)
    if not nations:
        return None, at + 1
    if k < len(tokens) and _noun_next(sentence, end, tokens[k]):
        end = tokens[k][2]  # the noun: "15 Tunisian and Libyan fishermen"
    return Origins(sum(parts), frozenset(nations), sentence[tokens[at][1] : end]), k


def _noun_next(sentence: str, end: int, token: tuple[str, int, int]) -> bool:
    """Whether the word right after the last nation is the noun they describe."""
    word, start, _ = token
    return (
        word.islower() and word not in word_list("stop_words") and not sentence[end:start].strip()
    )


def named(nations: frozenset[str]) -> str:
    """Nations as a reader expects them: "Libya and Tunisia" (sorted, so one way each)."""
    names = sorted(n.replace("_", " ").title() for n in nations)
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def _next_part(tokens: list[tuple[str, int, int]], at: int, parts: list[int]) -> int:
    """Past "and" (and a count) when another nation follows ("and 6 Libyan"), adding the
    count to ``parts``; otherwise ``at`` itself: "15 Tunisian and 4 crew" ends at "Tunisian"."""
    if at >= len(tokens) or tokens[at][0] not in _JOINS:
        return at
    more = _count(tokens[at + 1][0]) if at + 1 < len(tokens) else None
    after = at + (1 if more is None else 2)
    if after >= len(tokens) or _nation(tokens[after][0]) is None:
        return at
    parts += [] if more is None else [more]
    return after


def fewer_nations(left: Origins, right: Origins) -> bool:
    """Whether one outlet gives the same group fewer nations than another: one total, and
    one set of nations inside the other ("15 Tunisian", "15 Tunisian and Libyan")."""
    if left.total != right.total or left.nations == right.nations:
        return False
    return left.nations < right.nations or right.nations < left.nations
