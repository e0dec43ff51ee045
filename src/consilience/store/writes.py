"""Writes that stay correct when several processes use one store at the same moment."""

from __future__ import annotations

import fcntl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, exc, func, select
from sqlalchemy.dialects import postgresql, sqlite

from consilience.store import schema

MIGRATE_ATTEMPTS = 20
"""Tries at migrating when other processes open the same new database at the same moment."""


def migrate_retrying(engine: Engine) -> None:
    """Migrate, retrying while another process is creating the same tables.

    Two processes opening one new store race between "does the table exist" and
    "create it"; the loser's error goes once the winner's migration is committed.
    """
    for attempt in range(MIGRATE_ATTEMPTS):
        try:
            schema.migrate(engine)
            return
        except (exc.OperationalError, exc.IntegrityError, exc.ProgrammingError):
            if attempt == MIGRATE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def upsert(
    conn: Connection, table: Table, rows: list[dict[str, Any]], keys: Sequence[str], update: bool
) -> set[str]:
    """Insert rows, skipping (with ``update``: replacing) those whose ``keys`` are held.

    One statement, so two processes writing the same key never fail on the unique
    constraint; returns the first key of the rows actually inserted or replaced.
    """
    if not rows:
        return set()
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    if update:
        changed = {c.name: statement.excluded[c.name] for c in table.c if c.name not in keys}
        statement = statement.on_conflict_do_update(index_elements=keys, set_=changed)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=keys)
    return set(conn.execute(statement.returning(table.c[keys[0]]), rows).scalars())


STORIES_LOCK = 0x636F6E73
"""PostgreSQL advisory lock key ("cons") held while stories are assigned and cross-checked."""


@contextmanager
def stories_lock(engine: Engine) -> Iterator[None]:
    """One process at a time assigns and cross-checks stories of this store.

    Two analyses interleaving would each cluster without the other's new articles and
    overwrite each other's stories. PostgreSQL: an advisory lock; SQLite: an flock on a
    ``.lock`` file beside the database (never on the database file itself, whose
    POSIX locks closing another handle would drop).
    """
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(select(func.pg_advisory_lock(STORIES_LOCK)))
            try:
                yield
            finally:
                conn.execute(select(func.pg_advisory_unlock(STORIES_LOCK)))
                conn.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    with Path(f"{database}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
