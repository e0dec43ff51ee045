from __future__ import annotations

from pathlib import Path

import pytest

from consilience.errors import InputError
from consilience.ingest.clean import CHROME, body, paragraphs, split_title
from consilience.ingest.files import read_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share this:",
        "Share on Facebook",
        "X",
        "Email",
        "By Jane Doe and John Roe",
        "Leave a Reply",
        "Required fields are marked *",
        "© 2025 The Paper. All rights reserved.",
        "Published 14 April 2025",
        "Tags: politics, europe",
        "Advertisement",
        "Copyright 2025 Example Media",
    ],
)
def test_page_furniture_lines_are_recognised(line: str) -> None:
    assert CHROME.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday.",
        "By Monday, officials had left.",
        "Updated figures show five people died.",
        "X said no to the offer.",
        "Email records show the minister knew.",
        "Copyright law was changed in May.",
    ],
)
def test_sentences_that_start_like_furniture_are_kept(line: str) -> None:
    assert body(paragraphs(f"{line}\n\nAnother paragraph.")).startswith(line)


def test_a_share_block_and_the_comment_section_end_the_article() -> None:
    title, text = split_title(
        "Fire Reaches the Valley\n\nCrews fought the fire all night.\n\n"
        "Share this:\nFacebook\nX\nEmail\n\n3 Comments\n\nGreat article, thanks!\n"
    )
    assert (title, text) == ("Fire Reaches the Valley", "Crews fought the fire all night.")


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 4096)
    with pytest.raises(InputError, match="over the"):
        read_bytes(path, limit=1024)


def test_a_page_address_line_is_dropped_and_never_glued_to_the_headline() -> None:
    text = (
        "http: / / www. example. org / news / floods - close - the - ferry - to - the - islands\n"
        "Floods close the ferry\n"
        "Storm water closed the island ferry on Tuesday, the harbour office said.\n"
    )
    assert paragraphs(text)[1] == "Floods close the ferry"
    assert body(paragraphs(text)).split("\n\n") == [
        "Floods close the ferry",
        "Storm water closed the island ferry on Tuesday, the harbour office said.",
    ]


def test_a_sentence_that_names_a_web_address_is_kept() -> None:
    line = "www.example.org lists the closed roads."
    assert body(paragraphs(f"{line}\n\nAnother paragraph.")).startswith(line)
