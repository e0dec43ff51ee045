"""Typed loader for the demo corpus answer key (`tests/data/demo_answer_key.json`).

Evaluation scripts and tests import this to score a report against what the demo corpus was
written to contain. Articles are named by a ref: the corpus file name, plus ``#N`` for the N-th
item of a feed or line of a JSONL file (0-based). Evidence is a phrase that occurs verbatim in
the article's extracted text, so a scorer can match an evidence sentence by substring.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import feedparser
import trafilatura

ANSWER_KEY_PATH = Path(__file__).resolve().parent.parent / "data" / "demo_answer_key.json"

Fidelity = Literal["verbatim", "minor_edit", "altered", "paraphrase"]
ContradictionKind = Literal[
    "number", "date", "duration", "title", "quote", "negation", "attribution", "other"
]
FramingKind = Literal["loaded", "hedge", "attribution"]


@dataclass(frozen=True)
class ArticleRef:
    """One article of the corpus: where it lives and how a report names it."""

    ref: str
    source: str
    outlet: str
    title: str
    published: str | None
    url: str | None

    @property
    def file(self) -> str:
        return self.ref.split("#", 1)[0]

    @property
    def index(self) -> int | None:
        """Position of the item in a feed or JSONL file, None for single-article files."""
        _, sep, idx = self.ref.partition("#")
        return int(idx) if sep else None


@dataclass(frozen=True)
class Phrase:
    """A distinctive phrase of one article's sentence."""

    article: str
    phrase: str


@dataclass(frozen=True)
class Claim:
    description: str
    evidence: tuple[Phrase, ...]


@dataclass(frozen=True)
class Contradiction:
    """Any phrase of side ``a`` against any phrase of side ``b`` is this contradiction."""

    kind: ContradictionKind
    description: str
    a: tuple[Phrase, ...]
    b: tuple[Phrase, ...]


@dataclass(frozen=True)
class NonContradiction:
    """Two statements that look alike but agree; flagging them is a false contradiction."""

    description: str
    a: Phrase
    b: Phrase


@dataclass(frozen=True)
class Rendering:
    article: str
    phrase: str
    fidelity: Fidelity


@dataclass(frozen=True)
class Quote:
    """One utterance across outlets; ``speaker`` is None when outlets disagree on it."""

    speaker: str | None
    canonical: str
    kind: str
    renderings: tuple[Rendering, ...]


@dataclass(frozen=True)
class EntityGroup:
    """Surface forms that name one real-world thing and must merge into one entity."""

    name: str
    type: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Apart:
    """Two entities that share a word but must stay separate."""

    a: str
    b: str
    why: str


@dataclass(frozen=True)
class Copy:
    copy: str
    original: str


@dataclass(frozen=True)
class Framing:
    """The same fact told with different loaded words, hedges or attribution verbs."""

    kind: FramingKind
    description: str
    phrases: tuple[Phrase, ...]


@dataclass(frozen=True)
class StoryKey:
    id: str
    event: str
    articles: tuple[str, ...]
    corroborated: tuple[Claim, ...]
    single_source: tuple[Claim, ...]
    contradictions: tuple[Contradiction, ...]
    non_contradictions: tuple[NonContradiction, ...]
    quotes: tuple[Quote, ...]
    entities: tuple[EntityGroup, ...]
    apart: tuple[Apart, ...]
    copies: tuple[Copy, ...]
    framing: tuple[Framing, ...]

    def phrases(self) -> list[Phrase]:
        """Every phrase the key claims is in an article of this story."""
        found: list[Phrase] = []
        for claim in (*self.corroborated, *self.single_source):
            found.extend(claim.evidence)
        for con in self.contradictions:
            found.extend((*con.a, *con.b))
        for non in self.non_contradictions:
            found.extend((non.a, non.b))
        for quote in self.quotes:
            found.extend(Phrase(r.article, r.phrase) for r in quote.renderings)
        for framing in self.framing:
            found.extend(framing.phrases)
        return found


