"""The streaming clusterer: grouping, determinism, resume, candidate search and retirement."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from consilience.model import AnnotatedArticle
from consilience.stories import ClusterSettings, StoryClusterer, cluster
from consilience.stories.settings import default_pair_model
from consilience.stories.story import agreement
from consilience.text.ids import story_id_for

Make = Callable[..., AnnotatedArticle]

QUAKE = "A magnitude 6.1 earthquake struck the coast of Sumatra, killing dozens in Padang."
FIRE = "A wildfire burned thousands of acres near Malibu as firefighters evacuated homes."
VOTE = "Parliament voted to approve the national budget after a long debate on taxes."


def corpus(make: Make) -> list[AnnotatedArticle]:
    return [
        make("q1", 1, QUAKE, ("Sumatra", "Padang")),
        make("f1", 2, FIRE, ("Malibu",)),
        make("q2", 1, QUAKE + " Rescuers searched the rubble.", ("Sumatra",)),
        make("v1", 3, VOTE, ("Parliament",)),
        make("f2", 2, FIRE + " Winds drove the flames.", ("Malibu",)),
        make(
            "q3", 1, "Rescuers in Padang dug through rubble after the Sumatra quake.", ("Padang",)
        ),
    ]


def test_articles_about_one_event_form_one_story(make: Make) -> None:
    stories = cluster(corpus(make))
    assert sorted(stories.values()) == [["f1", "f2"], ["q1", "q2", "q3"], ["v1"]]
    assert stories[story_id_for(["q1"])] == ["q1", "q2", "q3"]


def test_same_order_gives_same_assignment(make: Make) -> None:
    first = StoryClusterer()
    second = StoryClusterer()
    for item in corpus(make):
        first.add(item)
    for item in corpus(make):
        second.add(item)
    assert first.assignments() == second.assignments()
    assert list(first.assignments()) == [a.article.id for a in corpus(make)]


def test_resumed_clusterer_places_new_articles_as_an_uninterrupted_one(make: Make) -> None:
    items = corpus(make)
    whole = StoryClusterer()
    for item in items:
        whole.add(item)
    before = StoryClusterer()
    for item in items[:4]:
        before.add(item)
    resumed = StoryClusterer.resume(before.assignments(), items[:4])
    for item in items[4:]:
        resumed.add(item)
    assert resumed.assignments() == whole.assignments()
    assert resumed.stories() == whole.stories()


def test_resume_keeps_members_it_has_no_annotation_for(make: Make) -> None:
    items = corpus(make)
    previous = {"q1": "s_old", "q2": "s_old"}
    resumed = StoryClusterer.resume(previous, items[:1])
    assert resumed.stories() == {"s_old": ["q1", "q2"]}
    assert resumed.add(items[5]) == "s_old"


def test_candidate_search_proposes_the_matching_story_first(make: Make) -> None:
    clusterer = StoryClusterer()
    for topic in range(1, 30):
        clusterer.add(make(f"a{topic}", topic, f"topic{topic} event{topic}"))
    assert clusterer.candidates(make("new", 17, "topic17 event17"))[0] == story_id_for(["a17"])


def test_story_that_stops_growing_is_retired(make: Make) -> None:
    settings = replace(ClusterSettings(), retire_after_articles=2)
    clusterer = StoryClusterer(settings)
    clusterer.add(make("q1", 1, QUAKE, ("Sumatra",)))
    for n in range(3):
        clusterer.add(make(f"v{n}", 3, VOTE, ("Parliament",)))
    assert story_id_for(["q1"]) not in clusterer.candidates(make("q2", 1, QUAKE))
    assert clusterer.add(make("q2", 1, QUAKE, ("Sumatra",))) == story_id_for(["q2"])


def test_story_is_retired_after_days_without_news(make: Make) -> None:
    clusterer = StoryClusterer()
    clusterer.add(make("q1", 1, QUAKE, ("Sumatra",), "2024-01-01"))
    clusterer.add(make("v1", 3, VOTE, ("Parliament",), "2024-02-01"))
    assert clusterer.add(make("q2", 1, QUAKE, ("Sumatra",), "2024-02-01")) == story_id_for(["q2"])


def test_adding_an_article_twice_keeps_its_story(make: Make) -> None:
    clusterer = StoryClusterer()
    first = clusterer.add(make("q1", 1, QUAKE))
    assert clusterer.add(make("q1", 1, QUAKE)) == first
    assert clusterer.stories() == {first: ["q1"]}


def test_year_agreement_rewards_the_story_year_and_penalises_another() -> None:
    years = Counter({2013: 3, 2009: 1})
    assert agreement({2013}, years) == 0.5
    assert agreement({2005}, years) == -1.0
    assert agreement(set(), years) == agreement({2013}, Counter()) == 0.0


def test_month_agreement_counts_every_month_the_article_names() -> None:
    months = Counter({3: 2, 4: 2})
    assert agreement({3, 4}, months) == 1.0
    assert agreement({3, 11}, months) == 0.0


def test_look_alike_stories_from_weeks_ago_do_not_hide_this_weeks_story(make: Make) -> None:
    clusterer = StoryClusterer(replace(ClusterSettings(), candidates=1))
    for month in range(1, 5):
        for day in range(1, 5):
            clusterer.add(make(f"m{month}d{day}", 1, QUAKE, ("Sumatra",), f"2024-0{month}-0{day}"))
    first = clusterer.add(make("now1", 1, QUAKE, ("Sumatra",), "2024-06-01"))
    assert clusterer.add(make("now2", 1, QUAKE, ("Sumatra",), "2024-06-02")) == first


def one_pass_never_joins() -> ClusterSettings:
    """Settings whose first pass starts a story per article, so only ``settle`` groups."""
    return replace(ClusterSettings(), model=replace(default_pair_model(), threshold=1.0))


def test_settle_joins_a_batchs_split_event_and_keeps_other_events_apart(make: Make) -> None:
    clusterer = StoryClusterer(one_pass_never_joins())
    for item in corpus(make):
        clusterer.add(item)
    assert len(clusterer.stories()) == 6
    moved = clusterer.settle()
    assert sorted(clusterer.stories().values()) == [["f1", "f2"], ["q1", "q2", "q3"], ["v1"]]
    assert len(moved) == 3
    assert all(clusterer.assignments()[a] == story for a, story in moved.items())
    assert clusterer.settle() == {}


def test_settle_never_moves_a_story_stored_by_an_earlier_batch(make: Make) -> None:
    items = corpus(make)
    earlier = StoryClusterer(one_pass_never_joins())
    earlier.add(items[0])
    earlier.settle()
    resumed = StoryClusterer.resume(earlier.assignments(), items[:1], one_pass_never_joins())
    resumed.add(items[2])
    resumed.add(items[5])
    resumed.settle()
    assert resumed.stories() == {story_id_for(["q1"]): ["q1", "q2", "q3"]}


def test_settle_leaves_one_pass_decisions_when_merging_is_off(make: Make) -> None:
    model = replace(one_pass_never_joins().model, merge_threshold=1.0)
    clusterer = StoryClusterer(replace(ClusterSettings(), model=model))
    for item in corpus(make):
        clusterer.add(item)
    assert clusterer.settle() == {}
    assert len(clusterer.stories()) == 6


def lookalikes(make: Make) -> list[AnnotatedArticle]:
    """Two fires of one kind, each told three times: one direction, different details."""
    first = "A blaze at a paint factory in Dunmore killed 4 workers on Monday, officials said."
    second = "A fire tore through a furniture warehouse in Keswick, injuring 17 on Thursday."
    return [
        make("a1", 1, first, ("Dunmore",)),
        make("a2", 1, first + " The cause is unknown.", ("Dunmore",)),
        make("b1", 1, second, ("Keswick",)),
        make(
            "a3", 1, "Four workers died in the Dunmore paint factory blaze on Monday.", ("Dunmore",)
        ),
        make("b2", 1, second + " Crews fought the flames.", ("Keswick",)),
        make("b3", 1, "Seventeen hurt as Keswick warehouse fire rages on Thursday.", ("Keswick",)),
    ]


def joins_all(split_bar: float) -> ClusterSettings:
    model = replace(default_pair_model(), threshold=1e-6, split_bar=split_bar)
    return replace(ClusterSettings(), model=model)


def test_settle_parts_a_story_of_two_lookalike_events(make: Make) -> None:
    clusterer = StoryClusterer(joins_all(split_bar=0.0))
    for item in lookalikes(make):
        clusterer.add(item)
    assert len(clusterer.stories()) == 1
    parting = StoryClusterer(joins_all(split_bar=0.9))
    for item in lookalikes(make):
        parting.add(item)
    moved = parting.settle()
    assert parting.stories() == {
        story_id_for(["a1"]): ["a1", "a2", "a3"],
        story_id_for(["b1"]): ["b1", "b2", "b3"],
    }
    assert moved == dict.fromkeys(["b1", "b2", "b3"], story_id_for(["b1"]))


def test_settle_never_parts_a_story_an_earlier_batch_stored(make: Make) -> None:
    clusterer = StoryClusterer(joins_all(split_bar=0.9))
    items = lookalikes(make)
    clusterer.add(items[0])
    clusterer.settle()
    for item in items[1:]:
        clusterer.add(item)
    assert clusterer.settle() == {}
    assert list(clusterer.stories().values()) == [[item.article.id for item in items]]
