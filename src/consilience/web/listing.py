"""The story list's search, filters, sort and paging: one model for the API and the page."""

from __future__ import annotations

from urllib.parse import urlencode

from pydantic import BaseModel, Field

from consilience.api import MAX_LIMIT, Sort, StoryQuery

ISO_DATE = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"


class StoryFilters(BaseModel):
    """Which stories to list; every field may be left out."""

    q: str | None = Field(
        default=None, max_length=500, description="words to find in titles, claims and entity names"
    )
    outlet: str | None = Field(
        default=None, max_length=500, description="only stories this outlet covered"
    )
    entity: str | None = Field(
        default=None,
        max_length=500,
        description="only stories naming this entity: its id or any spelling",
    )
    has_contradictions: bool | None = Field(
        default=None, description="only stories with (true) or without (false) contradictions"
    )
    since: str | None = Field(
        default=None, pattern=ISO_DATE, description="last article published on or after (ISO 8601)"
    )
    until: str | None = Field(
        default=None,
        pattern=ISO_DATE,
        description="first article published on or before (ISO 8601)",
    )
    sort: Sort = Field(
        default="updated",
        description="newest article, most outlets or most disputes (contested + contradictions)",
    )
    limit: int = Field(default=50, ge=1, le=MAX_LIMIT, description="stories per page")
    cursor: str | None = Field(
        default=None, max_length=500, description="the next page's cursor, from the previous page"
    )

    def query(self) -> StoryQuery:
        """The store's query for these filters."""
        return StoryQuery(**self.model_dump())

    def link(self, path: str, cursor: str | None) -> str:
        """The URL of ``path`` with these filters and another cursor (None: the first page)."""
        fields = self.model_dump(exclude_defaults=True, exclude={"cursor"})
        values = {k: str(v).lower() if isinstance(v, bool) else v for k, v in fields.items()}
        if cursor:
            values["cursor"] = cursor
        return f"{path}?{urlencode(values)}" if values else path
