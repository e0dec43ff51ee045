"""A claim several outlets support is worded by the support a reader can take alone."""

from __future__ import annotations

from builders import article

from consilience.crosscheck.wording import reads_alone, worded
from consilience.model import AnnotatedArticle, Claim, ClaimStatus, Contradiction, Evidence

OUTLETS = {"a1": "Outlet A", "a2": "Outlet B", "a3": "Outlet C"}


def _span(annotated: AnnotatedArticle, text: str, score: float | None = None) -> Evidence:
    """The span of an article's text that reads ``text``."""
    start = annotated.article.text.index(text)
    return Evidence(annotated.article.id, text, start, start + len(text), score)


def _claim(support: list[Evidence], status: ClaimStatus = "corroborated") -> Claim:
    """A claim worded by its first support."""
    return Claim("c_1", support[0].text, status, tuple(support), (), 2)


def _alone(text: str) -> bool:
    return all(reads_alone(Evidence("a", text, 0, len(text)), None))


def test_a_relative_clause_or_a_quotation_tail_does_not_read_alone() -> None:
    assert not _alone("which holds a two-seat lead in the council")
    assert not _alone('" said Mara Quell, who runs a bakery on the square.')
    assert not _alone('Prices will rise again, " said Mara Quell, who runs a bakery.')
    assert _alone("The Velm council holds a two-seat lead after the vote.")


def test_a_clause_cut_off_its_sentence_gives_way_to_a_sentence_of_its_own() -> None:
    first = article("a1", "The mayor's party, which holds a two-seat lead in the council, won.")
    second = article("a2", "The mayor's party holds a two-seat lead in the Velm council.")
    cut = _span(first, "which holds a two-seat lead in the council")
    whole = _span(second, second.article.text, 0.7)
    (claim,) = worded([_claim([cut, whole])], [first, second], OUTLETS, ())
    assert claim.text == second.article.text


def test_a_clause_opening_with_that_gives_way_to_one_opening_with_its_subject() -> None:
    first = article("a1", "The strike shook the party that holds a two-seat lead in the council.")
    second = article("a2", "Talks failed, but the party holds a two-seat lead in the council.")
    cut = _span(first, "that holds a two-seat lead in the council.")
    other = _span(second, "but the party holds a two-seat lead in the council.", 0.7)
    (claim,) = worded([_claim([cut, other])], [first, second], OUTLETS, ())
    assert claim.text == other.text


def test_a_wording_with_a_trailing_detail_no_other_outlet_gives_gives_way() -> None:
    own = "Velm and Ostra agreed to a ceasefire, sealed by a binding treaty on fishing rights."
    plain = "Velm and Ostra have agreed to a ceasefire."
    other = "The ceasefire between Velm and Ostra was agreed."
    articles = [article("a1", own), article("a2", plain), article("a3", other)]
    support = [
        _span(articles[0], own, 1.0),
        _span(articles[1], plain, 0.8),
        _span(articles[2], other, 0.7),
    ]
    (claim,) = worded([_claim(support)], articles, OUTLETS, ())
    assert claim.text == plain


def test_a_support_on_a_neighbouring_fact_does_not_word_the_claim_for_fewer_details() -> None:
    own = "Velm and Ostra agreed to a ceasefire, sealed by a binding treaty on fishing rights."
    far = "Talks between the two towns had stalled for weeks."
    articles = [article("a1", own), article("a2", far)]
    support = [_span(articles[0], own, 1.0), _span(articles[1], far, 0.4)]
    (claim,) = worded([_claim(support)], articles, OUTLETS, ())
    assert claim.text == own


def test_a_contested_claim_or_a_clashing_support_keeps_the_wording() -> None:
    first = article("a1", "The mayor's party, which holds a two-seat lead in the council, won.")
    second = article("a2", "The mayor's party holds a three-seat lead in the Velm council.")
    cut = _span(first, "which holds a two-seat lead in the council")
    whole = _span(second, second.article.text, 0.7)
    (contested,) = worded([_claim([cut, whole], "contested")], [first, second], OUTLETS, ())
    assert contested.text == cut.text
    clash = Contradiction("x_1", "number", cut, whole, "two seats or three")
    (clashing,) = worded([_claim([cut, whole])], [first, second], OUTLETS, [clash])
    assert clashing.text == cut.text


def test_a_shouted_wording_gives_way_to_one_in_normal_case() -> None:
    loud = "A GAS - LEAK blast at a bakery in Velm injured four workers."
    calm = "A gas-leak blast at a Velm bakery injured four workers."
    articles = [article("a1", loud), article("a2", calm)]
    support = [_span(articles[0], loud, 1.0), _span(articles[1], calm, 0.9)]
    (claim,) = worded([_claim(support)], articles, OUTLETS, ())
    assert claim.text == calm


def test_an_acronym_is_no_shout() -> None:
    plain = "The EU and the IMF agreed a loan for Velm."
    other = "Velm got a loan agreed by the European Union and the IMF."
    articles = [article("a1", plain), article("a2", other)]
    support = [_span(articles[0], plain, 1.0), _span(articles[1], other, 0.9)]
    (claim,) = worded([_claim(support)], articles, OUTLETS, ())
    assert claim.text == plain
