"""The REST API under /api/: stories and reports as in the JSON contract, articles in and out."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException
from pydantic import BaseModel, Field

from consilience.engines import Engine
from consilience.ingest.article import make_article
from consilience.model import Article
from consilience.pipeline import build_report, run
from consilience.report import report_to_dict
from consilience.store import Store
from consilience.web import pages

MAX_ARTICLES = 1000
VISIBLE = r"[^\s\x1c-\x1f\x85]"
"""Text must hold a character that ``str.strip`` keeps (it also strips \\x1c-\\x1f and
\\x85, which JSON Schema's ECMA ``\\s`` does not count as space)."""


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


Articles = Annotated[list[ArticleIn], Body(min_length=1, max_length=MAX_ARTICLES)]
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem}}
REFUSED: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "an article cannot be read"},
    413: {"model": Problem, "description": "the request body is over the size limit"},
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
    last_update: str | None


class Added(BaseModel):
    """What happened to the posted articles: their ids and the stories they joined."""

    added: list[str]
    duplicates: list[str]
    stories: dict[str, str] = Field(description="article id -> story id")


def api_router(store: Store, engine: Engine | None) -> APIRouter:
    """The /api/ routes over one store."""
    router = APIRouter(prefix="/api", tags=["api"])

    @router.get("/stories", response_model=list[StorySummaryOut])
    def list_stories() -> list[StorySummaryOut]:
        """Every stored story with its counts, most recently updated first."""
        return [
            StorySummaryOut(**{**vars(row), "outlets": list(row.outlets)})
            for row in pages.summaries(store)
        ]

    @router.get("/stories/{story_id}", responses=NOT_FOUND)
    def get_story(story_id: str) -> dict[str, Any]:
        """A report (JSON contract) holding this one story and its articles."""
        story = store.load_story(story_id)
        if story is None:
            raise HTTPException(404, f"no story with id {story_id!r}")
        return report_to_dict(build_report(store, [story], {}))

    @router.get("/articles/{article_id}", responses=NOT_FOUND)
    def get_article(article_id: str) -> ArticleOut:
        """A stored article, its extracted text and the story it joined."""
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        story = pages.story_of(store, article_id)
        return ArticleOut(**vars(article), story_id=story.id if story else None)

    @router.post("/articles", responses=REFUSED)
    def post_articles(items: Articles) -> Added:
        """Store articles, group them into stories and cross-check the stories they touch."""
        articles = _articles(items)
        before = {a.id for a in articles if store.get_article(a.id) is not None}
        report = run(articles, store=store, engine=engine).report
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
            return report_to_dict(run(articles, store=store, engine=engine).report)
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "a.db") as scratch:
            return report_to_dict(run(articles, store=scratch, engine=engine).report)

    return router


def _articles(items: Articles) -> list[Article]:
    if not items:
        raise HTTPException(422, "send at least one article")
    return [
        make_article(f"article {n}", **item.model_dump()) for n, item in enumerate(items, start=1)
    ]
