"""The lead of an article: its names, figures and weekdays, and how a story's leads agree."""

from __future__ import annotations

from collections import Counter

import numpy as np

from consilience.model import AnnotatedArticle, Article, Mention, Sentence
from consilience.stories.lead import LeadTally, figures, lead_of, overlap


def test_figures_read_digits_and_number_words_but_not_times_days_or_years() -> None:
    text = "Posted Feb. 4, 2009 at 10:30 - Five people died and 1,200 fled the 6.1 quake on 3/2/09."
    assert figures(text) == {"5", "1200", "6.1"}


def test_lead_reads_only_the_first_sentences() -> None:
    text = "Quake in Tarnwick. Monday. Three hurt in Tarnwick. Last year Oldham lost 40 on Friday."
    bounds = [(0, 18), (19, 26), (27, 49), (50, 87)]
    sentences = tuple(Sentence(n, a, b, text[a:b]) for n, (a, b) in enumerate(bounds))
    mentions = (Mention("Tarnwick", "GPE", 8, 16, 0), Mention("Oldham", "GPE", 60, 66, 3))
    article = Article("x", "x", None, None, None, "en", text)
    vector = np.zeros(4, dtype=np.float32)
    lead = lead_of(AnnotatedArticle(article, sentences, mentions, (), vector[None, :], vector))
    assert lead.names == {"tarnwick"}
    assert lead.figures == {"3"}
    assert lead.weekdays == {0}


def test_overlap_is_the_share_of_the_articles_lead_values_the_story_names() -> None:
    tally = LeadTally()
    tally.names.update({"dunmore", "police"})
    assert overlap({"dunmore", "police"}, tally.names) == 1.0
    assert overlap({"pellworth"}, tally.names) == -1.0
    assert overlap({"dunmore", "pellworth"}, tally.names) == 0.0
    assert overlap(set(), tally.names) == overlap({"dunmore"}, Counter()) == 0.0
