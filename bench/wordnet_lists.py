"""Derive the cause-of-death and place-of-death word lists from Princeton WordNet 3.0.

Usage: python bench/wordnet_lists.py WORDNET_DICT_DIR
(the directory holding ``data.noun``, e.g. /usr/share/wordnet from Debian's wordnet-base).
Writes ``src/consilience/data/illnesses.txt`` and ``src/consilience/data/death_places.txt``.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src/consilience/data"
# ill_health.n.01, disorder.n.01 (physical condition), attack.n.09 (of an illness: a stroke,
# a heart attack) and mental_illness.n.01: every named ailment below them.
ILLNESS_ROOTS = ("14052046", "14052403", "14081375", "14380140")
# Synsets whose names say only that someone was ill ("disease", "complication", "failure"),
# or name a class of causes that WordNet does not link to its kinds ("infection" is not above
# "pneumonia", "injury" and "shock" are what many deaths involve), and those of animals and
# plants: kept in the tree as links, never matched as a cause.
TOO_GENERAL = frozenset(
    ("14052046", "14052403", "14081375", "14380140", "14061805", "14070360", "13923440",
     "14074041", "14055408", "14059663", "14066203", "14253124", "14276936", "14234074",
     "14204950", "14395018", "14174549", "14285662", "14067076")
)  # fmt: skip
PLACES = {
    "home": ("03259505",),  # dwelling.n.01
    # medical_building.n.01, medical_institution.n.01, nursing_home.n.01, hospice.n.01
    "care": ("03739518", "08053905", "03528100", "00697249"),
    "prison": ("03907654",),  # penal_institution.n.01
}
AMBIGUOUS = frozenset({"home", "institution", "hall", "court", "lodge", "hearth", "fireside"})


def read(
    directory: Path,
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Synset -> lemmas (as written), hyponyms and hypernyms, from ``data.noun``."""
    lemmas, down, up = {}, defaultdict(list), defaultdict(list)
    for line in (directory / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        fields = line.split("|")[0].split()
        count = int(fields[3], 16)
        lemmas[fields[0]] = [fields[4 + 2 * i] for i in range(count)]
        at = 5 + 2 * count
        for i in range(int(fields[at - 1])):
            symbol, target, pos = fields[at + 4 * i : at + 4 * i + 3]
            if pos == "n" and symbol in ("~", "~i"):
                down[fields[0]].append(target)
            elif pos == "n" and symbol in ("@", "@i"):
                up[fields[0]].append(target)
    return lemmas, down, up


def below(roots: tuple[str, ...], down: dict[str, list[str]]) -> set[str]:
    """The roots and every synset under them."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(down[node])
    return seen


def common(lemma: str) -> bool:
    """A common noun (no capital: "Alzheimer's_disease" stays, since its head is common)."""
    return lemma.split("_")[-1].islower() and len(lemma) > 2


def main() -> None:
    lemmas, down, up = read(Path(sys.argv[1]))
    ill = below(ILLNESS_ROOTS, down)
    lines = [
        "# Ailments news names as a cause of death, one WordNet 3.0 noun synset a line: its id,",
        '# its lemmas joined by commas (words of a lemma by "_"), then the ids of its hypernyms',
        "# in the list. Derived by bench/wordnet_lists.py from Princeton WordNet 3.0 (WordNet",
        "# licence): every synset under ill_health, disorder (physical), attack (of an illness)",
        '# and mental_illness; an id marked * is a general name ("disease", "complication")',
        "# kept only as a link, never read as a cause.",
    ]
    for node in sorted(ill):
        names = ",".join(w.lower() for w in lemmas[node])  # eponyms too: "Alzheimer's"
        parents = " ".join(p for p in up[node] if p in ill)
        if names:
            mark = "*" if node in TOO_GENERAL else ""
            lines.append(f"{node}{mark} {names} {parents}".rstrip())
    (DATA / "illnesses.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    places = [
        '# Where someone died, as groups: a dwelling ("at his home"), a place of care ("in',
        '# hospital", "at a hospice") or a prison. One group a line, its name first. Derived by',
        "# bench/wordnet_lists.py from Princeton WordNet 3.0: the lemmas under dwelling.n.01;",
        "# medical_building.n.01, medical_institution.n.01, nursing_home.n.01 and hospice.n.01;",
        '# penal_institution.n.01. Proper names and words of several senses ("home" is also a',
        '# nursing home, "hall", "court") are left out of every group but their own.',
    ]
    for name, roots in PLACES.items():
        words = {
            w.lower()
            for node in below(roots, down)
            for w in lemmas[node]
            if common(w) and (w.lower() not in AMBIGUOUS or w.lower() == name)
        }
        places.append(" ".join([name, *sorted(words)]))
    (DATA / "death_places.txt").write_text("\n".join(places) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
