"""Tables and ordered migrations; the database records which migrations it has run.

A migration is a function of a connection, run in its own transaction together with
the bump of ``schema_version``, so an interrupted upgrade leaves the old version.
Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
)

from consilience.errors import StoreError

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(40)),
    Column("language", String(20)),
    Column("text", Text, nullable=False),
    Column("origin", Text),
    Column("wire_origin", Text),
)
Index("articles_order", articles.c.published, articles.c.seq)
BY_LINK = (Index("articles_url", articles.c.url), Index("articles_origin", articles.c.origin))
"""A watched feed's entries are known by their article's URL or where it was read from."""

annotation_cache = Table(
    "annotations",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("pipeline_version", String(40), primary_key=True),
    Column("data", Text, nullable=False),
    Column("dim", Integer, nullable=False),
    Column("embeddings", LargeBinary, nullable=False),
    Column("vector", LargeBinary, nullable=False),
)

assignments = Table(
    "assignments",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("story_id", String(64), nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("pipeline_version", String(40), nullable=False),
    Column("data", Text, nullable=False),
)

story_index = Table(
    "story_index",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("outlets", Text, nullable=False),
    Column("outlet_count", Integer, nullable=False),
    Column("independent_sources", Integer, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("corroborated", Integer, nullable=False),
    Column("single_source", Integer, nullable=False),
    Column("contested", Integer, nullable=False),
    Column("contradictions", Integer, nullable=False),
    Column("disputes", Integer, nullable=False),
    Column("first_published", String(40)),
    Column("last_published", String(40)),
    Column("updated", String(40), nullable=False),
)
Index("story_index_updated", story_index.c.updated, story_index.c.story_id)
Index("story_index_outlets", story_index.c.outlet_count, story_index.c.story_id)
Index("story_index_disputes", story_index.c.disputes, story_index.c.story_id)

story_outlets = Table(
    "story_outlets",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("outlet", Text, primary_key=True),
)
Index("story_outlets_outlet", story_outlets.c.outlet)

story_entities = Table(
    "story_entities",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(40), nullable=False),
    Column("mentions", Integer, nullable=False),
)
Index("story_entities_entity", story_entities.c.entity_id)

entity_spellings = Table(
    "entity_spellings",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("spelling", Text, primary_key=True),
    Column("folded", Text, nullable=False),
)
Index("entity_spellings_folded", entity_spellings.c.folded)
Index("entity_spellings_entity", entity_spellings.c.entity_id)

INDEX_TABLES = (story_index, story_outlets, story_entities, entity_spellings)

fetch_state = Table(
    "fetch_state",
    metadata,
    Column("source", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
)
"""What a watched source last answered (HTTP validators, or a file's size and time)."""

Migration = Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    """Version 1: articles, the annotation cache, story assignments and stories."""
    metadata.create_all(conn, tables=[articles, annotation_cache, assignments, stories])


def _wire_origin_and_fetch_state(conn: Connection) -> None:
    """Version 2: the wire agency an article credits, and watched sources' validators."""
    # Version 1 creates the articles table as the code defines it, so a new database has it.
    if "wire_origin" not in {column["name"] for column in inspect(conn).get_columns("articles")}:
        conn.execute(text("ALTER TABLE articles ADD COLUMN wire_origin TEXT"))
    for index in BY_LINK:
        index.create(conn, checkfirst=True)
    metadata.create_all(conn, tables=[fetch_state])


def _story_index(conn: Connection) -> None:
    """Version 3: the story list's counts, outlets, entities and full-text search.

    Stories already stored are indexed here, so an upgraded store lists them at once.
    """
    from consilience.store import index  # builds on the tables above, so imported late

    metadata.create_all(conn, tables=list(INDEX_TABLES))
    index.create_search(conn)
    index.rebuild(conn)


MIGRATIONS: tuple[Migration, ...] = (_initial, _wire_origin_and_fetch_state, _story_index)


def migrate(engine: Engine) -> int:
    """Bring the database up to the newest schema; return the version it is at."""
    with engine.begin() as conn:
        schema_version.create(conn, checkfirst=True)
        current = conn.execute(select(schema_version.c.version)).scalar()
        if current is None:
            conn.execute(schema_version.insert().values(version=0))
            current = 0
    if current > len(MIGRATIONS):
        raise StoreError(
            f"the database has schema version {current}, newer than this consilience "
            f"({len(MIGRATIONS)}); upgrade consilience"
        )
    apply_migrations(engine, after=current)
    return len(MIGRATIONS)


def apply_migrations(engine: Engine, after: int) -> None:
    """Apply the migrations past version ``after``, each in its own transaction.

    ``after`` may be stale: a migration another process applied meanwhile is skipped.
    """
    for version in range(after + 1, len(MIGRATIONS) + 1):
        with engine.begin() as conn:
            if _applied(conn) >= version:
                continue
            MIGRATIONS[version - 1](conn)
            conn.execute(schema_version.update().values(version=version))


MIGRATION_LOCK = 0x6D696772
"""PostgreSQL advisory lock key ("migr") held by the transaction applying one migration."""


def _applied(conn: Connection) -> int:
    """The version applied, read after taking the migration lock (PostgreSQL).

    Two processes opening one store may both find it behind; without the lock the later
    one re-runs a migration the first already committed, and its re-indexing of stored
    stories collides with the stories the first is already writing.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
    return int(conn.execute(select(schema_version.c.version)).scalar() or 0)
