"""Whether two amounts count one thing: the counted noun and what happened to it, as groups.

"40 dead", "killed 40" and "40 people died" count one quantity; "about 80 sailors" and
"some 80 seamen" too. The groups are data (``quantity_nouns``); a word outside
them is its own group, so "three boats" and "two boats" still count one thing.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from consilience.crosscheck.events import event_key, is_verb_form
from consilience.crosscheck.margins import is_margin
from consilience.crosscheck.negation import lower_words
from consilience.text.lexicon import phrase_alternation, word_list, word_sequence
from consilience.text.numbers import CARDINALS

GENERIC = "people"  # the group of nouns that count anyone ("people", "persons")
# Groups that say what happened rather than what is counted ("40 dead" counts people killed).
_HAPPENINGS = frozenset({"dead", "wounded", "arrested", "missing", "evacuated", "sheltering"})


@cache
def _groups() -> dict[str, str]:
    """Each listed form, its singular and its verb key -> the name of its group (counted
    nouns and what happened to them, then verbs of one deed)."""
    found: dict[str, str] = {}
    for line in word_sequence("quantity_nouns") + word_sequence("deed_verbs"):
        name, *forms = line.split()
        for form in forms:
            for key in (form, singular(form), event_key(form)):
                found.setdefault(key, name)
    return found


def singular(word: str) -> str:
    """A noun in singular lower case ("hours" -> "hour")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def group(word: str | None) -> str | None:
    """The group a counted noun or an event key belongs to (itself when unlisted)."""
    if word is None:
        return None
    return _groups().get(word.lower(), word.lower())


def is_listed(word: str) -> bool:
    """Whether a word names a listed quantity ("crewmen", "dead"): it can be a count's unit."""
    return word.lower() in _groups()


def happening(unit: str, event: str | None) -> str | None:
    """What happened to what a count counts: its verb's group, or the unit's ("40 dead").
    A margin ("a nine-vote majority for the death penalty") is no one to whom anything happened."""
    if is_margin(unit):
        return None
    if event is not None and group(event) in _HAPPENINGS:
        return group(event)
    named = group(unit)
    return named if named in _HAPPENINGS else group(event)


def casualty(unit: str, event: str | None) -> str | None:
    """The listed happening a count tells ("dead", "arrested"), None for any other verb."""
    named = happening(unit, event)
    return named if named in _HAPPENINGS else None


@cache
def _tally_nouns() -> frozenset[str]:
    """The listed tallies of play ("points", "yards"), singular as count units are."""
    return frozenset(singular(word) for word in word_sequence("tally_units"))


def is_tally(noun: str) -> bool:
    """Whether a counted noun is a player's tally of play ("14 points"): everyone has one."""
    return noun in _tally_nouns()


def thing(unit: str) -> str:
    """What a count counts, as a group; a happening word counts people ("40 dead")."""
    named = group(unit) or unit
    return GENERIC if named in _HAPPENINGS else named


def parts_follow(sentence: str, end: int) -> bool:
    """Whether a count is one part of a sum: "two policemen and a civilian" (killed)."""
    return _PART.match(sentence[end:]) is not None


_PART = re.compile(rf"\s*(?:,|and)\s+(?:a|an|\d+|{'|'.join(CARDINALS)})\b", re.IGNORECASE)


_TOLL_WORDS = 5  # how far before a bare number a listed noun may stand: "toll has risen to"
_CLAUSE_END = re.compile(r"[,;:.()\"]")
_NOUN_NEXT = re.compile(r"\s*-|\s+[A-Za-z]+\b")  # "killed 2 Women", "a 19 - year - old"


def toll_before(sentence: str, start: int, end: int) -> tuple[str, bool] | None:
    """What a bare number (``start``-``end``) counts, from the words just before it: a listed
    verb right before it ("killed 40"), or a listed noun and linking words ("the death toll
    rose to 43"); and whether those words tell a running total that later reports may change."""
    if (after := _NOUN_NEXT.match(sentence, end)) and after[0].strip().lower() not in _links():
        return None  # "killed two women": the number counts the noun after it
    clause = _CLAUSE_END.split(sentence[max(0, start - 80) : start])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", clause)][-_TOLL_WORDS:]
    if words and is_verb_form(words[-1]):
        return (words[-1], False) if casualty(words[-1], None) else None
    for at in range(len(words) - 1, -1, -1):
        if casualty(words[at], None) and not is_verb_form(words[at]):
            links = words[at + 1 :]
            if all(w in _links() for w in links):
                return words[at], any(w in word_list("running_totals") for w in links)
            return None
    return None


