"""Union-find over a story's small sets: name forms that entity resolution merges, quote
renderings that quote grouping joins, sums that outlets give converted beside each other."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Generic, TypeVar

Name = tuple[str, ...]
Member = TypeVar("Member", Name, int, float)


class UnionFind(Generic[Member]):
    """Union-find (small: one story's distinct names or renderings); the least member of a
    group is its root, so groups come out in a stable order."""

    def __init__(self, forms: Iterable[Member]) -> None:
        self.parent: dict[Member, Member] = {f: f for f in forms}

    def __contains__(self, form: Member) -> bool:
        return form in self.parent

    def root(self, form: Member) -> Member:
        while self.parent[form] != form:
            self.parent[form] = self.parent[self.parent[form]]
            form = self.parent[form]
        return form

    def union(self, a: Member, b: Member) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[Member, list[Member]]:
        out: dict[Member, list[Member]] = defaultdict(list)
        for form in sorted(self.parent):
            out[self.root(form)].append(form)
        return out


Clusters = UnionFind[Name]
"""The groups of name forms entity resolution builds, merge by merge."""
