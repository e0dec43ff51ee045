"""WARC archives (.warc, .warc.gz): one article per successful HTML response."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from consilience.errors import InputError
from consilience.ingest.decode import decode
from consilience.ingest.files import MAX_FILE_BYTES, source_name
from consilience.ingest.html import html_article
from consilience.model import Article


def read_warc(path: Path) -> Iterator[Article | InputError]:
    """Every HTML response; a record that cannot be read is reported as ``path#n``."""
    found = False
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(ArchiveIterator(handle), 1):
                if not _is_html_response(record):
                    continue
                found = True
                try:
                    yield _record_article(f"{path}#{number}", record, source_name(path))
                except InputError as error:
                    yield error
    except ArchiveLoadFailed as error:
        raise InputError(str(path), f"not a readable WARC archive ({error})") from error
    except (OSError, EOFError, ValueError) as error:
        raise InputError(str(path), f"corrupt WARC archive ({error})") from error
    if not found:
        raise InputError(str(path), "no HTML responses in the archive")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    return record.http_headers.get_statuscode() == "200" and "html" in content_type.lower()


def _record_article(where: str, record: Any, fallback_source: str) -> Article:
    data = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(where, f"response is over the {MAX_FILE_BYTES // 2**20} MB limit")
    content_type = record.http_headers.get_header("Content-Type") or ""
    charset = content_type.partition("charset=")[2].split(";")[0].strip(" \"'") or None
    url = record.rec_headers.get_header("WARC-Target-URI")
    return html_article(
        where, decode(data, where, charset), fallback_source=fallback_source, url=url
    )
