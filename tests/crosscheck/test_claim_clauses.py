"""A detail one outlet packs into a sentence with a shared fact stays that outlet's alone."""

from __future__ import annotations

from consilience.crosscheck import crosscheck_story
from consilience.model import Article
from consilience.nlp import annotate
from consilience.nlp.models import Models

PACKED = (
    "Rescuers pulled 37 miners alive from the flooded shaft near Kestrel Falls on Tuesday"
    " morning, and a volunteer found a lost sheepdog in a side tunnel."
)
PLAIN = "Rescuers pulled 37 miners alive from the flooded shaft near Kestrel Falls on Tuesday."
OTHER = "All 37 miners were pulled alive from the flooded shaft near Kestrel Falls on Tuesday."


def article(key: str, text: str) -> Article:
    return Article(key, f"outlet {key}", None, None, None, "en", text)


def test_the_packed_detail_is_single_source_and_the_shared_fact_corroborated(
    models: Models,
) -> None:
    articles = [article("a", PACKED), article("b", PLAIN), article("c", OTHER)]
    story = crosscheck_story("s", annotate(articles, models))
    dog = [c for c in story.claims if any("sheepdog" in e.text for e in c.support)]
    assert [c.status for c in dog] == ["single_source"]
    assert dog[0].text.startswith("and a volunteer found")
    (miners,) = [c for c in story.claims if c.status == "corroborated"]
    assert {e.article_id for e in miners.support} == {"a", "b", "c"}
    assert not any("sheepdog" in e.text for e in miners.support)
    assert not miners.text[:1].islower()


def test_an_aside_one_outlet_hangs_on_the_shared_fact_stays_in_its_sentence(
    models: Models,
) -> None:
    hung = (
        "Firefighters rescued 12 workers from the burning warehouse in Dunmore on Friday night"
        " from a narrow ledge below the collapsing roof."
    )
    plain = "Firefighters rescued 12 workers from the burning warehouse in Dunmore on Friday night."
    other = "Twelve workers were rescued by firefighters from the burning warehouse in Dunmore."
    articles = [article("a", hung), article("b", plain), article("c", other)]
    story = crosscheck_story("s", annotate(articles, models))
    (rescue,) = [c for c in story.claims if c.status == "corroborated"]
    assert {e.article_id for e in rescue.support} == {"a", "b", "c"}
    assert not any("ledge" in e.text for e in rescue.support)
    # the phrase states nothing alone (no verb, no detail of its own): no claim of its own,
    # and the reader sees it in the sentence of the shared fact, outside the part supporting it
    assert not any("ledge" in e.text for c in story.claims for e in c.support)
    (cut,) = [e for e in rescue.support if e.article_id == "a"]
    assert cut.context is not None and cut.context.text == hung
