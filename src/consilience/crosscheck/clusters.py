"""Union-find over a story's name forms: the groups entity resolution builds, merge by merge."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

Name = tuple[str, ...]


class Clusters:
    """Union-find over forms (small: one story's distinct names)."""

    def __init__(self, forms: Iterable[Name]) -> None:
        self.parent = {f: f for f in forms}

    def root(self, form: Name) -> Name:
        while self.parent[form] != form:
            self.parent[form] = self.parent[self.parent[form]]
            form = self.parent[form]
        return form

    def union(self, a: Name, b: Name) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[Name, list[Name]]:
        out: dict[Name, list[Name]] = defaultdict(list)
        for form in sorted(self.parent):
            out[self.root(form)].append(form)
        return out
