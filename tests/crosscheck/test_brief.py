from builders import annotated, article

from consilience.crosscheck.brief import write_brief
from consilience.model import Claim, Contradiction, Evidence


def claim(id_: str, text: str, articles: tuple[str, ...], status: str) -> Claim:
    support = tuple(Evidence(a, text, 0, len(text)) for a in articles)
    return Claim(id_, text, status, support, (), len(set(articles)))  # type: ignore[arg-type]


def test_brief_uses_only_corroborated_claims_with_citations() -> None:
    claims = [
        claim("c1", "The envoy met the president in the city.", ("a", "b", "c"), "corroborated"),
        claim("c2", "A $1.5 billion package was approved.", ("a",), "single_source"),
        claim("c3", "The talks lasted five hours.", ("b", "c"), "corroborated"),
    ]
    brief = write_brief(claims, [], {})
    assert [b.claim_ids for b in brief] == [("c1",), ("c3",)]
    assert all(len(b.citations) >= 2 for b in brief)


def test_brief_drops_a_sentence_saying_the_same_thing() -> None:
    claims = [
        claim("c1", "The envoy met the president in the city.", ("a", "b"), "corroborated"),
        claim(
            "c2", "The envoy met the president in the city on Friday.", ("c", "d"), "corroborated"
        ),
    ]
    assert len(write_brief(claims, [], {})) == 1


def test_a_sentence_an_earlier_one_already_states_is_skipped_for_the_next_fact() -> None:
    claims = [
        claim(
            "c1",
            "Police said two dockworkers and a guard died in the Brena warehouse fire.",
            ("a", "b", "c"),
            "corroborated",
        ),
        claim("c2", "Three people were killed in the warehouse fire.", ("d", "e"), "corroborated"),
        claim("c3", "The port of Brena reopened on Monday.", ("a", "d"), "corroborated"),
    ]
    assert [b.claim_ids for b in write_brief(claims, [], {})] == [("c1",), ("c3",)]


def test_a_later_sentence_adding_a_count_is_kept() -> None:
    claims = [
        claim(
            "c1",
            "Police said two dockworkers died in the Brena warehouse fire.",
            ("a", "b", "c"),
            "corroborated",
        ),
        claim(
            "c2",
            "Two dockworkers died and eleven were hurt when fire swept the warehouse.",
            ("d", "e"),
            "corroborated",
        ),
    ]
    assert len(write_brief(claims, [], {})) == 2


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
    assert write_brief([claim], [], {}) == ()


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
    assert write_brief([claim], [], {}) == ()


def test_a_sentence_introducing_a_block_quote_is_left_out() -> None:
    text = "The president used a television interview to make an appeal, stating:"
    assert write_brief([claim("c3", text, ("a", "b"), "corroborated")], [], {}) == ()


def worded_by(text: str, echoes: dict[str, str]) -> Claim:
    """A corroborated claim worded by outlet "a", echoed by other outlets' own sentences."""
    support = (
        Evidence("a", text, 0, len(text)),
        *(Evidence(outlet, echo, 0, len(echo)) for outlet, echo in echoes.items()),
    )
    return Claim("c1", text, "corroborated", support, (), len(support))


def test_a_trailing_clause_no_other_outlet_echoes_is_cut() -> None:
    wording = "The minister met the union in Brena, formalized through a binding written accord."
    brief = write_brief(
        [worded_by(wording, {"b": "The minister met union leaders in Brena."})], [], {}
    )
    assert [b.text for b in brief] == ["The minister met the union in Brena."]


def test_an_echoed_trailing_clause_and_a_condition_are_kept() -> None:
    echoed = "The minister met the union in Brena, ending a strike that lasted a week."
    condition = "The plant in Brena will close in March, unless the union accepts the offer."
    claims = [
        worded_by(
            echoed, {"b": "A week-long strike ended when the minister met the union in Brena."}
        ),
        worded_by(condition, {"b": "Unless the union accepts, the Brena plant closes in March."}),
    ]
    assert [b.text for b in write_brief(claims, [], {})] == [echoed, condition]


def test_a_detail_only_its_outlet_gives_is_left_out_for_what_both_state() -> None:
    wording = "The minister met the union in Brena on Thursday."
    claim = worded_by(wording, {"b": "The minister and the union met in Brena."})
    (sentence,) = write_brief([claim], [], {})
    assert sentence.text == "The minister and the union met in Brena."
    assert sentence.citations == ("a", "b")


def test_a_source_no_other_outlet_names_is_not_repeated() -> None:
    wording = "According to the Daily Lantern, the minister met the union in Brena."
    claim = worded_by(wording, {"b": "The minister met union leaders in Brena."})
    assert [b.text for b in write_brief([claim], [], {})] == [
        "The minister met the union in Brena."
    ]


