"""The story index: list counts, full-text search, filters, cursor paging and entities."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from consilience.errors import InputError
from consilience.model import Article, Claim, Contradiction, Entity, Evidence, Story
from consilience.store import Store, StoryQuery, database_url
from consilience.store.schema import INDEX_TABLES

FIXTURES = Path(__file__).parent / "fixtures"


def _article(key: str, source: str, published: str | None) -> Article:
    return Article(key, source, None, None, published, "en", "Some text.")


def _claim(key: str, text: str, status: str = "corroborated") -> Claim:
    evidence = Evidence("x", text, 0, len(text))
    return Claim(key, text, status, (evidence,), (), 1)  # type: ignore[arg-type]


def _story(
    key: str,
    title: str,
    article_ids: tuple[str, ...],
    claims: tuple[Claim, ...] = (),
    entities: tuple[Entity, ...] = (),
    contradictions: int = 0,
) -> Story:
    evidence = Evidence(article_ids[0], "x", 0, 1)
    found = tuple(
        Contradiction(f"x{n}", "number", evidence, evidence, "Two counts.")
        for n in range(contradictions)
    )
    return Story(key, title, article_ids, len(article_ids), claims, found, (), entities, ())


@pytest.fixture
def newsroom(store: Store) -> Store:
    """Three stories: a strike (two outlets, a disputed count), a flood and a festival."""
    store.add_articles(
        [
            _article("a1", "Harbour Times", "2025-03-03T08:00:00+00:00"),
            _article("a2", "Coastal Post", "2025-03-04"),
            _article("b1", "Coastal Post", "2025-02-10"),
            _article("c1", "Valley News", None),
        ]
    )
    leader = Entity("e_lead", "Maria Alvarez", "PERSON", ("Maria Alvares",), ("a1", "a2"), 3)
    store.save_story(
        _story(
            "s_strike",
            "Dock workers strike over pay",
            ("a1", "a2"),
            (
                _claim("c1", "About 1,200 workers walked out."),
                _claim("c2", "Talks failed.", "contested"),
            ),
            (leader,),
            contradictions=1,
        ),
        "1",
    )
    store.save_story(
        _story("s_flood", "River floods the lower town", ("b1",), (_claim("c3", "Water rose."),)),
        "1",
    )
    store.save_story(_story("s_fest", "A summer festival opens", ("c1",)), "1")
    return store


def _ids(store: Store, **query: object) -> list[str]:
    return [row.id for row in store.find_stories(StoryQuery(**query)).rows]  # type: ignore[arg-type]


def test_a_saved_story_is_listed_with_its_counts_outlets_and_dates(newsroom: Store) -> None:
    row = newsroom.find_stories().rows[0]
    assert row.id == "s_strike" and row.title == "Dock workers strike over pay"
    assert row.outlets == ("Harbour Times", "Coastal Post")
    assert (row.corroborated, row.single_source, row.contested, row.contradictions) == (1, 0, 1, 1)
    assert (row.first_published, row.last_published) == ("2025-03-03T08:00:00+00:00", "2025-03-04")


def test_the_list_is_newest_first_with_undated_stories_last(newsroom: Store) -> None:
    assert _ids(newsroom) == ["s_strike", "s_flood", "s_fest"]
    assert _ids(newsroom, sort="outlets")[0] == "s_strike"
    assert _ids(newsroom, sort="disputes")[0] == "s_strike"


def test_search_finds_titles_claims_and_every_spelling_of_an_entity(newsroom: Store) -> None:
    assert _ids(newsroom, q="floods") == ["s_flood"]
    assert _ids(newsroom, q="flooding river") == ["s_flood"]  # stemmed, every word needed
    assert _ids(newsroom, q="talks") == ["s_strike"]
    assert _ids(newsroom, q="Alvares") == ["s_strike"]
    assert _ids(newsroom, q='"festival" OR NEAR(') == []  # query syntax is read as words
    assert _ids(newsroom, q="?!") == ["s_strike", "s_flood", "s_fest"]


def test_saving_a_story_again_replaces_its_index_rows(newsroom: Store) -> None:
    newsroom.save_story(_story("s_flood", "Storm damage counted", ("b1",)), "1")
    assert _ids(newsroom, q="river") == []
    assert _ids(newsroom, q="storm") == ["s_flood"]
    assert len(newsroom.find_stories().rows) == 3


def test_filters_by_outlet_entity_contradictions_and_dates(newsroom: Store) -> None:
    assert _ids(newsroom, outlet="Coastal Post") == ["s_strike", "s_flood"]
    assert _ids(newsroom, entity="e_lead") == ["s_strike"]
    assert _ids(newsroom, entity="maria alvares") == ["s_strike"]
    assert _ids(newsroom, has_contradictions=True) == ["s_strike"]
    assert _ids(newsroom, has_contradictions=False) == ["s_flood", "s_fest"]
    assert _ids(newsroom, since="2025-03-01") == ["s_strike"]
    assert _ids(newsroom, until="2025-03-03") == ["s_strike", "s_flood"]
    assert _ids(newsroom, until="2025-03-02") == ["s_flood"]


def test_cursor_paging_walks_every_story_exactly_once(store: Store) -> None:
    store.add_articles([_article(f"a{n}", "Outlet", f"2025-01-{n % 5 + 1:02}") for n in range(23)])
    for n in range(23):
        store.save_story(_story(f"s{n:02}", f"Story {n}", (f"a{n}",)), "1")
    for sort in ("updated", "outlets", "disputes"):
        seen: list[str] = []
        cursor = None
        while True:
            page = store.find_stories(StoryQuery(sort=sort, limit=5, cursor=cursor))  # type: ignore[arg-type]
            seen.extend(row.id for row in page.rows)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert sorted(seen) == [f"s{n:02}" for n in range(23)] and len(seen) == 23


def test_a_cursor_that_is_not_ours_is_an_input_error(newsroom: Store) -> None:
    with pytest.raises(InputError, match="cursor"):
        newsroom.find_stories(StoryQuery(cursor="not-a-cursor"))
    cursor = newsroom.find_stories(StoryQuery(limit=1)).next_cursor
    with pytest.raises(InputError, match="sorted by outlets"):
        newsroom.find_stories(StoryQuery(sort="outlets", cursor=cursor))


def test_an_entity_has_its_spellings_and_stories(newsroom: Store) -> None:
    entity = newsroom.find_entity("e_lead")
    assert entity is not None
    assert entity.name == "Maria Alvarez" and entity.type == "PERSON"
    assert entity.spellings == ("Maria Alvares", "Maria Alvarez")
    assert [row.id for row in entity.stories] == ["s_strike"]
    assert newsroom.find_entity("e_nobody") is None


def test_a_store_made_by_the_previous_release_is_indexed_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / "store_v1.sql").read_text())
    with Store(path) as store:
        assert store.article_count() == 3
        assert store.load_assignments() == {"a1": "s_port", "a2": "s_port", "a3": "s_fire"}
        port = store.load_story("s_port")
        assert port is not None and port.quotes[0].speaker == "Maria Alvarez"
        assert [row.id for row in store.find_stories().rows] == ["s_port", "s_fire"]
        assert [row.id for row in store.find_stories(StoryQuery(q="Alvares")).rows] == ["s_port"]
        assert store.find_stories().rows[0].outlets == ("Harbour Times", "Coastal Post")


def test_an_index_lost_before_the_upgrade_is_rebuilt_on_each_backend(
    newsroom: Store, store_url: str
) -> None:
    engine = create_engine(database_url(store_url))
    with engine.begin() as conn:
        for table in INDEX_TABLES:
            conn.execute(text(f"DROP TABLE {table.name}"))
        conn.execute(text("DROP TABLE story_search"))
        conn.execute(text("UPDATE schema_version SET version = 1"))
    engine.dispose()
    with Store(store_url) as reopened:
        assert [row.id for row in reopened.find_stories().rows] == ["s_strike", "s_flood", "s_fest"]
        assert [row.id for row in reopened.find_stories(StoryQuery(q="alvares")).rows] == [
            "s_strike"
        ]
