"""Where consilience keeps articles and analyses: SQLite by default, PostgreSQL by URL."""

from consilience.errors import StoreError
from consilience.store.store import AddResult, Store, database_url

__all__ = ["AddResult", "Store", "StoreError", "database_url"]
