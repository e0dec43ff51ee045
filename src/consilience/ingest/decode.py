"""Bytes to text: UTF-8 (with or without BOM), else a detected charset; never mojibake.

A file that is not text (binary, undetectable encoding, mostly control characters)
is an InputError, not a string of replacement characters.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from consilience.errors import InputError

MAX_CONTROL_RATIO = 0.01
"""Share of control characters above which decoded text is taken to be binary."""

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters (Unicode category Cc) that text files do not contain."""

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """The text of ``data``; ``declared`` is a charset a header named, tried after UTF-8."""
    text = _by_bom(data) or _by_name(data, "utf-8") or _by_name(data, declared)
    if text is None:
        if b"\x00" in data:
            raise InputError(where, "binary file, not text")
        text = _detected(data, where)
    if _looks_binary(text):
        raise InputError(where, "binary file, not text")
    return text


def _by_bom(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _by_name(data, encoding)
    return None


def _by_name(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detected(data: bytes, where: str) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise InputError(where, "cannot tell the text encoding (not UTF-8; is it text?)")
    return str(best)


def _looks_binary(text: str) -> bool:
    """Too many control characters (other than whitespace) for this to be prose."""
    if not text:
        return False
    sample = text[:20000]
    controls = len(CONTROL.findall(sample))
    return controls > MAX_CONTROL_RATIO * len(sample) or "\x00" in sample
