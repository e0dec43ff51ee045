"""The REST API under /api/: stories and reports as in the JSON contract, articles in and out."""

from __future__ import annotations

import json
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Query, Response
from pydantic import BaseModel, Field

from consilience import api as public
from consilience.api import Engine, Store, StoryRow, make_article, story_report
from consilience.errors import InputError
from consilience.model import Article, Fidelity
from consilience.report import report_to_dict
from consilience.web.budget import Budget
from consilience.web.cache import RenderCache
from consilience.web.entities import entity_view
from consilience.web.listing import StoryFilters

MAX_ARTICLES = 1000
VISIBLE = r"[^\s\x00-\x1f\x7f-\x9f]"
"""Text must hold a character that survives normalisation: not a space (``str.strip`` also
strips \\x1c-\\x1f and \\x85, which JSON Schema's ECMA ``\\s`` does not count as space)
and not a control character, which `make_article` removes."""


class ArticleIn(BaseModel):
    """An article as a JSONL line gives it."""

    source: str = Field(min_length=1, max_length=500)
    text: str = Field(pattern=VISIBLE, description="must hold a character that is not a space")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str | None = Field(None, description='the wire agency it credits ("AP"), if any')


class Problem(BaseModel):
    """Why a request was refused."""

    detail: str


PAGING_HEADERS = {
    "Link": {"description": 'the next page, as `<url>; rel="next"`', "schema": {"type": "string"}},
    "X-Next-Cursor": {"description": "the next page's cursor", "schema": {"type": "string"}},
}
Articles = Annotated[list[ArticleIn], Body(min_length=1, max_length=MAX_ARTICLES)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}
REFUSED: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "an article cannot be read"},
    413: {"model": Problem, "description": "the request body is over the size limit"},
    503: {
        "model": Problem,
        "description": "busy with other analyses, or this one ran past its time budget "
        "and was stopped (articles stored so far are kept)",
    },
}


class ArticleOut(BaseModel):
    """A stored article with its extracted text."""

    id: str
    source: str
    title: str | None
    url: str | None
    published: str | None
    language: str | None
    text: str
    origin: str | None = None
    story_id: str | None


class StorySummaryOut(BaseModel):
    """One story of the list: counts of what its outlets agree and disagree on."""

    id: str
    title: str
    outlets: list[str]
    independent_sources: int
    articles: int
    corroborated: int
    single_source: int
    contested: int
    contradictions: int
    first_published: str | None
    last_update: str | None = Field(description="when the story's last article was published")

    @classmethod
    def of(cls, row: StoryRow) -> StorySummaryOut:
        """The API form of an index row."""
        fields = {**vars(row), "outlets": list(row.outlets), "last_update": row.last_published}
        return cls.model_validate({k: v for k, v in fields.items() if k != "last_published"})


class RenderingOut(BaseModel):
    """One outlet's wording of a quote and its fidelity to the canonical words."""

    article_id: str
    outlet: str
    text: str
    fidelity: Fidelity


class EntityQuoteOut(BaseModel):
    """Something the entity said in one story, as each outlet rendered it."""

    story_id: str
    story_title: str
    canonical: str
    renderings: list[RenderingOut]


class EntityOut(BaseModel):
    """An entity across stored stories: every spelling seen, its stories and its quotes."""

    id: str
    name: str
    type: str
    spellings: list[str]
    stories: list[StorySummaryOut]
    quotes: list[EntityQuoteOut]


class Added(BaseModel):
    """What happened to the posted articles: their ids and the stories they joined."""

    added: list[str]
    duplicates: list[str]
    stories: dict[str, str] = Field(description="article id -> story id")


