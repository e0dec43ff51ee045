"""Hostile files: entity tricks, bombs, huge lines, odd characters. An article or a clear
error every time, no local file ever read, and nothing already stored lost."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from consilience.errors import InputError
from consilience.ingest import ingest, read_inputs
from consilience.ingest.article import MAX_MARK_RUN, make_article
from consilience.ingest.files import MAX_FILE_BYTES
from consilience.model import Article
from consilience.store import Store

SECRET = "TOPSECRET-LOCAL-FILE"
DEPTH = 100_000
PARAGRAPH = "<p>Port workers walked out on Monday over pay, the union said in a statement.</p>"


def _laughs() -> str:
    """The "billion laughs" entity chain: nine levels of ten, 10^9 copies of "ha"."""
    levels = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    return f'<!DOCTYPE r [<!ENTITY l0 "ha">{levels}]>'


def _external(secret: Path) -> str:
    return f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>'


def _feed(doctype: str, entity: str) -> str:
    return (
        f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>Strike</title><description>Workers struck &{entity}; on Monday."
        "</description></item></channel></rss>"
    )


def _page(doctype: str, entity: str) -> str:
    article = f"<article><h1>Strike</h1>{PARAGRAPH * 3}<p>&{entity};</p></article>"
    return f"{doctype}<html><body>{article}</body></html>"


def _warc(path: Path, payload: bytes, encoding: str | None = None) -> Path:
    headers = [("Content-Type", "text/html")] + (
        [("Content-Encoding", encoding)] if encoding else []
    )
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(payload), http_headers=http
        )
        writer.write_record(record)
    return path


def _hostile(folder: Path) -> dict[str, Path]:
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    texts = {
        "xxe.rss": _feed(_external(secret), "xxe"),
        "laughs.rss": _feed(_laughs(), "l9"),
        "xxe.html": _page(_external(secret), "xxe"),
        "laughs.html": _page(_laughs(), "l9"),
        "nested.html": f"<html><body>{'<div>' * DEPTH}{PARAGRAPH * 3}{'</div>' * DEPTH}</body>",
        "long-line.txt": "Title\n\n" + "word " * 200_000,
        "quote-marks.txt": "Title\n\n" + '"' * 10_000,
        "invisible.txt": "Title\n\n"
        + "Wor\u200bkers st\u200dri\u202eke\u202c on Mon\u2066day.\u200f " * 200,
    }
    files = {name: folder / name for name in texts}
    for name, text in texts.items():
        files[name].write_text(text, encoding="utf-8")
    files["nul.txt"] = folder / "nul.txt"
    files["nul.txt"].write_bytes(b"Title\n\nWorkers\x00 struck on Monday.")
    bomb = gzip.compress(b"<html><body>" + b" " * 60 * 2**20 + b"</body></html>", 9)
    files["bomb.warc.gz"] = _warc(folder / "bomb.warc.gz", bomb, encoding="gzip")
    files["xxe.warc.gz"] = _warc(folder / "xxe.warc.gz", texts["xxe.html"].encode())
    files["huge-line.jsonl"] = folder / "huge-line.jsonl"
    with files["huge-line.jsonl"].open("w", encoding="utf-8") as handle:
        handle.write('{"source": "A", "text": "')
        for _ in range(100):
            handle.write("x" * 2**20)
        handle.write(
            '"}\n' + json.dumps({"source": "B", "text": "Workers struck on Monday."}) + "\n"
        )
    return files


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _hostile(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    "name",
    [
        "xxe.rss",
        "laughs.rss",
        "xxe.html",
        "laughs.html",
        "nested.html",
        "long-line.txt",
        "quote-marks.txt",
        "invisible.txt",
        "nul.txt",
        "bomb.warc.gz",
        "xxe.warc.gz",
        "huge-line.jsonl",
    ],
)
def test_hostile_files_give_bounded_articles_or_one_line_errors(
    hostile: dict[str, Path], name: str
) -> None:
    found = list(read_inputs([hostile[name]]))
    assert found
    for item in found:
        if isinstance(item, InputError):
            assert "\n" not in str(item) and str(hostile[name]) in str(item)
        else:
            assert isinstance(item, Article)
            assert SECRET not in item.text
            assert "hahaha" not in item.text
            assert len(item.text) <= 1_100_000


def test_bombs_and_huge_lines_name_the_limit(hostile: dict[str, Path]) -> None:
    (bomb,) = read_inputs([hostile["bomb.warc.gz"]])
    assert isinstance(bomb, InputError) and "limit" in bomb.problem
    line, after = read_inputs([hostile["huge-line.jsonl"]])
    assert isinstance(line, InputError) and "limit" in line.problem
    assert isinstance(after, Article) and after.source == "B"


def test_a_gigabyte_gzip_bomb_in_a_warc_record_stays_within_memory(tmp_path: Path) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(b"<html><body>")]
    parts += [packer.compress(b" " * 2**20) for _ in range(1024)]
    path = _warc(tmp_path / "bomb.warc.gz", b"".join([*parts, packer.flush()]), "gzip")
    tracemalloc.start()
    try:
        (bomb,) = read_inputs([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(bomb, InputError)
    assert (bomb.path, bomb.problem) == (f"{path}#1", "response is over the 50 MB limit")
    assert peak < 3 * MAX_FILE_BYTES  # the record is read up to the limit, never inflated whole


def test_nul_bytes_are_refused_as_binary(hostile: dict[str, Path]) -> None:
    (nul,) = read_inputs([hostile["nul.txt"]])
    assert isinstance(nul, InputError) and "binary" in nul.problem


def test_hostile_files_never_lose_what_is_stored(hostile: dict[str, Path], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Strike\n\nPort workers walked out on Monday.", encoding="utf-8")
    with Store(tmp_path / "c.db") as store:
        (kept,) = ingest([good], store).added
        summary = ingest(sorted(hostile.values()), store)
        assert summary.failed
        assert store.get_article(kept) is not None
        assert store.article_count() == 1 + len(summary.added)


def test_runs_of_marks_are_cut_and_control_characters_dropped() -> None:
    article = make_article(
        "pasted",
        source="Wire",
        text=f"Workers\x00 struck {'!' * 5_000} on Monday, {'“' * 40}she said.",
    )
    assert article.text == f"Workers struck {'!' * MAX_MARK_RUN} on Monday, {'“' * 32}she said."


def test_a_text_over_the_parser_limit_is_refused() -> None:
    with pytest.raises(InputError, match="over the 1,000,000 limit"):
        make_article("pasted", source="Wire", text="Workers struck on Monday. " * 40_000)
