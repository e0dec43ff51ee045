from __future__ import annotations

import textwrap
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


def test_a_headline_without_a_full_stop_stays_apart_from_the_first_sentence() -> None:
    text = (
        "Harbour crane operator who saved two divers in the storm, dead at 88\n"
        "J. Ortega, who ran the harbour's oldest crane for forty years, died on Sunday.\n"
        "He was 88 and lived by the quay.\n"
        "His death was announced by the port authority.\n"
    )
    assert paragraphs(text)[:2] == [
        "Harbour crane operator who saved two divers in the storm, dead at 88",
        "J. Ortega, who ran the harbour's oldest crane for forty years, died on Sunday.",
    ]


def test_text_wrapped_at_a_fixed_width_is_rejoined_under_its_headline() -> None:
    sentences = (
        "The ferry to the outer islands stopped running on Tuesday after a storm damaged "
        "the pier at Northport. Repairs will take three weeks, the harbour office said. "
        "Dr. Lena Hall, who leads the island clinic, asked for a weekly supply boat. "
        "Residents of the outer islands rely on the ferry for food and fuel deliveries."
    )
    lines = textwrap.wrap(sentences, 60)
    headline = "Storm closes island ferry"
    found = paragraphs("\n".join([headline, *lines]))
    assert found[0] == headline
    assert " ".join(found[1:]) == sentences
    assert all(p.endswith(".") for p in found[1:])


def test_a_wrapped_line_that_ends_on_the_or_a_comma_carries_on() -> None:
    assert paragraphs("The mayor said the\nBridge Fund would pay,\nNorth Bank included.") == [
        "The mayor said the Bridge Fund would pay, North Bank included."
    ]


def test_a_line_continued_in_lower_case_carries_on_after_a_closing_quote() -> None:
    text = 'Storm damage\n\nCrews called it "the worst in decades"\nand asked for help.'
    assert paragraphs(text)[1] == 'Crews called it "the worst in decades" and asked for help.'


def test_a_title_case_headline_as_long_as_the_wrap_stays_apart() -> None:
    sentences = (
        "Islanders lost their only ferry on Tuesday after a storm damaged the pier at "
        "Northport. Repairs will take three weeks, the harbour office said. Residents of "
        "the outer islands rely on the ferry for food and fuel deliveries."
    )
    headline = "Storm Closes the Island Ferry for Three Weeks at Northport Harbour"
    assert paragraphs("\n".join([headline, *textwrap.wrap(sentences, 70)])) == [
        headline,
        sentences,
    ]
