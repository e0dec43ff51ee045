"""Figures, days and denials that only look like contradictions (invented sentences): a
moment of a game, a fraction, the rest of a list, a range, a figure both outlets give, two
countries, a datelined page, a timeline of days, a deed not asserted; a title read across
two names, a negation moved inside a quote; a count of another country, of the whole a part
is taken from, of someone of another age, under a negation, or of two people; a plain figure
more than which is said; a denial and a negation of one thing, a deed delayed "until" a day,
those a subject is contrasted with, shares given for two countries; the rest of a group set
apart, a count taken from a whole, the size of a majority, a compound adjective written apart, a
stretch the writer chose ("the past five seasons")."""

from builders import ev

from consilience.crosscheck.attribution import changed_facts
from consilience.crosscheck.contradictions import Statement, compare
from consilience.crosscheck.quantities import in_range
from consilience.crosscheck.quotes import words_of
from consilience.crosscheck.slots import amounts, numbers
from consilience.crosscheck.statement import with_people
from consilience.crosscheck.titles import title_after, title_before
from consilience.model import Article, Entity, Evidence


def test_moments_of_a_game_are_not_one_measure() -> None:
    a = ev("A", "Kessler scored the winning goal with 8 seconds left in the final.")
    b = ev("B", "Kessler scored with 35 seconds left, and the hosts held on.")
    assert compare(a, b, aligned=True) is None
    assert amounts("The bridge reopened three days later.") == []


def test_a_fraction_is_not_two_figures() -> None:
    a = ev("A", "The ferry captain served 6 1/2 weeks in jail for the collision.")
    b = ev("B", "The ferry captain served seven weeks in jail.")
    assert compare(a, b, aligned=True) is None


def test_the_rest_of_an_untold_total_is_not_a_total() -> None:
    a = ev("A", "The guild is one of the seven craft guilds of the valley.")
    b = ev("B", "The guild joined the six other craft guilds in the strike.")
    assert compare(a, b, aligned=True) is None


def test_an_end_of_a_range_is_not_the_figure_given() -> None:
    a = ev("A", "The club offered the striker a deal worth between $40 million and $50 million.")
    b = ev("B", "The offers for the striker were in the $60 million range.")
    assert compare(a, b, aligned=True) is None
    span = "some 30 to 40 people"
    assert in_range(span, 5, 7) and in_range(span, 11, 13)
    change = "seats rose from 65 to 125"
    assert not in_range(change, change.index("125"), len(change))


def test_a_count_the_other_outlet_also_gives_is_of_something_else() -> None:
    a = ev("A", "Of the 14 ferries in the fleet, nine were damaged in the storm.")
    b = ev("B", "The storm damaged nine ferries in the harbour.")
    assert compare(a, b, aligned=True) is None


def test_a_decimal_is_one_number() -> None:
    assert numbers("a magnitude 5.2 tremor hurt three people") == frozenset({5.2, 3.0})


def test_counts_placed_in_two_countries_do_not_clash() -> None:
    a = ev("A", "A landslide in Peru killed 12 people on Sunday.")
    b = ev("B", "On Saturday, 30 people were killed by a landslide in Chile.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "A landslide in Peru killed 30 people, officials said.")
    assert compare(a, c, aligned=True) is not None


def test_page_stamps_are_not_days_of_the_happening() -> None:
    a = ev("A", "Posted 12 March 2031, 10:15")
    b = ev("B", "Posted 14 March 2031, 09:00")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "The ferry line said on Monday (12 March 2031) that it reopened the route.")
    d = ev("D", "Ferry route reopened: 20 March 2031")
    assert compare(c, d, aligned=True) is None


