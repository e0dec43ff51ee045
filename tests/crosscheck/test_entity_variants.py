"""Names of one entity that differ by a word or a letter (crosscheck/variants.py), and
mentions that cannot own a short name (a lower-case phrase, a headline naming two people)."""

from __future__ import annotations

from builders import annotated, entity_of

from consilience.crosscheck.entities import resolve_entities


def test_a_capitalised_short_name_is_not_a_lower_case_word_of_a_longer_mention() -> None:
    text = "Ruiz read The Harbor Times. Ruiz Called three times. Later the Times said so."
    labels = {"The Harbor Times": "ORG", "Ruiz Called three times": "ORG", "Times": "ORG"}
    index = resolve_entities([annotated("a", text, labels)])
    assert "the Times" in entity_of(index, "Harbor Times").aliases


def test_a_headline_naming_two_people_owns_neither_name() -> None:
    text = "Ana Ruiz Meets Tom Hale. Ana Ruiz spoke first; Tom Hale answered."
    labels = {"Ana Ruiz Meets Tom Hale": "PERSON", "Ana Ruiz": "PERSON", "Tom Hale": "PERSON"}
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Ana Ruiz") != entity_of(index, "Tom Hale")


def test_a_brand_written_with_and_without_a_middle_word_is_one_organisation() -> None:
    text = (
        "Staff of Vestrel Bank fled. The Vestrel Savings Bank branch burned; Vestrel Trust "
        "Bank said Vestrel would pay. The Bank of Norland and the Bank of Estavia closed."
    )
    labels = {
        "Vestrel Bank": "ORG",
        "Vestrel Savings Bank": "ORG",
        "Vestrel Trust Bank": "ORG",
        "Vestrel": "ORG",
        "Bank of Norland": "ORG",
        "Bank of Estavia": "ORG",
    }
    index = resolve_entities([annotated("a", text, labels)])
    bank = entity_of(index, "Vestrel Bank")
    assert (
        entity_of(index, "Vestrel Savings Bank") == bank == entity_of(index, "Vestrel Trust Bank")
    )
    assert entity_of(index, "Bank of Norland") != entity_of(index, "Bank of Estavia")


def test_one_street_with_two_designators_is_one_place_unless_its_name_is_a_word() -> None:
    text = (
        "Marchers filled Korrin Avenue. Police sealed Korrin Street at noon. "
        "The main square was calm; Main Street and Main Road were shut."
    )
    labels = {
        "Korrin Avenue": "FAC",
        "Korrin Street": "FAC",
        "Main Street": "FAC",
        "Main Road": "FAC",
    }
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Korrin Avenue") == entity_of(index, "Korrin Street")
    assert entity_of(index, "Main Street") != entity_of(index, "Main Road")


def test_a_lone_diminutive_joins_the_one_person_whose_first_name_it_shortens() -> None:
    one = annotated(
        "a",
        "Alexandros Petrou, 15, died. Friends mourned Alexi.",
        {"Alexandros Petrou": "PERSON", "Alexi": "PERSON"},
    )
    assert entity_of(resolve_entities([one]), "Alexi") == entity_of(
        resolve_entities([one]), "Alexandros Petrou"
    )
    two = annotated(
        "b",
        "Alexandros Petrou and Alexis Marou met. Friends mourned Alexi.",
        {"Alexandros Petrou": "PERSON", "Alexis Marou": "PERSON", "Alexi": "PERSON"},
    )
    index = resolve_entities([two])
    assert "Alexi" not in entity_of(index, "Alexandros Petrou").aliases
    assert "Alexi" not in entity_of(index, "Alexis Marou").aliases


def test_a_rare_one_letter_slip_of_the_main_persons_surname_is_that_person() -> None:
    body = " ".join(["Varga spoke again."] * 10)
    text = f"Ilona Varga resigned. {body} Later Vargo left the hall."
    labels = {"Ilona Varga": "PERSON", "Varga": "PERSON", "Vargo": "ORG"}
    index = resolve_entities([annotated("a", text, labels)])
    assert "Vargo" in entity_of(index, "Ilona Varga").aliases
    other = annotated("b", text + " Tom Vargo agreed.", {**labels, "Tom Vargo": "PERSON"})
    assert "Vargo" not in entity_of(resolve_entities([other]), "Ilona Varga").aliases