def api_router(
    store: Store, engine: Engine | None, budget: Budget, cache: RenderCache
) -> APIRouter:
    """The /api/ routes over one store; each analysis runs within ``budget``."""
    router = APIRouter(prefix="/api", tags=["api"])

    @router.get(
        "/stories",
        responses={
            200: {"headers": PAGING_HEADERS},
            404: {"model": Problem, "description": "the cursor names no page of this list"},
        },
    )
    def list_stories(
        filters: Annotated[StoryFilters, Query()], response: Response
    ) -> list[StorySummaryOut]:
        """A page of stories with their counts: searched, filtered and sorted.

        The next page's URL is in the ``Link`` header (``rel="next"``), its cursor in
        ``X-Next-Cursor``; the last page has neither.
        """
        try:
            page = store.find_stories(filters.query())
        except InputError as error:
            raise HTTPException(404, f"no such page of the list: {error.problem}") from error
        if page.next_cursor:
            response.headers["Link"] = (
                f'<{filters.link("/api/stories", page.next_cursor)}>; rel="next"'
            )
            response.headers["X-Next-Cursor"] = page.next_cursor
        return [StorySummaryOut.of(row) for row in page.rows]

    @router.get("/entities/{entity_id}", responses=NOT_FOUND)
    def get_entity(entity_id: str) -> EntityOut:
        """An entity: every spelling seen, the stories naming it and its quotes by outlet."""
        view = entity_view(store, entity_id)
        if view is None:
            raise HTTPException(404, f"no entity with id {entity_id!r}")
        record = view.entity
        return EntityOut(
            id=record.id,
            name=record.name,
            type=record.type,
            spellings=list(record.spellings),
            stories=[StorySummaryOut.of(row) for row in record.stories],
            quotes=[EntityQuoteOut.model_validate(asdict(quote)) for quote in view.quotes],
        )

    @router.get("/stories/{story_id}", response_model=dict[str, Any], responses=NOT_FOUND)
    def get_story(story_id: str) -> Response:
        """A report (JSON contract) holding this one story and its articles."""
        digest = store.story_digest(story_id)
        if digest is None:
            raise HTTPException(404, f"no story with id {story_id!r}")

        def render() -> bytes:
            report = story_report(store, story_id)
            if report is None:
                raise HTTPException(404, f"story {story_id!r} was removed just now")
            return _json(report_to_dict(report))

        body = cache.get(("report", story_id, digest), render)
        return Response(body, media_type="application/json")

    @router.get("/articles/{article_id}", responses=NOT_FOUND)
    def get_article(article_id: str) -> ArticleOut:
        """A stored article, its extracted text and the story it joined."""
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return ArticleOut(**vars(article), story_id=store.story_of(article_id))

    @router.post("/articles", responses=REFUSED)
    def post_articles(items: Articles) -> Added:
        """Store articles, group them into stories and cross-check the stories they touch."""
        articles = _articles(items)
        before = {a.id for a in articles if store.get_article(a.id) is not None}
        report = public.analyze(articles, store=store, engine=engine, progress=budget.hook()).report
        joined = {i: s.id for s in report.stories for i in s.article_ids}
        return Added(
            added=[a.id for a in articles if a.id not in before],
            duplicates=[a.id for a in articles if a.id in before],
            stories={a.id: joined[a.id] for a in articles if a.id in joined},
        )

    @router.post("/analyze", responses=REFUSED)
    def analyze(items: Articles, keep: bool = False) -> dict[str, Any]:
        """Cross-check the articles and answer with the report; stored only with ``keep``."""
        articles = _articles(items)
        if keep:
            return _report(articles, store, engine, budget)
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "a.db") as scratch:
            return _report(articles, scratch, engine, budget)

    return router


def _json(content: dict[str, Any]) -> bytes:
    """JSON as FastAPI's JSONResponse writes it."""
    return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _report(
    articles: list[Article], store: Store, engine: Engine | None, budget: Budget
) -> dict[str, Any]:
    analysis = public.analyze(articles, store=store, engine=engine, progress=budget.hook())
    return report_to_dict(analysis.report)


def _articles(items: Articles) -> list[Article]:
    if not items:
        raise HTTPException(422, "send at least one article")
    return [
        make_article(f"article {n}", **item.model_dump()) for n, item in enumerate(items, start=1)
    ]
