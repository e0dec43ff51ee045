"""Learn the speech-verb list from PolNeAR's annotated attribution cues.

    python bench/speech_verbs_fit.py ../shared/data/polnear_train.jsonl \\
        [--cache-dir /tmp] [--min-cues 10] [--min-ratio 0.7] [--leave-out a,b] [--write]

PolNeAR marks the CUE of every attribution ("said", "tweeted", "according to"). For each
verb lemma of the training split (spaCy parse, cached like `bench/train_speakers.py`) this
counts how often the verb occurs and how often it lies inside an annotated cue, and
proposes the lemmas cued at least ``--min-cues`` times in at least ``--min-ratio`` of their
occurrences. The hand-picked lemmas of the package's list (its lines without a
"learned" comment) are kept and shown with their numbers, so a wrong one can be struck
by hand; ``--leave-out`` names learned lemmas not to add (a band of them that did not
raise the speaker ranker's train CV). ``--write`` rewrites
`src/consilience/data/speech_verbs.txt`: the hand-picked lemmas, then the learned ones,
each with its counts. Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from quotes_eval import parse, spans_of

LIST_FILE = Path(__file__).parent.parent / "src/consilience/data/speech_verbs.txt"
LEARNED = "# learned"


def hand_picked() -> list[str]:
    """The list's lemmas that no earlier run of this script added."""
    lines = LIST_FILE.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#") and "#" not in ln]


def cue_starts(rows: list[dict[str, Any]]) -> dict[str, set[int]]:
    """Per text, every character offset inside an annotated cue (any annotator)."""
    inside: dict[str, set[int]] = {}
    for row in rows:
        chars = inside.setdefault(row["text"], set())
        for attribution in row.get("attributions", []):
            cue = attribution.get("cue")
            if cue and cue.get("span"):
                for start, end in spans_of(cue):
                    chars.update(range(start, end))
    return inside


def count(docs: list[Doc], inside: dict[str, set[int]]) -> tuple[Counter[str], Counter[str]]:
    """Occurrences of each verb lemma and how many of them lie inside a cue."""
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    for doc in docs:
        chars = inside.get(doc.text, set())
        for token in doc:
            if token.pos_ != "VERB" or not token.is_alpha:
                continue
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            cued[lemma] += token.idx in chars
    return seen, cued


def proposed(seen: Counter[str], cued: Counter[str], min_cues: int, min_ratio: float) -> list[str]:
    """The lemmas cued often enough, and in a large enough share of their uses."""
    return sorted(
        lemma
        for lemma in seen
        if cued[lemma] >= min_cues and cued[lemma] / seen[lemma] >= min_ratio
    )


def write_list(hand: list[str], learned: list[str], header: str, counts: dict[str, str]) -> None:
    """The list file: its header, the hand-picked lemmas, then the learned ones marked."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()] + hand
    lines += [f"{lemma}  {LEARNED}: {counts[lemma]}" for lemma in learned]
    LIST_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--min-cues", type=int, default=10)
    parser.add_argument("--min-ratio", type=float, default=0.7)
    parser.add_argument("--leave-out", default="", help="comma-separated lemmas")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("text")]
    docs, _ = parse(sorted({r["text"] for r in rows}), args.cache_dir / f"{args.data.stem}.spacy")
    seen, cued = count(docs, cue_starts(rows))
    hand = set(hand_picked())
    left_out = sorted(filter(None, args.leave_out.split(",")))
    learned = [w for w in proposed(seen, cued, args.min_cues, args.min_ratio) if w not in left_out]
    print("lemma\tcued\tseen\tratio\tsource")
    for lemma in sorted(hand | set(learned), key=lambda w: (-cued[w] / max(seen[w], 1), w)):
        source = (
            "hand+data"
            if lemma in hand and lemma in learned
            else ("hand" if lemma in hand else "data")
        )
        ratio = cued[lemma] / max(seen[lemma], 1)
        print(f"{lemma}\t{cued[lemma]}\t{seen[lemma]}\t{ratio:.2f}\t{source}")
    new = sorted(set(learned) - hand)
    print(f"{len(hand)} hand-picked, {len(learned)} learned, {len(new)} new: {' '.join(new)}")
    if args.write:
        header = (
            'Lemmas of verbs that report speech or writing ("said", "tweeted", "slammed"): a\n'
            "quote hanging from one is someone's utterance, and a that-clause of one is\n"
            "indirect speech. The one speech-verb list of the package (consilience, Apache-2.0).\n"
            "Hand-picked from news attribution, then (marked learned) every verb lemma that\n"
            "lies inside an annotated attribution cue of PolNeAR's training split at least\n"
            f"{args.min_cues} times and in at least {args.min_ratio:.0%} of its occurrences as a\n"
            "verb (bench/speech_verbs_fit.py; thresholds chosen by train CV of the speaker\n"
            "ranker and train indirect-speech precision). Left out, as adding them did not\n"
            f"raise that CV: {', '.join(left_out) or 'none'}."
        )
        counts = {w: f"in a cue {cued[w]} of {seen[w]} times" for w in new}
        write_list(sorted(hand), new, header, counts)
        print(f"wrote {LIST_FILE}")


if __name__ == "__main__":
    main()
