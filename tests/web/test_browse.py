"""Browsing many stories: the list's search, filters and paging, entity pages, exports, docs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from newsroom import LEADER, STORY_COUNT, fill

from consilience.report import validate_report
from consilience.store import Store
from consilience.web import create_app
from pg_server import fresh_postgres_database


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """The app over the newsroom stories in a SQLite file or a new PostgreSQL database."""
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("browse") / "c.db")
    else:
        url = fresh_postgres_database(request.getfixturevalue("postgres_url"))
    with Store(url) as store:
        fill(store)
        yield TestClient(create_app(store))


def _walk(client: TestClient, url: str) -> list[str]:
    """Every story id the API lists, following the Link header page by page."""
    seen: list[str] = []
    while url:
        answer = client.get(url)
        assert answer.status_code == 200
        seen.extend(row["id"] for row in answer.json())
        url = answer.links.get("next", {}).get("url", "")
    return seen


def test_api_pages_walk_every_story_once_in_each_order(client: TestClient) -> None:
    for sort in ("updated", "outlets", "disputes"):
        seen = _walk(client, f"/api/stories?limit=5&sort={sort}")
        assert len(seen) == STORY_COUNT == len(set(seen))
    first = client.get("/api/stories?limit=5")
    assert first.headers["X-Next-Cursor"] and len(first.json()) == 5


def test_api_search_and_filters(client: TestClient) -> None:
    def ids(query: str) -> list[str]:
        return [row["id"] for row in client.get(f"/api/stories?{query}").json()]

    assert ids("q=qaddafi") == ["s_speech"]
    assert ids("q=grain tonnes&limit=200") == [f"s_f{n}" for n in reversed(range(STORY_COUNT - 1))]
    assert ids("outlet=Desert Herald") == ["s_speech"]
    assert ids(f"entity={LEADER.id}") == ids("entity=moammar qaddafi") == ["s_speech"]
    assert ids("has_contradictions=true") == ["s_speech"]
    assert ids("since=2025-04-10&until=2025-04-11") == ["s_f10", "s_f9"]
    row = client.get("/api/stories?q=sirte").json()[0]
    assert row["outlets"] == ["Desert Herald", "=Wire Daily"] and row["contradictions"] == 1
    assert row["first_published"] == "2025-05-02" and row["last_update"] == "2025-05-03"


def test_api_refuses_bad_filters_with_a_message(client: TestClient) -> None:
    assert client.get("/api/stories?since=yesterday").status_code == 422
    assert client.get("/api/stories?limit=0").status_code == 422
    bad = client.get("/api/stories?cursor=xyz")
    assert bad.status_code == 404 and "cursor" in bad.json()["detail"]


def test_story_list_page_searches_and_pages(client: TestClient) -> None:
    page = client.get("/?q=Qaddafi&has_contradictions=&since=")
    assert page.status_code == 200
    assert 'href="/stories/s_speech"' in page.text and "/stories/s_f1" not in page.text
    assert 'value="Qaddafi"' in page.text
    first = client.get("/?limit=5")
    assert 'rel="next"' in first.text and first.text.count('href="/stories/') == 5
    nothing = client.get("/?q=volcano")
    assert "No story matches" in nothing.text
    bad = client.get("/?since=yesterday")
    assert bad.status_code == 400 and "since" in bad.text


def test_entity_page_and_api_show_spellings_stories_and_quotes(client: TestClient) -> None:
    entity = client.get(f"/api/entities/{LEADER.id}").json()
    assert entity["spellings"] == ["Moammar Qaddafi", "Muammar Gaddafi"]
    assert [s["id"] for s in entity["stories"]] == ["s_speech"]
    (quote,) = entity["quotes"]
    assert [(r["outlet"], r["fidelity"]) for r in quote["renderings"]] == [
        ("Desert Herald", "verbatim"),
        ("=Wire Daily", "minor_edit"),
    ]
    page = client.get(f"/entities/{LEADER.id}")
    assert "Moammar Qaddafi" in page.text and "We shall never leave" in page.text
    assert client.get("/entities/e_nobody").status_code == 404
    assert client.get("/api/entities/e_nobody").status_code == 404
    story = client.get("/stories/s_speech")
    assert f'href="/entities/{LEADER.id}"' in story.text


def test_story_exports_are_linked_and_downloadable(client: TestClient) -> None:
    story = client.get("/stories/s_speech").text
    for link in ("claims.csv", "report.json", "report.md", "report.html"):
        assert f'href="/stories/s_speech/{link}"' in story
    table = client.get("/stories/s_speech/claims.csv")
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(table.text)))
    assert rows[0][4:] == ["Desert Herald", "'=Wire Daily"]  # no formula in a spreadsheet
    assert rows[1][1] == "corroborated" and rows[1][4:] == ["supports", "supports"]
    report = client.get("/stories/s_speech/report.json")
    validate_report(json.loads(report.text))
    assert "attachment" in report.headers["content-disposition"]
    assert "Gaddafi speaks in Sirte" in client.get("/stories/s_speech/report.md").text
    assert "<html" in client.get("/stories/s_speech/report.html").text
    assert client.get("/stories/s_speech/report.pdf").status_code == 404
    assert client.get("/stories/nope/claims.csv").status_code == 404


def test_docs_load_swagger_ui_from_the_app_itself(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = [part.split('"')[1] for part in page.text.split("src=")[1:]]
    assert sources and all(src.startswith("/") for src in sources)
    for src in sources:
        assert client.get(src).status_code == 200
    spec = client.get("/openapi.json").json()
    names = {p["name"] for p in spec["paths"]["/api/stories"]["get"]["parameters"]}
    assert {"q", "outlet", "entity", "has_contradictions", "since", "until", "cursor"} <= names
    assert "/api/entities/{entity_id}" in spec["paths"]
