"""Where consilience keeps articles and analyses: SQLite by default, PostgreSQL by URL."""

from consilience.errors import StoreError
from consilience.store.index import EntityRecord, StoryPage, StoryQuery, StoryRow
from consilience.store.store import AddResult, Store, database_url

__all__ = [
    "AddResult",
    "EntityRecord",
    "Store",
    "StoreError",
    "StoryPage",
    "StoryQuery",
    "StoryRow",
    "database_url",
]
