from consilience.model import Claim, Contradiction, Evidence, Quote, QuoteVariant, Story
from consilience.watch import story_alerts

AT = "2026-05-01T10:00:00+00:00"
ONE = Evidence("a1", "The bridge cost 40 million dollars.", 0, 35)
TWO = Evidence("a2", "The bridge cost 40 million dollars, the city said.", 0, 50)
THREE = Evidence("a3", "The bridge cost 60 million dollars.", 0, 35)


def story(
    claims: tuple[Claim, ...] = (),
    clashes: tuple[Contradiction, ...] = (),
    quotes: tuple[Quote, ...] = (),
) -> Story:
    ids = tuple(dict.fromkeys(e.article_id for c in claims for e in c.support)) or ("a1",)
    return Story("s_1", "Bridge opens", ids, len(ids), claims, clashes, quotes, (), ())


def claim(status: str, *support: Evidence) -> Claim:
    return Claim("c", support[0].text, status, support, (), len(support))  # type: ignore[arg-type]


def quote(*variants: QuoteVariant) -> Quote:
    return Quote("q", "Mayor Ann Lee", None, variants[0].text, variants)


def test_a_new_story_is_announced_once() -> None:
    alerts = story_alerts(None, story((claim("single_source", ONE),)), AT)
    assert [(a.kind, a.text, a.article_ids) for a in alerts] == [
        ("new_story", "Bridge opens", ("a1",))
    ]
    assert alerts[0].to_json()["at"] == AT


def test_an_unchanged_story_raises_nothing() -> None:
    same = story((claim("corroborated", ONE, TWO),))
    assert story_alerts(same, same, AT) == []


def test_a_claim_another_outlet_now_confirms_is_newly_corroborated() -> None:
    before = story((claim("single_source", ONE),))
    after = story((claim("corroborated", ONE, TWO),))
    alerts = story_alerts(before, after, AT)
    assert [(a.kind, a.article_ids) for a in alerts] == [("newly_corroborated", ("a1", "a2"))]


def test_a_new_contradiction_names_both_articles() -> None:
    clash = Contradiction("x", "number", ONE, THREE, "40 million against 60 million")
    before = story((claim("single_source", ONE),))
    after = story((claim("contested", ONE),), (clash,))
    alerts = story_alerts(before, after, AT)
    assert [(a.kind, a.text, a.article_ids) for a in alerts] == [
        ("new_contradiction", "40 million against 60 million", ("a1", "a3"))
    ]


def test_a_new_rendering_of_a_quote_is_reported_with_its_fidelity() -> None:
    said = QuoteVariant("a1", "We will open on time", 5, 25, "verbatim")
    changed = QuoteVariant("a2", "We will never open on time", 5, 31, "altered")
    alerts = story_alerts(story(quotes=(quote(said),)), story(quotes=(quote(said, changed),)), AT)
    assert [(a.kind, a.text) for a in alerts] == [
        ("new_quote_variant", "Mayor Ann Lee: “We will never open on time” (altered)")
    ]


def test_a_quotation_no_outlet_gave_before_is_not_a_new_variant() -> None:
    said = QuoteVariant("a1", "We will open on time", 5, 25, "verbatim")
    other = Quote(
        "q2",
        "Ann Lee",
        None,
        "The bridge is safe",
        (QuoteVariant("a2", "The bridge is safe", 0, 18, "verbatim"),),
    )
    alerts = story_alerts(story(quotes=(quote(said),)), story(quotes=(quote(said), other)), AT)
    assert alerts == []