def test_a_timeline_of_days_is_not_one_happenings_day() -> None:
    a = ev("A", "The council appointed Lund on Monday and appointed Berg on Friday.")
    b = ev("B", "The council appointed Berg on Friday after a long search.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "The mill opened on June 3, flooded on June 12 and closed on June 30.")
    d = ev("D", "The mill closed on June 27, its owner said.")
    assert compare(c, d, aligned=True) is None


def test_a_deed_in_talks_or_possible_is_not_denied() -> None:
    a = ev("A", "Lena Moss is in talks to buy the harbour bakery.")
    b = ev("B", "Lena Moss will not buy the harbour bakery.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Some neighbours said Lena Moss could have been the bakery's new owner.")
    d = ev("D", "Lena Moss said she was not the bakery's new owner.")
    assert compare(c, d, aligned=True) is None
    e = ev("E", "Lena Moss will buy the harbour bakery.")
    clash = compare(e, b, aligned=True)
    assert clash is not None and clash.kind == "negation"


def _kind(a: str, b: str) -> str | None:
    """The kind of the clash between two outlets' aligned sentences, None without one."""
    clash = compare(ev("A", a), ev("B", b), aligned=True)
    return None if clash is None else clash.kind


def test_a_denial_agrees_with_a_negation() -> None:
    insisted = "Omar Fenn insisted he was not Grey Heron, the harbour informant."
    assert _kind(insisted, "Mr. Fenn denied that he was Grey Heron, the harbour informant.") is None
    assert _kind(insisted, "Fenn also dismissed rumors he was Grey Heron, the informant.") is None
    assert _kind(insisted, "Omar Fenn admitted he was Grey Heron, the informant.") == "negation"


def test_a_deed_not_done_until_a_day_is_delayed_not_denied() -> None:
    done = "Ferry service to the islands was restored to normal on Monday."
    late = "Ferry service to the islands was not restored to normal till Monday."
    denied = "Ferry service to the islands was not restored to normal on Monday."
    assert _kind(done, late) is None
    assert _kind(done, denied) == "negation"


def test_those_contrasted_with_the_subject_are_not_who_is_denied() -> None:
    signed = "The leads Ana Voss and Eva Marr are already signed for the sequel."
    unlike = "Unlike stars Ana Voss and Eva Marr, Lena Holt is not signed for the sequel."
    assert _kind(signed, unlike) is None
    aside = "Lena Holt, however, is not signed for the sequel."
    assert _kind("Lena Holt is signed for the sequel.", aside) == "negation"


def test_shares_given_for_two_countries_do_not_clash() -> None:
    india = "Officials said 82 percent of calls in India were cut."
    assert _kind(india, "Officials said 59 percent of calls with Singapore were cut.") is None
    assert _kind(india, "Officials said 30 percent of calls in India were cut.") == "number"


def test_a_field_noun_between_rank_and_office_keeps_the_rank() -> None:
    text = "He said Mr. Berg and deputy sales manager Ana Lund told him to wait."
    assert title_before(text, text.index("Ana")) == (
        "manager",
        frozenset({"deputy"}),
        "deputy sales manager",
    )


def test_an_apposition_naming_someone_else_is_not_a_title() -> None:
    text = "The crowd cheered Lund, coach Ana Berg and the captain."
    assert title_after(text, text.index(",")) is None


def test_a_negation_moved_inside_a_quote_changes_nothing() -> None:
    moved = words_of("I didn't feel on the pitch we were playing our game")
    assert not list(changed_facts(words_of("I feel on the pitch we weren't playing"), moved))
    assert not list(changed_facts(words_of("We are not closing"), words_of("We aren't closing")))
    assert list(changed_facts(words_of("We are closing"), words_of("We aren't closing")))


def test_not_only_a_few_is_no_denial() -> None:
    a = ev("A", "The league sent referees and doctors to watch the final in the valley.")
    b = ev("B", "The league has not sent only referees to watch the final.")
    assert compare(a, b, aligned=True) is None


def test_a_total_over_several_raids_is_not_one_raids_count() -> None:
    a = ev("A", "Four rifles and 9 crates were seized from the smugglers' van.")
    b = ev("B", "Customs officers have seized a total of 27 crates in their three raids.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Customs officers seized 27 crates from the smugglers' van.")
    assert compare(a, c, aligned=True) is not None


def _unit(article: str, text: str, sentence: str) -> Statement:
    """One sentence of a longer invented article as a statement."""
    start = text.index(sentence)
    source = Article(article, article, None, None, None, "en", text)
    return Statement.of(Evidence(article, sentence, start, start + len(sentence)), source)


def test_a_count_placed_in_a_country_the_other_article_never_names_is_elsewhere() -> None:
    told = "A quake shook the Kesra valley in Peru on Sunday. Ten people were killed, police said."
    a = _unit("A", told, "Ten people were killed, police said.")
    b = ev("B", "On Saturday, 14 people were killed by a quake in northern Chile.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "On Sunday, 14 people were killed by a quake in southern Peru.")
    assert compare(a, c, aligned=True) is not None


def test_the_whole_a_part_is_taken_from_is_not_what_happened_to_the_part() -> None:
    a = ev("A", "Two people were killed in the blast, police said.")
    b = ev("B", "Police first said that four of the seven victims died.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Seven victims died in the blast, police said.")
    assert compare(a, c, aligned=True) is not None


def test_figures_of_people_of_different_ages_are_two_peoples() -> None:
    a = ev("A", "A 41-year-old diver sank 30 metres before his line caught.")
    b = ev("B", "The 29-year-old diver sank about 80 metres near the reef.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "The 41-year-old diver sank about 80 metres near the reef.")
    assert compare(a, c, aligned=True) is not None


def test_a_denied_lower_bound_is_no_figure() -> None:
    a = ev("A", "None of the rival clubs has offered the striker more than four years.")
    b = ev("B", "The harbour club offered the striker three years.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "The rival clubs have offered the striker more than four years.")
    assert compare(c, b, aligned=True) is not None


def _of(statement: Statement, *people: str) -> Statement:
    """A statement whose unit names the given people (resolved entities, by full name)."""
    found = [Entity(f"p{k}", name, "PERSON", (), ("A",), 1) for k, name in enumerate(people)]
    return with_people([statement], [frozenset(e.id for e in found)], found)[0]


def test_days_and_tallies_of_two_people_do_not_clash() -> None:
    lund = _of(ev("A", "Lund was arrested on Tuesday after a crash."), "Tomas Lund")
    berg = _of(ev("B", "Berg, the goalkeeper, was arrested on Sunday."), "Ivo Berg")
    assert compare(lund, berg, aligned=True) is None
    again = _of(ev("C", "Lund, the goalkeeper, was arrested on Sunday."), "Tomas Lund")
    assert compare(lund, again, aligned=True) is not None
    fights = _of(ev("D", "Nine fights with Kessler made Lund famous."), "Tomas Lund", "Kessler")
    open_to = _of(ev("E", "Four fights are still open to Berg this year."), "Ivo Berg")
    assert compare(fights, open_to, aligned=True) is None
    assert compare(fights, ev("F", "Four fights made the boxer famous."), aligned=True)


def test_a_plain_figure_is_the_rounding_of_more_than_it() -> None:
    a = ev("A", "Over 2.5 million people were eligible to vote in the spring poll.")
    b = ev("B", "Almost all of the 2.5 million people eligible voted in the spring poll.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Nearly 2.5 million people were eligible to vote in the spring poll.")
    assert compare(a, c, aligned=True) is not None


def test_no_more_than_a_figure_is_no_lower_bound() -> None:
    a = ev("A", "Organisers said no more than 300 people came to the harvest rally.")
    b = ev("B", "About 120 people came to the harvest rally.")
    assert compare(a, b, aligned=True) is None


def test_the_rest_of_a_group_set_apart_is_not_the_group() -> None:
    a = ev("A", "Two jurors who spoke to reporters said they had worked hard on a verdict.")
    b = ev("B", "The three holdouts told the other nine jurors they would not impose death.")
    assert compare(a, b, aligned=True) is None
    nine = ev("B", "Nine jurors who spoke to reporters said they had worked hard on a verdict.")
    assert compare(a, nine, aligned=True) is not None


def test_a_count_taken_from_a_whole_counts_what_the_whole_counts() -> None:
    a = ev("A", "Lund has been missing 10 of the Harriers' 16 games with a knee sprain.")
    b = ev("B", "The Harriers will be missing two of their best players on Sunday.")
    assert compare(a, b, aligned=True) is None
    miners = amounts("Gunmen killed 12 of the 16 miners.")[0]
    assert (miners.unit, miners.event) == ("miner", "killed")


def test_a_majority_is_no_one_to_whom_something_happened() -> None:
    a = ev("A", "The senator wants a 10-juror majority to approve a death sentence.")
    b = ev("B", "The gunman who killed four people in the escape was sentenced to life.")
    assert compare(a, b, aligned=False) is None
    assert compare(a, b, aligned=True) is None


def test_a_compound_adjective_written_apart_does_not_say_what_is_counted() -> None:
    a = ev("A", "The raiders carried seven rifles, one rocket propelled grenade launcher and rope.")
    b = ev("B", "The raiders had a grenade launcher with two rockets and seven rifles.")
    assert compare(a, b, aligned=True) is None
    launcher = amounts("Police seized one rocket propelled grenade launcher, and rope.")[0]
    assert (launcher.unit, launcher.text) == ("launcher", "one rocket propelled grenade launcher")
    assert amounts("One man killed two people.")[0].unit == "man"


def test_the_rest_of_a_group_is_read_from_the_words_just_before_a_count() -> None:
    before = "the holdouts told the other "
    assert amounts(before + "nine jurors no.")[0].partial
    far = "The other side said that after a long and tiring day nine jurors voted."
    assert not amounts(far)[0].partial


def test_a_stretch_the_writer_chose_is_no_total() -> None:
    a = ev("A", "Ruiz is the only player to win the league title in her first three seasons.")
    b = ev("B", "Ruiz has won the league title in each of the past five seasons.")
    assert compare(a, b, aligned=True) is None
    three = ev("A", "Ruiz won the league title in three seasons with the club.")
    five = ev("B", "Ruiz won the league title in five seasons with the club.")
    assert compare(three, five, aligned=True) is not None
