"""Speaker resolution: who a cue, a pronoun or a role noun points to, on invented text."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from consilience.model import QuoteMention
from consilience.nlp.annotate import split_sentences
from consilience.nlp.models import Models
from consilience.nlp.names import learn_roles
from consilience.nlp.quotes import extract_quotes
from consilience.nlp.speakers import SpeakerResolver


def speaker(models: Models, text: str, words: str) -> str | None:
    doc = models.spacy(text)
    found: list[QuoteMention] = list(extract_quotes(doc, split_sentences(doc)))
    return next(q for q in found if words in q.text).speaker


def test_a_person_entity_stops_before_a_verb(models: Models) -> None:
    doc = models.spacy("Maria Lopez Is Right. Lopez answered the question.")
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    resolver = SpeakerResolver(doc)
    assert [p.text for p in resolver.people][:1] == ["Maria Lopez"]
    assert "Lopez" in resolver.surnames


def test_name_right_before_a_verb_without_subject(models: Models) -> None:
    text = "In a radio interview Lopez declared “the budget is a disgrace to this city.”"
    assert speaker(models, text, "disgrace") == "Lopez"


def test_person_lambasting_a_plan_is_the_last_speaker(models: Models) -> None:
    text = (
        "Jane Smith spoke first. The plan was widely criticised, with Maria Lopez "
        "— who has called for new taxes — attacking the budget.\n"
        "“The plan is a fantasy,” she said."
    )
    assert speaker(models, text, "fantasy") == "Maria Lopez"


def test_a_name_after_a_preposition_is_no_inverted_subject(models: Models) -> None:
    text = (
        "Preys on our worst fears and instincts, regarding Catholics and refugees, "
        "and calls rivals “losers who never win anything.”"
    )
    assert speaker(models, text, "losers") is None


def test_people_in_a_quoted_passage_of_narration_are_antecedents(models: Models) -> None:
    text = (
        "The reporter Anna Berg described the family in her column. Berg writes:\n"
        '"Tom Reed thought the whole inspection was a farce. He was tired, sure. '
        "Angry, certainly. But not ready to give up on the farm.\n"
        "“Nobody asked us what the river needs,” he said after the hearing."
    )
    assert speaker(models, text, "river needs") == "Tom Reed"


def test_a_subject_pronoun_carries_the_topic_back_to_its_name(models: Models) -> None:
    text = (
        "“We will appeal,” said Tom Reed, the union lawyer.\n"
        "Later that night, Maria Lopez left the court early. She had lost the case. "
        "She was calm about it. She walked to her car.\n"
        "“It is not over,” she said."
    )
    assert speaker(models, text, "not over") == "Maria Lopez"


def test_speech_verb_joined_to_a_reported_clause_shares_the_speaker(models: Models) -> None:
    text = (
        "However, Maria Lopez said that was not her view and dismissed the rumours as "
        "“old and tired gossip from the tabloids.”"
    )
    assert speaker(models, text, "tired gossip") == "Maria Lopez"


def test_they_refers_to_the_organisation_the_narration_is_about(models: Models) -> None:
    text = (
        "The Harbour Council met on Friday and issued a statement about the strike.\n"
        '"We will begin work on new measures immediately," they said.'
    )
    assert speaker(models, text, "new measures") == "The Harbour Council"


def test_a_nearer_unnamed_group_stops_they(models: Models) -> None:
    council = "The Harbour Council opened an inquiry in May.\n"
    claim = "They argue that the ministry broke the law when it closed the port."
    towns = "Twelve towns sued the ministry last year.\n"
    assert speaker(models, council + claim, "broke the law") == "The Harbour Council"
    doc = models.spacy(council + towns + claim)
    assert not [q for q in extract_quotes(doc, split_sentences(doc)) if q.speaker]


def test_an_organisation_name_keeps_its_verb(models: Models) -> None:
    text = (
        "Parents will hold a “walk-in for every school in the city,” according to the "
        "Alliance to Reclaim Our Schools."
    )
    assert speaker(models, text, "walk-in") == "the Alliance to Reclaim Our Schools"


def test_a_name_glued_to_the_end_of_an_entity_is_not_taken_alone(models: Models) -> None:
    text = (
        "In a March meeting with the editorial board of the Washington Post Lopez said "
        "that the port should close."
    )
    doc = models.spacy(text)
    assert not [q for q in extract_quotes(doc, split_sentences(doc)) if q.speaker]


def test_a_person_just_introduced_with_a_role_is_the_next_speaker(models: Models) -> None:
    text = (
        "“The fees are too high,” said Tom Reed, a dock worker.\n"
        "The dispute has worried shop owners, which is something that concerns Maria Lopez, "
        "president of the Harbour Traders Association.\n"
        "“Nobody comes to the harbour any more,” she said."
    )
    assert speaker(models, text, "Nobody comes") == "Maria Lopez"


def test_the_article_and_its_pronoun_speak_for_its_named_owner(models: Models) -> None:
    text = (
        "Ten years ago, a Ledger article praised the mayor for the new harbour.\n"
        "“The mayor has turned the port around in two short years,” the article read.\n"
        "“He has also cut the city debt by half,” it added."
    )
    assert speaker(models, text, "turned the port") == "Ledger"
    assert speaker(models, text, "city debt") == "Ledger"


def test_went_on_about_introduces_quoted_phrases(models: Models) -> None:
    text = (
        "“Are you awake?” she asked, but Tom was dozing again, and as Maria Lopez went on "
        "about “how the harbour was sold off,” Tom said nothing."
    )
    assert speaker(models, text, "harbour was sold") == "Maria Lopez"


def test_a_title_before_a_name_is_the_role_that_later_speaks(models: Models) -> None:
    text = (
        "Lisbon Mayor Tiago Ferreira opened the new tram line on Monday.\n\n"
        '"We waited ten years for this," the mayor said.'
    )
    assert speaker(models, text, "ten years") == "Tiago Ferreira"


def test_a_title_hung_on_the_first_name_is_still_the_persons_role(models: Models) -> None:
    words = ["Lisbon", "Mayor", "Tiago", "Ferreira", "spoke", "."]
    doc = Doc(
        models.spacy.vocab,
        words=words,
        heads=[1, 2, 3, 4, 4, 4],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        lemmas=["Lisbon", "mayor", "Tiago", "Ferreira", "speak", "."],
    )
    roles = learn_roles(doc, [Span(doc, 2, 4, label="PERSON")])
    assert [p.text for p in roles["mayor"]] == ["Tiago Ferreira"]


def test_a_crowd_that_chants_is_the_speaker(models: Models) -> None:
    text = 'Outside the town hall the strikers chanted "no more cuts" until dusk.'
    assert speaker(models, text, "no more cuts") == "strikers"


def test_an_institution_that_issues_a_statement_is_the_speaker(models: Models) -> None:
    text = (
        'Troops cleared the bridge and found "a large store of fuel and food," '
        "the army said in a statement."
    )
    assert speaker(models, text, "large store") == "army"


def test_a_group_without_the_speaks_but_an_office_without_it_does_not(models: Models) -> None:
    text = '"Nobody listens to us," protesters said outside the ministry.'
    assert speaker(models, text, "Nobody listens") == "protesters"
    chanting = 'Marchers chanting "open the port" blocked the quay.'
    assert speaker(models, chanting, "open the port") == "Marchers"
    # an unnamed holder of an office is nobody to check the quote against
    assert speaker(models, '"The gates stay shut," officials said.', "gates stay") is None


def test_a_quote_goes_on_after_a_long_attribution_sentence(models: Models) -> None:
    text = (
        "The harbour reopened on Friday.\n\n"
        '"The storm wall held," said Ines Duarte, an engineer at the port authority who '
        "has studied the tides of the estuary for twenty years.\n\n"
        '"We will still raise it by a metre before winter."\n\n'
        "Ships queued at the entrance."
    )
    assert speaker(models, text, "raise it by a metre") == "Ines Duarte"


def test_a_name_before_a_colon_opening_the_paragraph_is_the_speaker(models: Models) -> None:
    text = (
        "The recording caught the two officials late at night.\n\n"
        'Councillor Anton Brandt asks: "Did anyone see the ledger?"\n\n'
        'Petra Novak: " No. It stayed in the safe.\n\n'
        'Nobody else had the key. "\n\n'
        "The council met again in March."
    )
    assert speaker(models, text, "Nobody else") == "Petra Novak"


def test_a_quote_opening_a_line_after_narration_ending_in_said(models: Models) -> None:
    text = (
        "Firefighters reached the warehouse within minutes, the Civil Protection Agency "
        "said.\n\n"
        '" The roof had already fallen in, so the crews stayed outside. "\n\n'
        "Traffic was diverted all night."
    )
    assert speaker(models, text, "roof had already") == "the Civil Protection Agency"


def test_he_is_the_person_just_introduced_after_a_role_not_the_last_speaker(
    models: Models,
) -> None:
    text = (
        '"We will reopen soon," Jo Lee said.\n\n'
        "A teacher at the school, Maria Lopez, stayed home.\n\n"
        "But she walked to the square.\n\n"
        '"It was chaos," she said.'
    )
    assert speaker(models, text, "chaos") == "Maria Lopez"


def test_a_commanded_order_has_a_speaker(models: Models) -> None:
    text = 'Colonel Ruth Amsel walked to the door.\n\n"Hurry up," she commanded.'
    assert speaker(models, text, "Hurry up") == "Ruth Amsel"


def test_an_office_nobody_holds_speaks_rather_than_an_organisation_nearby(
    models: Models,
) -> None:
    text = (
        "The harbour board said on Monday that a ferry had struck the pier.\n\n"
        "“Nobody was hurt,” said the ferry captain."
    )
    assert speaker(models, text, "Nobody was hurt") == "ferry captain"


def test_name_taken_for_an_organisation_after_an_institution_is_a_person(models: Models) -> None:
    text = (
        "Mayor Ana Ruiz visited the harbour.\n"
        "“We will rebuild the pier,” Ms Ruiz said.\n"
        "A professor of history at the University of Veradell, Tomas Brandt, stayed home.\n"
        "But he walked to the square to see the damage.\n"
        "“The square was full of broken glass,” he said."
    )
    doc = models.spacy(text)
    start = text.index("Tomas Brandt")
    name = doc.char_span(start, start + len("Tomas Brandt"))
    assert name is not None
    doc.set_ents([Span(doc, name.start, name.end, label="ORG")], default="unmodified")
    found = extract_quotes(doc, split_sentences(doc))
    assert next(q for q in found if "broken glass" in q.text).speaker == "Tomas Brandt"


def test_a_day_before_a_speaking_participle_is_not_the_speaker(models: Models) -> None:
    text = "Ana Ruiz, who spoke last week, issued a statement Tuesday saying, “The pier is safe.”"
    assert speaker(models, text, "pier is safe") == "Ana Ruiz"


def test_who_after_a_list_of_names_is_the_last_name(models: Models) -> None:
    text = (
        "The ceremony drew guests like Ana Ruiz, Tomas Brandt and Maria Okafor, "
        "who joked of the pier, “I have not walked on it yet.”"
    )
    assert speaker(models, text, "walked on it") == "Maria Okafor"


def test_an_unnamed_aide_is_not_the_aide_named_before(models: Models) -> None:
    text = (
        "Tomas Brandt, a senior aide to the mayor, left the meeting early.\n"
        "“Nobody read the report,” one aide said on Friday."
    )
    assert speaker(models, text, "Nobody read") is None


def test_a_negated_speech_verb_names_no_speaker(models: Models) -> None:
    text = (
        "The ferry operator Jo Brandt spoke to the council on Monday.\n\n"
        "Councillor Ada Voss never said the pier was “beyond repair,” Brandt said."
    )
    assert speaker(models, text, "beyond repair") == "Jo Brandt"


def test_a_speaker_who_did_not_say_whether_makes_no_quote(models: Models) -> None:
    doc = models.spacy(
        "Harbour master Ada Voss did not say whether the pier would reopen in spring."
    )
    assert [q.speaker for q in extract_quotes(doc, split_sentences(doc))] == []


def test_she_is_not_the_man_who_spoke_last(models: Models) -> None:
    text = (
        "Kim Arlo runs her family's ferry company.\n\n"
        "Mr. Tomas Brandt, the harbour master, said the pier was safe.\n\n"
        "“We will sail on Monday,” she said."
    )
    assert speaker(models, text, "sail on Monday") == "Kim Arlo"


def test_a_speaking_name_the_ner_missed_is_a_person(models: Models) -> None:
    text = "“We are ready,” Plover said an hour into the hearing. “Nothing has changed,” he added."
    resolver = SpeakerResolver(models.spacy(text))
    assert "Plover" in [p.text for p in resolver.people]
    assert speaker(models, text, "Nothing") == "Plover"


def test_a_capital_that_only_opens_a_sentence_is_no_speaking_name(models: Models) -> None:
    resolver = SpeakerResolver(models.spacy("Others said the budget was “a folly”."))
    assert resolver.people == []


def test_a_speaking_name_taken_for_a_place_is_a_person_unless_used_as_one(
    models: Models,
) -> None:
    said = "Cheltenham, who is 28, said he would back the mayor."
    assert [p.text for p in SpeakerResolver(models.spacy(said)).people] == ["Cheltenham"]
    placed = SpeakerResolver(models.spacy("Prices in Cheltenham rose. " + said))
    assert placed.people == []


def test_a_speaking_name_taken_for_a_place_and_for_a_person_is_a_person(models: Models) -> None:
    text = (
        "The bill was backed by state Rep. Tom A. Cheltenham. Legislators such as Cheltenham "
        "back it. Cheltenham, who is 28, said he would back the mayor."
    )
    resolver = SpeakerResolver(models.spacy(text))
    assert text.rindex("Cheltenham") in [p.start_char for p in resolver.people]


def test_a_pronoun_follows_whom_the_sentence_before_is_about(models: Models) -> None:
    text = (
        "Maria Lopez spoke at the rally.\n“We will win,” she said.\n"
        "Anna Berg has taken a firm stance against the plan.\n“It will fail,” she said."
    )
    assert speaker(models, text, "fail") == "Anna Berg"
    assert speaker(models, text, "win") == "Maria Lopez"


def test_whom_the_sentence_before_is_about_comes_before_a_speaker_inside_it(
    models: Models,
) -> None:
    text = (
        "Asked about Maria Lopez, who has called the plan a scandal, Anna Berg smiled.\n"
        "“It will pass,” she said."
    )
    assert speaker(models, text, "pass") == "Anna Berg"
