"""Contradictions about whole sentences: titles, attributions and changed quotes.

Each fixture is a tiny invented story told by two outlets, annotated by the real models.
"""

from __future__ import annotations

from consilience.crosscheck import crosscheck_story
from consilience.model import Article, Story
from consilience.nlp import annotate
from consilience.nlp.models import Models


def story(models: Models, *texts: tuple[str, str]) -> Story:
    articles = [
        Article(f"a{n}", outlet, None, None, "2026-08-13", "en", text)
        for n, (outlet, text) in enumerate(texts)
    ]
    return crosscheck_story("s", annotate(articles, models))


def kinds(found: Story) -> list[str]:
    return [c.kind for c in found.contradictions]


def test_mayor_and_deputy_mayor_of_one_person_clash(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", "Mayor Maria Lopez said the sports hall was open to evacuees."),
        ("River Times", "The sports hall is open, said Deputy Mayor Maria Lopez on Tuesday."),
    )
    (clash,) = [c for c in found.contradictions if c.kind == "title"]
    assert clash.explanation == (
        'Valley Post calls Maria Lopez "Mayor"; River Times calls Maria Lopez "Deputy Mayor".'
    )


def test_an_acting_head_is_the_head_for_now(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", "Acting Director Tomas Berg said the museum would reopen."),
        ("River Times", "The museum will reopen, said Director Tomas Berg on Tuesday."),
    )
    assert "title" not in kinds(found)


def test_different_offices_of_one_person_do_not_clash(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", "Senator Jane Miller said the bill would pass."),
        ("River Times", "The bill will pass, said former Governor Jane Miller."),
    )
    assert "title" not in kinds(found)


def test_same_words_given_to_two_people_clash(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", '"Every family will be housed tonight," said Mayor Maria Lopez.'),
        ("River Times", '"Every family will be housed tonight," said governor Peter Olsen.'),
    )
    (clash,) = [c for c in found.contradictions if c.kind == "attribution"]
    assert "Maria Lopez" in clash.explanation and "Peter Olsen" in clash.explanation


def test_a_changed_time_inside_one_speakers_quote_clashes(models: Models) -> None:
    found = story(
        models,
        (
            "Valley Post",
            'Governor Anna Kovacs said: "We expect inflation to return to our target by the end '
            'of next year."',
        ),
        (
            "River Times",
            '"We expect inflation to return to our target by the middle of next year," Anna '
            "Kovacs said.",
        ),
    )
    (clash,) = [c for c in found.contradictions if c.kind == "quote"]
    assert '"end"' in clash.explanation and '"middle"' in clash.explanation


def test_a_reworded_quote_is_not_a_contradiction(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", '"We may be on the verge of something important," Anna Kovacs said.'),
        ("River Times", '"We may be on the cusp of something important," Anna Kovacs said.'),
    )
    assert "quote" not in kinds(found)


def test_contradicted_sentences_make_their_claim_contested(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", "Mayor Maria Lopez said the sports hall was open to evacuees."),
        ("River Times", "Deputy Mayor Maria Lopez said the sports hall was open to evacuees."),
    )
    hall = [c for c in found.claims if "sports hall" in c.text]
    assert hall and all(c.status == "contested" for c in hall)


def test_one_time_written_two_ways_is_not_a_changed_quote(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", '"She passed away at 6:41pm this evening," Anna Kovacs said.'),
        ("River Times", '"She passed away at 18:41 this evening," Anna Kovacs said.'),
    )
    assert "quote" not in kinds(found)


def test_a_speaker_the_other_outlet_also_names_is_no_other_person(models: Models) -> None:
    found = story(
        models,
        (
            "Valley Post",
            '"Every berth will be free by noon," said Lund Shipping Group prexy Ana Berg.',
        ),
        (
            "River Times",
            '"Every berth will be free by noon," said Ana Berg, president, Lund Shipping Group.',
        ),
    )
    assert "attribution" not in kinds(found)


def test_words_credited_to_a_body_and_to_a_person_do_not_clash(models: Models) -> None:
    found = story(
        models,
        ("Valley Post", '"Every family will be housed tonight," said Mayor Maria Lopez.'),
        ("River Times", '"Every family will be housed tonight," the Harbour Council said.'),
        ("Hill News", '"Every family will be housed tonight," said Harbour Police Sgt.'),
    )
    assert "attribution" not in kinds(found)
