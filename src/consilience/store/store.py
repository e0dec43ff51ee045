"""The Store: articles, the annotation cache, story assignments and stories.

SQLAlchemy Core over SQLite (WAL) by default and PostgreSQL through the same code.
Every write is one transaction per batch, so a crash loses at most the batch in
flight and never leaves half an article.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    exc,
    func,
    make_url,
    select,
)
from sqlalchemy.engine import URL

from consilience.errors import StoreError
from consilience.model import (
    AnnotatedArticle,
    Article,
    Story,
)
from consilience.store import index, schema
from consilience.store.annotations import annotated_from_row, annotation_row
from consilience.store.index import EntityRecord, StoryPage, StoryQuery
from consilience.store.rows import ARTICLE_COLUMNS, article_from_row, article_row
from consilience.store.serialize import loads, to_jsonable
from consilience.store.writes import migrate_retrying, stories_lock, upsert

DEFAULT_PATH = Path("consilience.db")
CHUNK = 500
"""Ids per ``IN (...)`` query: well under SQLite's and PostgreSQL's parameter limits."""
BUSY_TIMEOUT_MS = 60_000
"""How long a SQLite writer waits for another process's transaction before failing."""


@dataclass(frozen=True)
class AddResult:
    """Which of the offered articles were new and which the store already held."""

    added: tuple[str, ...]
    duplicates: tuple[str, ...]