def _links() -> frozenset[str]:
    """Words between a total and its figure: "toll (has) (risen) (to)", "dead (is)"."""
    return word_list("stop_words") | word_list("running_totals")


@cache
def _demonyms() -> frozenset[str]:
    """Every demonym of ``data/demonyms.txt`` ("palestinian", "somali"), without countries."""
    return frozenset(word for line in word_sequence("demonyms") for word in line.split()[1:])


def is_people_of(word: str) -> bool:
    """A capitalised plural demonym counts people of a nation: "40 Palestinians"."""
    return word[:1].isupper() and word.endswith("s") and word[:-1].lower() in _demonyms()


def happening_after(sentence: str, end: int) -> str | None:
    """A listed happening among the next words of a count's clause: "1,000 people had taken
    refuge", "40 people who later died" (the verb beside the count may be a helper)."""
    clause = _CLAUSE_END.split(sentence[end : end + 60], maxsplit=1)[0]
    words = re.findall(r"[a-z]+", clause)[:_TOLL_WORDS]
    return next((w for w in words if casualty(w, None) is not None), None)


def owner_before(sentence: str, start: int) -> str | None:
    """The name nearest before a count in its clause, whose count it is: "Lund scored 20
    points" and "Berg added 16 points" count two players' points. A sentence's first word
    is capitalised anyway ("Officials said"), so it names an owner only as "Lund's"."""
    begin = max(0, start - 60)
    clause = _CLAUSE_END.split(sentence[begin:start])[-1]
    offset = start - len(clause)
    names = [
        m[0].lower()
        for m in _NAME.finditer(clause)
        if m[0].lower() not in word_list("stop_words")
        and (sentence[: offset + m.start()].strip() or clause[m.end() :].startswith("'s"))
    ]
    return names[-1] if names else None


_NAME = re.compile(r"\b[A-Z][a-z]+\b")


def in_fraction(sentence: str, start: int, end: int) -> bool:
    """Whether a number is a side of a fraction or ratio: "6 1/2 weeks" (copy tokenised as
    "61 / 2 weeks") gives neither two weeks nor 61 of anything."""
    before = re.search(r"\d\s?/\s?$", sentence[max(0, start - 6) : start]) is not None
    return before or re.match(r"\s?/\s?\d", sentence[end:]) is not None


@cache
def _moment() -> re.Pattern[str]:
    """The words after a count that make it a moment or an offset (``data/moment_words``)."""
    words = phrase_alternation("moment_words")
    return re.compile(rf"\s+(?:{words})\b", re.IGNORECASE)


def is_moment(sentence: str, end: int) -> bool:
    """Whether a count names a moment ("with 9 seconds left", "40 seconds later", "six
    days ago"), not a quantity: two outlets give different moments of one game or story."""
    return _moment().match(sentence, end) is not None


_SCALE = r"(?:\s*(?:%|per\s?cent|percent|thousand|million|billion))?"
_SPAN = r"\s*(?:-|–|to)\s*"  # "30 to 40", "$20-$25 million", "10 percent to 15 percent"
_FIGURE = rf"(?:[$€£]\s?)?(?:\d|(?:{'|'.join(CARDINALS)})\b)"
_RANGE_START = re.compile(rf"{_SCALE}{_SPAN}{_FIGURE}", re.IGNORECASE)
_RANGE_END = re.compile(
    rf"(?:\d|\b(?:{'|'.join(CARDINALS)})){_SCALE}{_SPAN}$"
    r"|\bbetween\s+(?:\S+\s+){1,3}and\s+$|\bbetween\s+$",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}(?:to\s+)?$|\bfrom\s+$", re.IGNORECASE)


