"""Wire-credit detection on real news: what is credited, and what only mentions an agency.

Usage: python bench/origin_check.py FILE.jsonl...   (e.g. ../shared/data/polnear_train.jsonl)

There are no origin labels, so two checks stand in for them: an article whose opening
has an agency dateline ("(AP)", "(Reuters)", "(AFP)", "(UPI)") must be credited, and an
article that names an agency only in its body ("... told Reuters") must not be.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from consilience.ingest.origin import credited_agency

OPENING_DATELINE = re.compile(r"\((?:AP|Reuters|AFP|UPI)\)")
NAMED = re.compile(r"\b(?:Associated Press|Reuters|AFP|Agence France-Presse|UPI)\b")


def main(paths: list[str]) -> None:
    for path in paths:
        credited: Counter[str] = Counter()
        datelined = missed = named_only = wrongly = total = 0
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text", "")
                total += 1
                found = credited_agency(text)
                if found:
                    credited[found] += 1
                if OPENING_DATELINE.search(text[:400]):
                    datelined += 1
                    missed += found is None
                elif NAMED.search(text):
                    named_only += 1
                    wrongly += found is not None
        agencies = ", ".join(f"{name} {n}" for name, n in credited.most_common())
        print(f"{path}: {total} articles, {sum(credited.values())} credited ({agencies or 'none'})")
        print(f"  opening dateline: {datelined}, of which missed {missed}")
        print(f"  agency named elsewhere, no dateline: {named_only}, of which credited {wrongly}")


if __name__ == "__main__":
    main(sys.argv[1:])
