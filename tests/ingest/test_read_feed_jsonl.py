from __future__ import annotations

import json
from pathlib import Path

from consilience.errors import InputError
from consilience.ingest import read_inputs
from consilience.model import Article


def test_rss_items_become_articles_with_feed_metadata(fixtures: Path) -> None:
    strike, ferry = list(read_inputs([fixtures / "feed.rss"]))
    assert isinstance(strike, Article) and isinstance(ferry, Article)
    assert strike.source == "Harbour Gazette" and strike.language == "en"
    assert strike.title == "Port strike ends after three days"
    assert strike.published == "2025-04-15T07:00:00+00:00"
    assert strike.text == (
        "Dock workers returned to work on Tuesday after a three-day strike.\n\n"
        "The union said the new contract raised wages by four percent."
    )
    assert ferry.published is None and ferry.url == "https://gazette.example/ferry"


def test_atom_entries_prefer_full_content_over_the_summary(fixtures: Path) -> None:
    (bridge,) = list(read_inputs([fixtures / "feed.atom"]))
    assert isinstance(bridge, Article)
    assert bridge.source == "Valley Courier"
    assert bridge.text.startswith("The river bridge reopened on Wednesday")


def test_a_feed_without_entries_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>'
    )
    (error,) = list(read_inputs([path]))
    assert isinstance(error, InputError) and error.problem == "no entries in the feed"


def test_jsonl_good_lines_are_read_and_bad_lines_named_by_line_number(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {
        "source": "Wire",
        "title": "Rates held",
        "url": "https://wire.example/rates",
        "published": "2025-04-10T12:00:00Z",
        "text": "The central bank held rates on Thursday.\n\nIt cited slowing inflation.",
    }
    html = {
        "source": "Site",
        "html": "<html><body><article><p>" + "Words here. " * 20 + "</p></article></body></html>",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1]),
        json.dumps({"title": "t"}),
        "",
        json.dumps(html),
    ]
    path.write_text("\n".join(lines) + "\n")
    found = list(read_inputs([path]))
    articles = [a for a in found if isinstance(a, Article)]
    errors = {e.path: e.problem for e in found if isinstance(e, InputError)}
    assert [a.source for a in articles] == ["Wire", "Site"]
    assert articles[0].published == "2025-04-10T12:00:00+00:00"
    assert articles[0].title == "Rates held"
    assert set(errors) == {f"{path}:2", f"{path}:3", f"{path}:4"}
    assert errors[f"{path}:2"].startswith("invalid JSON")
    assert errors[f"{path}:4"] == 'no "text" or "html" field'
