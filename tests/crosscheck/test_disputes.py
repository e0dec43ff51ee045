from dataclasses import replace

from consilience.crosscheck.disputes import mark_disputed
from consilience.model import BriefSentence, Claim, Contradiction, Evidence

STATED = "Rioters set fire to at least four shops in Brena, police said."
OTHER = "Rioters set fire to two shops in Brena."


def _evidence(article: str, text: str) -> Evidence:
    return Evidence(article, text, 0, len(text))


def _brief(text: str = STATED) -> tuple[BriefSentence, ...]:
    return (BriefSentence(text, ("a", "b"), ("c1",)),)


def _claim() -> Claim:
    support = (_evidence("a", STATED), _evidence("b", STATED))
    return Claim("c1", STATED, "corroborated", support, (), 2)


def _clash(kind: str, explanation: str, a: Evidence | None = None) -> Contradiction:
    return Contradiction(
        "x1", kind, a or _evidence("a", STATED), _evidence("d", OTHER), explanation
    )  # type: ignore[arg-type]


def test_a_brief_sentence_stating_one_side_of_a_figure_is_disputed() -> None:
    clash = _clash("number", 'a gives "at least four shops"; d gives "two shops".')
    assert mark_disputed(_brief(), [_claim()], [clash])[0].disputed_by == ("x1",)


def test_the_same_count_worded_otherwise_is_still_the_side_it_states() -> None:
    clash = _clash("number", 'a gives "nearly four shops"; d gives "two shops".')
    assert mark_disputed(_brief(), [_claim()], [clash])[0].disputed_by == ("x1",)


def test_a_clash_about_another_figure_or_another_happening_does_not_dispute_it() -> None:
    other_count = _clash("number", 'a gives "12 officers"; d gives "20 officers".')
    elsewhere = _clash(
        "number",
        'e gives "four shops"; d gives "two shops".',
        _evidence("e", "Four shops closed early in Orla."),
    )
    place = _clash("other", 'a says "in Brena"; d says "in Orla".')
    marked = mark_disputed(_brief(), [_claim()], [other_count, elsewhere, place])
    assert marked[0].disputed_by == ()


def test_a_sentence_giving_both_sides_is_not_disputed() -> None:
    clash = _clash("number", 'a gives "four shops"; d gives "two shops".')
    both = "Rioters set fire to two shops, then four shops in Brena."
    assert mark_disputed(_brief(both), [_claim()], [clash])[0].disputed_by == ()


def _negated(stated: str, denial: str, explanation: str) -> tuple[str, ...]:
    """The marks on a brief sentence two outlets state when outlet d says the opposite."""
    support = (_evidence("a", stated), _evidence("b", stated))
    claim = Claim("c1", stated, "corroborated", support, (), 2)
    clash = Contradiction("x2", "negation", support[0], _evidence("d", denial), explanation)
    (marked,) = mark_disputed((BriefSentence(stated, ("a", "b"), ("c1",)),), [claim], [clash])
    return marked.disputed_by


def test_a_statement_another_outlet_negates_is_disputed() -> None:
    marks = _negated(
        "The dockers' union agreed to return to talks on Monday.",
        "The union did not agree to return to talks.",
        'a says "agreed to return to talks"; d says the opposite: "did not agree to return".',
    )
    assert marks == ("x2",)


def test_a_figure_outlets_give_many_other_values_for_counts_different_things() -> None:
    clashes = [
        replace(_clash("number", f'a gives "four shops"; d gives "{n} shops".'), id=f"x{n}")
        for n in ("two", "six", "nine")
    ]
    assert mark_disputed(_brief(), [_claim()], clashes)[0].disputed_by == ()
    assert mark_disputed(_brief(), [_claim()], clashes[:2])[0].disputed_by == ("xtwo", "xsix")


def test_a_negated_bare_name_is_no_dispute_of_a_sentence_naming_it() -> None:
    marks = _negated(
        "Rioters in Brena chanted the name of Ilse Oltra.",
        "She was not Ilse Oltra, the court heard.",
        'a says "Ilse Oltra."; d says the opposite: "was not Ilse Oltra, the court".',
    )
    assert marks == ()
