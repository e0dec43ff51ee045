"""Story pages and reports are rendered once per version of the story, and memory stays bounded."""

from __future__ import annotations

from fastapi.testclient import TestClient

from consilience.api import make_article
from consilience.model import Story
from consilience.store import Store
from consilience.web import create_app
from consilience.web.cache import RenderCache


def _story(title: str, article_ids: tuple[str, ...]) -> Story:
    return Story("s_ferry", title, article_ids, 1, (), (), (), (), ())


def test_a_story_cross_checked_again_is_shown_afresh(store: Store) -> None:
    article = make_article(
        "a", source="Quay Daily", title="Ferry", text="The island ferry resumed on Friday."
    )
    store.add_articles([article])
    store.save_assignments({article.id: "s_ferry"})
    store.save_story(_story("Island ferry resumes", (article.id,)), "1")
    client = TestClient(create_app(store))
    for _ in range(2):
        assert "Island ferry resumes" in client.get("/stories/s_ferry").text
        assert "Island ferry resumes" in client.get(f"/articles/{article.id}").text
        assert client.get("/api/stories/s_ferry").json()["stories"][0]["title"] == (
            "Island ferry resumes"
        )
    store.save_story(_story("Island ferry resumes after storm", (article.id,)), "1")
    assert "after storm" in client.get("/stories/s_ferry").text
    assert "after storm" in client.get(f"/articles/{article.id}").text
    assert client.get(f"/api/articles/{article.id}").json()["story_id"] == "s_ferry"
    report = client.get("/api/stories/s_ferry")
    assert report.headers["content-type"] == "application/json"
    assert report.json()["stories"][0]["title"] == "Island ferry resumes after storm"
    assert client.get("/api/stories/s_none").status_code == 404
    assert client.get("/stories/s_none").status_code == 404


def test_the_cache_renders_once_and_drops_the_least_recent_past_its_bound() -> None:
    cache = RenderCache(max_bytes=10)
    made: list[str] = []

    def render(text: str) -> bytes:
        made.append(text)
        return text.encode()

    assert cache.get(("page", "s1", "d1"), lambda: render("abcd")) == b"abcd"
    assert cache.get(("page", "s1", "d1"), lambda: render("other")) == b"abcd"
    cache.get(("page", "s2", "d1"), lambda: render("efgh"))
    cache.get(("page", "s1", "d1"), lambda: render("again"))  # s1 is now the most recent
    cache.get(("page", "s3", "d1"), lambda: render("ijkl"))  # over 10 bytes: s2 goes
    cache.get(("page", "s2", "d1"), lambda: render("efgh"))
    assert made == ["abcd", "efgh", "ijkl", "efgh"]
    assert cache.get(("page", "s4", "d1"), lambda: b"x" * 11) == b"x" * 11  # too big to keep
