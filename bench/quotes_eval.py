"""Score quote extraction and speaker attribution on PolNeAR.

    python bench/quotes_eval.py ../shared/data/polnear_dev.jsonl [--cache /tmp/polnear.spacy]
        [--misses]   (print each wrong speaker with its paragraph)

Rules (each annotation is scored on its own: an article annotated twice counts twice,
against each annotator's attributions; the extractor runs once per article text):

- Precision: an extracted ``direct``/``partial``/``block`` quote is correct when it
  overlaps the content span of any of the annotation's attributions. ``indirect``
  quotes are scored the same way but reported apart.
- Gold direct quotes: annotated contents of which at least half the characters lie
  between a pair of double quotation marks (straight, curly, guillemets, „“, or two
  apostrophes ''…'' as the New York Times archive writes them) of the same paragraph.
  Recall: a gold direct quote is found when an extracted quote overlaps it by at least
  half of the shorter of the two spans.
- Speaker accuracy, on found gold direct quotes (the most overlapping extracted quote):
  the gold speaker is the annotated ``source`` (the ``cue`` where the annotator swapped
  the two: a source that is a single speech verb, "said"). A pronoun source is resolved
  the way a reader would from the annotation alone: "who/which/that" to the capitalised
  name right before it, "he/she/..." to the nearest earlier attribution of the same
  annotation whose source is a name or a definite description. A named gold speaker (a
  capitalised word) is matched when the two names share a word (titles and function words
  aside: "Mr. Obama" = "Barack Obama"); an unnamed one ("a source", "experts", "a Navy
  spokesman") is matched only by the prediction ``None``. A definite description
  ("the mayor", "the Ohio senator") cannot be checked against the annotation, so those
  quotes are left out of speaker accuracy and counted apart (also possessive ones, "her
  husband"), as are empty annotated sources, pronouns with no earlier source and pronouns whose
  nearest earlier source they cannot refer to: of the other gender or number as the
  article shows it, or with another person named as a sentence's subject in between
  (`pronoun_gold`; the referent was never annotated as a source). A description is a source
  whose head phrase (before a comma, relative or preposition) opens with a determiner
  and ends in a lower-case noun: capitals inside it ("the former Utah governor") do not
  make it a name, nor does a capital that only opens a sentence ("Protesters" where the
  article also writes "protesters").
- Speed: articles per second of the spaCy parse and of quote extraction alone.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from consilience.model import QuoteMention
from consilience.nlp import shared_models
from consilience.nlp.annotate import split_sentences
from consilience.nlp.cues import is_speech_verb
from consilience.nlp.quotes import extract_quotes
from consilience.text import word_list
from pronoun_gold import may_refer_to, names_a_group, subjects_between

QUOTED = re.compile(r"[\"“„«][^\"“”„«»\n]*[\"”“»]|''(?:(?!'')[^\n])*''")
PRONOUNS = frozenset(
    ["he", "she", "him", "her", "his", "i", "we", "they", "them", "it", "you", "me", "us"]
)
RELATIVES = frozenset({"who", "which", "that"})
# Where the head phrase of a source ends: "an aide to the Senator", "the mayor, who ...".
HEAD_END = re.compile(r",|\s(?:who|which|that|of|for|to|at|from|in|on|with)\s")
NAME_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s?)+")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "rev",
        "president",
        "former",
        "campaign",
        "s",
        "u.s.",
        "us",
        "new",
        "york",
        "said",
    ]
)
DEFINITE = frozenset({"the", "his", "her", "its", "their"})
MARKED_KINDS = frozenset({"direct", "partial", "block"})


@dataclass
class Tally:
    """Counts behind every figure the script prints."""

    extracted: int = 0
    correct: int = 0
    indirect: int = 0
    indirect_correct: int = 0
    gold_direct: int = 0
    found: int = 0
    speaker_right: int = 0
    unverifiable: int = 0
    misses: list[str] = field(default_factory=list)


def spans_of(part: dict[str, Any]) -> list[tuple[int, int]]:
    """The (start, end) pieces of an annotated span ("s e" or "s e;s e")."""
    pieces = []
    for piece in part["span"].split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return pieces


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def quoted_chars(text: str) -> set[int]:
    return {i for m in QUOTED.finditer(text) for i in range(m.start(), m.end())}


def is_direct(content: list[tuple[int, int]], text: str, inside: set[int]) -> bool:
    chars = [i for s, e in content for i in range(s, e) if not text[i].isspace()]
    return bool(chars) and sum(i in inside for i in chars) * 2 >= len(chars)


def words(name: str) -> set[str]:
    tokens = re.findall(r"[\w.]+", name.lower().replace("’s", "").replace("'s", ""))
    return {t.strip(".") for t in tokens} - STOP - {""}


def is_named(source: str) -> bool:
    """A source that names someone: a capitalised word that is no description's."""
    return _determiner(source) is None and _has_name(source)


