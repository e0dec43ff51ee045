from consilience.crosscheck.standalone import quotable, unresolved
from consilience.model import Evidence


def test_a_subject_pronoun_after_an_opening_phrase_leans_on_the_article() -> None:
    assert not quotable("After the vote in Brena, he left the council hall.")
    assert quotable("After the vote in Brena, Mayor Oltra left the council hall.")


def test_him_before_any_named_person_is_unresolved() -> None:
    dubbed = "A Brena paper dubbed him the harbour king."
    assert unresolved(Evidence("a", dubbed, 0, len(dubbed)), {"a": []})
    assert not unresolved(Evidence("a", dubbed, 0, len(dubbed)), {"a": [13]})
    named = "Mayor Oltra said his plan was approved."
    assert not unresolved(Evidence("b", named, 0, len(named)), {})


def test_an_opening_one_or_both_standing_for_people_named_before_leans_on_the_article() -> None:
    assert not quotable("One was fined for speeding and the other let off with a warning.")
    assert not quotable("Both had been held in Brena since March.")
    assert not quotable("One of them told the court he needed more time.")
    assert not quotable("The two met at the Brena ferry terminal in June.")
    assert not quotable("Each, in her own way, shaped the harbour.")


def test_an_opening_one_or_both_before_a_noun_names_what_it_counts() -> None:
    assert quotable("One man died in the Brena ferry fire.")
    assert quotable("Both sides agreed to resume talks on Monday.")
    assert quotable("One injured dockworker was taken to hospital.")
    assert quotable("One of the dockworkers was charged with arson.")
    assert quotable("One evening that summer, the ferry sank off Brena.")


def test_another_or_the_other_always_points_back() -> None:
    assert not quotable("Another dockworker was injured in the fire.")
    assert not quotable("The other suspects were released on Monday.")