def in_range(sentence: str, start: int, end: int) -> bool:
    """Whether a figure (``start``-``end``, its number) is an end of a range ("30 to 40
    people", "$20-$25 million", "between $20 million and $25 million"): neither end
    alone is what the outlet gave. "Rose from 65 to 125" is a change, not a range."""
    before = sentence[max(0, start - 40) : start]
    if _CHANGE.search(before):
        return False
    return _RANGE_END.search(before) is not None or _RANGE_START.match(sentence, end) is not None


def in_name(sentence: str, start: int) -> bool:
    """Whether a number is part of a name such as "AK-47" or "F-16", not a count."""
    return re.search(r"[A-Za-z]-$", sentence[max(0, start - 2) : start]) is not None


_WHOLE = re.compile(
    rf"\b(?:\d+|{'|'.join(CARDINALS)})\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)


# A bare count taken from a whole named after it: "missing 10 of the Harriers' 16 games".
_TAKEN_FROM = re.compile(r"\s+of\s+(?:[\w']+\s+){0,3}?([a-z]+s)\b")


def taken_from(sentence: str, end: int) -> str | None:
    """The plural noun of the whole a bare count is taken from, which is what it counts:
    "missing 10 of the Harriers' 16 games" counts games, not people missing; "killed 12 of
    the 16 miners" counts miners killed."""
    found = _TAKEN_FROM.match(sentence, end)
    if found is None or is_verb_form(found[1]) or found[1] in word_list("stop_words"):
        return None
    return found[1]


# A noun and a participle written without their hyphen, then a noun or two they describe,
# up to the end of the phrase: "one battery powered camera drone, cables and ...".
_WRITTEN_APART = re.compile(r" [a-z]+ed((?: [a-z]+){1,2})(?=\s*(?:[,;:.)]|and\b|with\b|$))")


def written_apart(sentence: str, noun: str, end: int) -> tuple[str, int] | None:
    """What a count counts when the singular noun after it only begins a compound adjective
    written without its hyphen: the last noun of the phrase and the phrase's end ("one
    battery powered camera drone" counts drones, not batteries); None otherwise."""
    found = _WRITTEN_APART.match(sentence, end)
    if found is None or singular(noun) != noun.lower():
        return None
    words = found[1].split()
    if any(w in word_list("stop_words") or w in CARDINALS or is_verb_form(w) for w in words):
        return None
    return words[-1], found.end()


@cache
def _subset() -> re.Pattern[str]:
    """The words before a count that make it a part of a group (``data/subset_words``)."""
    return re.compile(rf"\b(?:{phrase_alternation('subset_words')})\s+$", re.IGNORECASE)


def is_subset(sentence: str, start: int) -> bool:
    """Whether a count is only a part of a group: the rest once some are set apart ("the
    two dissenters told the other eight councillors") or a stretch the writer chose ("the
    only striker to score 20 goals in her first three seasons"). Another outlet's count of
    the whole group, or of another stretch, is no second figure for it."""
    return _subset().search(sentence, max(0, start - 20), start) is not None


def is_whole(sentence: str, start: int) -> bool:
    """Whether a count is the whole a part is taken from: "two of the three victims died"
    tells two deaths, so the verb after the whole is not what happened to all of it."""
    return _WHOLE.search(sentence[max(0, start - 30) : start]) is not None


def denied(sentence: str, start: int) -> bool:
    """Whether a count stands after a negator in its sentence (``data/negators``): "none
    has offered more than eight years" bounds nothing from below."""
    return not word_list("negators").isdisjoint(lower_words(sentence[:start]))


_AGE = re.compile(r"\b(\d{1,3})\s?-\s?years?\s?-\s?old\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def ages(sentence: str) -> frozenset[int]:
    """The ages a sentence gives ("the 32-year-old climber", "a 36 - year - old")."""
    return frozenset(int(match[1]) for match in _AGE.finditer(sentence))


def is_age(sentence: str, end: int) -> bool:
    """Whether an amount is a person's age ("the 37-year-old")."""
    return sentence[end : end + 4].lower() == "-old"