def test_only_an_outlets_own_complete_prose_is_quoted() -> None:
    not_prose = [
        "Read more at www.harbor-ledger.example/ports/strike today.",
        "We will stay out until the port talks to us, the union leader said.",
        '"The port will not reopen until the talks end.',
        "Dock Workers Walk Out Across The Brena Port Complex",
        "But the port stayed open for another week.",
        "(Port officials later denied that the talks had failed.)",
    ]
    claims = [claim(f"c{k}", text, ("a", "b"), "corroborated") for k, text in enumerate(not_prose)]
    assert write_brief(claims, [], {}) == ()


def test_a_sentence_the_other_outlets_do_not_echo_is_left_out() -> None:
    own = "The mayor has stunned residents by backing the developers' plans."
    other = "Council members say the harbour budget will be debated next month."
    topical = Claim(
        id="c9",
        text=own,
        status="corroborated",
        support=(Evidence("a", own, 0, len(own)), Evidence("b", other, 0, len(other))),
        contradicted_by=(),
        independent_support=2,
    )
    assert write_brief([topical], [], {}) == ()


def test_a_claim_most_outlets_state_and_one_disputes_is_stated_but_a_split_one_is_not() -> None:
    text = "The ferry carried 40 passengers and 6 crew."
    settled = claim("c1", text, ("a", "b", "c"), "contested")
    sixty = Evidence("d", "It carried 60.", 0, 14)
    settled = Claim("c1", text, "contested", settled.support, (sixty,), 3)
    split = Claim(
        "c2",
        "The storm closed the harbour on Monday.",
        "contested",
        claim("c2", "The storm closed the harbour on Monday.", ("a", "b"), "contested").support,
        (Evidence("d", "On Sunday.", 0, 10),),
        2,
    )
    clashes = [
        Contradiction("x1", "number", settled.support[0], sixty, "40 against 60"),
        Contradiction("x2", "date", split.support[0], split.contradicted_by[0], "Monday"),
    ]
    assert [b.claim_ids for b in write_brief([settled, split], [], {}, clashes)] == [("c1",)]


def test_a_clash_with_a_side_detail_of_a_supporting_sentence_does_not_dispute_the_claim() -> None:
    text = "The ferry carried 40 passengers and 6 crew."
    side = Evidence("c", "Its 40 passengers and 6 crew rode two lifeboats.", 0, 48)
    sixty = Evidence("d", "It carried 60.", 0, 14)
    boats = Evidence("e", "It had three lifeboats.", 0, 23)
    support = (*claim("c1", text, ("a", "b"), "contested").support, side)
    settled = Claim("c1", text, "contested", support, (sixty, boats), 3)
    clashes = [
        Contradiction("x1", "number", support[0], sixty, "40 against 60"),
        Contradiction("x2", "number", side, boats, "two against three"),
    ]
    assert [b.claim_ids for b in write_brief([settled], [], {}, clashes)] == [("c1",)]


def test_a_claim_its_own_supporting_sentences_state_differently_is_not_stated() -> None:
    text = "About 5,000 people marched through the old town."
    support = claim("c1", text, ("a", "b", "c", "d"), "contested").support
    many = Evidence("d", "Some 9,000 people marched through the old town.", 0, 47)
    settled = Claim("c1", text, "contested", (*support[:3], many), (many,), 4)
    clashes = [
        Contradiction("x1", "number", support[0], many, "5,000 against 9,000"),
        Contradiction("x2", "number", support[1], many, "5,000 against 9,000"),
    ]
    assert write_brief([settled], [], {}, clashes) == ()


def test_an_outlet_naming_another_month_is_not_cited_for_the_sentence() -> None:
    march = "The ferry union held its fourth strike since March on Tuesday."
    april = "The ferry union held its fourth strike since April on Tuesday."
    support = (
        Evidence("a", march, 0, len(march)),
        Evidence("b", march, 0, len(march)),
        Evidence("c", april, 0, len(april)),
    )
    strike = Claim("c1", march, "corroborated", support, (), 3)
    (sentence,) = write_brief([strike], [], {}, [])
    assert sentence.citations == ("a", "b")
    alone = Claim("c2", march, "corroborated", (support[0], support[2]), (), 2)
    assert write_brief([alone], [], {}, []) == ()


def test_an_outlet_whose_sentence_lacks_the_time_is_not_cited() -> None:
    wording = "The ferry sank at 4:30 p.m. off the coast of Brena."
    support = (
        Evidence("a", wording, 0, len(wording)),
        Evidence("b", "At 4:30 p.m. the ferry sank off the Brena coast.", 0, 48),
        Evidence("c", "The ferry sank off the coast of Brena on Monday.", 0, 48),
    )
    (sentence,) = write_brief([Claim("c1", wording, "corroborated", support, (), 3)], [], {})
    assert sentence.text == wording
    assert sentence.citations == ("a", "b")


def test_a_sentence_only_its_outlet_states_whole_is_cut_to_what_two_state() -> None:
    wording = "The bridge reopened on Monday, after repairs that cost $2 million."
    support = (
        Evidence("a", wording, 0, len(wording)),
        Evidence("b", "The bridge reopened on Monday.", 0, 30),
        Evidence("c", "Repairs that cost $2 million were finished last week.", 0, 53),
    )
    (sentence,) = write_brief([Claim("c1", wording, "corroborated", support, (), 3)], [], {})
    assert sentence.text == "The bridge reopened on Monday."
    assert sentence.citations == ("a", "b")


