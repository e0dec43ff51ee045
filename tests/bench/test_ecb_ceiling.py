"""The ceiling reads headlines below a web address, and scores as ``ecb_alignment.py`` reads
a report (two invented ECB+-shaped articles about one ferry sinking)."""

from __future__ import annotations

import json
from pathlib import Path

from ecb_ceiling import headlines, score
from ecb_missed import Sentences

ADDRESS = "http: / / www. harbour. example / 2012 / ferry - sinks - off - crete"
DOCS = {
    "1_1ecbplus": [ADDRESS, "Ferry sinks off Crete", "A ferry sank off Crete on Monday."],
    "1_2ecbplus": ["Crete ferry goes down", "The ferry sank near Crete on Monday."],
}
SINKING = {"1_1ecbplus": (1, 2), "1_2ecbplus": (0, 1)}  # lines mentioning the sinking


def corpus(tmp_path: Path) -> tuple[Path, Sentences]:
    docs, mentions = tmp_path / "docs.jsonl", tmp_path / "mentions.jsonl"
    docs.write_text(
        "".join(json.dumps({"id": d, "text": "\n".join(t)}) + "\n" for d, t in DOCS.items())
    )
    rows = [
        {"id": d, "events": [{"sentence": k, "chain": "SINK"} for k in lines]}
        for d, lines in SINKING.items()
    ]
    mentions.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return docs, Sentences(docs, mentions)


def test_a_headline_below_its_web_address_is_the_headline(tmp_path: Path) -> None:
    docs, _ = corpus(tmp_path)
    assert headlines(docs) == {("1_1ecbplus", 1), ("1_2ecbplus", 0)}


def test_the_scorer_reads_a_headline_spelt_in_the_address_as_the_address(tmp_path: Path) -> None:
    _, sentences = corpus(tmp_path)
    assert sentences.read_back(("1_1ecbplus", 1)) == ("1_1ecbplus", 0)
    assert sentences.read_back(("1_1ecbplus", 2)) == ("1_1ecbplus", 2)
    assert sentences.read_back(("1_2ecbplus", 0)) == ("1_2ecbplus", 0)


def test_pairs_of_a_misread_headline_never_count(tmp_path: Path) -> None:
    docs, sentences = corpus(tmp_path)
    heads = headlines(docs)
    # every sentence with every other article's: 4 gold pairs, all found by the oracle
    assert score(sentences, 1, 1, heads, as_read=False) == (4, 0, 0)
    # as read, the first article's headline stands for its address: 2 pairs are lost
    assert score(sentences, 1, 1, heads, as_read=True) == (2, 0, 2)
