"""The story index: what the story list shows, written when a story is saved.

Listing, searching and filtering read these small rows and never decode a story's
claims or its articles. Full-text search is SQLite FTS5 or PostgreSQL's tsvector
behind one `find_stories`; both index the title, the claims and every spelling of
every entity, so an alternative spelling finds the story.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    TextualSelect,
    and_,
    delete,
    or_,
    select,
    text,
)

from consilience.errors import InputError
from consilience.model import Story
from consilience.store import schema
from consilience.store.serialize import loads

Sort = Literal["updated", "outlets", "disputes"]
SORT_COLUMNS = {
    "updated": schema.story_index.c.updated,
    "outlets": schema.story_index.c.outlet_count,
    "disputes": schema.story_index.c.disputes,
}
MAX_LIMIT = 200
UNTIL_END = "~"
"""Appended to ``until`` so a bare date includes that whole day ('~' sorts after ISO text)."""
CHUNK = 500

SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS story_search USING fts5("
    "story_id UNINDEXED, title, claims, entities, tokenize='porter unicode61 remove_diacritics 2')"
)
POSTGRES_SEARCH = (
    "CREATE TABLE IF NOT EXISTS story_search (story_id VARCHAR(64) PRIMARY KEY, document TSVECTOR)",
    "CREATE INDEX IF NOT EXISTS story_search_document ON story_search USING GIN (document)",
)
POSTGRES_DOCUMENT = (
    "to_tsvector('english', :title) || "
    "to_tsvector('english', :claims) || to_tsvector('english', :entities)"
)


@dataclass(frozen=True)
class StoryRow:
    """One story of the list: its counts and when its articles were published."""

    id: str
    title: str
    outlets: tuple[str, ...]
    independent_sources: int
    articles: int
    corroborated: int
    single_source: int
    contested: int
    contradictions: int
    first_published: str | None
    last_published: str | None


@dataclass(frozen=True)
class StoryQuery:
    """Which stories to list, in which order, and from where (``cursor``) on."""

    q: str | None = None
    outlet: str | None = None
    entity: str | None = None
    has_contradictions: bool | None = None
    since: str | None = None
    until: str | None = None
    sort: Sort = "updated"
    limit: int = 50
    cursor: str | None = None


@dataclass(frozen=True)
class StoryPage:
    """A page of the list and the cursor of the next page (None on the last)."""

    rows: tuple[StoryRow, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class EntityRecord:
    """One entity across every stored story: its spellings and the stories naming it."""

    id: str
    name: str
    type: str
    spellings: tuple[str, ...]
    stories: tuple[StoryRow, ...] = field(default=())


def create_search(conn: Connection) -> None:
    """The dialect's full-text table (FTS5 is a virtual table SQLAlchemy cannot declare)."""
    if conn.dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH:
            conn.execute(text(statement))
    else:
        conn.execute(text(SQLITE_SEARCH))


def rebuild(conn: Connection) -> None:
    """Index every stored story (run once when an older store is upgraded)."""
    rows = conn.execute(select(schema.stories.c.data)).scalars()
    for data in rows.all():
        write(conn, loads(Story, data))


def write(conn: Connection, story: Story) -> None:
    """Replace the story's index rows, in the caller's transaction."""
    _erase(conn, story.id)
    sources, dates = _article_facts(conn, story.article_ids)
    outlets = list(dict.fromkeys(sources))
    statuses = [claim.status for claim in story.claims]
    contested = statuses.count("contested")
    conn.execute(
        schema.story_index.insert().values(
            story_id=story.id,
            title=story.title,
            outlets=json.dumps(outlets, ensure_ascii=False),
            outlet_count=len(outlets),
            independent_sources=story.independent_source_count,
            articles=len(story.article_ids),
            corroborated=statuses.count("corroborated"),
            single_source=statuses.count("single_source"),
            contested=contested,
            contradictions=len(story.contradictions),
            disputes=contested + len(story.contradictions),
            first_published=min(dates) if dates else None,
            last_published=max(dates) if dates else None,
            updated=max(dates) if dates else "",
        )
    )
    if outlets:
        rows = [{"story_id": story.id, "outlet": outlet} for outlet in outlets]
        conn.execute(schema.story_outlets.insert(), rows)
    _write_entities(conn, story)
    _write_search(conn, story)


def _erase(conn: Connection, story_id: str) -> None:
    """Drop the story's index rows."""
    for table in schema.INDEX_TABLES:
        conn.execute(delete(table).where(table.c.story_id == story_id))
    conn.execute(text("DELETE FROM story_search WHERE story_id = :id"), {"id": story_id})


