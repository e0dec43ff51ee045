"""Who may write, bounded bodies and the analysis gate, over a real store (no models needed)."""

from __future__ import annotations

import asyncio
import json

import pytest
from fastapi.testclient import TestClient

from consilience.cli.serve import server_access
from consilience.engines import LocalEngine
from consilience.errors import InputError
from consilience.nlp.models import Models
from consilience.store import Store
from consilience.web import create_app
from consilience.web.security import COOKIE, Access, AnalysisGate

TOKEN = "s3cret-token"
ARTICLE = [{"source": "Harbour Times", "text": "Port workers walked out on Monday."}]


def _client(store: Store, access: Access, limit: int = 10_000) -> TestClient:
    return TestClient(create_app(store, access=access, max_upload_bytes=limit))


def test_writes_need_the_bearer_token_reads_stay_open(store: Store) -> None:
    client = _client(store, Access(token=TOKEN))
    refused = client.post("/api/articles", json=ARTICLE)
    assert refused.status_code == 401
    assert "Bearer" in refused.json()["detail"]
    assert refused.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/analyze", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert client.get("/api/stories").status_code == 200
    assert client.get("/").status_code == 200
    assert store.article_count() == 0


def test_private_server_refuses_reads_without_the_token(store: Store) -> None:
    client = _client(store, Access(token=TOKEN, private=True))
    assert client.get("/api/stories").status_code == 401
    page = client.get("/")
    assert page.status_code == 401
    assert 'name="token"' in page.text
    answer = client.get("/api/stories", headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200


def test_analyse_page_asks_once_and_keeps_an_httponly_strict_cookie(store: Store) -> None:
    client = _client(store, Access(token=TOKEN))
    form = client.get("/analyze")
    assert form.status_code == 401
    assert 'name="token"' in form.text
    bad = client.post("/login", data={"token": "guess", "then": "/analyze"})
    assert bad.status_code == 401
    assert "not right" in bad.text
    good = client.post("/login", data={"token": TOKEN, "then": "/analyze"}, follow_redirects=False)
    assert good.status_code == 303
    assert good.headers["location"] == "/analyze"
    cookie = good.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert TOKEN not in cookie
    assert client.get("/analyze").status_code == 200
    assert client.post("/analyze", data={"pasted": "x"}).status_code == 400


def test_login_never_redirects_off_site(store: Store) -> None:
    client = _client(store, Access(token=TOKEN))
    answer = client.post(
        "/login", data={"token": TOKEN, "then": "//evil.example/"}, follow_redirects=False
    )
    assert answer.headers["location"] == "/"


def test_a_forged_cookie_is_refused(store: Store) -> None:
    client = _client(store, Access(token=TOKEN))
    client.cookies.set(COOKIE, Access(token="other").session())
    assert client.post("/api/articles", json=ARTICLE).status_code == 401


def test_read_only_server_refuses_every_write(store: Store) -> None:
    client = _client(store, Access(read_only=True))
    answer = client.post("/api/articles", json=ARTICLE)
    assert answer.status_code == 403
    assert "read-only" in answer.json()["detail"]
    assert "read-only" in client.get("/analyze").text
    assert client.get("/api/stories").status_code == 200


def test_serve_is_read_only_on_the_network_without_a_token() -> None:
    assert server_access("0.0.0.0", None, False).read_only
    assert server_access("192.168.1.4", None, False).read_only
    assert not server_access("127.0.0.1", None, False).read_only
    assert not server_access("localhost", None, False).read_only
    assert not server_access("::1", None, False).read_only
    assert not server_access("0.0.0.0", TOKEN, False).read_only
    with pytest.raises(InputError, match="needs a token"):
        server_access("127.0.0.1", None, True)


def test_chunked_body_is_cut_at_the_limit_without_reading_the_rest(store: Store) -> None:
    read: list[int] = []
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        read.append(len(read))
        return {"type": "http.request", "body": b"word " * 200, "more_body": len(read) < 1000}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/analyze",
        "raw_path": b"/api/analyze",
        "query_string": b"",
        "root_path": "",
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "headers": [(b"content-type", b"application/json")],
    }
    app = create_app(store, access=Access(), max_upload_bytes=10_000)
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 413
    assert len(read) == 11
    body = b"".join(m["body"] for m in sent if m["type"] == "http.response.body")  # type: ignore[misc]
    assert "10,000 byte limit" in json.loads(body)["detail"]


def test_declared_oversized_body_is_refused_before_reading(store: Store) -> None:
    client = _client(store, Access(), limit=100)
    body = json.dumps(ARTICLE * 10)
    answer = client.post(
        "/api/articles", content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 413
    assert store.article_count() == 0


def test_busy_gate_answers_503_with_retry_after() -> None:
    calls: list[str] = []

    async def slow_app(scope: object, receive: object, send: object) -> None:
        calls.append("ran")
        await asyncio.sleep(0.3)

    sent: list[dict[str, object]] = []

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b""}

    async def two_at_once() -> None:
        gate = AnalysisGate(slow_app, slots=1, wait=0.05)
        scope = {"type": "http", "method": "POST", "path": "/api/analyze", "headers": []}
        await asyncio.gather(gate(scope, receive, send), gate(scope, receive, send))

    asyncio.run(two_at_once())
    assert calls == ["ran"]
    start = next(m for m in sent if m["type"] == "http.response.start")
    assert start["status"] == 503
    assert (b"retry-after", b"1") in start["headers"]  # type: ignore[operator]


def test_an_analysis_over_its_budget_stops_cleanly_and_says_so(
    store: Store, fake_models: Models
) -> None:
    articles = [
        {"source": "Harbour Times", "text": "Port workers walked out on Monday over pay."},
        {"source": "Quay Daily", "text": "Dock staff began a strike on Monday about wages."},
    ]
    engine = LocalEngine(fake_models)
    hurried = TestClient(create_app(store, engine=engine, analysis_budget=0.0))
    stopped = hurried.post("/api/articles", json=articles)
    assert stopped.status_code == 503
    assert "over its 0 s time budget" in stopped.json()["detail"]
    assert store.article_count() == 2  # what was stored is kept ...
    assert store.load_assignments() == {} and store.list_stories() == []  # ... nothing half-done
    page = hurried.post("/analyze", data={"pasted": "Quay Daily\nStrike\nDockers struck."})
    assert page.status_code == 503 and "time budget" in page.text
    patient = TestClient(create_app(store, engine=engine))
    done = patient.post("/api/articles", json=articles)
    assert done.status_code == 200 and len(done.json()["duplicates"]) == 2
    assignments = store.load_assignments()
    assert set(done.json()["stories"]) <= set(assignments)
    for story in store.list_stories():
        assert set(story.article_ids) == {a for a, s in assignments.items() if s == story.id}
