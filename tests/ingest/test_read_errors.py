from __future__ import annotations

from pathlib import Path

import pytest

from consilience.errors import InputError
from consilience.ingest import read_inputs
from consilience.ingest.article import MAX_TEXT_CHARS


def problems(path: Path) -> list[str]:
    found = list(read_inputs([path]))
    assert all(isinstance(item, InputError) for item in found), found
    return [item.problem for item in found if isinstance(item, InputError)]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"  \n\n", "file is empty"),
        ("image.txt", bytes(range(256)) * 40, "binary file, not text"),
        ("nul.html", b"<html>\x00\x01\x02\x03" * 50, "binary file, not text"),
        ("junk.rss", b"this is not a feed at all, only words", "not an RSS or Atom feed"),
        ("page.html", b"<html><body></body></html>", "no article text found in the page"),
        ("file.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_unreadable_files_are_one_line_input_errors(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (found,) = problems(path)
    assert found.startswith(problem)
    assert "\n" not in found


def test_a_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope.txt") == ["no such file or folder"]


def test_a_corrupt_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    (problem,) = problems(path)
    assert "WARC" in problem


def test_an_overlong_article_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(
        ("A sentence of words that goes on. " * 40 + "\n\n") * (MAX_TEXT_CHARS // 1300 + 10)
    )
    (problem,) = problems(path)
    assert "limit" in problem


def test_utf16_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The harbour reopened on Friday, officials said.\n".encode("utf-16"))
    (article,) = list(read_inputs([path]))
    assert not isinstance(article, InputError)
    assert article.text == "The harbour reopened on Friday, officials said."