def database_url(url: str | Path | None) -> URL:
    """The SQLAlchemy URL for a file path, a URL, or None (``./consilience.db``)."""
    if url is None or isinstance(url, Path) or "://" not in url:
        path = Path(url) if url is not None else DEFAULT_PATH
        return URL.create("sqlite", database=str(path.expanduser().resolve()))
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url.removeprefix(plain)
    try:
        return make_url(url)
    except exc.ArgumentError as error:
        raise StoreError(f"{url}: not a database URL ({error})") from error


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL lets readers run while a batch is written; wait rather than fail when busy."""
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: switching to WAL may wait
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _open_engine(url: URL) -> Engine:
    """An engine with the schema migrated; any failure is a StoreError naming the URL."""
    shown = url.render_as_string(hide_password=True)
    if url.get_backend_name() == "sqlite" and url.database:
        parent = Path(url.database).parent
        if not parent.is_dir():
            raise StoreError(f"{shown}: cannot open the database (folder {parent} does not exist)")
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate_retrying(engine)
    except (exc.SQLAlchemyError, ImportError) as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise StoreError(f"{shown}: cannot open the database ({reason})") from error
    return engine


def _chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Store:
    """Where articles and everything computed from them are kept between runs."""

    def __init__(self, url: str | Path | None = None) -> None:
        self._url = database_url(url)
        self._engine = _open_engine(self._url)

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self._url.render_as_string(hide_password=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release every connection."""
        self._engine.dispose()

    @contextmanager
    def stories_lock(self) -> Iterator[None]:
        """Wait until no other process assigns or cross-checks this store's stories."""
        with stories_lock(self._engine):
            yield

    # articles

    def add_articles(
        self,
        articles: Iterable[Article],
        batch_size: int = 200,
        origins: Mapping[str, str] | None = None,
    ) -> AddResult:
        """Store the articles not yet held, one transaction per batch.

        ``origins`` maps an article id to the path or URL it was read from.
        """
        added: list[str] = []
        duplicates: list[str] = []
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            new, seen = self._add_batch(batch, origins or {})
            added.extend(new)
            duplicates.extend(seen)
        return AddResult(tuple(added), tuple(duplicates))

    def _add_batch(
        self, batch: Sequence[Article], origins: Mapping[str, str]
    ) -> tuple[list[str], list[str]]:
        rows: dict[str, dict[str, Any]] = {}
        for article in batch:
            rows.setdefault(article.id, article_row(article, origins.get(article.id)))
        with self._write() as conn:
            fresh = upsert(conn, schema.articles, list(rows.values()), ("id",), update=False)
        added: list[str] = []
        duplicates: list[str] = []
        for article in batch:
            (added if article.id in fresh else duplicates).append(article.id)
            fresh.discard(article.id)
        return added, duplicates

    def get_article(self, article_id: str) -> Article | None:
        """The stored article with this id, if any."""
        query = select(*ARTICLE_COLUMNS).where(schema.articles.c.id == article_id)
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
        return article_from_row(row) if row else None

    def iter_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles in publication order (undated last, by ingest order), streamed.

        With ``ids``, only those (unknown ids are skipped); the order is still by date.
        """
        if ids is None:
            yield from self._stream_all()
            return
        keys: list[tuple[bool, str, int, str]] = []
        table = schema.articles
        with self._engine.connect() as conn:
            for chunk in _chunks(dict.fromkeys(ids)):
                query = select(table.c.published, table.c.seq, table.c.id).where(
                    table.c.id.in_(chunk)
                )
                keys.extend(
                    (r.published is None, r.published or "", r.seq, r.id)
                    for r in conn.execute(query)
                )
        keys.sort()
        for chunk in _chunks(key[3] for key in keys):
            found = self._fetch(chunk)
            yield from (found[i] for i in chunk)

    def article_ids(self) -> list[str]:
        """Every article id in the order `iter_articles()` gives, without reading any text."""
        table = schema.articles
        query = select(table.c.id).order_by(
            table.c.published.is_(None), table.c.published, table.c.seq
        )
        with self._engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def _stream_all(self) -> Iterator[Article]:
        """Every article, fetched a page at a time by keyset so memory stays flat."""
        table = schema.articles
        last_seq = -1
        dated = True
        last_published = ""
        while True:
            query = select(*ARTICLE_COLUMNS, table.c.seq).limit(CHUNK)
            if dated:
                query = query.where(
                    table.c.published.is_not(None),
                    (table.c.published > last_published)
                    | ((table.c.published == last_published) & (table.c.seq > last_seq)),
                ).order_by(table.c.published, table.c.seq)
            else:
                query = query.where(table.c.published.is_(None), table.c.seq > last_seq)
                query = query.order_by(table.c.seq)
            with self._engine.connect() as conn:
                rows = conn.execute(query).all()
            yield from (article_from_row(row) for row in rows)
            if len(rows) == CHUNK:
                last_seq, last_published = rows[-1].seq, rows[-1].published or ""
            elif dated:
                dated, last_seq = False, -1
            else:
                return

    def _fetch(self, ids: Sequence[str]) -> dict[str, Article]:
        query = select(*ARTICLE_COLUMNS).where(schema.articles.c.id.in_(ids))
        with self._engine.connect() as conn:
            return {row.id: article_from_row(row) for row in conn.execute(query)}

    def article_count(self) -> int:
        """How many articles the store holds."""
        with self._engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar_one())

    # annotations

    def save_annotations(self, items: Sequence[AnnotatedArticle], pipeline_version: str) -> None:
        """Cache what the language models found, keyed by article id and pipeline version."""
        table = schema.annotation_cache
        rows = [annotation_row(item, pipeline_version) for item in items]
        with self._write() as conn:
            upsert(conn, table, rows, ("article_id", "pipeline_version"), update=True)

    def missing_annotations(self, ids: Sequence[str] | None, pipeline_version: str) -> list[str]:
        """Those of ``ids`` (None: every article) with no cached annotation for this version.

        Reads ids only, never article texts.
        """
        articles, cache = schema.articles, schema.annotation_cache
        cached = select(cache.c.article_id).where(cache.c.pipeline_version == pipeline_version)
        query = select(articles.c.id).where(articles.c.id.not_in(cached)).order_by(articles.c.seq)
        with self._engine.connect() as conn:
            if ids is None:
                return list(conn.execute(query).scalars())
            missing: set[str] = set()
            for chunk in _chunks(ids):
                missing.update(conn.execute(query.where(articles.c.id.in_(chunk))).scalars())
        return [i for i in ids if i in missing]

    def annotations_of(
        self, articles: Sequence[Article], pipeline_version: str
    ) -> dict[str, AnnotatedArticle]:
        """The cached annotations of these articles for this pipeline version (misses left out).

        The caller passes the articles it already holds, so none is read twice.
        """
        table = schema.annotation_cache
        by_id = {a.id: a for a in articles}
        found: dict[str, AnnotatedArticle] = {}
        for chunk in _chunks(by_id):
            query = select(table).where(
                table.c.article_id.in_(chunk), table.c.pipeline_version == pipeline_version
            )
            with self._engine.connect() as conn:
                for row in conn.execute(query):
                    found[row.article_id] = annotated_from_row(by_id[row.article_id], row)
        return found

    # stories

    def save_assignments(self, mapping: Mapping[str, str]) -> None:
        """Record (or change) which story each article belongs to."""
        rows = [{"article_id": a, "story_id": s} for a, s in mapping.items()]
        with self._write() as conn:
            upsert(conn, schema.assignments, rows, ("article_id",), update=True)

    def load_assignments(self) -> dict[str, str]:
        """Article id -> story id for every assigned article."""
        table = schema.assignments
        with self._engine.connect() as conn:
            rows = conn.execute(select(table.c.article_id, table.c.story_id))
            return {row.article_id: row.story_id for row in rows}

    def story_of(self, article_id: str) -> str | None:
        """The id of the story an article was assigned to, if any (one indexed lookup)."""
        table = schema.assignments
        query = select(table.c.story_id).where(table.c.article_id == article_id)
        with self._engine.connect() as conn:
            found: str | None = conn.execute(query).scalar()
        return found

    def save_story(self, story: Story, pipeline_version: str) -> None:
        """Keep a story's cross-check, replacing any earlier one with the same id."""
        data = json.dumps(to_jsonable(story), ensure_ascii=False, separators=(",", ":"))
        row = {"id": story.id, "pipeline_version": pipeline_version, "data": data}
        with self._write() as conn:
            upsert(conn, schema.stories, [row], ("id",), update=True)
            index.write(conn, story)

    def load_story(self, story_id: str) -> Story | None:
        """The stored story with this id, if any."""
        query = select(schema.stories.c.data).where(schema.stories.c.id == story_id)
        with self._engine.connect() as conn:
            data = conn.execute(query).scalar()
        return loads(Story, data) if data is not None else None

    def story_digest(self, story_id: str) -> str | None:
        """A digest of the stored story, new whenever it is re-cross-checked: a cache key."""
        query = select(schema.stories.c.data).where(schema.stories.c.id == story_id)
        with self._engine.connect() as conn:
            data = conn.execute(query).scalar()
        return hashlib.blake2b(data.encode(), digest_size=16).hexdigest() if data else None

    def list_stories(self) -> list[Story]:
        """Every stored story, by id."""
        query = select(schema.stories.c.data).order_by(schema.stories.c.id)
        with self._engine.connect() as conn:
            return [loads(Story, data) for data in conn.execute(query).scalars()]

    def find_stories(self, query: StoryQuery | None = None) -> StoryPage:
        """A page of the story list, searched and filtered on the index alone."""
        with self._engine.connect() as conn:
            return index.find_stories(conn, query or StoryQuery())

    def find_entity(self, entity_id: str) -> EntityRecord | None:
        """An entity's spellings and the stories naming it, if any story does."""
        with self._engine.connect() as conn:
            return index.find_entity(conn, entity_id)

    # watched sources

    def fetch_state(self, source: str) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) a watched source last answered; (None, None) if never."""
        table = schema.fetch_state
        query = select(table.c.etag, table.c.last_modified).where(table.c.source == source)
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def save_fetch_state(self, source: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a source's validators, for the next round's conditional request."""
        row = {"source": source, "etag": etag, "last_modified": last_modified}
        with self._write() as conn:
            upsert(conn, schema.fetch_state, [row], ("source",), update=True)

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs an article was stored from (its URL, or where it was read)."""
        table = schema.articles
        found: set[str] = set()
        with self._engine.connect() as conn:
            for chunk in _chunks(dict.fromkeys(urls)):
                held = table.c.url.in_(chunk) | table.c.origin.in_(chunk)
                for row in conn.execute(select(table.c.url, table.c.origin).where(held)):
                    found.update({row.url, row.origin} & set(chunk))
        return found

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One transaction; a database failure becomes a StoreError naming the store."""
        try:
            with self._engine.begin() as conn:
                yield conn
        except exc.SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            raise StoreError(f"{self.url}: cannot write ({reason})") from error
