from __future__ import annotations

from consilience.model import (
    BriefSentence,
    Claim,
    Contradiction,
    Evidence,
    Quote,
    QuoteVariant,
    Story,
)
from consilience.store.serialize import dumps, loads


def _story() -> Story:
    a = Evidence("a1", "Talks lasted five hours.", 0, 24, 0.9)
    b = Evidence("b1", "Talks lasted three hours.", 10, 35)
    return Story(
        id="s1",
        title="Talks",
        article_ids=("a1", "b1"),
        independent_source_count=2,
        claims=(Claim("c1", "Talks lasted five hours.", "contested", (a,), (b,), 1),),
        contradictions=(Contradiction("x1", "number", a, b, "five vs three hours"),),
        quotes=(
            Quote(
                "q1", None, None, "We agreed", (QuoteVariant("a1", "We agreed", 3, 12, "verbatim"),)
            ),
        ),
        entities=(),
        brief=(BriefSentence("Talks were held.", ("a1", "b1"), ("c1",)),),
    )


def test_a_story_survives_the_round_trip_with_tuples_nones_and_nested_objects() -> None:
    story = _story()
    assert loads(Story, dumps(story)) == story


def test_whole_numbers_read_back_as_floats_where_the_model_wants_floats() -> None:
    evidence = loads(Evidence, '{"article_id":"a","text":"t","start":0,"end":1,"score":1}')
    assert evidence.score == 1.0 and isinstance(evidence.score, float)