def _article_facts(conn: Connection, ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """The members' outlets (in story order) and publication dates."""
    table = schema.articles
    found: dict[str, tuple[str, str | None]] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(table.c.id, table.c.source, table.c.published).where(
            table.c.id.in_(ids[start : start + CHUNK])
        )
        found.update((row.id, (row.source, row.published)) for row in conn.execute(query))
    facts = [found[i] for i in ids if i in found]
    return [source for source, _ in facts], [date for _, date in facts if date]


def _write_entities(conn: Connection, story: Story) -> None:
    """The story's entities and each of their spellings (case-folded for lookup)."""
    entities = list({entity.id: entity for entity in story.entities}.values())
    if not entities:
        return
    named = [
        {
            "story_id": story.id,
            "entity_id": e.id,
            "name": e.name,
            "type": e.type,
            "mentions": e.mentions,
        }
        for e in entities
    ]
    conn.execute(schema.story_entities.insert(), named)
    spellings = sorted({(e.id, s) for e in entities for s in (e.name, *e.aliases)})
    spelled = [
        {"story_id": story.id, "entity_id": i, "spelling": s, "folded": s.casefold()}
        for i, s in spellings
    ]
    conn.execute(schema.entity_spellings.insert(), spelled)


def _write_search(conn: Connection, story: Story) -> None:
    values = {
        "id": story.id,
        "title": story.title,
        "claims": "\n".join(claim.text for claim in story.claims),
        "entities": "\n".join(s for e in story.entities for s in (e.name, *e.aliases)),
    }
    if conn.dialect.name == "postgresql":
        statement = f"INSERT INTO story_search VALUES (:id, {POSTGRES_DOCUMENT})"
    else:
        statement = "INSERT INTO story_search VALUES (:id, :title, :claims, :entities)"
    conn.execute(text(statement), values)


def find_stories(conn: Connection, query: StoryQuery) -> StoryPage:
    """The page of stories the query asks for: keyset paging on (sort key descending, id)."""
    limit = max(1, min(query.limit, MAX_LIMIT))
    key = SORT_COLUMNS[query.sort]
    table = schema.story_index
    statement: Select[Any] = select(table).where(*_filters(conn, query))
    if query.cursor:
        value, story_id = _decode_cursor(query.cursor, query.sort)
        statement = statement.where(
            or_(key < value, and_(key == value, table.c.story_id > story_id))
        )
    statement = statement.order_by(key.desc(), table.c.story_id).limit(limit + 1)
    found = conn.execute(statement).all()
    rows = [_row(row) for row in found[:limit]]
    more = len(found) > limit
    last = found[limit - 1] if more else None
    cursor = _encode_cursor(getattr(last, key.name), last.story_id) if last else None
    return StoryPage(tuple(rows), cursor)


def _filters(conn: Connection, query: StoryQuery) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a query (an empty list lists everything)."""
    table = schema.story_index
    conditions: list[ColumnElement[bool]] = []
    if query.q and (matched := _search_ids(conn, query.q)) is not None:
        conditions.append(table.c.story_id.in_(matched))
    if query.outlet:
        outlets = schema.story_outlets
        found = select(outlets.c.story_id).where(outlets.c.outlet == query.outlet)
        conditions.append(table.c.story_id.in_(found))
    if query.entity:
        conditions.append(table.c.story_id.in_(_entity_story_ids(query.entity)))
    if query.has_contradictions is not None:
        has = table.c.contradictions > 0
        conditions.append(has if query.has_contradictions else ~has)
    if query.since:
        conditions.append(table.c.last_published >= query.since)
    if query.until:
        conditions.append(table.c.first_published <= query.until + UNTIL_END)
    return conditions


def _search_ids(conn: Connection, q: str) -> TextualSelect | None:
    """Ids of the stories holding every word of ``q`` (None: ``q`` has no word)."""
    words = re.findall(r"\w+", q)
    if not words:
        return None
    if conn.dialect.name == "postgresql":
        match = text(
            "SELECT story_id FROM story_search WHERE document @@ plainto_tsquery('english', :q)"
        )
        params = {"q": " ".join(words)}
    else:
        match = text("SELECT story_id FROM story_search WHERE story_search MATCH :q")
        params = {"q": " ".join(f'"{word}"' for word in words)}
    return match.bindparams(**params).columns(story_id=String)


def _entity_story_ids(entity: str) -> Select[Any]:
    """Stories naming the entity, given its id or any spelling of it (case-folded)."""
    spellings = schema.entity_spellings
    return select(spellings.c.story_id).where(
        or_(spellings.c.entity_id == entity, spellings.c.folded == entity.casefold())
    )


def find_entity(conn: Connection, entity_id: str) -> EntityRecord | None:
    """The entity with its spellings and stories (newest first), if any story names it."""
    table = schema.story_entities
    named = conn.execute(
        select(table.c.name, table.c.type, table.c.mentions).where(table.c.entity_id == entity_id)
    ).all()
    if not named:
        return None
    spellings = schema.entity_spellings
    seen = conn.execute(
        select(spellings.c.spelling).where(spellings.c.entity_id == entity_id).distinct()
    ).scalars()
    index = schema.story_index
    stories = conn.execute(
        select(index)
        .where(index.c.story_id.in_(select(table.c.story_id).where(table.c.entity_id == entity_id)))
        .order_by(index.c.updated.desc(), index.c.story_id)
    )
    best = max(named, key=lambda row: row.mentions)
    return EntityRecord(
        id=entity_id,
        name=best.name,
        type=best.type,
        spellings=tuple(sorted(seen, key=str.casefold)),
        stories=tuple(_row(row) for row in stories),
    )


def _row(row: Any) -> StoryRow:
    return StoryRow(
        id=row.story_id,
        title=row.title,
        outlets=tuple(json.loads(row.outlets)),
        independent_sources=row.independent_sources,
        articles=row.articles,
        corroborated=row.corroborated,
        single_source=row.single_source,
        contested=row.contested,
        contradictions=row.contradictions,
        first_published=row.first_published,
        last_published=row.last_published,
    )


def _encode_cursor(value: str | int, story_id: str) -> str:
    raw = json.dumps([value, story_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: Sort) -> tuple[str | int, str]:
    """The (sort key, story id) a cursor holds; a cursor from another sort is refused."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, story_id = json.loads(raw)
    except (binascii.Error, ValueError, TypeError) as error:
        raise InputError(
            "cursor", "not a cursor this server gave; start from the first page"
        ) from error
    expected = str if sort == "updated" else int
    if not isinstance(value, expected) or not isinstance(story_id, str):
        raise InputError("cursor", f"not a cursor of the list sorted by {sort}")
    return value, story_id
