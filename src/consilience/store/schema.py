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


MIGRATIONS: tuple[Migration, ...] = (_initial, _wire_origin_and_fetch_state)


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
    for version in range(current + 1, len(MIGRATIONS) + 1):
        with engine.begin() as conn:
            MIGRATIONS[version - 1](conn)
            conn.execute(schema_version.update().values(version=version))
    return len(MIGRATIONS)
