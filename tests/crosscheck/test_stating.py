"""A support stays with a claim only if it states it, not a neighbouring fact on the topic."""

from __future__ import annotations

import numpy as np

from consilience.crosscheck.stating import pair_features, rarity, stated_claims
from consilience.model import AnnotatedArticle, Article, Claim, Evidence, Sentence

# An invented story: every outlet names the town and the mayor; two of them report the bridge.
STORY = {
    "a": [
        "Mayor Orla Fenwick opened the new Tallow Creek footbridge in Brindlemoor on Saturday.",
        "Brindlemoor council spent two years planning the crossing.",
        "Brindlemoor has about 9,000 residents, Mayor Fenwick's office said.",
    ],
    "b": [
        "The Tallow Creek footbridge in Brindlemoor was opened by Mayor Orla Fenwick on Saturday.",
        "Critics in Brindlemoor say Mayor Fenwick ignored complaints about parking fees.",
        "Fenwick was elected mayor of Brindlemoor three years ago.",
    ],
    "c": [
        "Brindlemoor residents queued for hours at the flooded post office.",
        "Mayor Fenwick said the town budget for Brindlemoor schools would grow next spring.",
        "Mayor Fenwick's deputy in Brindlemoor declined to comment.",
    ],
}


def annotated(key: str, lines: list[str]) -> AnnotatedArticle:
    text = " ".join(lines)
    sentences, start = [], 0
    for k, line in enumerate(lines):
        sentences.append(Sentence(k, start, start + len(line), line))
        start += len(line) + 1
    rows = np.zeros((len(lines), 4), np.float32)
    article = Article(key, f"outlet {key}", None, None, None, "en", text)
    return AnnotatedArticle(article, tuple(sentences), (), (), rows, rows[0])


def evidence(articles: list[AnnotatedArticle], key: str, k: int) -> Evidence:
    sentence = next(a for a in articles if a.article.id == key).sentences[k]
    return Evidence(key, sentence.text, sentence.start, sentence.end, 1.0)


def claim(support: tuple[Evidence, ...]) -> Claim:
    outlets = len({e.article_id for e in support})
    status = "corroborated" if outlets >= 2 else "single_source"
    return Claim("c_x", support[0].text, status, support, (), outlets)


def test_a_neighbouring_sentence_on_the_topic_leaves_the_claim() -> None:
    articles = [annotated(key, lines) for key, lines in STORY.items()]
    bridge = (evidence(articles, "a", 0), evidence(articles, "b", 0), evidence(articles, "c", 0))
    claims = stated_claims([claim(bridge)], articles, {})
    kept, lone = claims
    assert kept.status == "corroborated"
    assert kept.independent_support == 2
    assert {e.article_id for e in kept.support} == {"a", "b"}
    assert lone.status == "single_source"
    assert lone.text.startswith("Brindlemoor residents queued")


def test_two_outlets_stating_different_facts_are_two_single_source_claims() -> None:
    articles = [annotated(key, lines) for key, lines in STORY.items()]
    topic = (evidence(articles, "b", 1), evidence(articles, "c", 0))
    claims = stated_claims([claim(topic)], articles, {})
    assert [c.status for c in claims] == ["single_source", "single_source"]
    assert [c.independent_support for c in claims] == [1, 1]


def test_the_shared_fact_outweighs_the_names_every_sentence_uses() -> None:
    lines = [line for lines in STORY.values() for line in lines]
    rare = rarity(lines)
    same = pair_features(lines[0], lines[3], rare)
    neighbour = pair_features(lines[0], lines[7], rare)
    assert same[0] > neighbour[0]
    assert rare.weight(frozenset({"brindlemoor"})) < rare.weight(frozenset({"footbridge"}))


def test_when_the_wording_leaves_the_claim_is_worded_by_a_support_that_stays() -> None:
    articles = [annotated(key, lines) for key, lines in STORY.items()]
    stray = evidence(articles, "c", 0)
    bridge = (evidence(articles, "a", 0), evidence(articles, "b", 0), stray)
    worded = Claim("c_x", stray.text, "corroborated", bridge, (), 3)
    kept, lone = stated_claims([worded], articles, {})
    assert kept.text in {e.text for e in kept.support}
    assert stray.text not in {e.text for e in kept.support}
    assert lone.text == stray.text


def test_a_sentence_weighs_the_same_when_its_weight_is_remembered() -> None:
    rare = rarity(["The ferry left Portavel at dawn.", "The ferry sank off Portavel."])
    words = frozenset({"ferry", "portavel", "dawn"})
    assert rare.held(words) == rare.weight(words) == rare.held(frozenset(words))