@dataclass(frozen=True)
class AnswerKey:
    articles: tuple[ArticleRef, ...]
    stories: tuple[StoryKey, ...]

    def article(self, ref: str) -> ArticleRef:
        for art in self.articles:
            if art.ref == ref:
                return art
        raise KeyError(ref)

    def match(self, title: str | None, url: str | None = None) -> ArticleRef | None:
        """The key's article for a report's article: by URL, else by its (unique) title.

        A page title may carry a site suffix ("... | Northwind Daily"), so the key's title
        only has to occur in it.
        """
        for art in self.articles:
            if url is not None and art.url == url:
                return art
        for art in self.articles:
            if title and art.title in title:
                return art
        return None


def _phrase(d: Mapping[str, Any]) -> Phrase:
    return Phrase(article=d["article"], phrase=d["phrase"])


def _phrases(items: Sequence[Mapping[str, Any]]) -> tuple[Phrase, ...]:
    return tuple(_phrase(i) for i in items)


def _claim(d: Mapping[str, Any]) -> Claim:
    return Claim(description=d["description"], evidence=_phrases(d["evidence"]))


def _quote(d: Mapping[str, Any]) -> Quote:
    renderings = tuple(
        Rendering(r["article"], r["phrase"], cast(Fidelity, r["fidelity"])) for r in d["renderings"]
    )
    return Quote(d["speaker"], d["canonical"], d["kind"], renderings)


def _story(d: Mapping[str, Any]) -> StoryKey:
    return StoryKey(
        id=d["id"],
        event=d["event"],
        articles=tuple(d["articles"]),
        corroborated=tuple(_claim(c) for c in d.get("corroborated", [])),
        single_source=tuple(_claim(c) for c in d.get("single_source", [])),
        contradictions=tuple(
            Contradiction(c["kind"], c["description"], _phrases(c["a"]), _phrases(c["b"]))
            for c in d.get("contradictions", [])
        ),
        non_contradictions=tuple(
            NonContradiction(n["description"], _phrase(n["a"]), _phrase(n["b"]))
            for n in d.get("non_contradictions", [])
        ),
        quotes=tuple(_quote(q) for q in d.get("quotes", [])),
        entities=tuple(
            EntityGroup(e["name"], e["type"], tuple(e["aliases"]), tuple(e.get("roles", [])))
            for e in d.get("entities", [])
        ),
        apart=tuple(Apart(p["a"], p["b"], p["why"]) for p in d.get("apart", [])),
        copies=tuple(Copy(c["copy"], c["original"]) for c in d.get("copies", [])),
        framing=tuple(
            Framing(f["kind"], f["description"], _phrases(f["phrases"]))
            for f in d.get("framing", [])
        ),
    )


def load_answer_key(path: Path = ANSWER_KEY_PATH) -> AnswerKey:
    """Read the answer key JSON into typed, immutable records."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = tuple(
        ArticleRef(a["ref"], a["source"], a["outlet"], a["title"], a.get("published"), a.get("url"))
        for a in data["articles"]
    )
    return AnswerKey(articles=articles, stories=tuple(_story(s) for s in data["stories"]))


def _html_text(markup: str) -> str:
    text = trafilatura.extract(markup, include_comments=False, favor_recall=True)
    return text or ""


def _feed_text(path: Path, index: int) -> str:
    entry = feedparser.parse(str(path)).entries[index]
    content = entry.get("content")
    markup = content[0]["value"] if content else entry.get("summary", "")
    return _html_text(f"<html><body><article>{markup}</article></body></html>")


def _jsonl_text(path: Path, index: int) -> str:
    line = path.read_text(encoding="utf-8").splitlines()[index]
    record = json.loads(line)
    if "text" in record:
        return str(record["text"])
    return _html_text(str(record["html"]))


def article_text(corpus: Path, ref: ArticleRef) -> str:
    """The article's main text as an ordinary reader (plain, trafilatura, feedparser) sees it."""
    path = corpus / ref.file
    if path.suffix == ".xml":
        return _feed_text(path, ref.index or 0)
    if path.suffix == ".jsonl":
        return _jsonl_text(path, ref.index or 0)
    if path.suffix == ".html":
        return _html_text(path.read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8")
