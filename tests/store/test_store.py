from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import create_engine, text

from consilience.errors import StoreError
from consilience.ingest import ingest
from consilience.model import (
    AnnotatedArticle,
    Article,
    FramingMention,
    Mention,
    QuoteMention,
    Sentence,
    Story,
)
from consilience.store import Store, database_url
from consilience.store.schema import MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures"


def article(key: str, published: str | None = None, body: str = "Some text.") -> Article:
    return Article(key, "outlet", f"Title {key}", None, published, "en", body)


def test_adding_twice_stores_each_article_once(store: Store) -> None:
    first = store.add_articles([article("a"), article("b"), article("a")])
    again = store.add_articles([article("b"), article("c")])
    assert first.added == ("a", "b") and first.duplicates == ("a",)
    assert again.added == ("c",) and again.duplicates == ("b",)
    assert store.article_count() == 3
    assert store.get_article("b") == article("b")
    assert store.get_article("missing") is None


def test_articles_come_back_in_publication_order_undated_last(store: Store) -> None:
    store.add_articles(
        [
            article("late", "2025-04-15T10:00:00+00:00"),
            article("undated1"),
            article("early", "2025-04-13"),
            article("undated2"),
        ]
    )
    expected = ["early", "late", "undated1", "undated2"]
    assert [a.id for a in store.iter_articles()] == expected
    assert [a.id for a in store.iter_articles(["undated2", "late", "nope"])] == ["late", "undated2"]


def test_iterating_pages_through_more_articles_than_one_page(store: Store) -> None:
    many = [article(f"{i:05}", None if i % 3 else f"2025-01-{i % 28 + 1:02}") for i in range(1203)]
    store.add_articles(many, batch_size=500)
    ids = [a.id for a in store.iter_articles()]
    assert len(ids) == 1203 and len(set(ids)) == 1203
    assert store.article_ids() == ids


def _annotated(item: Article) -> AnnotatedArticle:
    rows = np.array([[0.6, 0.8, 0.0], [0.0, 0.0, 1.0]], dtype=np.float32)
    return AnnotatedArticle(
        article=item,
        sentences=(Sentence(0, 0, 5, "Some", ((0, 2), (3, 5))), Sentence(1, 6, 10, "text")),
        mentions=(Mention("Some", "ORG", 0, 4, 0),),
        quotes=(QuoteMention(0, 4, "Some", "direct", None, None, None, "said", 0),),
        embeddings=rows,
        vector=rows.mean(axis=0),
        framing=(FramingMention("some", "Some", "hedge", 0, 4),),
        quote_vectors=(np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], dtype=np.float32),),
    )


def test_annotations_are_cached_per_pipeline_version(store: Store) -> None:
    item = article("a")
    store.add_articles([item])
    annotated = _annotated(item)
    store.save_annotations([annotated], "1")
    store.save_annotations([annotated], "1")
    loaded = store.annotations_of([item, article("b")], "1")
    assert list(loaded) == ["a"]
    got = loaded["a"]
    assert got.article == item and got.sentences == annotated.sentences
    assert got.mentions == annotated.mentions and got.quotes == annotated.quotes
    assert got.framing == annotated.framing
    assert np.array_equal(got.embeddings, annotated.embeddings)
    assert np.array_equal(got.vector, annotated.vector)
    assert len(got.quote_vectors) == 1
    assert np.array_equal(got.quote_vectors[0], annotated.quote_vectors[0])
    assert store.annotations_of([item], "2") == {}


def test_assignments_and_stories_are_kept_and_replaced(store: Store) -> None:
    store.save_assignments({"a": "s1", "b": "s1"})
    store.save_assignments({"b": "s2"})
    assert store.load_assignments() == {"a": "s1", "b": "s2"}
    assert (store.story_of("b"), store.story_of("never assigned")) == ("s2", None)
    story = Story("s1", "Talks", ("a",), 1, (), (), (), (), ())
    store.save_story(story, "1")
    first = store.story_digest("s1")
    revised = Story("s1", "Talks, revised", ("a", "b"), 1, (), (), (), (), (), (), (("b", "a"),))
    store.save_story(revised, "1")
    assert first is not None and store.story_digest("s1") not in (first, None)
    assert store.story_digest("no such story") is None
    assert store.load_story("s1") == revised
    assert [s.id for s in store.list_stories()] == ["s1"]
    assert store.load_story("s9") is None


def test_a_reopened_store_keeps_its_data_and_schema_version(store_url: str) -> None:
    with Store(store_url) as first:
        first.add_articles([article("a")])
    with Store(store_url) as second:
        assert second.article_count() == 1
    engine = create_engine(database_url(store_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_version")).scalar() == len(MIGRATIONS)
    engine.dispose()


def test_a_store_newer_than_the_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    engine = create_engine(database_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE schema_version SET version = 99"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


@pytest.mark.parametrize(
    "url",
    ["/no/such/folder/x.db", "postgresql://nobody@127.0.0.1:1/none", "notadb://x"],
)
def test_a_database_that_cannot_be_opened_is_a_store_error_naming_it(url: str) -> None:
    with pytest.raises(StoreError) as raised:
        Store(url)
    assert url.split("//")[-1].split("/")[0] in str(raised.value) or url in str(raised.value)


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not SQLite " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_urls_paths_and_the_default_resolve_to_sqlite_or_psycopg() -> None:
    assert database_url(None).database == str(Path("consilience.db").resolve())
    assert database_url("x.db").get_backend_name() == "sqlite"
    assert database_url("postgresql://u@h/d").drivername == "postgresql+psycopg"


def test_ingesting_files_twice_stores_them_once_on_each_backend(
    store: Store, tmp_path: Path
) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(f"Report {name}\n\nThe {name} report was filed.\n")
    first = ingest([tmp_path], store)
    again = ingest([tmp_path / "two.txt", tmp_path / "one.txt"], store)
    assert (len(first.added), len(again.added), len(again.duplicates)) == (2, 0, 2)
    assert [a.title for a in store.iter_articles()] == ["Report one", "Report two"]


def test_a_version_1_store_gains_wire_origins_and_keeps_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # a store made by the release before wire origins
        conn.executescript((FIXTURES / "store_v1.sql").read_text())
    with Store(path) as store:
        assert store.article_count() == 3
        assert all(article.origin is None for article in store.iter_articles())
        store.add_articles([Article("new", "Herald", None, None, None, "en", "Wire.", "AP")])
        assert store.get_article("new").origin == "AP"  # type: ignore[union-attr]


def test_fetch_state_and_known_urls(store: Store) -> None:
    assert store.fetch_state("http://feed.example/rss") == (None, None)
    store.save_fetch_state("http://feed.example/rss", '"v1"', "Tue, 01 Dec 2026 10:00:00 GMT")
    store.save_fetch_state("http://feed.example/rss", '"v2"', None)
    assert store.fetch_state("http://feed.example/rss") == ('"v2"', None)
    store.add_articles([Article("a", "s", None, "http://news.example/a", None, "en", "Text.")])
    assert store.known_urls(["http://news.example/a", "http://news.example/b"]) == {
        "http://news.example/a"
    }
