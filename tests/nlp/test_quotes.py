"""Quote extraction and speakers, on hand-made sentences and the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience.model import QuoteMention
from consilience.nlp.annotate import split_sentences
from consilience.nlp.models import Models
from consilience.nlp.quotes import extract_quotes


def quotes(models: Models, text: str) -> list[QuoteMention]:
    doc = models.spacy(text)
    return list(extract_quotes(doc, split_sentences(doc)))


def find(found: list[QuoteMention], words: str) -> QuoteMention:
    return next(q for q in found if words in q.text)


def test_direct_quote_with_speech_verb_after(models: Models) -> None:
    text = "Steve Witkoff met Putin.\n“We are close to a deal,” Witkoff said."
    quote = find(quotes(models, text), "close to a deal")
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Steve Witkoff", "said")
    assert text[quote.start : quote.end] == quote.text == "We are close to a deal"
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "Witkoff"


def test_two_apostrophe_marks_give_a_direct_quote_with_its_speaker(models: Models) -> None:
    text = "The council met on Tuesday.\n''We will rebuild the pier,'' Mayor Ana Ruiz said."
    quote = find(quotes(models, text), "rebuild the pier")
    assert quote.text == "We will rebuild the pier"
    assert (quote.kind, quote.speaker) == ("direct", "Ana Ruiz")


def test_interrupted_quote_gives_two_quotes_with_one_speaker(models: Models) -> None:
    text = "“The talks went well,” Jane Smith said. “We meet again next week.”"
    found = quotes(models, text)
    assert [q.speaker for q in found] == ["Jane Smith", "Jane Smith"]


def test_pronoun_resolves_to_the_last_speaker(models: Models) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that talks continue. "
        "The talks were held behind closed doors.\n“It is too early,” he said."
    )
    assert find(quotes(models, text), "too early").speaker == "Dmitry Peskov"


def test_partial_quote_and_according_to(models: Models) -> None:
    text = "Putin wants a “permanent peace,” according to envoy Steve Witkoff."
    quote = find(quotes(models, text), "permanent peace")
    assert (quote.kind, quote.speaker, quote.cue) == ("partial", "Steve Witkoff", "according to")


def test_role_noun_resolves_through_apposition(models: Models) -> None:
    text = (
        "Steve Witkoff, the US special envoy, met Putin on Friday.\n"
        "“It was compelling,” the envoy said."
    )
    assert find(quotes(models, text), "compelling").speaker == "Steve Witkoff"


def test_dash_opened_speech_takes_the_speaker_after_it(models: Models) -> None:
    text = "Lena Marsh walked to the podium.\n— We will rebuild the bridge, she said.\n"
    quote = find(quotes(models, text), "rebuild the bridge")
    assert (quote.text, quote.kind, quote.speaker) == (
        "We will rebuild the bridge",
        "direct",
        "Lena Marsh",
    )


def test_double_hyphen_speech_with_the_name_after_the_cue(models: Models) -> None:
    text = "The ferry was late again.\n-- Nobody told us anything! said Omar Vance.\n"
    quote = find(quotes(models, text), "Nobody told us")
    assert (quote.text, quote.speaker) == ("Nobody told us anything!", "Omar Vance")


def test_dash_list_items_are_no_speech(models: Models) -> None:
    text = (
        "Winners:\n— Ada Reyes of the Daily Courier, for her series on floods.\n"
        "— Ready to vote –.\n"
    )
    assert quotes(models, text) == []


def test_block_quote_after_colon_introduction(models: Models) -> None:
    text = "Mary Jones spoke to reporters, saying:\nWe will not give up. Not now, not ever.\n"
    quote = find(quotes(models, text), "give up")
    assert (quote.kind, quote.speaker) == ("block", "Mary Jones")
    assert quote.text == "We will not give up. Not now, not ever."


def test_indirect_speech_needs_a_named_speaker(models: Models) -> None:
    named = quotes(models, "Lavrov stated that a deal is not easy.")
    assert [(q.kind, q.speaker, q.text) for q in named] == [
        ("indirect", "Lavrov", "a deal is not easy")
    ]
    assert quotes(models, "Some people stated that a deal is not easy.") == []


def test_partial_quote_goes_to_the_person_whose_verb_it_hangs_from(models: Models) -> None:
    text = (
        "The mill closed in June.\nMaria Okafor blamed the closure on “years of careless planning.”"
    )
    quote = find(quotes(models, text), "careless planning")
    assert (quote.kind, quote.speaker) == ("partial", "Maria Okafor")
    assert (
        quote.speaker_reason is not None
        and "verb the quoted words hang from" in quote.speaker_reason
    )


def test_scare_quote_without_attribution_has_no_speaker(models: Models) -> None:
    text = "Moscow wants Kyiv to accept the so-called “realities on the ground.”"
    quote = find(quotes(models, text), "realities")
    assert (quote.kind, quote.speaker) == ("partial", None)


def test_odd_number_of_marks_does_not_raise(models: Models) -> None:
    text = 'He said "this is broken. “But this works,” Anna Lee said.'
    assert find(quotes(models, text), "But this works").speaker == "Anna Lee"


def seed_quotes(models: Models, seeds_dir: Path, prefix: str) -> list[QuoteMention]:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    return quotes(models, path.read_text(encoding="utf-8"))


def test_seed_000_witkoff_and_his_pronoun(models: Models, seeds_dir: Path) -> None:
    found = seed_quotes(models, seeds_dir, "000")
    assert find(found, "on the cusp").speaker == "Steve Witkoff"
    assert find(found, "an opportunity here").speaker == "Steve Witkoff"


def test_seed_001_partial_quote_and_peskov(models: Models, seeds_dir: Path) -> None:
    found = seed_quotes(models, seeds_dir, "001")
    verge = find(found, "might be on the verge")
    assert (verge.kind, verge.speaker) == ("partial", "Steve Witkoff")
    assert find(found, "no clear outlines").speaker == "Dmitry Peskov"


def test_block_quote_opened_by_a_mark_nothing_closes(models: Models) -> None:
    text = (
        "Mayor Ines Duarte told the harbour board:\n\n"
        '" The new quay will be finished before the winter storms.\n\n'
        "Fishermen said they had heard that before."
    )
    quote = find(quotes(models, text), "new quay")
    assert (quote.kind, quote.speaker) == ("block", "Ines Duarte")
    assert quote.text.startswith("The new quay")


def test_seed_003_block_quotes(models: Models, seeds_dir: Path) -> None:
    found = seed_quotes(models, seeds_dir, "003")
    zelensky = find(found, "We want you to come")
    witkoff = find(found, "I think we might be on the verge")
    assert (zelensky.kind, zelensky.speaker) == ("block", "Zelensky")
    assert (witkoff.kind, witkoff.speaker) == ("block", "Steve Witkoff")


@pytest.mark.parametrize(
    ("prefix", "words", "speaker"),
    [
        ("004", "not easy", "Sergey Lavrov"),
        ("004", "is mocking their goodwill", "Radosław Sikorski"),
        ("004", "Millions of people have died", "Trump"),
        ("002", "any viable path to peace", "Antony Blinken"),
    ],
)
def test_seed_speakers(
    models: Models, seeds_dir: Path, prefix: str, words: str, speaker: str
) -> None:
    assert find(seed_quotes(models, seeds_dir, prefix), words).speaker == speaker


def test_quote_after_a_cued_sentence_continues_its_speaker(models: Models) -> None:
    text = 'The vote was close, Jane Smith said. "The other factor is the timing of the bill."'
    assert find(quotes(models, text), "other factor").speaker == "Jane Smith"


def test_name_after_a_dash_closing_the_paragraph_is_the_speaker(models: Models) -> None:
    text = "“The plan will not work for us.” ― Maria Lopez\n“We need better schools.” ― Tom Reed"
    found = quotes(models, text)
    assert [q.speaker for q in found] == ["Maria Lopez", "Tom Reed"]


def test_dash_followed_by_prose_names_nobody(models: Models) -> None:
    text = "“The plan will not work for us.” ― and nobody in the room disagreed."
    assert find(quotes(models, text), "plan will not").speaker is None


def test_name_between_a_quote_and_its_verb(models: Models) -> None:
    text = (
        "“He is right. There is a disconnect,” Flynn, a top surrogate, said on Fox. "
        "“There is a lot of frustration within the ranks.”"
    )
    assert find(quotes(models, text), "frustration").speaker == "Flynn"


def test_title_with_function_words_is_no_quote(models: Models) -> None:
    text = "“We will win,” Jane Smith said on “Fox and Friends.”"
    assert [q.text for q in quotes(models, text)] == ["We will win"]


def test_dash_byline_after_a_non_breaking_space(models: Models) -> None:
    text = "“We need better schools.”\u00a0― Tom Reed\u00a0\n“Me too.”\u00a0― Ann Ford"
    assert [q.speaker for q in quotes(models, text)] == ["Tom Reed", "Ann Ford"]


def test_pronoun_reaches_past_a_long_quote(models: Models) -> None:
    text = (
        "Mary Jones arrived at the scene.\n"
        '"Stop it," she says. "Stop it now. He has nothing. He has nothing. Stop it."\n'
        'She then turns to the crowd and says, "Go home."'
    )
    assert find(quotes(models, text), "Go home").speaker == "Mary Jones"


def test_quote_goes_on_from_the_sentence_naming_its_speaker(models: Models) -> None:
    text = (
        "On Sunday, Senator Anna Berg identified rising rents as the main issue. "
        '"Young people are sick and tired of paying half their income for a room."'
    )
    assert find(quotes(models, text), "sick and tired").speaker == "Anna Berg"


def test_introduction_with_colon_and_no_speech_verb(models: Models) -> None:
    text = (
        "On July 6, Anna Berg made the following comment:\n\n"
        "“For young people, the unemployment rate is 33 percent.”"
    )
    assert find(quotes(models, text), "unemployment").speaker == "Anna Berg"


def test_quote_after_a_sentence_about_no_person_has_no_speaker(models: Models) -> None:
    text = 'The bill passed on Friday. "It is a disaster for the country and for us."'
    assert find(quotes(models, text), "disaster").speaker is None


def test_inverted_said_before_a_colon(models: Models) -> None:
    text = "Tax expert Ryan Ellis was skeptical.\nSaid Ellis: “I don’t think she cares about it.”"
    assert find(quotes(models, text), "cares about").speaker == "Ryan Ellis"


def test_participle_after_a_preposition_takes_the_main_subject(models: Models) -> None:
    text = "After saying her foot was “so swollen I could barely walk,” Anna Berg went home."
    assert find(quotes(models, text), "so swollen").speaker == "Anna Berg"


def test_demanded_is_a_speech_verb(models: Models) -> None:
    text = "“Why is this bank not too big to fail?” David Vitter demanded."
    assert find(quotes(models, text), "too big").speaker == "David Vitter"


def test_a_name_mostly_used_for_a_place_is_no_antecedent(models: Models) -> None:
    text = (
        "N. Korea tested a bomb. North Korea said it was a success. North Korea "
        "will test again.\nPresident Obama condemned the test. "
        '"We will never accept North Korea as a nuclear state," he said.'
    )
    assert find(quotes(models, text), "never accept").speaker == "Obama"


def test_pronoun_takes_the_subject_of_its_own_sentence(models: Models) -> None:
    text = (
        "Jean Martin said the test was a provocation.\n"
        'Ban Ki-moon condemned what he called a "brazen and reckless breach of the rules."'
    )
    assert find(quotes(models, text), "brazen").speaker == "Ban Ki-moon"


def test_long_sentence_opening_with_its_cue_attributes_the_quote(models: Models) -> None:
    text = (
        "“Who would have believed that we would get this far together?” "
        "Jane Smith said, looking out on the cheering crowd in the hall."
    )
    assert find(quotes(models, text), "Who would").speaker == "Jane Smith"


def test_a_report_speaks_for_its_named_owner(models: Models) -> None:
    text = '"The ultimate impact of the vote remains very unclear," the IMF report stated.'
    assert find(quotes(models, text), "ultimate impact").speaker == "IMF"


def test_name_right_before_a_participle_speaks(models: Models) -> None:
    text = "The new ad uses footage of Anna Berg asking, “Why aren’t we further ahead?”"
    assert find(quotes(models, text), "further ahead").speaker == "Anna Berg"


def test_it_refers_to_the_organisation_that_spoke(models: Models) -> None:
    text = (
        "“The company was left holding $8 billion in debt,” the New York Times wrote.\n"
        "“But since then, his fortunes have changed,” it added."
    )
    assert find(quotes(models, text), "fortunes").speaker == "the New York Times"


def test_the_person_told_or_criticised_is_not_the_speaker(models: Models) -> None:
    text = (
        "Jane Smith has used the phrase “radical and dangerous ideas” often, "
        "and criticized Obama for not doing so."
    )
    assert find(quotes(models, text), "radical").speaker == "Jane Smith"


def test_condemning_is_a_speech_cue(models: Models) -> None:
    text = "Anna Berg condemned the test as “a reckless provocation.”"
    assert find(quotes(models, text), "reckless").speaker == "Anna Berg"


def test_speaking_participle_next_to_the_quote_wins(models: Models) -> None:
    text = (
        "The spot concludes with footage of Jane Smith saying during the debate last week, "
        "“That makes me smart,” when she was asked about taxes."
    )
    assert find(quotes(models, text), "makes me smart").speaker == "Jane Smith"


def test_fragment_in_a_later_sentence_without_cue_does_not_continue(models: Models) -> None:
    text = (
        "“We expected it,” Maria Lopez said. The choice was between going after the mayor "
        "as “weak and out of touch with the city” or ignoring him."
    )
    assert find(quotes(models, text), "out of touch").speaker is None


def test_quote_after_a_non_breaking_space_opens_a_sentence(models: Models) -> None:
    text = (
        "“This is wrong,” Maria Lopez said. “You ignored the workers” to raise profits, "
        "she said.\u00a0“You went on television to blame the cleaners,” she added."
    )
    assert find(quotes(models, text), "went on television").kind == "direct"


def test_an_article_of_500_quotes_gives_500_attributed_quotes(models: Models) -> None:
    text = "\n".join(f"“Point {i} matters to us,” Jane Smith said." for i in range(500))
    found = quotes(models, text)
    assert len(found) == 500
    assert {q.speaker for q in found} == {"Jane Smith"}


def test_a_quote_never_closed_stops_at_its_paragraph(models: Models) -> None:
    text = "Jane Smith said, “We will win this.\nThe vote is on Tuesday, officials said."
    assert all("Tuesday" not in q.text or q.kind == "indirect" for q in quotes(models, text))


def test_a_nested_quote_stays_inside_its_outer_quote(models: Models) -> None:
    text = "“He told me ‘never again,’ and I believed him,” Jane Smith said."
    [quote] = [q for q in quotes(models, text) if q.kind != "indirect"]
    assert quote.text == "He told me ‘never again,’ and I believed him"
    assert quote.speaker == "Jane Smith"


def test_each_speaker_comes_with_its_reason(models: Models) -> None:
    quote = find(quotes(models, "“We are close to a deal,” Jane Smith said."), "close")
    assert quote.speaker_reason is not None and "“said”" in quote.speaker_reason


def test_words_chanted_in_title_case_are_a_quote(models: Models) -> None:
    found = quotes(models, "Outside, the protesters were chanting “Stop The Vote” for hours.")
    assert [q.text for q in found if q.kind != "indirect"] == ["Stop The Vote"]


def test_a_short_fragment_an_unnamed_person_said_is_kept_without_speaker(models: Models) -> None:
    quote = find(quotes(models, "A reporter at the scene called it “absolute chaos.”"), "chaos")
    assert (quote.kind, quote.speaker) == ("partial", None)


def test_a_quote_over_lines_takes_the_cue_on_its_last_line(models: Models) -> None:
    text = (
        "Pia Holm runs a bakery in the old town.\nThe union met on Monday.\n"
        '" We back the strike.\nIf nobody protests, what changes? " she said.\n'
        "The Morning Ledger warned of more closures."
    )
    quote = find(quotes(models, text), "back the strike")
    assert (quote.speaker, quote.cue) == ("Pia Holm", "said")


def test_indirect_speech_keeps_a_quoted_term_inside_it(models: Models) -> None:
    found = quotes(models, 'Olga Berg said the city would build a "green corridor" by the river.')
    indirect = [(q.speaker, q.text) for q in found if q.kind == "indirect"]
    assert indirect == [("Olga Berg", 'the city would build a "green corridor" by the river')]


def test_hundreds_of_nested_openings_do_not_overflow_the_stack(models: Models) -> None:
    text = "“He said " * 400 + "yes" + "”" * 400
    assert len(quotes(models, text)) >= 1


def test_one_sentence_of_300_quotes_and_cues_gives_every_quote_its_speaker(
    models: Models,
) -> None:
    text = " ".join(f"“Point {i},” Ana Ruiz said, adding" for i in range(300)) + " nothing."
    found = [q for q in quotes(models, text) if q.kind != "indirect"]
    assert len(found) == 300
    assert {q.speaker for q in found} == {"Ana Ruiz"}


def test_as_someone_put_it_is_a_speech_cue(models: Models) -> None:
    text = "As the harbour master Tomas Brandt put it, “the tide waits for nobody.”"
    quote = find(quotes(models, text), "tide waits")
    assert (quote.speaker, quote.cue) == ("Tomas Brandt", "put")
    assert quotes(models, "Jo Lee put it on the table and left.") == []


def test_inverted_past_speech_verb_before_a_colon(models: Models) -> None:
    text = "Harbour chief Tomas Lund spoke last.\nStated Lund: “We will dredge the channel.”"
    assert find(quotes(models, text), "dredge").speaker == "Tomas Lund"


def test_speech_verb_learned_from_annotated_cues_names_the_speaker(models: Models) -> None:
    text = "The council met on Monday.\n“Who will pay for the pier?” Mayor Ana Ruiz questioned."
    quote = find(quotes(models, text), "pay for the pier")
    assert (quote.speaker, quote.cue) == ("Ana Ruiz", "questioned")


def test_learned_speech_verb_opens_indirect_speech(models: Models) -> None:
    text = "The council met on Monday. Ana Ruiz pointed out that the pier had paid for itself."
    quote = find(quotes(models, text), "paid for itself")
    assert (quote.kind, quote.speaker) == ("indirect", "Ana Ruiz")


def test_quotes_from_a_given_text_are_those_from_the_doc_text(models: Models) -> None:
    text = "“The dock stays shut,” the harbour master said. Lee Moreau said the ships would wait."
    doc = models.spacy(text)
    sentences = split_sentences(doc)
    found = extract_quotes(doc, sentences, text=text)
    assert found == extract_quotes(doc, sentences)
    assert found[0].text == "The dock stays shut"
