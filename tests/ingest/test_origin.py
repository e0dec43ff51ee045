from pathlib import Path

from consilience.ingest import read_inputs
from consilience.ingest.article import make_article
from consilience.ingest.origin import agency, credited_agency
from consilience.ingest.text import read_text
from consilience.model import Article

STORY = (
    "The harbour authority said the new pier would open next spring after two years of "
    "work, and that ferries would double their crossings in the summer."
)


def test_dateline_credits_the_agency() -> None:
    assert credited_agency(f"PORTVILLE, Maine (AP) — {STORY}") == "AP"


def test_closing_credit_line() -> None:
    assert credited_agency(f"{STORY}\n\n— Reuters") == "Reuters"


def test_byline_credit_with_the_agency_name() -> None:
    assert credited_agency(f"By Jane Roe, Associated Press\n\n{STORY}") == "AP"


def test_copyright_line() -> None:
    text = f"{STORY}\n\nCopyright 2026 The Associated Press. All rights reserved."
    assert credited_agency(text) == "AP"


def test_agency_named_in_the_body_is_not_a_credit() -> None:
    text = f"{STORY} Reuters reported earlier that the budget had doubled.\n\n{STORY}"
    assert credited_agency(text) is None


def test_parenthesised_words_that_are_not_an_agency() -> None:
    assert credited_agency(f"PORTVILLE (Updated) — {STORY}") is None


def test_agency_names_are_normalised() -> None:
    assert agency("agence france-presse") == "AFP"
    assert agency("The Daily Planet") is None


def test_an_input_origin_wins_and_unknown_ones_are_kept_as_given() -> None:
    wired = make_article("x", source="Daily", text=f"(AP) — {STORY}", origin="Reuters")
    assert wired.origin == "Reuters"
    assert make_article("x", source="Daily", text=STORY, origin="Local Wire").origin == (
        "Local Wire"
    )
    assert make_article("x", source="Daily", text=STORY).origin is None


def test_a_dateline_the_cleaning_drops_still_gives_the_origin(tmp_path: Path) -> None:
    path = tmp_path / "daily.txt"
    path.write_text(f"By Jane Roe, Associated Press\n\nPORTVILLE, Maine (AP) — {STORY}\n")
    article = read_text(path)
    assert article.text == STORY
    assert article.origin == "AP"


def test_jsonl_origin_field_and_rss_source_element(tmp_path: Path) -> None:
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text('{"source": "Daily", "origin": "Associated Press", "text": "' + STORY + '"}\n')
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>'
        "<item><title>Pier</title><link>http://herald.example/pier</link>"
        '<source url="http://reuters.example/rss">Reuters</source>'
        f"<description>{STORY}</description></item></channel></rss>"
    )
    found = [a for a in read_inputs([jsonl, feed]) if isinstance(a, Article)]
    assert [(a.source, a.origin) for a in found] == [("Daily", "AP"), ("Herald", "Reuters")]
