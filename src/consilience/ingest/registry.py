"""Which reader reads which file format: one entry per file suffix.

Every reader takes a path and returns one article or yields several (with an
InputError for each entry it cannot read); a problem with the whole file is raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType

from consilience.errors import InputError
from consilience.ingest.feed import read_feed
from consilience.ingest.files import file_format
from consilience.ingest.html import read_html
from consilience.ingest.jsonl import read_jsonl
from consilience.ingest.text import read_markdown, read_text
from consilience.ingest.warc import read_warc
from consilience.model import Article

Reader = Callable[[Path], Article | Iterable[Article | InputError]]

READERS: Mapping[str, Reader] = MappingProxyType(
    {
        ".txt": read_text,
        ".text": read_text,
        ".md": read_markdown,
        ".markdown": read_markdown,
        ".html": read_html,
        ".htm": read_html,
        ".xhtml": read_html,
        ".rss": read_feed,
        ".atom": read_feed,
        ".xml": read_feed,
        ".jsonl": read_jsonl,
        ".ndjson": read_jsonl,
        ".warc": read_warc,
        ".warc.gz": read_warc,
    }
)
FORMATS = frozenset(READERS)


def read_file(path: Path) -> Iterator[Article | InputError]:
    """The articles of one file, and an InputError for anything that cannot be read."""
    reader = READERS.get(file_format(path))
    if reader is None:
        known = ", ".join(sorted(FORMATS))
        yield InputError(str(path), f"unsupported file type (expected one of {known})")
        return
    try:
        result = reader(path)
        if isinstance(result, Article):
            yield result
        else:
            yield from result
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(str(path), f"cannot read ({error.strerror or error})")
