"""On real text: the five seed articles are one story, and unrelated news stays out of it."""

from __future__ import annotations

from pathlib import Path

from consilience.model import Article
from consilience.nlp import annotate
from consilience.nlp.models import Models
from consilience.stories import StoryClusterer

UNRELATED = {
    "football": (
        "United beat City 2-1 in derby",
        "Manchester United came from behind to beat Manchester City 2-1 at Old Trafford on "
        "Sunday. Bruno Fernandes scored the winner in the 84th minute after Erling Haaland "
        "had given City the lead. The win lifts United to fifth in the Premier League.",
    ),
    "flood": (
        "Floods displace thousands in Bangladesh",
        "Heavy monsoon rains flooded large parts of northeastern Bangladesh this week, "
        "forcing more than 40,000 people from their homes in Sylhet. Officials said rivers "
        "were still rising and relief agencies began distributing food and clean water.",
    ),
    "bakery": (
        "Village bakery wins national bread award",
        "A family bakery in the Yorkshire village of Grassington has won the national award "
        "for best sourdough. The owners, who opened the shop in 2015, said they would use "
        "the prize money to train two apprentices.",
    ),
}


def _seed_articles(seeds_dir: Path) -> list[Article]:
    articles = []
    for path in sorted(seeds_dir.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        articles.append(
            Article(path.stem, path.stem, title.strip(), None, None, "en", body.strip())
        )
    return articles


def test_seeds_form_one_story_that_unrelated_news_does_not_join(
    seeds_dir: Path, models: Models
) -> None:
    others = [
        Article(k, k, title, None, None, "en", text) for k, (title, text) in UNRELATED.items()
    ]
    seeds = _seed_articles(seeds_dir)
    clusterer = StoryClusterer()
    for item in annotate(seeds[:3] + others + seeds[3:], models):
        clusterer.add(item)
    clusterer.settle()
    stories = clusterer.stories()
    assert sorted(stories.values(), key=len)[-1] == [a.id for a in seeds]
    assert len(stories) == 1 + len(UNRELATED)