def _has_name(text: str) -> bool:
    return any(w[:1].isupper() and w.lower() not in PRONOUNS | STOP for w in text.split())


def is_role(source: str) -> bool:
    """A definite description with no name ("the mayor", "her husband"): who it is
    cannot be checked."""
    return _determiner(source) in DEFINITE


def _determiner(source: str) -> str | None:
    """The determiner a description of someone opens with ("the", "a", "his"), if the
    source is one: its head phrase ends in a lower-case word ("the Ohio senator") and no
    name follows it after a comma ("a critic, Jo Lee" names Lee)."""
    head = HEAD_END.split(source.strip(), maxsplit=1)[0].split()
    _, comma, apposed = source.partition(",")
    if len(head) < 2 or not head[-1][:1].islower() or (comma and _has_name(apposed)):
        return None
    first = head[0].lower()
    return first if first in word_list("determiners") else None


def gold_speaker(
    attribution: dict[str, Any], ordered: Sequence[dict[str, Any]], doc: Doc
) -> str | None:
    """The annotated source, with pronouns resolved from the annotation itself; None
    where the nearest earlier source cannot be the pronoun's referent (`pronoun_gold`)."""
    source = attribution.get("source")
    if source is None:
        return ""
    text = doc.text
    name = source_text(attribution)
    if not name:
        return None  # an empty annotated source names no one, not "nobody"
    start = spans_of(source)[0][0]
    if name.lower() in RELATIVES:
        runs = NAME_RUN.findall(text[max(0, start - 100) : start])
        return runs[-1].strip() if runs else ""
    if name.lower() in PRONOUNS:
        earlier = [a for a in ordered if a.get("source") and spans_of(a["source"])[0][0] < start]
        for previous in reversed(earlier):
            said = _as_written(source_text(previous), text)
            if is_named(said) or is_role(said):
                return said if _may_resolve(name, said, previous, start, doc) else None
        return None
    return _as_written(name, text)


def _may_resolve(pronoun: str, said: str, previous: dict[str, Any], start: int, doc: Doc) -> bool:
    """Whether the pronoun can refer to the earlier source, with no other person named
    as a subject in between."""
    spans = spans_of(previous["source"])
    others = subjects_between(doc, spans[-1][1], start, pronoun)
    return (
        may_refer_to(pronoun, said, doc.text)
        and not names_a_group(pronoun, doc, *spans[0])
        and all(words(o) & words(said) for o in others)
    )


def source_text(attribution: dict[str, Any]) -> str:
    """The annotated source's words, or the cue's where the annotator swapped the two
    (source "said", cue "Jo Lee"): a source that is one speech verb says nobody."""
    source = str(attribution["source"]["text"]).strip()
    cue = attribution.get("cue")
    if cue is not None and " " not in source and _is_speech_verb_form(source):
        return str(cue["text"]).strip()
    return source


@cache
def _is_speech_verb_form(word: str) -> bool:
    lemma = shared_models().spacy(word)[0].lemma_
    return word.islower() and is_speech_verb(lemma)


def _as_written(source: str, text: str) -> str:
    """The source with a capital it owes only to opening a sentence put in lower case:
    "Protesters" is no name where the article also writes "protesters" and never
    capitalises it inside a sentence (as it does the name in "columnist Jo Will")."""
    words = source.split()
    capitals = [w for w in words if w[:1].isupper()]
    lower = words[0].lower() if words else ""
    if capitals != words[:1] or not re.search(rf"\b{re.escape(lower)}\b", text):
        return source
    if re.search(rf"[\w,]\s+{re.escape(words[0])}\b", text):
        return source
    return source[:1].lower() + source[1:]


def speaker_right(predicted: str | None, gold: str) -> bool:
    if not is_named(gold):
        return predicted is None
    return predicted is not None and bool(words(predicted) & words(gold))


