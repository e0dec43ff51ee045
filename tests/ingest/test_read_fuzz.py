"""Whatever bytes arrive, a reader gives articles or InputErrors, and the store stays sound."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consilience.errors import InputError
from consilience.ingest import FORMATS, ingest, read_inputs
from consilience.model import Article
from consilience.store import Store

ENCODINGS = ("utf-8", "utf-16", "latin-1", "cp1252", "shift_jis", "koi8-r")
SUFFIXES = sorted(FORMATS)

html_text = st.builds(
    lambda title, paras: (
        f"<html><head><title>{title}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    ),
    st.text(max_size=40),
    st.lists(st.text(max_size=200), max_size=5),
)
payloads = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.text(max_size=500), st.sampled_from(ENCODINGS)).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")
    ),
    html_text.map(str.encode),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=payloads, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_in_any_format_give_articles_or_input_errors(payload: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(payload)
        for item in read_inputs([path]):
            assert isinstance(item, Article | InputError)
            if isinstance(item, Article):
                assert item.text.strip() and "\x00" not in item.text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(payloads, st.sampled_from(SUFFIXES)), min_size=1, max_size=4))
def test_ingesting_garbage_never_corrupts_the_store(files: list[tuple[bytes, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, (payload, suffix) in enumerate(files):
            path = Path(folder) / f"input{number}{suffix}"
            path.write_bytes(payload)
            paths.append(path)
        with Store(Path(folder) / "fuzz.db") as store:
            store.add_articles([Article("known", "s", None, None, None, None, "Kept text.")])
            summary = ingest(paths, store)
            assert store.article_count() == 1 + len(summary.added)
            assert store.get_article("known") is not None
            assert all(store.get_article(i) is not None for i in summary.added)
