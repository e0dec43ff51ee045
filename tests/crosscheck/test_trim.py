"""A supporting span loses the asides only its own outlet gives; the rest is left over."""

from __future__ import annotations

from consilience.crosscheck.narrow import left_over
from consilience.crosscheck.trim import trim
from consilience.model import Evidence

OUTLETS = {"a1": "a1", "a2": "a2", "a3": "a3"}


def _support(texts: dict[str, str]) -> tuple[Evidence, ...]:
    return tuple(Evidence(a, t, 0, len(t), 1.0) for a, t in texts.items())


def _aside(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _trimmed(texts: dict[str, str], parts: list[str]) -> list[str]:
    support = _support(texts)
    asides = {("a1", 0): tuple(_aside(texts["a1"], p) for p in parts)}
    return [e.text for e in trim(support, support, asides, texts, OUTLETS)]


def test_a_trailing_place_only_one_outlet_gives_is_cut_off_and_left_over() -> None:
    texts = {
        "a1": "The retired judge Ola Brandt died on Sunday at a clinic near his farm in Vesterby.",
        "a2": "Retired judge Ola Brandt died on Sunday, his family said.",
    }
    support = _support(texts)
    asides = {("a1", 0): (_aside(texts["a1"], "at a clinic near his farm in Vesterby"),)}
    kept = trim(support, support, asides, texts, OUTLETS)
    assert kept[0].text == "The retired judge Ola Brandt died on Sunday"
    assert kept[1] == support[1]
    rest = left_over([(support[0], kept[0])], {}, texts)
    assert [e.text for e in rest] == ["at a clinic near his farm in Vesterby."]


def test_an_aside_the_others_state_stays() -> None:
    texts = {
        "a1": "The retired judge Ola Brandt died on Sunday at a clinic near his farm in Vesterby.",
        "a2": "Ola Brandt, a retired judge, died on Sunday at a clinic in Vesterby.",
    }
    assert _trimmed(texts, ["at a clinic near his farm in Vesterby"])[0] == texts["a1"]


def test_an_aside_inside_the_sentence_leaves_the_part_that_states_the_claim() -> None:
    texts = {
        "a1": "Some papers -- among them the Morgenpost and two dailies -- printed the full"
        " statement of the harbour board.",
        "a2": "Newspapers printed the full statement of the harbour board on Friday.",
    }
    kept = _trimmed(texts, ["-- among them the Morgenpost and two dailies --"])[0]
    assert kept == "printed the full statement of the harbour board."


def test_only_an_aside_states_the_claim_when_the_rest_is_the_outlets_own() -> None:
    texts = {
        "a1": "The old boat, a 30-metre trawler called Aurora, had nets stocked in its hold"
        " to look like a fishing boat.",
        "a2": "The larger craft, a 30-metre trawler, is called the Aurora.",
    }
    parts = [", a 30-metre trawler called Aurora,", "to look like a fishing boat"]
    # "The old boat" is too short to be a detail of its own: it stays with the aside.
    assert _trimmed(texts, parts)[0] == "The old boat, a 30-metre trawler called Aurora"


def test_a_cut_that_would_leave_too_little_to_state_anything_is_not_made() -> None:
    texts = {
        "a1": "Police held 23 men after a raid on a warehouse by the river in Vesterby.",
        "a2": "Police held 23 men.",
    }
    part = "after a raid on a warehouse by the river in Vesterby"
    assert _trimmed(texts, [part])[0] == texts["a1"]


def test_a_description_only_one_outlet_gives_before_another_aside_is_left_over() -> None:
    texts = {
        "a1": "Rescuers said two hikers and a guide, all between 50 and 60 years old, working"
        " for a survey firm were found near the summit.",
        "a2": "Rescuers said two hikers and a guide were found alive.",
        "a3": "Two hikers and their guide from a survey firm were found near the summit.",
    }
    support = _support(texts)
    asides = {
        ("a1", 0): (
            _aside(texts["a1"], ", all between 50 and 60 years old,"),
            _aside(texts["a1"], "working for a survey firm were found near the summit"),
        )
    }
    kept = trim(support, support, asides, texts, OUTLETS)
    assert "50 and 60" not in kept[0].text
    rest = left_over([(support[0], kept[0])], {}, texts)
    assert any(e.text.startswith("all between 50 and 60 years old") for e in rest)


def test_a_number_glued_to_its_scale_meets_the_bare_number() -> None:
    texts = {
        "a1": "The council cut spending in return for 40bn in loans over ten years from"
        " development banks and regional funds.",
        "a2": "Lenders pledged 40 billion in loans.",
        "a3": "The 40 billion package came from development banks and regional funds.",
    }
    parts = [
        "in return for 40bn in loans",
        "over ten years",
        "from development banks and regional funds",
    ]
    assert _trimmed(texts, parts)[0] == "The council cut spending in return for 40bn in loans"
