"""Finding input files (folders recurse, sorted) and reading them within a size limit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from consilience.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Whole-file formats above this are refused rather than loaded; JSONL and WARC stream."""


def expand(paths: Sequence[str | Path], wanted: frozenset[str]) -> Iterator[Path | InputError]:
    """Every file the paths name: files as given, folders recursively in sorted order.

    Inside folders, hidden files and files whose format is not in ``wanted`` are skipped.
    """
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from _walk(path, wanted)
        elif path.exists():
            yield path
        else:
            yield InputError(str(raw), "no such file or folder")


def _walk(folder: Path, wanted: frozenset[str]) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden and file_format(path) in wanted:
            yield path


def file_format(path: Path) -> str:
    """The format key of a file name: its suffix, with ".warc.gz" kept whole."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return path.suffix.lower()


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; an InputError when it is empty, too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                str(path), f"file is {size / 2**20:.0f} MB, over the {limit // 2**20} MB limit"
            )
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read ({error.strerror or error})") from error
    if not data.strip():
        raise InputError(str(path), "file is empty")
    return data


def source_name(path: Path) -> str:
    """The source of a file with no metadata: its name without extension."""
    name = path.name
    for suffix in (".warc.gz", path.suffix):
        if suffix and name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