def score(row: dict[str, Any], doc: Doc, quotes: Iterable[QuoteMention], tally: Tally) -> None:
    """Add one annotation's counts to the tally (``doc`` is the article's parse)."""
    text = row["text"]
    attributions = [a for a in row["attributions"] if "content" in a]
    ordered = sorted(
        (a for a in attributions if a.get("source")), key=lambda a: spans_of(a["source"])[0][0]
    )
    contents = [spans_of(a["content"]) for a in attributions]
    quotes = list(quotes)
    for quote in quotes:
        hit = any(overlap((quote.start, quote.end), p) > 0 for c in contents for p in c)
        if quote.kind in MARKED_KINDS:
            tally.extracted += 1
            tally.correct += hit
        else:
            tally.indirect += 1
            tally.indirect_correct += hit
    inside = quoted_chars(text)
    marked = [q for q in quotes if q.kind in MARKED_KINDS]
    for attribution, content in zip(attributions, contents, strict=True):
        if not is_direct(content, text, inside):
            continue
        tally.gold_direct += 1
        at = best_match(content, [(q.start, q.end) for q in marked])
        if at is None:
            continue
        best = marked[at]
        tally.found += 1
        gold = gold_speaker(attribution, ordered, doc)
        if gold is None or is_role(gold):
            tally.unverifiable += 1
            continue
        right = speaker_right(best.speaker, gold)
        tally.speaker_right += right
        if not right:
            tally.misses.append(_miss(row, best, gold))


def _miss(row: dict[str, Any], quote: QuoteMention, gold: str) -> str:
    """One wrong speaker, with the quote's paragraph, for reading the failures."""
    text = row["text"]
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.end)
    paragraph = text[start : len(text) if end < 0 else end].strip()
    return (
        f"[{row['id']}] gold={gold!r} predicted={quote.speaker!r} cue={quote.cue!r}\n"
        f"    quote: {quote.text[:100]!r}\n    paragraph: {paragraph[:400]!r}"
    )


def best_match(content: list[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int | None:
    """The extracted span that overlaps the gold content most (by half the shorter), if any."""
    best: int | None = None
    best_overlap = 0
    for at, span in enumerate(spans):
        shared = sum(overlap(span, p) for p in content)
        shorter = min(span[1] - span[0], sum(e - s for s, e in content))
        if shared * 2 >= shorter and shared > best_overlap:
            best, best_overlap = at, shared
    return best


def parse(texts: list[str], cache: Path | None) -> tuple[list[Doc], float]:
    """spaCy docs for the texts (from the cache file when given and present) and the time."""
    models = shared_models()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(models.spacy.vocab))
        if [d.text for d in docs] == texts:
            return docs, 0.0
    started = time.perf_counter()
    docs = list(models.spacy.pipe(texts, batch_size=16))
    elapsed = time.perf_counter() - started
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache", type=Path, default=None, help="parsed-doc cache file")
    parser.add_argument("--misses", action="store_true", help="print each wrong speaker")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("text")]
    texts = sorted({r["text"] for r in rows})
    docs, parse_seconds = parse(texts, args.cache)
    started = time.perf_counter()
    extracted = {doc.text: extract_quotes(doc, split_sentences(doc)) for doc in docs}
    parsed = {doc.text: doc for doc in docs}
    extract_seconds = time.perf_counter() - started
    tally = Tally()
    for row in rows:
        score(row, parsed[row["text"]], extracted[row["text"]], tally)
    if args.misses:
        print("\n".join(tally.misses))
    report(tally, len(rows), len(texts), parse_seconds, extract_seconds)


def report(tally: Tally, annotations: int, articles: int, parse_s: float, extract_s: float) -> None:
    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"annotations {annotations}, articles {articles}")
    print(f"precision (direct/partial/block)  {ratio(tally.correct, tally.extracted)}")
    print(f"direct-quote recall               {ratio(tally.found, tally.gold_direct)}")
    checked = tally.found - tally.unverifiable
    print(f"speaker accuracy (found quotes)   {ratio(tally.speaker_right, checked)}")
    print(f"  unverifiable gold speakers (descriptions, pronouns) left out: {tally.unverifiable}")
    print(f"indirect precision                {ratio(tally.indirect_correct, tally.indirect)}")
    if parse_s:
        print(f"spaCy parse        {articles / parse_s:.1f} articles/s")
    print(f"quote extraction   {articles / max(extract_s, 1e-9):.1f} articles/s")


if __name__ == "__main__":
    main()
