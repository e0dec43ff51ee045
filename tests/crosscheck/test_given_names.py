"""One person given two first names by different outlets (invented names and stories)."""

from __future__ import annotations

from consilience.crosscheck import crosscheck_story
from consilience.crosscheck.names import given_names_clash
from consilience.model import Article, Story
from consilience.nlp import annotate
from consilience.nlp.models import Models


def test_names_sharing_only_a_surname_clash() -> None:
    assert given_names_clash(("oskar", "brandt"), ("v", "viktor", "brandt"))
    assert not given_names_clash(("oskar", "brandt"), ("oskar", "p", "brandt"))
    assert not given_names_clash(("o", "brandt"), ("oskar", "brandt"))  # an initial of it
    assert not given_names_clash(("bob", "lund"), ("robert", "lund"))  # a familiar form
    assert not given_names_clash(("dave", "lund"), ("david", "lund"))  # one not its start
    assert not given_names_clash(("stehen", "lund"), ("stephen", "lund"))  # a letter dropped
    assert given_names_clash(("maria", "lund"), ("mario", "lund"))  # another name
    assert not given_names_clash(("fred", "lund"), ("frederick", "lund"))  # a short form
    assert not given_names_clash(("brandt",), ("oskar", "brandt"))  # no given name at all
    assert not given_names_clash(("oskar", "brandt"), ("oskar", "lund"))


def story(models: Models, *texts: str) -> Story:
    articles = [
        Article(f"a{n}", f"Outlet {n}", None, None, "2026-08-13", "en", text)
        for n, text in enumerate(texts)
    ]
    return crosscheck_story("s", annotate(articles, models))


_AGREED = "Lena Holm was passed over when the board chose a successor to chairman Viktor Brandt."


def test_one_outlet_against_several_on_a_first_name(models: Models) -> None:
    found = story(
        models,
        "Lena Holm was passed over as successor to the famous chairman Oskar Brandt.",
        _AGREED,
        "The board passed over Lena Holm as successor to chairman Viktor Brandt in May.",
    )
    (clash,) = [c for c in found.contradictions if "Brandt" in c.explanation]
    assert clash.explanation.startswith('Outlet 0 names "Oskar Brandt"; Outlet ')
    assert clash.explanation.endswith('and 1 other outlet(s) name "Viktor Brandt".')


def test_relatives_sharing_a_surname_stay_apart(models: Models) -> None:
    found = story(
        models,
        "His death was confirmed by his grandson Tomas Brandt on Tuesday.",
        "The Valley Post reported the death, citing his grandson Karl Brandt.",
        "Karl Brandt, his grandson, confirmed the death on Tuesday.",
    )
    assert not [c for c in found.contradictions if "Brandt" in c.explanation]


def test_one_outlet_against_one_is_doubt(models: Models) -> None:
    found = story(
        models,
        "Lena Holm was passed over as successor to the famous chairman Oskar Brandt.",
        _AGREED,
    )
    assert not [c for c in found.contradictions if "Brandt" in c.explanation]


def test_an_outlet_naming_both_tells_two_people(models: Models) -> None:
    found = story(
        models,
        "Oskar Brandt and Viktor Brandt were passed over as successors to the chairman.",
        _AGREED,
        "The board passed over Lena Holm as successor to chairman Viktor Brandt in May.",
    )
    assert not [c for c in found.contradictions if "Brandt" in c.explanation]


def test_two_offices_tell_two_people(models: Models) -> None:
    found = story(
        models,
        "Governor Oskar Brandt welcomed the harbour plan on Monday.",
        "Mayor Viktor Brandt welcomed the harbour plan on Monday.",
        "Mayor Viktor Brandt said on Monday he welcomed the harbour plan.",
    )
    assert not [c for c in found.contradictions if "Brandt" in c.explanation]
