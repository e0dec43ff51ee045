import numpy as np
from builders import ev

from consilience.crosscheck.contradictions import RELATED, compare, unit_clashes
from consilience.crosscheck.listing import MAX_REPORTED, distinct


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
    a = ev("A", a.evidence.text, "Daily Planet")
    b = ev("B", b.evidence.text, "Gotham Gazette")
    clash = compare(a, b, aligned=False)
    assert clash is not None
    assert clash.explanation == (
        'Daily Planet says "fourth year"; Gotham Gazette says "third year".'
    )


def test_counts_of_the_same_people_clash_when_ranges_do_not_overlap() -> None:
    a = ev("A", "About 1,200 workers at the port remained on strike on Wednesday.")
    b = ev("B", "Some 2,000 dockworkers kept the port closed on Wednesday.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "number"
    assert '"About 1,200 workers"' in clash.explanation


def test_approximate_counts_that_overlap_agree() -> None:
    a = ev("A", "About 1,200 workers at the port remained on strike.")
    b = ev("B", "Nearly 1,200 dockworkers stayed away from the port.")
    assert compare(a, b, aligned=True) is None


def test_a_sentence_giving_both_values_is_not_contradicted() -> None:
    a = ev("A", "The number of strikers rose from 1,200 workers to 2,000 workers.")
    b = ev("B", "Some 2,000 workers kept the port closed.")
    assert compare(a, b, aligned=True) is None


def test_compound_amounts_of_the_same_thing_clash_across_claims() -> None:
    a = ev("A", "The 26-year-old has signed a five-year contract and will wear the number nine.")
    b = ev("B", "The forward has agreed a four-year contract with the option of a further season.")
    assert compare(a, b, aligned=False) is None
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "duration"


def test_affirmed_and_denied_action_clash() -> None:
    a = ev("A", "The union agreed on Tuesday evening to return to mediated talks.")
    b = ev("B", "The union did not agree to return to talks on Tuesday, two people said.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "negation"
    assert "says the opposite" in clash.explanation


def test_not_saying_something_denies_nothing() -> None:
    a = ev("A", "The minister said talks would resume on Monday.")
    b = ev("B", "The minister did not say when talks would resume.")
    assert compare(a, b, aligned=True) is None


def test_weekdays_resolve_against_publication_dates() -> None:
    tuesday = ev("A", "Officials ordered the evacuation on Tuesday.", published="2026-08-13")
    august = ev("B", "Officials ordered residents to leave on August 11.", published="2026-08-13")
    wednesday = ev("C", "The town was evacuated on Wednesday.", published="2026-08-13")
    assert compare(tuesday, august, aligned=True) is None
    clash = compare(tuesday, wednesday, aligned=True)
    assert clash is not None and clash.kind == "date"
    assert "11 August 2026" in clash.explanation and "12 August 2026" in clash.explanation


def test_weekdays_without_publication_dates_are_not_compared() -> None:
    a = ev("A", "Officials ordered the evacuation on Tuesday.")
    b = ev("B", "The town was evacuated on Wednesday.")
    assert compare(a, b, aligned=True) is None


def test_two_negations_in_different_places_agree() -> None:
    a = ev("A", "I didn't feel on the floor we were executing the philosophy we wanted.")
    b = ev("B", "I feel on the floor we weren't executing the philosophy that we want.")
    assert compare(a, b, aligned=True) is None


def test_a_different_subject_denying_is_not_a_contradiction() -> None:
    a = ev("A", "The studio will not confirm the director is attached to the sequel.")
    b = ev("B", "Critics have now confirmed the director is attached to the sequel.")
    assert compare(a, b, aligned=True) is None


def test_amounts_orders_of_magnitude_apart_are_different_quantities() -> None:
    a = ev("A", "The film has already brought in over $363 million.")
    b = ev("B", "The director was reportedly paid $3 million to make the film.")
    assert compare(a, b, aligned=True) is None


def test_ages_are_not_durations() -> None:
    a = ev("A", "Nobody knows where the 37-year-old will serve his 485 years.")
    b = ev("B", "He was sentenced to life plus 485 years in prison.")
    assert compare(a, b, aligned=True) is None


def test_an_ordinal_beside_the_other_value_is_a_joke_not_a_claim() -> None:
    a = ev("A", "I am excited to host for the second time; the third time is the charm.")
    b = ev("B", "I am excited to host the show for the second time.")
    assert compare(a, b, aligned=True) is None


def test_datelines_are_not_event_dates() -> None:
    a = ev("A", "Singer checks into rehab facility May 2, 2013 12:50 PM, her lawyer said.")
    b = ev("B", "Singer checks into rehab May 3, 2013 8:20 am, her lawyer said.")
    assert compare(a, b, aligned=True) is None


def test_urls_are_not_statements() -> None:
    a = ev("A", "http: / / www. example. com / news / director - will - not - direct - sequel")
    b = ev("B", "The director will direct the sequel, the studio said.")
    assert compare(a, b, aligned=True) is None


def test_counts_with_the_same_verb_clash_across_sentences() -> None:
    a = ev("A", "Officials said 14 climbers were stranded near the summit.")
    b = ev("B", "Rescuers reached the ridge where 25 climbers had been stranded overnight.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "number"
    assert compare(a, b, aligned=False, related=False) is None


def test_counts_with_different_verbs_are_different_things() -> None:
    a = ev("A", "Officials said 14 climbers were stranded near the summit.")
    b = ev("B", "Officials said 25 climbers were rescued near the summit.")
    assert compare(a, b, aligned=False, related=True) is None


def test_a_lower_bound_far_below_is_a_contradiction_with_a_tally_note() -> None:
    a = ev("A", "More than 30 boats were damaged in the harbour storm.")
    b = ev("B", "The storm left more than 90 boats damaged in the harbour.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and "running tally" in clash.explanation


def test_bounds_that_allow_the_other_figure_agree() -> None:
    a = ev("A", "The fire burned within 20 miles of the city, officials said.")
    b = ev("B", "The fire burned 17 miles from the city, officials said.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "At least 12 boats were damaged in the harbour storm.")
    d = ev("D", "Some 14 boats were damaged in the harbour storm.")
    assert compare(c, d, aligned=True) is None


def test_bare_counts_of_people_are_not_compared() -> None:
    a = ev("A", "The mayor spoke with five people in the square.")
    b = ev("B", "The mayor spoke with seven people in the square.")
    assert compare(a, b, aligned=False, related=True) is None


def test_the_same_happening_on_two_weekdays_clashes_without_publication_dates() -> None:
    a = ev("A", "The old ferry sank on Sunday off the northern cape.")
    b = ev("B", "The old ferry sank Saturday off the northern cape.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "date"
    c = ev("C", "The old ferry sank yesterday off the northern cape.")
    assert compare(a, c, aligned=True) is None


def test_different_calendar_days_of_one_happening_clash() -> None:
    a = ev("A", "On May 4, the dam burst after days of rain.")
    b = ev("B", "The dam burst on May 5 after days of rain.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "date"


def test_shares_far_apart_are_two_rates_even_with_one_verb() -> None:
    a = ev("A", "Prices rose 8.4 percent in the capital last year.")
    b = ev("B", "Wages rose 1.1 percent in the capital last year.")
    assert compare(a, b, aligned=False, related=True) is None


def test_a_run_on_text_full_of_numbers_is_not_compared() -> None:
    run_on = " and ".join(f"{n} boats sank on May {n % 28 + 1}" for n in range(2, 400))
    a = ev("A", run_on)
    b = ev("B", "Officials said 7 boats sank on May 2 near the port.")
    assert a.amounts == () and a.dates == ()
    assert compare(a, b, aligned=True) is None


def test_opposite_directions_from_one_place_clash() -> None:
    a = ev("A", "The tanker was hailed 40 miles north of Valdoria at dawn.")
    b = ev("B", "The tanker was hailed 40 miles south of Valdoria at dawn.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and "south of Valdoria" in clash.explanation
    c = ev("C", "The tanker was hailed 40 miles north-east of Valdoria at dawn.")
    assert compare(a, c, aligned=True) is None
    d = ev("D", "The tanker was hailed 40 miles off Valdoria at dawn.")
    assert compare(a, d, aligned=True) is None


def test_bearings_locating_two_different_places_do_not_clash() -> None:
    escape = ev("B", "The escape happened near Brinton, Texas, about 25 miles east of Veradell.")
    elsewhere = ev("A", "He was convicted in Marlow County, northwest of Veradell, in 1998.")
    same_town = ev("C", "The escape happened near Brinton, some 25 miles west of Veradell.")
    assert compare(elsewhere, escape, aligned=True) is None
    assert compare(escape, same_town, aligned=True) is not None
    # a time zone in capitals locates nothing: the ferry is on both sides of one port
    west = ev("D", "The ferry was hailed at 1100 hrs GMT, 150 nautical miles west of Veradell.")
    east = ev("E", "The ferry was hailed off Kessin, 150 nautical miles east of Veradell.")
    assert compare(west, east, aligned=True) is not None


def test_two_ways_of_dying_for_the_same_victims_clash() -> None:
    a = ev("A", "Two climbers froze to death near the pass, rescuers said.")
    b = ev("B", "Two climbers were crushed to death by a rockfall near the pass.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and "Early reports" in clash.explanation
    c = ev("C", "One guide was crushed to death by a rockfall near the pass.")
    assert compare(a, c, aligned=True) is None


def test_one_death_toll_in_different_words_clashes() -> None:
    a = ev("A", "The avalanche killed 30 people in the valley, officials said.")
    b = ev("B", "Rescuers said 45 people died when the avalanche hit the valley.")
    c = ev("C", "By evening there were 45 dead in the valley after the avalanche.")
    for left, right in ((a, b), (a, c)):
        clash = compare(left, right, aligned=False, related=True)
        assert clash is not None and clash.kind == "number"
    assert compare(b, c, aligned=False, related=True) is None


def test_about_keeps_the_leading_digits() -> None:
    a = ev("A", "About 40 people were injured in the crush at the stadium.")
    assert compare(a, ev("B", "43 people were injured in the crush."), aligned=True) is None
    clash = compare(a, ev("C", "60 people were injured in the crush."), aligned=True)
    assert clash is not None


def test_more_than_excludes_the_figure_nearly_includes() -> None:
    a = ev("A", "The rebels hold nearly 500 hostages in the mountains.")
    b = ev("B", "The rebels hold more than 500 hostages in the mountains.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and "later reporting may explain" in clash.explanation


def test_a_running_tally_far_below_another_estimate_clashes_with_a_note() -> None:
    a = ev("A", "At least 20 people were hurt when the stands collapsed.")
    b = ev("B", "About 50 people were injured when the stands collapsed.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and "running tally" in clash.explanation


def test_a_kind_of_people_may_be_part_of_everyone_but_not_outnumber_them() -> None:
    a = ev("A", "More than 100 people were arrested after the match.")
    assert compare(a, ev("B", "Police said 30 fans were detained."), aligned=True) is None
    clash = compare(a, ev("C", "More than 300 fans were detained after the match."), aligned=True)
    assert clash is not None and clash.kind == "number"


def test_parts_of_a_sum_are_not_the_total() -> None:
    a = ev("A", "Two firefighters and a pilot were killed when the plane crashed.")
    b = ev("B", "Three people were killed when the plane crashed.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Police found six M-16s, two other hunting rifles and ammunition.")
    d = ev("D", "Police found six M-16 rifles and a pistol in the van.")
    assert compare(c, d, aligned=True) is None
    clash = compare(c, ev("E", "Police found eleven rifles in the van."), aligned=True)
    assert clash is not None


def test_two_counted_nouns_together_are_not_one_of_them() -> None:
    a = ev("A", "The ferry carried some 420 passengers and crew across the bay.")
    b = ev("B", "The ferry carried nearly 300 crew members across the bay.")
    assert compare(a, b, aligned=True) is None


def test_without_a_happening_only_one_claim_compares_kinds_of_a_thing() -> None:
    a = ev("A", "The navy has over 20 warships in the gulf this month.")
    b = ev("B", "The pirates hold at least 14 foreign vessels in the gulf this month.")
    assert compare(a, b, aligned=False, related=True) is None


def test_a_sentence_stating_the_figure_with_another_verb_is_not_contradicted() -> None:
    a = ev("A", "Bread prices rose 8.2 percent in May, well above the 3 percent goal.")
    b = ev("B", "Annual bread inflation reached 8.2 percent in May, the office said.")
    assert compare(a, b, aligned=True) is None


def test_a_running_tally_is_flagged_as_maybe_timing() -> None:
    a = ev("A", "At least 20 people were hurt when the stands collapsed.")
    b = ev("B", "About 50 people were injured when the stands collapsed.")
    c = ev("C", "Exactly 80 people were injured when the stands collapsed.")
    tally = compare(a, b, aligned=True)
    plain = compare(b, c, aligned=True)
    assert tally is not None and tally.may_be_timing
    assert plain is not None and not plain.may_be_timing


def test_a_death_toll_and_a_killing_count_one_quantity() -> None:
    a = ev("A", "On Friday the mudslide's death toll rose to 43.")
    b = ev("B", "The mudslide killed 30 in the hills, the governor said.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.may_be_timing
    c = ev("C", "The mudslide killed two women and a boy in the hills.")
    assert compare(c, ev("D", "Three people were killed by the mudslide."), aligned=True) is None


def test_a_count_without_its_verb_is_compared_only_within_one_claim() -> None:
    a = ev("A", "Three mortar shells struck the school yard at noon.")
    b = ev("B", "At noon two shells, fired from the east, struck the school yard.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and clash.kind == "number"
    assert compare(a, b, aligned=False, related=True) is None


def test_one_disagreement_is_listed_once_and_a_story_lists_a_bounded_number() -> None:
    odd = ev("A", "The ferry carried three lifeboats past the cape.")
    others = [ev(name, "The ferry carried two lifeboats past the cape.") for name in "BCD"]
    found = [compare(odd, other, aligned=True) for other in others]
    clashes = [c for c in found if c is not None]
    assert len(clashes) == 3 and len(distinct(clashes)) == 1
    many = [
        compare(
            ev("X", f"The ferry carried {n} lifeboats."),
            ev("Y", f"It had {n * 2} lifeboats."),
            aligned=True,
        )
        for n in range(2, 200)
    ]
    assert len(distinct([c for c in many if c is not None])) == MAX_REPORTED


def test_people_taking_refuge_and_sheltering_are_one_count() -> None:
    a = ev("A", "About 900 people had taken refuge in the stadium from the floods.")
    b = ev("B", "Some 300 people were sheltering in the stadium from the floods.")
    clash = compare(a, b, aligned=False, related=True)
    assert clash is not None and clash.kind == "number"


def test_people_of_a_nation_are_a_kind_of_people() -> None:
    a = ev("A", "At least 25 Norwegians were injured when the ferry hit the pier.")
    b = ev("B", "Ten people were injured when the ferry hit the pier.")
    clash = compare(a, b, aligned=True)
    assert clash is not None and '"At least 25 Norwegians"' in clash.explanation
    c = ev("C", "Forty people were injured when the ferry hit the pier.")
    assert compare(a, c, aligned=True) is None


def test_counts_of_two_named_owners_are_two_things() -> None:
    a = ev("A", "In the final, Lund scored 20 points for the home side.")
    b = ev("B", "In the final, Berg scored 16 points for the home side.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "In the final, Lund scored 26 points for the home side.")
    assert compare(a, c, aligned=True) is not None


def test_open_ended_decades_agree_and_hyphenated_ages_are_not_tolls() -> None:
    a = ev("A", "The feud between the two clans has lasted more than three decades.")
    b = ev("B", "The feud between the two clans has lasted more than two decades.")
    assert compare(a, b, aligned=True) is None
    c = ev("C", "Police announced the arrest of a 19 - year - old in the attack.")
    d = ev("D", "Police announced the arrest of 4 men in the attack.")
    assert compare(c, d, aligned=True) is None


def test_unit_clashes_finds_what_comparing_every_pair_of_other_articles_finds() -> None:
    read = [
        ev("A", "Talks aim at ending the ongoing war, now in its fourth year."),
        ev("A", "The mayor opened the new bridge over the river."),
        ev("B", "The appeal showed the cost of the conflict, which has entered its third year."),
        ev("B", "It was the fourth meeting between the two men."),
        ev("C", "It was the third meeting between the two men."),
        ev("C", "He described his two-hour meeting with the minister."),
        ev("D", "He spoke after his five-hour meeting with the minister."),
        ev("D", "The mayor opened the old bridge over the river."),
    ]
    article = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    group = np.array([0, 1, 2, 3, 3, 4, 5, 1])
    scores = np.zeros((8, 8), dtype=np.float32)
    scores[5, 6] = scores[6, 5] = 0.9
    every = [
        (clash.id, int(group[i]), int(group[j]))
        for i in range(8)
        for j in range(i + 1, 8)
        if article[i] != article[j]
        and (
            clash := compare(
                read[i], read[j], aligned=group[i] == group[j], related=scores[i, j] >= RELATED
            )
        )
    ]
    found = unit_clashes(read, article, group, scores)
    assert [(clash.id, g, h) for clash, g, h in found] == every
    assert len(every) == 3


def test_a_spaced_curly_contraction_is_a_negation_too() -> None:
    a = ev("A", "The clinic hasn ’ t reopened its doors since the flood.")
    b = ev("B", "The clinic hasn't reopened its doors since the flood.")
    assert compare(a, b, aligned=True) is None


def test_not_only_is_no_denial() -> None:
    a = ev("A", "The council on Friday approved the budget for the harbour.")
    b = ev("B", "The council not only approved the budget for the harbour but also a new pier.")
    assert compare(a, b, aligned=True) is None