def test_an_acronym_spelled_out_in_lower_case_beside_the_same_word_is_one_term() -> None:
    index = resolve_entities(
        [
            annotated("a", "Engineers fixed the remote sensing platform mast at dawn.", {}),
            annotated("b", "The RSP mast bent again. Rangers saw pelicans nearby.", {}),
        ]
    )
    term = next(e for e in index.entities if "RSP" in e.aliases)
    assert term.name == "remote sensing platform"
    assert term.article_ids == ("a", "b")


def test_an_acronym_whose_initials_a_phrase_only_happens_to_share_stays_alone() -> None:
    index = resolve_entities(
        [
            annotated("a", "A KPA report came out. The kids played ancients all day.", {}),
            annotated("b", "The KPA said little.", {}),
        ]
    )
    assert not [e for e in index.entities if "KPA" in e.aliases]


def test_a_diminutive_ner_missed_is_an_alias_of_the_one_person_it_shortens() -> None:
    text = "Alexandros Petrou, 15, died. Crowds mourned Alexis at the school."
    index = resolve_entities([annotated("a", text, {"Alexandros Petrou": "PERSON"})])
    assert "Alexis" in entity_of(index, "Alexandros Petrou").aliases
    both = text + " Alexis Marou spoke."
    labels = {"Alexandros Petrou": "PERSON", "Alexis Marou": "PERSON"}
    index = resolve_entities([annotated("b", both, labels)])
    assert "Alexis" not in entity_of(index, "Alexandros Petrou").aliases


def test_a_description_said_alone_after_one_titled_person_names_that_person() -> None:
    text = 'Admiral Ilona Varga defended the raid. "We acted lawfully," said the Fleet chief.'
    index = resolve_entities([annotated("a", text, {"Ilona Varga": "PERSON"})])
    assert {"Admiral Ilona Varga", "Fleet chief"} <= set(entity_of(index, "Ilona Varga").aliases)


def test_a_description_after_two_people_or_an_untitled_one_names_no_one() -> None:
    two = 'Admiral Ilona Varga met Tom Hale. "We acted lawfully," said the Fleet chief.'
    labels = {"Ilona Varga": "PERSON", "Tom Hale": "PERSON"}
    index = resolve_entities([annotated("a", two, labels)])
    assert "Fleet chief" not in entity_of(index, "Ilona Varga").aliases
    assert "Fleet chief" not in entity_of(index, "Tom Hale").aliases
    untitled = 'Ilona Varga defended the raid. "We acted lawfully," said the Fleet chief.'
    index = resolve_entities([annotated("b", untitled, {"Ilona Varga": "PERSON"})])
    assert "Fleet chief" not in entity_of(index, "Ilona Varga").aliases


def test_a_description_telling_the_report_another_outlet_names_stands_for_that_name() -> None:
    described = annotated(
        "a", "A harbour watchdog later said the barge was a Danish dredger carrying sand.", {}
    )
    named = annotated(
        "b",
        "The Coastal Shipping Office later said that the barge was a Danish dredger with sand.",
        {"Coastal Shipping Office": "ORG"},
    )
    index = resolve_entities([described, named])
    assert "harbour watchdog" in entity_of(index, "Coastal Shipping Office").aliases


def test_a_described_report_names_no_person_and_no_one_for_other_news() -> None:
    described = annotated(
        "a", "A harbour official later said the barge was a Danish dredger carrying sand.", {}
    )
    person = annotated(
        "b",
        "Tom Hale later said the barge was a Danish dredger carrying sand.",
        {"Tom Hale": "PERSON"},
    )
    other = annotated(
        "c",
        "The Coastal Shipping Office later said rain closed the port.",
        {"Coastal Shipping Office": "ORG"},
    )
    index = resolve_entities([described, person, other])
    assert "harbour official" not in entity_of(index, "Tom Hale").aliases
    assert "harbour official" not in entity_of(index, "Coastal Shipping Office").aliases


def test_a_name_in_apposition_after_a_described_vessel_gets_the_description() -> None:
    text = "Pirates seized a Danish freighter loaded with grain, the Veradell, on Monday."
    index = resolve_entities([annotated("a", text, {"Veradell": "ORG"})])
    assert "Danish freighter" in entity_of(index, "Veradell").aliases
    listed = "Pirates seized a Danish freighter, a Greek tanker and the Veradell."
    index = resolve_entities([annotated("b", listed, {"Veradell": "ORG"})])
    assert not entity_of(index, "Veradell").aliases


def test_places_named_after_a_person_with_and_without_a_middle_word_stay_apart() -> None:
    text = "Tom Hale spoke at the Hale Center. Rockets flew from the Hale Space Center."
    labels = {"Tom Hale": "PERSON", "Hale Center": "ORG", "Hale Space Center": "ORG"}
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Hale Center") != entity_of(index, "Hale Space Center")


