from consilience.crosscheck.brief import write_brief
from consilience.model import Claim, Evidence


def claim(id_: str, text: str, articles: tuple[str, ...], status: str) -> Claim:
    support = tuple(Evidence(a, text, 0, len(text)) for a in articles)
    return Claim(id_, text, status, support, (), len(set(articles)))  # type: ignore[arg-type]


def test_brief_uses_only_corroborated_claims_with_citations() -> None:
    claims = [
        claim("c1", "The envoy met the president in the city.", ("a", "b", "c"), "corroborated"),
        claim("c2", "A $1.5 billion package was approved.", ("a",), "single_source"),
        claim("c3", "The talks lasted five hours.", ("b", "c"), "corroborated"),
    ]
    brief = write_brief(claims, [])
    assert [b.claim_ids for b in brief] == [("c1",), ("c3",)]
    assert all(len(b.citations) >= 2 for b in brief)


def test_brief_drops_a_sentence_saying_the_same_thing() -> None:
    claims = [
        claim("c1", "The envoy met the president in the city.", ("a", "b"), "corroborated"),
        claim(
            "c2", "The envoy met the president in the city on Friday.", ("c", "d"), "corroborated"
        ),
    ]
    assert len(write_brief(claims, [])) == 1


def test_a_mostly_quoted_sentence_is_left_to_the_quotes_section() -> None:
    quoted = "“We may be on the cusp of something very significant,” the envoy said."
    claim = Claim(
        id="c1",
        text=quoted,
        status="corroborated",
        support=(Evidence("a", quoted, 0, len(quoted)), Evidence("b", quoted, 0, len(quoted))),
        contradicted_by=(),
        independent_support=2,
    )
    assert write_brief([claim], []) == ()


def test_a_sentence_that_needs_its_article_for_context_is_left_out() -> None:
    text = "Witkoff shared this information with Fox News."
    claim = Claim(
        id="c2",
        text=text,
        status="corroborated",
        support=(Evidence("a", text, 0, len(text)), Evidence("b", text, 0, len(text))),
        contradicted_by=(),
        independent_support=2,
    )
    assert write_brief([claim], []) == ()


def test_a_sentence_introducing_a_block_quote_is_left_out() -> None:
    text = "The president used a television interview to make an appeal, stating:"
    assert write_brief([claim("c3", text, ("a", "b"), "corroborated")], []) == ()
