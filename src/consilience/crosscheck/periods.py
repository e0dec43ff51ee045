"""One happening placed in two stretches of time that share no day ("replaced the frigate
early December" against "replaced the frigate in November-end").

Every sentence counts, quoted ones too: an official quoted by one outlet can contradict
another outlet's own account. Two sentences tell one happening when the verb dating it is
the same and they share a word of who did it (before the verb) and of what was done
(between the verb and the date). One side must be a stretch ("early December", "in 2005"):
two exact days are compared within claims (`contradictions.compare`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from consilience.crosscheck.events import AFTER_WORDS, event_key, is_verb_form
from consilience.crosscheck.evidence import across_articles
from consilience.crosscheck.quantities import group
from consilience.crosscheck.statement import contradiction
from consilience.model import AnnotatedArticle, Contradiction, Evidence
from consilience.text import word_list
from consilience.text.dates import Period, period_mentions

MAX_PERIODS = 4  # a sentence naming more dates is a timeline, not one happening's date
_CLAUSE_MARK = re.compile(r"[,;:()\"]")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Dated:
    """A happening a sentence dates: its verb, who did it, to what, and when."""

    evidence: Evidence
    source: str
    verb: str
    doers: frozenset[str]
    objects: frozenset[str]
    period: Period
    named: tuple[Period, ...]  # every period the sentence names


def _content(text: str) -> frozenset[str]:
    """Lower-cased words that say who or what, function words left out."""
    return frozenset(w.lower() for w in _WORD.findall(text) if len(w) > 2) - word_list("stop_words")


def _happening(text: str, period: Period) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The verb that dates a period, the words before it (who) and after it (what): in the
    period's clause before it ("which replaced the frigate early December"), or, for a
    period opening the sentence, among the next few words ("In late November, the destroyer
    replaced the frigate"; not a verb of a later clause)."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, period.start)), default=0)
    verbs = [m for m in _WORD.finditer(text, clause_start, period.start) if is_verb_form(m[0])]
    if verbs:
        verb, who_start, what_end = verbs[-1], 0, period.start
    elif len(_WORD.findall(text, 0, period.start)) <= 1:  # "In late November, ..."
        after = islice(_WORD.finditer(text, period.end), AFTER_WORDS)  # "the destroyer replaced"
        found = next((m for m in after if is_verb_form(m[0])), None)
        if found is None:
            return None
        mark = _CLAUSE_MARK.search(text, found.end())
        verb, who_start, what_end = found, period.end, mark.start() if mark else len(text)
    else:
        return None
    who, what = _content(text[who_start : verb.start()]), _content(text[verb.end() : what_end])
    return group(event_key(verb[0])) or verb[0], who, what


def dated(annotated: AnnotatedArticle) -> Iterator[Dated]:
    """Every happening an article's sentences date by a day, part of a month or month."""
    for sentence in annotated.sentences:
        periods = period_mentions(sentence.text)
        if len(periods) > MAX_PERIODS:
            continue
        evidence = Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)
        for period in periods:
            found = _happening(sentence.text, period)
            if found is not None and found[2]:
                verb, doers, objects = found
                source = annotated.article.source
                yield Dated(evidence, source, verb, doers, objects, period, tuple(periods))


def _clash(a: Dated, b: Dated) -> bool:
    """One happening (same verb, doer and object), two periods that share no day, neither
    sentence naming a period of the other's."""
    if a.verb != b.verb or (a.period.exact and b.period.exact):
        return False
    if not (a.doers & b.doers and a.objects & b.objects):
        return False
    return all(p.apart(b.period) for p in a.named) and all(p.apart(a.period) for p in b.named)


def period_contradictions(articles: Sequence[AnnotatedArticle]) -> list[Contradiction]:
    """Every pair of articles that date one happening to periods sharing no day."""
    by_verb: dict[str, list[Dated]] = {}
    for annotated in articles:
        for found in dated(annotated):
            by_verb.setdefault(found.verb, []).append(found)
    clashes = []
    for a, b in across_articles(by_verb.values()):
        if _clash(a, b):
            what = f'{a.source} says "{a.period.text}"; {b.source} says "{b.period.text}".'
            clashes.append(contradiction("date", a.evidence, b.evidence, what))
    return clashes
