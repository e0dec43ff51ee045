"""Train the speaker ranker on the PolNeAR training split and write its JSON model file.

    python bench/train_speakers.py ../shared/data/polnear_train.jsonl \\
        --dev ../shared/data/polnear_dev.jsonl [--cache-dir /work/cache] [--out PATH]

Each found gold direct quote of the training split gives one example per candidate
speaker (`consilience.nlp.candidates`): positive when the candidate names the annotated
source (the rules of `bench/quotes_eval.py`). A logistic regression is fitted on them;
the threshold below which a quote gets no speaker is the one that maximises 5-fold
cross-validated speaker accuracy on the training split (folds by article). The dev file
is only scored, never trained on. Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from consilience.nlp.annotate import split_sentences
from consilience.nlp.candidates import Candidate, Site, sites
from consilience.nlp.quotes import extract_quotes, prepare
from consilience.nlp.ranker import SpeakerModel
from quotes_eval import (
    Tally,
    best_match,
    gold_speaker,
    is_direct,
    is_role,
    parse,
    quoted_chars,
    spans_of,
    speaker_right,
)
from quotes_eval import report as print_report
from quotes_eval import score as score_row

MODEL_FILE = Path(__file__).parent.parent / "src/consilience/data/speaker_model.json"
FOLDS = 5
REGULARISATION = (0.1, 1.0, 10.0)
THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 14)]


@dataclass
class Example:
    """One found gold direct quote: its candidates' features, labels and gold speaker
    (with the annotated source as written and where the found quote starts)."""

    article: int
    candidates: list[Candidate]
    labels: list[bool]
    gold: str
    source: str = ""
    quote_start: int = 0


def examples(rows: Sequence[dict[str, Any]], docs: dict[str, Doc]) -> list[Example]:
    """Every found, checkable gold direct quote of the annotations, with its candidates."""
    articles = {text: i for i, text in enumerate(sorted(docs))}
    found_sites: dict[str, list[Site]] = {}
    for text, doc in docs.items():
        art, resolver = prepare(doc)
        found_sites[text] = sites(art, art.marked, resolver)
    found: list[Example] = []
    for row in rows:
        text = row["text"]
        attributions = [a for a in row["attributions"] if "content" in a]
        ordered = sorted(
            (a for a in attributions if a.get("source")), key=lambda a: spans_of(a["source"])[0][0]
        )
        inside = quoted_chars(text)
        places = found_sites[text]
        spans = [(p.quote.start, p.quote.end) for p in places]
        for attribution in attributions:
            content = spans_of(attribution["content"])
            if not is_direct(content, text, inside):
                continue
            at = best_match(content, spans)
            gold = gold_speaker(attribution, ordered, docs[text])
            if at is None or gold is None or is_role(gold):
                continue
            candidates = places[at].candidates
            labels = [speaker_right(c.speaker.name, gold) for c in candidates]
            source = str((attribution.get("source") or {}).get("text", "")).strip()
            start = places[at].quote.start
            found.append(Example(articles[text], candidates, labels, gold, source, start))
    return found


def fit(
    train: Sequence[Example], names: list[str], strength: float
) -> tuple[dict[str, float], float]:
    """Logistic-regression weights (by feature name) and bias over the candidates."""
    rows = [c.features for e in train for c in e.candidates]
    labels = [y for e in train for y in e.labels]
    matrix = np.array([[f.get(n, 0.0) for n in names] for f in rows])
    model = LogisticRegression(C=strength, max_iter=2000, solver="lbfgs")
    model.fit(matrix, np.array(labels))
    weights = {n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)}
    return weights, round(float(model.intercept_[0]), 4)


def accuracy(model: SpeakerModel, test: Sequence[Example]) -> float:
    """Share of quotes whose chosen speaker (or None) is the gold one."""
    right = 0
    for example in test:
        best = model.choose(example.candidates)
        right += speaker_right(best.speaker.name if best is not None else None, example.gold)
    return right / max(len(test), 1)


def cross_validate(data: Sequence[Example], names: list[str]) -> dict[tuple[float, float], float]:
    """Speaker accuracy of each (regularisation, threshold) over FOLDS folds by article."""
    right = {(c, t): 0.0 for c in REGULARISATION for t in THRESHOLDS}
    for fold in range(FOLDS):
        train = [e for e in data if e.article % FOLDS != fold]
        test = [e for e in data if e.article % FOLDS == fold]
        for strength in REGULARISATION:
            weights, bias = fit(train, names, strength)
            for threshold in THRESHOLDS:
                model = SpeakerModel(weights, bias, threshold)
                right[strength, threshold] += accuracy(model, test) * len(test)
    return {k: r / len(data) for k, r in right.items()}


def dev_score(path: Path, cache: Path, model: SpeakerModel) -> tuple[Tally, float]:
    """The full quote evaluation of the dev file with this model, and the ranker's
    accuracy on the dev quotes measured as in cross-validation (like for like)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("text")]
    docs, _ = parse(sorted({r["text"] for r in rows}), cache)
    started = time.perf_counter()
    extracted = {d.text: extract_quotes(d, split_sentences(d), model) for d in docs}
    by_text = {d.text: d for d in docs}
    seconds = time.perf_counter() - started
    tally = Tally()
    for row in rows:
        score_row(row, by_text[row["text"]], extracted[row["text"]], tally)
    print_report(tally, len(rows), len(docs), 0.0, seconds)
    ranked = accuracy(model, examples(rows, by_text))
    print(f"ranker accuracy on dev quotes, as in CV: {ranked:.3f}")
    return tally, ranked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--dev", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    raw = args.data.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    rows = [r for r in rows if r.get("text")]
    texts = sorted({r["text"] for r in rows})
    parsed, _ = parse(texts, args.cache_dir / f"{args.data.stem}.spacy")
    data = examples(rows, {d.text: d for d in parsed})
    names = sorted({n for e in data for c in e.candidates for n in c.features})
    print(f"{len(data)} found gold direct quotes, {sum(len(e.labels) for e in data)} candidates")
    folds = cross_validate(data, names)
    strength, threshold = max(folds, key=lambda k: (folds[k], -k[1], -k[0]))
    cv = folds[strength, threshold]
    print(f"5-fold CV speaker accuracy {cv:.3f} at C={strength}, threshold {threshold}")
    weights, bias = fit(data, names, strength)
    model = SpeakerModel(weights, bias, threshold)
    tally, ranked = dev_score(args.dev, args.cache_dir / f"{args.dev.stem}.spacy", model)
    checked = tally.found - tally.unverifiable
    out = {
        "about": "Speaker ranker of consilience: logistic regression over candidate evidence, "
        "trained by bench/train_speakers.py on the PolNeAR training split.",
        "training_data": args.data.name,
        "training_data_sha256": hashlib.sha256(raw).hexdigest(),
        "cv_speaker_accuracy": round(cv, 4),
        "regularisation_c": strength,
        "dev_speaker_accuracy": round(tally.speaker_right / max(checked, 1), 4),
        "dev_ranker_accuracy": round(ranked, 4),
        "dev_precision": round(tally.correct / max(tally.extracted, 1), 4),
        "dev_direct_recall": round(tally.found / max(tally.gold_direct, 1), 4),
        "threshold": threshold,
        "bias": bias,
        "weights": weights,
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
