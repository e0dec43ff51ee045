"""Names of one entity that differ by a word or a letter, which outlets swap freely.

An organisation named with and without a middle word ("Corvel Bank", "Corvel Harbour
Bank"), a street with two designators ("Linden Street", "Linden Avenue"), a lone first
name that shortens one person's ("Kati" for Katarzyna Ruiz), a one-letter slip in the
surname of the person a story is about. Each rule needs a proper word (one the story never
writes in lower case) that the names share, and leaves alone a name two entities could own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping

from rapidfuzz.distance import Levenshtein

from consilience.crosscheck.clusters import Clusters, Name
from consilience.crosscheck.forms import PLACE_LABELS, Form
from consilience.crosscheck.gazetteer import gazetteer_name
from consilience.crosscheck.names import nation_of, pet_name, same_token, surname
from consilience.text import word_list

MIN_TYPO = 4  # letters from which a lone surname may be misspelt
TYPO_SHARE = 10  # the story's main person is named this many times as often as a slip
NOT_PEOPLE = PLACE_LABELS | {"NORP"}  # labels of names that never name people


def _label(form: Form) -> str:
    return form.labels.most_common(1)[0][0]


def _proper(word: str, ordinary: frozenset[str]) -> bool:
    """A word only names: never written in lower case, not a number, place or nationality."""
    return (
        word not in ordinary
        and word not in word_list("ordinals")
        and word not in word_list("cardinals")
        and gazetteer_name((word,)) is None
        and nation_of(word) is None
    )


def merge_middle_words(
    forms: Mapping[Name, Form], clusters: Clusters, ordinary: frozenset[str]
) -> None:
    """Join a two-word organisation to the name that only adds a word inside it ("Corvel
    Bank", "Corvel Harbour Bank"). Its first word must be proper and no word of a
    person's name, so a Central Bank is not a Central Savings Bank, nor the Kennedy Center
    the Kennedy Space Center. Two such names ("Coastal Savings Bank", "Coastal Trust Bank")
    may be two banks, unless the story also names the first word alone: one brand."""
    people = {
        t
        for tokens, f in forms.items()
        if len(tokens) > 1 and _label(f) == "PERSON"
        for t in tokens
    }
    for short, form in forms.items():
        if len(short) != 2 or _label(form) == "PERSON" or gazetteer_name(short):
            continue
        if short[0] in people or not _proper(short[0], ordinary):
            continue
        longs = [
            t for t, f in forms.items() if len(t) == 3 and t[::2] == short and _label(f) != "PERSON"
        ]
        if len(longs) == 1 or (longs and short[:1] in forms):
            for long in longs:
                clusters.union(short, long)


def merge_street_variants(
    forms: Mapping[Name, Form], clusters: Clusters, ordinary: frozenset[str]
) -> None:
    """Join one street written with two designators ("Elm Avenue", "Elm Street") when its
    name is proper ("Main Street" and "Main Road" may be two)."""
    streets: dict[Name, list[Name]] = defaultdict(list)
    for tokens in forms:
        *name, last = tokens
        proper = all(_proper(word, ordinary) for word in name)
        if name and last in word_list("street_designators") and proper:
            streets[tuple(name)].append(tokens)
    for variants in streets.values():
        for other in variants[1:]:
            clusters.union(variants[0], other)


def merge_pet_names(forms: Mapping[Name, Form], clusters: Clusters) -> None:
    """Join a lone first name that shortens one person's first name ("Kata" or "Kati" for
    Katarina Ruiz); two people it could shorten, or one it names whole, leave it alone."""
    people = [t for t, f in forms.items() if len(t) > 1 and _label(f) == "PERSON"]
    for form in forms.values():
        (short, *rest) = form.tokens
        if rest or _label(form) != "PERSON":
            continue
        if any(same_token(t[0], short) for t in people):
            continue
        owners = {clusters.root(t) for t in people if pet_name(short, t[0])}
        if len(owners - {clusters.root(form.tokens)}) == 1:
            clusters.union(form.tokens, owners.pop())


def merge_lone_surnames(forms: Mapping[Name, Form], clusters: Clusters) -> None:
    """Join a surname written alone that several people of the story share ("Vell": Oskar
    Vell, his daughter Ida Vell) to the one an article names in full first and then by the
    surname alone before naming another: news names a person in full at first mention and
    by the surname after, and calls relatives by their first names. An article that never
    does so ("Ana Lund and Eva Lund came. Lund spoke.") leaves the choice to the others;
    articles choosing different people leave the surname alone, and so does a word only
    ever tagged a place or a nationality ("Lund" the town, beside Erik Lund)."""
    groups = clusters.groups()
    people: dict[str, list[Name]] = defaultdict(list)  # surname -> full names ending with it
    for tokens, form in forms.items():
        if len(tokens) > 1 and _label(form) == "PERSON":
            people[surname(tokens)].append(tokens)
    for form in forms.values():
        own = clusters.root(form.tokens)
        if len(form.tokens) > 1 or any(len(t) > 1 for t in groups[own]):
            continue  # a full name, or a surname already joined to one
        if set(form.labels) <= NOT_PEOPLE:
            continue
        holders = [t for t in people.get(form.tokens[0], []) if clusters.root(t) != own]
        if len({clusters.root(t) for t in holders}) < 2:
            continue  # one owner or none: the containment rule has decided
        articles = {article for article, _ in form.places}
        chosen = {_surname_for(article, form, holders, forms, clusters) for article in articles}
        if len(chosen - {None}) == 1 and (owner := (chosen - {None}).pop()):
            clusters.union(form.tokens, owner)


def _surname_for(
    article: str, lone: Form, holders: list[Name], forms: Mapping[Name, Form], clusters: Clusters
) -> Name | None:
    """The person (the root of their cluster) an article calls by the lone surname: the one
    it names in full first, when it writes the surname alone before naming another."""
    first: dict[Name, int] = {}
    for start, tokens in sorted(
        (start, t) for t in holders for a, start in forms[t].places if a == article
    ):
        first.setdefault(clusters.root(tokens), start)
    if not first:
        return None
    (person, named), *others = sorted(first.items(), key=lambda item: item[1])
    before = others[0][1] if others else None
    alone = (start for a, start in lone.places if a == article)
    return person if any(named < s and (before is None or s < before) for s in alone) else None


def _main_person(forms: Mapping[Name, Form], clusters: Clusters) -> tuple[Name, int] | None:
    """The person the story names most (the root of their cluster), and how often."""
    mentions: Counter[Name] = Counter()
    labels: dict[Name, Counter[str]] = defaultdict(Counter)
    for form in forms.values():
        root = clusters.root(form.tokens)
        mentions[root] += len(form.places)
        labels[root] += form.labels
    people = [r for r in labels if labels[r] and labels[r].most_common(1)[0][0] == "PERSON"]
    if not people:
        return None
    main = max(people, key=lambda r: (mentions[r], r))
    return main, mentions[main]


def _surnames(forms: Mapping[Name, Form], clusters: Clusters, root: Name) -> set[str]:
    return {t[-1] for t in forms if clusters.root(t) == root and len(t[-1]) >= MIN_TYPO}


def merge_surname_typos(
    forms: Mapping[Name, Form], clusters: Clusters, ordinary: frozenset[str]
) -> None:
    """Join a rare lone name one letter off the surname of the person the story is about
    ("Brant" in a story naming Brandt a hundred times), unless it is a word of another name."""
    found = _main_person(forms, clusters)
    if found is None:
        return
    main, often = found
    surnames = _surnames(forms, clusters, main)
    named = {t for tokens in forms if len(tokens) > 1 for t in tokens}
    groups = clusters.groups()
    for (token,), form in [(t, f) for t, f in forms.items() if len(t) == 1]:
        alone = groups.get((token,)) == [(token,)]  # joined with no other name
        if not alone or token in named or not _proper(token, ordinary):
            continue
        slip = any(s[0] == token[0] and Levenshtein.distance(s, token) == 1 for s in surnames)
        if slip and len(form.places) * TYPO_SHARE <= often:
            clusters.union((token,), main)


def merge_spouse_names(
    forms: Mapping[Name, Form], clusters: Clusters, texts: Mapping[str, str]
) -> None:
    """Join the two names the story gives the main person's spouse: "his wife, Ana Hale"
    and "he married his sweetheart, Ana Ruiz" (a married and a maiden name), when both are
    written as a spouse and share the first name."""
    found = _main_person(forms, clusters)
    if found is None:
        return
    surnames = _surnames(forms, clusters, found[0])
    spouses = [
        tokens
        for tokens, form in forms.items()
        if len(tokens) > 1 and any(_spouse_before(texts[a], start) for a, start in form.places)
    ]
    for married in (s for s in spouses if s[-1] in surnames):
        maiden = [s for s in spouses if s[-1] not in surnames and same_token(s[0], married[0])]
        if len(maiden) == 1:
            clusters.union(married, maiden[0])


def _spouse_before(text: str, start: int) -> bool:
    """Whether a name follows "his wife," or "married his sweetheart," or "married"."""
    nouns = "|".join(sorted(word_list("spouse_nouns")))
    cue = rf"(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\s*,\s*"
    return (
        re.search(rf"(?:{cue}|\bmarried\s+(?:{cue})?)$", text[max(0, start - 60) : start])
        is not None
    )
