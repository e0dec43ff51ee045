"""The web app through FastAPI's TestClient over a real SQLite store filled by the real pipeline."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from markupsafe import escape
from web_fixtures import TEXTS

from consilience.model import Report
from consilience.report import validate_report
from consilience.store import Store

STRIKE = "Port workers strike over pay"


def _story_id(report: Report) -> str:
    return next(s.id for s in report.stories if len(s.article_ids) >= 3)


def test_story_list_shows_titles_outlets_and_counts(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert f'href="/stories/{_story_id(filled[1])}"' in page.text
    assert all(outlet in page.text for outlet in TEXTS)
    rows = client.get("/api/stories").json()
    strike = next(r for r in rows if r["id"] == _story_id(filled[1]))
    assert strike["articles"] >= 3
    assert strike["corroborated"] >= 1
    assert strike["last_update"].startswith("2025-03-03")


def test_story_page_shows_brief_claims_quotes_and_links_evidence(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    story = next(s for s in filled[1].stories if s.id == _story_id(filled[1]))
    page = client.get(f"/stories/{story.id}").text
    assert "Brief" in page
    assert 'class="card corroborated"' in page
    evidence = story.claims[0].support[0]
    assert f'href="/articles/{evidence.article_id}#at-{evidence.start}"' in page
    assert "Maria Alvarez" in page


def test_article_page_highlights_its_claims_in_place(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    story = next(s for s in filled[1].stories if s.id == _story_id(filled[1]))
    evidence = story.claims[0].support[0]
    page = client.get(f"/articles/{evidence.article_id}").text
    assert f'id="at-{evidence.start}"' in page
    assert f">{evidence.text}</mark>" in page


def test_story_json_follows_the_contract(client: TestClient, filled: tuple[Store, Report]) -> None:
    answer = client.get(f"/api/stories/{_story_id(filled[1])}")
    assert answer.status_code == 200
    validate_report(answer.json())
    assert [s["id"] for s in answer.json()["stories"]] == [_story_id(filled[1])]


def test_article_json_names_its_story(client: TestClient, filled: tuple[Store, Report]) -> None:
    article_id = filled[1].stories[0].article_ids[0]
    answer = client.get(f"/api/articles/{article_id}").json()
    assert answer["id"] == article_id
    assert answer["story_id"] == filled[1].stories[0].id
    assert answer["text"]


def test_untrusted_text_is_escaped_everywhere(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    evil = next(a for a in filled[1].articles if a.source == "Evil Outlet")
    pages = [client.get("/").text, client.get(f"/articles/{evil.id}").text]
    pages += [client.get(f"/stories/{s.id}").text for s in filled[1].stories]
    for page in pages:
        assert "<script>window" not in page
        assert "<img src=x" not in page
    assert "&lt;script&gt;" in client.get(f"/articles/{evil.id}").text
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]


def test_unknown_ids_are_404_with_a_message(client: TestClient) -> None:
    for path in ("/stories/nope", "/articles/nope", "/api/stories/nope", "/api/articles/nope"):
        answer = client.get(path)
        assert answer.status_code == 404
        assert "nope" in answer.text


def test_malformed_json_and_bad_articles_are_4xx(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    assert client.post("/api/articles", content=b"{not json", headers=headers).status_code == 422
    assert client.post("/api/analyze", json={"source": "x"}).status_code == 422
    assert client.post("/api/analyze", json=[]).status_code == 422
    blank = client.post("/api/analyze", json=[{"source": "A", "text": "   "}])
    assert blank.status_code == 422
    assert blank.json()["detail"][0]["loc"] == ["body", 0, "text"]
    controls = client.post("/api/articles", json=[{"source": "A", "text": "\x80\x07 \x9f"}])
    assert controls.status_code == 422  # nothing would be left once control characters go


def test_oversized_body_is_413(client: TestClient) -> None:
    body = json.dumps([{"source": "A", "text": "word " * 60_000}])
    answer = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 413
    assert "limit" in answer.json()["detail"]


def test_api_analyze_answers_a_report_and_stores_nothing(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    before = filled[0].article_count()
    items = [{"source": s, "title": t, "text": x} for s, (t, x) in TEXTS.items()]
    items[0]["text"] += " The mayor urged both sides to meet."
    answer = client.post("/api/analyze", json=items)
    assert answer.status_code == 200
    validate_report(answer.json())
    assert len(answer.json()["articles"]) == 3
    assert filled[0].article_count() == before


def test_posted_articles_are_stored_and_join_a_story(client: TestClient) -> None:
    title, text = TEXTS["Daily Ledger"]
    item = {"source": "Evening Courier", "title": title, "text": text, "published": "2025-03-04"}
    answer = client.post("/api/articles", json=[item])
    assert answer.status_code == 200
    (article_id,) = answer.json()["added"]
    story = client.get(f"/api/stories/{answer.json()['stories'][article_id]}").json()
    assert article_id in story["stories"][0]["article_ids"]
    again = client.post("/api/articles", json=[item]).json()
    assert again["duplicates"] == [article_id]


def test_analyse_page_turns_pasted_articles_into_a_story(client: TestClient) -> None:
    pasted = "\n---\n".join(
        f"{source} Weekly\n{title}\n{text} Officials confirmed this on Tuesday."
        for source, (title, text) in TEXTS.items()
    )
    answer = client.post("/analyze", data={"pasted": pasted}, follow_redirects=False)
    assert answer.status_code == 303
    page = client.get(answer.headers["location"])
    assert "Harbour Times Weekly" in page.text


def test_analyse_page_explains_a_bad_paste(client: TestClient) -> None:
    answer = client.post("/analyze", data={"pasted": "Only an outlet name"})
    assert answer.status_code == 400
    assert "give the outlet, the title, then the text" in answer.text
    assert 'name="pasted"' in answer.text


def test_analyse_page_reads_uploaded_files(client: TestClient) -> None:
    files = [
        ("files", (f"{source.replace(' ', '_')}.txt", f"{title}\n\n{text}".encode()))
        for source, (title, text) in TEXTS.items()
    ]
    answer = client.post("/analyze", files=files, follow_redirects=False)
    assert answer.status_code == 303
    assert client.get(answer.headers["location"]).status_code == 200


def test_openapi_spec_is_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/articles", "/api/analyze"} <= set(
        spec["paths"]
    )
    assert "/stories/{story_id}" not in spec["paths"]


def test_lone_surrogates_are_refused_not_a_crash(client: TestClient) -> None:
    body = b'[{"source": "A\\ud800", "text": "Workers went on strike \\ud800 on Monday."}]'
    answer = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", 0, "source"]


def test_story_page_has_the_claim_matrix_and_the_independence_line(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    story_id = _story_id(filled[1])
    page = client.get(f"/stories/{story_id}").text
    # Other tests post articles that may join this story: compare with it as stored now.
    story = client.get(f"/api/stories/{story_id}").json()["stories"][0]
    matrix = page.split('<table id="claim-matrix">', 1)[1].split("</table>", 1)[0]
    assert matrix.count('<th scope="row">') == len(story["claims"])
    assert f"{story['independent_source_count']} independent source" in page


def test_posted_articles_keep_their_wire_origin(client: TestClient) -> None:
    article = {
        "source": "Valley Courier",
        "origin": "Associated Press",
        "text": "The county fair opened on Saturday with a record 212 exhibitors, organisers said.",
    }
    added = client.post("/api/articles", json=[article]).json()
    stored = client.get(f"/api/articles/{added['added'][0]}").json()
    assert stored["origin"] == "AP"


def test_story_page_says_why_each_quote_has_its_speaker(
    client: TestClient, filled: tuple[Store, Report]
) -> None:
    story = next(s for s in filled[1].stories if s.id == _story_id(filled[1]))
    reasons = [v.speaker_reason for q in story.quotes for v in q.variants if v.speaker_reason]
    assert reasons
    page = client.get(f"/stories/{story.id}").text
    assert f"speaker: {escape(reasons[0])}" in page