def test_a_sentence_no_two_outlets_state_is_not_stated() -> None:
    wording = "Ilsen said he turned to Varo after he and Dane wrote about the flood in Brena."
    other = "Varo guided Ilsen and Dane, who covered the flood in Brena."
    support = (Evidence("a", wording, 0, len(wording)), Evidence("b", other, 0, len(other)))
    assert write_brief([Claim("c1", wording, "corroborated", support, (), 2)], [], {}) == ()


def test_a_headline_without_a_full_stop_is_not_stated() -> None:
    headline = claim("c1", "Ferry strike ends in Brena after a week", ("a", "b"), "corroborated")
    assert write_brief([headline], [], {}) == ()


def test_an_opening_day_only_one_outlet_gives_is_cut() -> None:
    wording = "On Friday, the envoy met the mayor of Brena."
    support = (
        Evidence("a", wording, 0, len(wording)),
        Evidence("b", "The envoy met the mayor of Brena.", 0, 33),
    )
    (sentence,) = write_brief([Claim("c1", wording, "corroborated", support, (), 2)], [], {})
    assert sentence.text == "The envoy met the mayor of Brena."
    assert sentence.citations == ("a", "b")


def test_a_sentence_hinging_on_a_pronoun_is_not_stated() -> None:
    text = "After the vote in Brena, he left the council hall."
    assert write_brief([claim("c1", text, ("a", "b"), "corroborated")], [], {}) == ()


def test_an_attribution_is_never_cut_to_state_a_claim_as_fact() -> None:
    wording = "The ferry will resume on Monday, according to Mayor Oltra."
    support = (
        Evidence("a", wording, 0, len(wording)),
        Evidence("b", "Ferries will run again on Monday.", 0, 33),
    )
    assert write_brief([Claim("c1", wording, "corroborated", support, (), 2)], [], {}) == ()


def test_a_sentence_is_cited_by_an_outlet_naming_its_subject_the_sentence_before() -> None:
    wording = "Mayor Ilse Oltra was 61."
    articles = [
        article("a", "Ilse Oltra, the mayor of Brena, died on Monday.", wording),
        article("b", "Ilse Oltra died at her home in Brena on Monday.", "She was 61."),
    ]
    starts = [s.start for a in articles for s in a.sentences[1:]]
    support = (
        Evidence("a", wording, starts[0], starts[0] + 24),
        Evidence("b", "She was 61.", starts[1], starts[1] + 11),
    )
    (sentence,) = write_brief([Claim("c1", wording, "corroborated", support, (), 2)], articles, {})
    assert sentence.citations == ("a", "b")


def test_a_trailing_clause_with_a_figure_another_outlet_disputes_is_cut() -> None:
    wording = "The mayor of Brena was re-elected, while more than 400 people marched."
    support = tuple(Evidence(a, wording, 0, len(wording)) for a in ("a", "b"))
    other = Evidence("c", "About 200 people marched in Brena.", 0, 34)
    clash = Contradiction("x1", "number", support[0], other, "400 against 200")
    claimed = Claim("c1", wording, "corroborated", support, (), 2)
    (sentence,) = write_brief([claimed], [], {}, [clash])
    assert sentence.text == "The mayor of Brena was re-elected."


def test_among_facts_as_widely_stated_the_one_about_the_story_comes_first() -> None:
    core = "The ferry strike in Brena ended after a week."
    side = "A brass band played near the harbour."
    articles = [
        article("a", core, side, "The ferry strike stopped all boats."),
        article("b", core, side, "Ferry workers ended the strike."),
        article("c", "The strike of ferry crews in Brena was long."),
    ]
    claims = [
        claim("c1", side, ("a", "b"), "corroborated"),
        claim("c2", core, ("a", "b"), "corroborated"),
    ]
    assert [b.claim_ids for b in write_brief(claims, articles, {})] == [("c2",), ("c1",)]


def test_a_pronoun_for_someone_the_sentence_does_not_name_is_not_stated() -> None:
    dubbed = "A Brena paper dubbed him the harbour king."
    named = "Mayor Oltra said his ferry plan for Brena was approved."
    texts = {"a": f"{dubbed} {named}", "b": f"{dubbed} {named}"}
    labels = {"Brena": "GPE", "Oltra": "PERSON"}
    articles = [annotated(a, text, labels) for a, text in texts.items()]
    claims = [
        claim("c1", dubbed, ("a", "b"), "corroborated"),
        Claim(
            "c2",
            named,
            "corroborated",
            tuple(Evidence(a, named, len(dubbed) + 1, len(texts[a])) for a in texts),
            (),
            2,
        ),
    ]
    assert [b.claim_ids for b in write_brief(claims, articles, {})] == [("c2",)]
    local = "A local paper dubbed him the harbour king of Brena."
    assert write_brief([claim("c3", local, ("a", "b"), "corroborated")], [], {}) == ()
