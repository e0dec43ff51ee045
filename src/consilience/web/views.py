"""The HTML pages: story list, story, article and the analyse form (they work without JS)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from consilience.api import Engine, Input, Store, analyze
from consilience.errors import ConsilienceError, InputError
from consilience.model import Article
from consilience.report import render
from consilience.report.view import template_environment
from consilience.web import pages
from consilience.web.budget import Budget
from consilience.web.cache import RenderCache
from consilience.web.entities import entity_view
from consilience.web.exports import claims_csv
from consilience.web.listing import StoryFilters

EXPORTS = {"json": "application/json", "md": "text/markdown", "html": "text/html"}
"""Report downloads: format (the file extension) -> media type."""


def templates() -> Jinja2Templates:
    """Templates with autoescaping on: every article string is untrusted."""
    return Jinja2Templates(env=template_environment("consilience.web"))


def views_router(
    store: Store, engine: Engine | None, budget: Budget, cache: RenderCache
) -> APIRouter:
    """The HTML routes over one store (left out of the OpenAPI spec)."""
    router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

    @router.get("/")
    def index(request: Request) -> Response:
        given = {k: v for k, v in request.query_params.items() if v.strip()}
        try:
            filters = StoryFilters.model_validate(given)
            page = store.find_stories(filters.query())
        except (ValidationError, InputError) as error:
            message = _first_problem(error)
            return _page(
                request,
                "index.html.j2",
                400,
                rows=(),
                filters=StoryFilters(),
                error=message,
                searched=True,
                next=None,
                first=None,
            )
        more = filters.link("/", page.next_cursor) if page.next_cursor else None
        first = filters.link("/", None) if filters.cursor else None
        return _page(
            request,
            "index.html.j2",
            rows=page.rows,
            filters=filters,
            searched=bool(filters.model_dump(exclude_defaults=True)),
            next=more,
            first=first,
            error=None,
        )

    @router.get("/stories/{story_id}")
    def story(request: Request, story_id: str) -> Response:
        digest = store.story_digest(story_id)
        if digest is None:
            return _missing(request, f"There is no story with id “{story_id}”.")

        def render() -> bytes:
            found = store.load_story(story_id)
            if found is None:
                raise HTTPException(404, f"story {story_id!r} was removed just now")
            page = templates().get_template("story.html.j2")
            return page.render(view=pages.story_view(store, found)).encode()

        return HTMLResponse(cache.get(("page", story_id, digest), render))

    @router.get("/stories/{story_id}/claims.csv")
    def story_csv(request: Request, story_id: str) -> Response:
        found = store.load_story(story_id)
        if found is None:
            return _missing(request, f"There is no story with id “{story_id}”.")
        body = claims_csv(pages.story_report(store, found))
        return _download(body, "text/csv", f"{story_id}-claims.csv")

    @router.get("/stories/{story_id}/report.{fmt}")
    def story_report(request: Request, story_id: str, fmt: str) -> Response:
        found = store.load_story(story_id)
        if found is None or fmt not in EXPORTS:
            return _missing(request, f"There is no report “{story_id}/report.{fmt}”.")
        body = render(pages.story_report(store, found), fmt)  # type: ignore[arg-type]
        return _download(body, EXPORTS[fmt], f"{story_id}.{fmt}")

    @router.get("/entities/{entity_id}")
    def entity(request: Request, entity_id: str) -> Response:
        view = entity_view(store, entity_id)
        if view is None:
            return _missing(request, f"No stored story names an entity with id “{entity_id}”.")
        return _page(request, "entity.html.j2", view=view)

    @router.get("/articles/{article_id}")
    def article(request: Request, article_id: str) -> Response:
        found = store.get_article(article_id)
        if found is None:
            return _missing(request, f"There is no article with id “{article_id}”.")
        story_id = store.story_of(article_id)
        digest = (store.story_digest(story_id) if story_id else None) or ""

        def render() -> bytes:
            joined = store.load_story(story_id) if story_id else None
            parts = pages.segments(found, joined)
            page = templates().get_template("article.html.j2")
            return page.render(article=found, story=joined, parts=parts).encode()

        return HTMLResponse(cache.get(("article", article_id, digest), render))

    @router.get("/analyze")
    def analyze_form(request: Request) -> Response:
        return _page(request, "analyze.html.j2", error=None, pasted="")

    @router.post("/analyze")
    def analyze(
        request: Request,
        pasted: Annotated[str, Form()] = "",
        files: Annotated[list[UploadFile] | None, File()] = None,
    ) -> Response:
        try:
            story_id = _analyse(store, engine, budget, pasted, files or [])
        except ConsilienceError as error:
            status = 400 if isinstance(error, InputError) else 503
            return _page(request, "analyze.html.j2", status, error=str(error), pasted=pasted)
        return RedirectResponse(f"/stories/{story_id}", status_code=303)

    return router


def _analyse(
    store: Store, engine: Engine | None, budget: Budget, pasted: str, files: list[UploadFile]
) -> str:
    """Run the pipeline on pasted articles and uploaded files; the largest story's id."""
    articles: list[Article] = pages.pasted_articles(pasted)
    uploads = [f for f in files if f.filename]
    if not articles and not uploads:
        raise InputError("form", "paste articles or choose files to analyse")
    with tempfile.TemporaryDirectory() as folder:
        inputs: list[Input] = [*articles, *_saved(Path(folder), uploads)]
        analysis = analyze(inputs, store=store, engine=engine, progress=budget.hook())
    if analysis.failed:
        raise analysis.failed[0]
    return analysis.report.stories[0].id


def _saved(folder: Path, uploads: list[UploadFile]) -> list[Path]:
    """Uploaded files written under their own base names so the ingest readers pick a format."""
    paths: list[Path] = []
    for n, upload in enumerate(uploads):
        path = folder / str(n) / Path(upload.filename or "upload.txt").name
        path.parent.mkdir()
        path.write_bytes(upload.file.read())
        paths.append(path)
    return paths


def _download(body: str, media_type: str, filename: str) -> Response:
    """A file the browser saves rather than shows."""
    disposition = f'attachment; filename="{filename}"'
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})


def _first_problem(error: ValidationError | InputError) -> str:
    """One line naming the field and what is wrong with it."""
    if isinstance(error, InputError):
        return error.message
    problem = error.errors()[0]
    field = ".".join(str(part) for part in problem["loc"])
    return f"{field}: {problem['msg']}"


def _page(request: Request, name: str, status: int = 200, **context: object) -> Response:
    return templates().TemplateResponse(request, name, context, status_code=status)


def _missing(request: Request, message: str) -> Response:
    return _page(request, "missing.html.j2", 404, message=message)