def test_the_main_persons_spouse_under_a_married_and_a_maiden_name_is_one_person() -> None:
    body = " ".join(["Varga said so."] * 3)
    one = annotated(
        "a",
        f"Ilona Varga died. {body} His wife, Mira Varga, died in 1990.",
        {"Ilona Varga": "PERSON", "Varga": "PERSON", "Mira Varga": "PERSON"},
    )
    two = annotated(
        "b",
        "In 1950 Varga married his college sweetheart, Mira Kollar, in Pest. Mira Hale came.",
        {"Varga": "PERSON", "Mira Kollar": "PERSON", "Mira Hale": "PERSON"},
    )
    index = resolve_entities([one, two])
    assert entity_of(index, "Mira Varga") == entity_of(index, "Mira Kollar")
    assert entity_of(index, "Mira Hale") != entity_of(index, "Mira Kollar")


def test_a_bracketed_acronym_takes_the_capitalised_name_ner_missed_before_it() -> None:
    text = "The Ferry and Tug Crews' Guild (FTCG) walked out; the Harbour Board (FTCG) wrote."
    index = resolve_entities([annotated("a", text, {"FTCG": "ORG"})])
    assert "Ferry and Tug Crews' Guild" in entity_of(index, "FTCG").aliases
    assert "Harbour Board" not in entity_of(index, "FTCG").aliases


def test_a_lone_surname_is_the_only_junior_of_that_name() -> None:
    text = "Joseph Varga Jr. was executed. Varga had appealed. Ana Hale Jr. and Ana Hale met."
    labels = {
        "Joseph Varga Jr.": "PERSON",
        "Varga": "PERSON",
        "Ana Hale Jr.": "PERSON",
        "Ana Hale": "PERSON",
    }
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Varga") == entity_of(index, "Joseph Varga Jr.")
    assert entity_of(index, "Ana Hale") != entity_of(index, "Ana Hale Jr.")


def test_a_full_name_with_a_short_first_name_is_the_same_person() -> None:
    text = "Stan Kollar spoke. Stanley J. Kollar left. Charlie Hale and Charlene Hale came."
    labels = {
        "Stan Kollar": "PERSON",
        "Stanley J. Kollar": "PERSON",
        "Charlie Hale": "PERSON",
        "Charlene Hale": "PERSON",
    }
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Stan Kollar") == entity_of(index, "Stanley J. Kollar")
    assert entity_of(index, "Charlie Hale") != entity_of(index, "Charlene Hale")


def _felt_story(third: str) -> list:
    """Two articles naming a man in full and then by his surname, and his daughter later."""
    labels = {"W. Mark Vell Sr.": "PERSON", "Mark Vell": "PERSON", "Vell": "PERSON"}
    labels |= {"Joan Vell": "PERSON", "Ana Vell": "PERSON"}
    return [
        annotated("a", "W. Mark Vell Sr. died. Vell was 95. His daughter Joan Vell spoke.", labels),
        annotated("b", "Mark Vell died on Friday. Vell led the bureau.", labels),
        annotated("c", third, labels),
    ]


def test_a_lone_surname_shared_by_relatives_is_the_person_each_article_names_by_it_first() -> None:
    index = resolve_entities(_felt_story("Joan Vell and Ana Vell came. Vell wept."))
    assert entity_of(index, "Vell") == entity_of(index, "W. Mark Vell Sr.")
    assert entity_of(index, "Joan Vell") != entity_of(index, "W. Mark Vell Sr.")
    assert entity_of(index, "Joan Vell") != entity_of(index, "Ana Vell")


def test_a_lone_surname_articles_give_to_different_people_stays_alone() -> None:
    index = resolve_entities(_felt_story("Joan Vell spoke. Vell wept. Mark Vell died."))
    assert entity_of(index, "Vell") not in (
        entity_of(index, "W. Mark Vell Sr."),
        entity_of(index, "Joan Vell"),
    )


def test_a_place_sharing_a_surname_never_joins_a_person() -> None:
    text = "Lena Dorrow left for Dorrow. Tom Dorrow stayed. Dorrow is far."
    labels = {"Lena Dorrow": "PERSON", "Tom Dorrow": "PERSON", "Dorrow": "GPE"}
    index = resolve_entities([annotated("a", text, labels)])
    assert entity_of(index, "Dorrow") != entity_of(index, "Lena Dorrow")
