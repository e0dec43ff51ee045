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
