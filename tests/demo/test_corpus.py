"""The demo corpus parses with ordinary readers and its answer key stays true to it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import get_args

import feedparser
import pytest
import trafilatura
from answer_key import AnswerKey, ArticleRef, article_text, load_answer_key

from consilience.demo import corpus_path
from consilience.ingest import read_inputs
from consilience.model import Article, ContradictionKind, Fidelity

JSONL_FIELDS = {"source", "title", "url", "published"}


@pytest.fixture(scope="module")
def corpus() -> Path:
    return corpus_path()


@pytest.fixture(scope="module")
def key() -> AnswerKey:
    return load_answer_key()


@pytest.fixture(scope="module")
def texts(corpus: Path, key: AnswerKey) -> dict[str, str]:
    return {art.ref: article_text(corpus, art) for art in key.articles}


def _refs_on_disk(corpus: Path) -> set[str]:
    refs: set[str] = set()
    for path in corpus.iterdir():
        if path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            refs.update(f"{path.name}#{i}" for i in range(len(lines)))
        elif path.suffix == ".xml":
            entries = feedparser.parse(str(path)).entries
            refs.update(f"{path.name}#{i}" for i in range(len(entries)))
        else:
            refs.add(path.name)
    return refs


def test_corpus_path_is_an_installed_folder_of_articles(corpus: Path) -> None:
    suffixes = Counter(p.suffix for p in corpus.iterdir())
    assert suffixes == {".txt": 7, ".html": 5, ".xml": 1, ".jsonl": 1}


def test_readme_says_everything_is_fictional(corpus: Path) -> None:
    readme = (corpus.parent / "README.md").read_text(encoding="utf-8")
    assert "Everything in `corpus/` is fiction" in readme


def test_text_files_have_a_title_line_and_a_body(corpus: Path) -> None:
    for path in corpus.glob("*.txt"):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        assert title.strip() and body.strip(), path.name


def test_jsonl_lines_carry_the_documented_fields(corpus: Path) -> None:
    for line in (corpus / "newswire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record.keys() >= JSONL_FIELDS
        assert ("text" in record) != ("html" in record)


def test_feed_is_valid_rss_with_dated_full_text_items(corpus: Path) -> None:
    feed = feedparser.parse(str(corpus / "meridian_wire.xml"))
    assert not feed.bozo and feed.version == "rss20"
    assert 2 <= len(feed.entries) <= 4
    for entry in feed.entries:
        assert entry.published_parsed and entry.content[0]["value"]


def test_html_pages_expose_site_name_and_date(corpus: Path) -> None:
    for path in corpus.glob("*.html"):
        meta = trafilatura.extract_metadata(path.read_text(encoding="utf-8"))
        assert meta.sitename and meta.date, path.name


def test_key_names_every_article_once(corpus: Path, key: AnswerKey) -> None:
    refs = [art.ref for art in key.articles]
    assert len(refs) == len(set(refs)) == 20
    assert set(refs) == _refs_on_disk(corpus)
    in_stories = [ref for story in key.stories for ref in story.articles]
    assert sorted(in_stories) == sorted(refs)


def test_titles_are_unique_so_reports_map_back(key: AnswerKey) -> None:
    for art in key.articles:
        assert key.match(f"{art.title} | Some Site") == art


def test_articles_are_news_length(texts: dict[str, str]) -> None:
    for ref, text in texts.items():
        assert 150 <= len(text.split()) <= 450, ref


def test_every_phrase_occurs_in_its_article(key: AnswerKey, texts: dict[str, str]) -> None:
    for story in key.stories:
        for phrase in story.phrases():
            assert phrase.article in story.articles, (story.id, phrase)
            assert phrase.phrase in texts[phrase.article], (story.id, phrase)


def test_entity_aliases_occur_in_their_story(key: AnswerKey, texts: dict[str, str]) -> None:
    for story in key.stories:
        joined = "\n".join(texts[ref] for ref in story.articles)
        for group in story.entities:
            for alias in group.aliases:
                assert alias in joined, (story.id, alias)
        for pair in story.apart:
            assert pair.a in joined and pair.b in joined


def test_every_contradiction_kind_is_covered(key: AnswerKey) -> None:
    kinds = {con.kind for story in key.stories for con in story.contradictions}
    assert kinds == set(get_args(ContradictionKind)) - {"other"}


def test_every_fidelity_grade_is_covered_and_consistent(key: AnswerKey) -> None:
    grades: set[str] = set()
    for story in key.stories:
        for quote in story.quotes:
            for rendering in quote.renderings:
                grades.add(rendering.fidelity)
                if rendering.fidelity == "verbatim":
                    assert rendering.phrase.rstrip(".,") in quote.canonical, rendering
    assert grades == set(get_args(Fidelity))
    kinds = {quote.kind for story in key.stories for quote in story.quotes}
    assert {"direct", "partial", "block"} <= kinds


def test_copies_share_most_text_and_originals_do_not(key: AnswerKey, texts: dict[str, str]) -> None:
    copies = [copy for story in key.stories for copy in story.copies]
    assert copies
    for copy in copies:
        assert _jaccard(texts[copy.copy], texts[copy.original]) > 0.6
    copied = {ref for copy in copies for ref in (copy.copy, copy.original)}
    others = [ref for ref in texts if ref not in copied]
    for i, first in enumerate(others):
        for second in others[i + 1 :]:
            assert _jaccard(texts[first], texts[second]) < 0.2, (first, second)


def _jaccard(first: str, second: str, size: int = 5) -> float:
    a, b = _shingles(first, size), _shingles(second, size)
    return len(a & b) / len(a | b)


def _shingles(text: str, size: int) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_consilience_ingest_reads_what_the_key_describes(corpus: Path, key: AnswerKey) -> None:
    read = [item for item in read_inputs([corpus]) if isinstance(item, Article)]
    assert len(read) == len(key.articles)
    for article in read:
        ref = key.match(article.title, article.url)
        assert ref is not None, article.title
        _assert_matches(ref, article, key)


def _assert_matches(ref: ArticleRef, article: Article, key: AnswerKey) -> None:
    assert article.source == ref.source
    assert (article.published or "")[:10] == (ref.published or "")[:10], ref.ref
    for story in key.stories:
        for phrase in story.phrases():
            if phrase.article == ref.ref:
                assert phrase.phrase in article.text, (ref.ref, phrase.phrase)
