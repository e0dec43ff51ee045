from consilience.crosscheck.contradictions import compare
from consilience.model import Evidence


def ev(article: str, text: str) -> Evidence:
    return Evidence(article, text, 0, len(text))


def test_ordinal_years_of_the_same_war_clash() -> None:
    a = ev("A", "Talks aim at ending the ongoing war, now in its fourth year.")
    b = ev("B", "The appeal showed the cost of the conflict, which has entered its third year.")
    clash = compare(a, b, aligned=False)
    assert clash is not None and clash.kind == "duration"
    assert '"fourth year"' in clash.explanation and '"third year"' in clash.explanation


def test_more_than_three_years_is_consistent_with_fourth_year() -> None:
    a = ev("A", "Talks aim at ending the more than three-year conflict.")
    b = ev("B", "The war, now in its fourth year, goes on.")
    assert compare(a, b, aligned=True) is None


def test_nearly_five_hours_is_consistent_with_five_hours() -> None:
    a = ev("A", "He described his nearly five-hour meeting with Putin.")
    b = ev("B", "He spoke after his five-hour meeting with Putin.")
    assert compare(a, b, aligned=True) is None


def test_different_amounts_in_aligned_units_clash() -> None:
    a = ev("A", "He described his two-hour meeting with Putin.")
    b = ev("B", "He spoke after his five-hour meeting with Putin.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "duration"


def test_different_ordinal_counts_in_aligned_units_clash() -> None:
    a = ev("A", "It was the third meeting between the two men.")
    b = ev("B", "It was the fourth meeting between the two men.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "number"


def test_unaligned_unrelated_ordinals_do_not_clash() -> None:
    a = ev("A", "It was the third meeting between the two men.")
    b = ev("B", "He won his second term in office.")
    assert compare(a, b, aligned=False) is None


def test_same_article_never_contradicts_itself() -> None:
    a = ev("A", "The war, now in its fourth year.")
    assert compare(a, ev("A", "The war, now in its third year."), aligned=True) is None


def test_negated_statement_clashes() -> None:
    a = ev("A", "Ukraine has agreed to a complete cease-fire.")
    b = ev("B", "Ukraine has not agreed to a complete cease-fire.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "negation"


def test_negation_of_a_different_statement_does_not_clash() -> None:
    a = ev("A", "Ukraine has agreed to a complete cease-fire.")
    b = ev("B", "Russia is not offering any major concessions to Ukraine.")
    assert compare(a, b, aligned=True) is None


def test_explanation_names_the_outlets() -> None:
    a = ev("A", "Talks aim at ending the ongoing war, now in its fourth year.")
    b = ev("B", "The appeal showed the cost of the conflict, which has entered its third year.")
    clash = compare(a, b, aligned=False, outlets={"A": "Daily Planet", "B": "Gotham Gazette"})
    assert clash is not None
    assert clash.explanation == (
        'Daily Planet says "fourth year"; Gotham Gazette says "third year".'
    )
