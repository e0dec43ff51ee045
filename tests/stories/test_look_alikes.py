"""On annotated text: two look-alike events stay apart, one event told with different
figures stays together (invented articles)."""

from __future__ import annotations

from consilience.model import Article
from consilience.nlp import annotate
from consilience.nlp.models import Models
from consilience.stories import cluster

PELLWORTH = (
    "Quake injures five in Pellworth",
    "A magnitude 5.6 earthquake struck the town of Pellworth on Sunday, injuring five people "
    "and cracking the walls of dozens of homes, the regional governor Anna Breck said. "
    "Schools in Pellworth will stay closed on Monday while engineers inspect them.",
)
PELLWORTH_AGAIN = (
    "Five hurt as earthquake shakes Pellworth",
    "Five people were hurt when a 5.6-magnitude earthquake shook Pellworth on Sunday "
    "afternoon. Governor Anna Breck said most of the damage was to older houses near the "
    "harbour, and that aftershocks had been felt through the night.",
)
DUNMORE = (
    "Ten dead as earthquake hits Dunmore",
    "A magnitude 6.1 earthquake hit the town of Dunmore on Tuesday, killing ten people and "
    "injuring more than 40, mayor Tomas Reyl said. Rescuers in Dunmore searched collapsed "
    "buildings through the night.",
)
DUNMORE_AGAIN = (
    "Earthquake in Dunmore kills ten",
    "Ten people were killed when a 6.1-magnitude earthquake struck Dunmore on Tuesday, "
    "mayor Tomas Reyl told reporters. More than 40 were injured and hundreds of families "
    "spent the night outside.",
)
FERRY = (
    "Ferry sinks off Carrow Point, 14 dead",
    "At least 14 people died when a ferry sank off Carrow Point on Friday, the coast guard "
    "said. Captain Ilse Morrow said 120 passengers had been rescued.",
)
FERRY_LATER = (
    "Carrow Point ferry toll rises to 17",
    "The toll from Friday's ferry sinking off Carrow Point rose to 17, the coast guard said, "
    "as divers recovered three more bodies. Captain Ilse Morrow said the search would go on.",
)
FERRY_WIRE = (
    "Ferry disaster off Carrow Point",
    "A ferry carrying 135 people sank off Carrow Point on Friday, killing 15, coast guard "
    "captain Ilse Morrow said. Survivors said the ship listed suddenly in high waves.",
)


def _articles(named: dict[str, tuple[str, str]], day: str | None = None) -> list[Article]:
    return [Article(k, k, title, None, day, "en", text) for k, (title, text) in named.items()]


def test_look_alike_events_in_two_towns_a_week_apart_form_two_stories(models: Models) -> None:
    named = {"p1": PELLWORTH, "d1": DUNMORE, "p2": PELLWORTH_AGAIN, "d2": DUNMORE_AGAIN}
    stories = cluster(annotate(_articles(named), models))
    assert sorted(stories.values()) == [["d1", "d2"], ["p1", "p2"]]


def test_one_event_told_with_different_figures_on_one_day_is_one_story(models: Models) -> None:
    named = {"f1": FERRY, "f2": FERRY_LATER, "f3": FERRY_WIRE}
    stories = cluster(annotate(_articles(named, "2024-05-03"), models))
    assert list(stories.values()) == [["f1", "f2", "f3"]]
