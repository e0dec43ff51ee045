from __future__ import annotations

from pathlib import Path

import pytest

from consilience.crosscheck import crosscheck_story
from consilience.crosscheck.claims import _states_something
from consilience.model import Article, Claim, Story
from consilience.nlp import annotate
from consilience.nlp.models import Models


def seed_articles(seeds_dir: Path) -> list[Article]:
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = path.read_text().splitlines()
        titled = path.stem[:3] in ("000", "001")
        text = "\n".join(lines[1:] if titled else lines).strip()
        title = lines[0] if titled else None
        articles.append(Article(path.stem[:3], path.stem, title, None, None, "en", text))
    return articles


@pytest.fixture(scope="module")
def story(seeds_dir: Path, models: Models) -> Story:
    articles = seed_articles(seeds_dir)
    return crosscheck_story("s", annotate(articles, models))


def claims_saying(story: Story, *words: str) -> list[Claim]:
    return [
        c
        for c in story.claims
        if any(all(w.lower() in e.text.lower() for w in words) for e in c.support)
    ]


def test_seeds_are_not_copies(story: Story) -> None:
    assert story.copies == ()


def test_permanent_peace_is_one_claim_from_all_five(story: Story) -> None:
    top = story.claims[0]
    assert "permanent peace" in " ".join(e.text for e in top.support).lower()
    assert top.independent_support == 5 and top.status == "corroborated"
    assert {e.article_id for e in top.support} == {"000", "001", "002", "003", "004"}


def test_third_meeting_is_corroborated(story: Story) -> None:
    (claim,) = claims_saying(story, "third", "since", "Putin")
    assert claim.status == "corroborated" and claim.independent_support >= 3


def test_advisers_are_corroborated(story: Story) -> None:
    (claim,) = claims_saying(story, "Ushakov")
    assert claim.status == "corroborated" and claim.independent_support >= 2


@pytest.mark.parametrize(
    "words",
    [
        ("1.5 billion",),
        ("80%",),
        ("redeployed",),
        ("Sumy",),
        ("Blinken",),
        ("Kommersant",),
        ("dual-track",),
    ],
)
def test_single_source_details(story: Story, words: tuple[str, ...]) -> None:
    found = claims_saying(story, *words)
    assert found
    assert all(c.independent_support == 1 and c.status != "corroborated" for c in found)


def test_fourth_versus_third_year_is_the_only_contradiction(story: Story) -> None:
    (clash,) = story.contradictions
    assert clash.kind == "duration"
    assert {clash.a.article_id, clash.b.article_id} == {"000", "003"}
    (claim,) = claims_saying(story, "third year")
    assert claim.status == "contested" and claim.contradicted_by[0].article_id == "000"


def test_brief_states_only_corroborated_core(story: Story) -> None:
    assert 2 <= len(story.brief) <= 8
    by_id = {c.id: c for c in story.claims}
    for sentence in story.brief:
        assert len(sentence.citations) >= 2
        assert all(by_id[i].status == "corroborated" for i in sentence.claim_ids)
    text = " ".join(s.text for s in story.brief)
    assert "1.5 billion" not in text and "80%" not in text
    assert "peace" in text and "Petersburg" in text and "third" in text
    assert "stunned" not in text  # one outlet's framing, not what the others state


def test_claims_are_ordered_and_ids_stable(story: Story) -> None:
    supports = [c.independent_support for c in story.claims]
    assert supports == sorted(supports, reverse=True)
    assert len({c.id for c in story.claims}) == len(story.claims)
    assert all(c.text in {e.text for e in c.support} for c in story.claims)


def test_quoted_speech_is_a_quote_not_an_outlets_claim(models: Models) -> None:
    quote = '"We will reopen the old harbour bridge before the spring floods," the mayor said.'
    vote = "The city council of Port Alder voted on Tuesday to repair the harbour bridge."
    articles = [
        Article(
            name,
            name,
            None,
            None,
            None,
            "en",
            f"{vote} {quote}",
        )
        for name in ("north", "south")
    ]
    story = crosscheck_story("s", annotate(articles, models))
    assert not [c for c in story.claims if any("spring floods" in e.text for e in c.support)]
    assert any(len(q.variants) == 2 for q in story.quotes)


def test_a_quote_only_one_outlet_carries_is_a_one_outlet_claim(models: Models) -> None:
    vote = "The city council of Port Alder voted on Tuesday to repair the harbour bridge."
    quote = '"We will reopen the old harbour bridge before the spring floods," the mayor said.'
    texts = {"north": f"{vote} {quote}", "south": f"Councillors in Port Alder {vote[29:]}"}
    articles = [Article(n, n, None, None, None, "en", t) for n, t in texts.items()]
    story = crosscheck_story("s", annotate(articles, models))
    quoted = [c for c in story.claims if any("spring floods" in e.text for e in c.support)]
    assert [(c.status, c.independent_support) for c in quoted] == [("single_source", 1)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She was 88.", True),
        ("The dam held 40 tonnes.", True),
        ("Updated 12:45", False),  # a time stamp: no full stop
        ("Dead at 88", False),  # a headline fragment
        ("4bn to Ruritania.", False),  # a fragment opening on a number
        ("Filed: 3 May.", False),  # a dateline
        ("The talks went very well.", True),
        ("It went well.", False),  # three words and no number
    ],
)
def test_a_short_sentence_giving_a_number_is_a_claim_unit(text: str, unit: bool) -> None:
    assert _states_something(text) is unit
