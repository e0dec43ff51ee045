"""Which facts a claim unit states by value, and which units also support a second claim.

A unit is grouped into one claim, yet news packs several facts into one sentence; the
amounts, ordinals and dated verbs a unit states say which other claims it also supports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from consilience.crosscheck.contradictions import Statement
from consilience.model import Vector

DISTINCTIVE = 10.0  # amounts at least this large identify a fact by their value alone


def slot_keys(statement: Statement) -> frozenset[tuple[str, float]]:
    """Ordinals and amounts a sentence states, for "same fact" evidence beyond wording."""
    keys = {("#", float(o.value)) for o in statement.ordinals}
    for amount in statement.amounts:
        # A large number is distinctive whatever it counts ("40 ships", "40 vessels").
        value = amount.value
        keys.add(("", value) if value >= DISTINCTIVE else (amount.unit, value))
    return frozenset(keys)


def second_support(
    groups: Sequence[Sequence[int]],
    read: Sequence[Statement],
    probability: Vector,
    outlets: Mapping[str, str],
    link: float,
) -> list[list[int]]:
    """Per group, units of other groups that also state its distinctive slot.

    A sentence joins one group, but real news packs facts: "seized 23 lorries" may sit in
    the sentence that joined the claim about the border raid. A unit also supports a
    claim whose slot (the same counted thing and value, or the same day of the same verb)
    at least two outlets of the claim state, when it aligns with one of the claim's units
    (as likely as ``link``) and its article is not in the claim yet. Only units their own
    claim already corroborates are lent, so no detail one outlet alone gives is ever shown
    as corroborated this way.
    """
    slots = [_distinctive(statement) for statement in read]
    article = [statement.evidence.article_id for statement in read]
    outlet = [outlets[a] for a in article]
    owner = {i: g for g, members in enumerate(groups) for i in members}
    stating: dict[tuple[str, object], set[int]] = {}  # slot -> groups two outlets state it in
    for g, members in enumerate(groups):
        told: dict[tuple[str, object], set[str]] = {}
        for i in members:
            for slot in slots[i]:
                told.setdefault(slot, set()).add(outlet[i])
        for slot, who in told.items():
            if len(who) >= 2:
                stating.setdefault(slot, set()).add(g)
    lent: list[dict[str, tuple[float, int]]] = [{} for _ in groups]
    for u, own in enumerate(slots):
        home = groups[owner[u]]
        if len({outlet[i] for i in home}) < 2:
            continue
        for g in sorted(set().union(*(stating.get(slot, set()) for slot in own)) - {owner[u]}):
            members = list(groups[g])
            if article[u] in {article[i] for i in members}:
                continue
            likely = float(probability[u, members].max())
            if likely >= lent[g].get(article[u], (link, -1))[0]:
                lent[g][article[u]] = (likely, u)
    return [sorted(u for _, u in chosen.values()) for chosen in lent]


def _distinctive(statement: Statement) -> frozenset[tuple[str, object]]:
    """The slots that identify a fact: amounts, ordinals, and the day of a verb."""
    dated = {(verb, day) for verb, day, _ in statement.dated}
    return frozenset({*slot_keys(statement), *dated})
