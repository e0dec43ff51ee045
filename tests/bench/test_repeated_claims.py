"""A fact shown as two claims is counted; two facts in different sentences are not
(invented claims in the report's JSON shape)."""

from __future__ import annotations

from typing import Any

from repeated_claims import repeated_pairs


def claim(text: str, *places: tuple[str, int], outlets: int = 2) -> dict[str, Any]:
    support = [{"article_id": a, "start": s, "context": None} for a, s in places]
    return {"text": text, "independent_support": outlets, "support": support}


def test_two_wordings_held_by_the_same_sentences_are_one_repeat() -> None:
    story = {
        "claims": [
            claim("Two women and a man died in the fire.", ("a", 0), ("b", 40), ("c", 9)),
            claim("Three people were killed.", ("a", 0), ("b", 40)),
            claim("The ferry sank at dawn.", ("a", 90), ("b", 120)),
            claim("A lone outlet's detail.", ("a", 0), outlets=1),
        ]
    }
    pairs = list(repeated_pairs(story))
    assert [(a["text"], b["text"]) for a, b in pairs] == [
        ("Two women and a man died in the fire.", "Three people were killed.")
    ]
