"""One canonical entity per real-world person, organisation or place in a story.

NER labels are noisy (a city tagged PERSON, a surname tagged GPE), so mentions are
grouped by their names, not their labels: same name across transliterations
(Odessa/Odesa via the geonames alternate names, Chaikovsky/Chaykovsky via a phonetic
fold), then a short name joins the one longer name that contains it (Lund ->
Erik Lund) unless it is ambiguous; a surname several people share joins the one each
article names by it (``variants.merge_lone_surnames``). The type is the majority label of
the fullest spellings.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from consilience.crosscheck.acronyms import bracketed, expanded_before, initials, is_acronym
from consilience.crosscheck.aliases import only_theirs, text_links, with_aliases
from consilience.crosscheck.clusters import Clusters
from consilience.crosscheck.forms import (
    PLACE_LABELS,
    Form,
    collect_forms,
    core_surface,
    lowercase_words,
)
from consilience.crosscheck.gazetteer import gazetteer_name
from consilience.crosscheck.names import (
    contains,
    designators,
    holding_word,
    may_be_one,
    part_of,
    same_name,
    widened,
)
from consilience.crosscheck.stand_ins import stand_ins
from consilience.crosscheck.terms import with_expansions, with_spellings
from consilience.crosscheck.titles import role_names
from consilience.crosscheck.variants import (
    merge_lone_surnames,
    merge_middle_words,
    merge_pet_names,
    merge_spouse_names,
    merge_street_variants,
    merge_surname_typos,
)
from consilience.model import AnnotatedArticle, Entity, QuoteMention
from consilience.text import word_list
from consilience.text.names import clean_name, fold, name_tokens


@dataclass(frozen=True)
class EntityIndex:
    """The story's entities and which mention belongs to which."""

    entities: tuple[Entity, ...]
    mention_entity: Mapping[tuple[str, int], str]  # (article_id, mention start) -> entity id
    # Names already looked up: a story's quotes name the same few speakers many times.
    _found: dict[str, Entity | None] = field(default_factory=dict, compare=False, repr=False)

    def entity_id_at(self, article_id: str, start: int) -> str | None:
        """The entity of the mention starting at ``start`` in an article, if any."""
        return self.mention_entity.get((article_id, start))

    def entity_ids_in(self, article_id: str, start: int, end: int) -> frozenset[str]:
        """Entities mentioned inside a span of an article (for aligning claims)."""
        return frozenset(
            entity
            for (aid, offset), entity in self.mention_entity.items()
            if aid == article_id and start <= offset < end
        )

    def speaker_of(self, mention: QuoteMention) -> Entity | None:
        """The entity a quote's speaker is (None when the speaker is unknown or not found)."""
        return self.find(mention.speaker) if mention.speaker else None

    def find(self, name: str) -> Entity | None:
        """The entity a name (e.g. a speaker) refers to: same name, or the one that contains it."""
        if name not in self._found:
            self._found[name] = self._lookup(name)
        return self._found[name]

    def _lookup(self, name: str) -> Entity | None:
        tokens = name_tokens(clean_name(name))
        if not tokens:
            return None
        named = self._alias_tokens
        exact = [e for e, aliases in named if any(same_name(tokens, a) for a in aliases)]
        if exact:
            return max(exact, key=lambda e: e.mentions)
        containing = [e for e, aliases in named if any(contains(a, tokens) for a in aliases)]
        return containing[0] if len(containing) == 1 else None

    @cached_property
    def _alias_tokens(self) -> list[tuple[Entity, list[tuple[str, ...]]]]:
        """Each entity with the folded words of its names, read once for every lookup."""
        return [
            (e, [name_tokens(clean_name(a)) for a in (e.name, *e.aliases)]) for e in self.entities
        ]


def _majority(labels: Mapping[str, float]) -> str:
    return min(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _type_votes(members: Sequence[Form]) -> dict[str, float]:
    """Label votes of the fullest spellings (NER labels "Donald Trump" better than "Trump").

    A fullest spelling the gazetteer knows adds a place vote, so a lone "Uppsala" tagged
    PERSON stays a place, but a surname that is also a town's name ("Lund") does not make
    Erik Lund a place.
    """
    longest = max(len(form.tokens) for form in members)
    votes: dict[str, float] = defaultdict(float)
    for form in (f for f in members if len(f.tokens) == longest):
        for label, count in form.labels.items():
            votes[label] += count
        if gazetteer_name(form.tokens):
            votes["GPE"] += 1.5
    return votes


def _compatible(
    short: Form, long_labels: Counter[str], outlets: frozenset[tuple[str, ...]]
) -> bool:
    """A short name may join a longer one unless it is an outlet, only ever a place, or only
    ever a nationality or party adjective ("Democratic" is not a Democratic committee)."""
    if (short.tokens in outlets and long_labels.get("PERSON", 0)) or set(short.labels) == {"NORP"}:
        return False
    return not (set(short.labels) <= PLACE_LABELS and _majority(long_labels) == "PERSON")


def _coordinated(form: Form) -> bool:
    """A mention naming two things at once ("NATO & UN") stands for neither alone.

    Only "&" says so: "and" is often inside one name ("Dock and Harbour Workers' Union").
    """
    return any(re.search(r"\s&\s", w) for w in (*form.surfaces, *form.written))


def _phrases(forms: Mapping[tuple[str, ...], Form]) -> set[tuple[str, ...]]:
    """Mentions that name two things at once, so stand for neither: "NATO & UN", or a
    headline NER read as one name holding two people's ("Ana Ruiz Meets Tom Hale")."""
    people = [t for t, f in forms.items() if len(t) > 1 and _majority(f.labels) == "PERSON"]
    out = {t for t, f in forms.items() if _coordinated(f)}
    for tokens in forms:
        spans = [
            (i, i + len(p))
            for p in people
            for i in range(len(tokens) - len(p) + 1)
            if len(p) < len(tokens) and tokens[i : i + len(p)] == p
        ]
        if any(a_end <= b_start for _, a_end in spans for b_start, _ in spans):
            out.add(tokens)
    return out


def _owner(
    short: Form,
    forms: Mapping[tuple[str, ...], Form],
    clusters: Clusters,
    phrases: set[tuple[str, ...]],
) -> tuple[str, ...] | None:
    """The one entity whose longer name contains a short name.

    When several do, a single one ending with it wins ("Trump" is Donald Trump, not
    Trump Tower); two such ("Donald Trump", "Melania Trump") leave it alone. Two
    places the gazetteer knows are two places (York, New York).
    """
    own = clusters.root(short.tokens)
    place = gazetteer_name(short.tokens) is not None
    longer = [
        f.tokens
        for f in forms.values()
        if part_of(f.tokens, short.tokens)
        and not (place and gazetteer_name(f.tokens))
        and f.tokens not in phrases
        and not any(":" in surface for surface in f.surfaces)  # "Ana Ruiz: A Life" is a book
        and not _lower_inside(f, short)
    ]
    if place and len(_named_after(short.tokens, forms, clusters) - {own}) > 1:
        return None  # Veradell Zoo, University of Veradell: the city is neither
    n = len(short.tokens)
    ending = [t for t in longer if same_name(t[-n:], short.tokens)]
    # "Patrick Gray" inside "L. Patrick Gray" is one chain: then the fullest name wins.
    fullest = [t for t in ending if not any(part_of(u, t) for u in ending)]
    owners: set[tuple[str, ...]] = set()
    for candidates in (longer, ending, fullest):
        owners = {clusters.root(t) for t in candidates} - {own}
        if len(owners) <= 1:
            break
    return owners.pop() if len(owners) == 1 else None


def _lower_inside(long: Form, short: Form) -> bool:
    """Whether a longer mention only writes a capitalised name's words in lower case: NER's
    "Brandt five times" holds the word "times", not the newspaper "Times"."""
    if not any(s[:1].isupper() for s in short.surfaces):
        return False
    cores = [core_surface(s, short.tokens) for s in long.surfaces]
    return all(c != s and c[:1].islower() for c, s in zip(cores, long.surfaces, strict=True))


def _named_after(
    place: tuple[str, ...], forms: Mapping[tuple[str, ...], Form], clusters: Clusters
) -> set[tuple[str, ...]]:
    """The entities whose names contain a place's name with more than designators."""
    return {
        clusters.root(f.tokens)
        for f in forms.values()
        if contains(f.tokens, place) and not set(f.tokens) - set(place) <= designators()
    }


def _merge_containments(
    forms: Mapping[tuple[str, ...], Form], clusters: Clusters, outlets: frozenset[tuple[str, ...]]
) -> None:
    """Join each name to the single longer name containing it; leave ambiguous ones alone."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for form in forms.values():
        labels[clusters.root(form.tokens)] += form.labels
    joins: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    phrases = _phrases(forms)
    holding = holding_word(forms)
    for short in forms.values():
        pool = _may_hold(short, forms, holding)
        owner = None if short.tokens in outlets else _owner(short, pool, clusters, phrases)
        if owner is not None and _compatible(short, labels[owner], outlets):
            joins.append((short.tokens, owner))
    for a, b in joins:
        clusters.union(a, b)


def _may_hold(
    short: Form,
    forms: Mapping[tuple[str, ...], Form],
    holding: Callable[[str], frozenset[tuple[str, ...]]],
) -> Mapping[tuple[str, ...], Form]:
    """The forms that may contain a one-word name (``holding_word``), so only they are
    compared with it; all forms for a longer name."""
    if len(short.tokens) > 1:
        return forms
    held = holding(short.tokens[0])
    return {tokens: form for tokens, form in forms.items() if tokens in held}


def _merge_widened(forms: Mapping[tuple[str, ...], Form], clusters: Clusters) -> None:
    """Join a name to the one name that only adds a word inside it."""
    for short in forms:
        owners = {clusters.root(long) for long in forms if widened(long, short)}
        if len(owners - {clusters.root(short)}) == 1:
            clusters.union(short, owners.pop())


def _merge_acronyms(
    articles: Sequence[AnnotatedArticle],
    forms: Mapping[tuple[str, ...], Form],
    clusters: Clusters,
    name_at: Mapping[tuple[str, int], tuple[str, ...]],
) -> list[tuple[tuple[str, ...], str]]:
    """Join an all-capitals name to the one multi-word name it abbreviates (US, EU), or to
    the name an article writes it after in brackets. Returns the acronyms written only at
    the head of a longer name ("UN" in "UN Security Council"), as aliases of what they
    abbreviate."""
    by_initials: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for form in forms.values():
        if len(form.tokens) > 1:
            for surface in form.surfaces:
                for letters in initials(surface):
                    by_initials[letters].add(form.tokens)
    for form in forms.values():
        upper = len(form.tokens) == 1 and is_acronym(list(form.surfaces))
        owners = {clusters.root(t) for t in by_initials.get(form.tokens[0], ())} if upper else set()
        if len(owners) == 1:
            clusters.union(form.tokens, owners.pop())
    for name, acronym in bracketed(articles, name_at):
        clusters.union(name, acronym)
    heads = {
        w for f in forms.values() for s in f.surfaces if len(f.tokens) > 1 for w in s.split()[:1]
    }
    found = []
    for head in heads:
        owners = {clusters.root(t) for t in by_initials.get(fold(head), ())}
        if is_acronym([head]) and len(fold(head)) > 1 and len(owners) == 1:
            found.append((owners.pop(), head))
    return found


def _canonical(members: Sequence[Form]) -> str:
    """The fullest, most used spelling NER found, without a courtesy title when the text
    writes the name without one too ("Ana Ruiz", not "Dr. Ana Ruiz"); a
    gazetteer's own spelling wins ties."""
    surfaces: Counter[str] = Counter()
    for form in [f for f in members if f.places]:
        surfaces += form.surfaces
    gazetteer = {gazetteer_name(f.tokens) for f in members} - {None}

    def rank(surface: str) -> tuple[int, bool, int, int, str]:
        return (
            -len(name_tokens(surface)),
            fold(surface.split()[0]) in word_list("honorifics"),
            -surfaces[surface],
            0 if surface in gazetteer else 1,
            surface,
        )

    return min(surfaces, key=rank)


def entity_id(entity_type: str, name: str) -> str:
    """A stable entity id: a hash of type and canonical name."""
    return "e_" + hashlib.sha1(f"{entity_type}:{name}".encode()).hexdigest()[:12]


def _build_entity(members: Sequence[Form]) -> Entity:
    places: list[tuple[str, int]] = []
    aliases: set[str] = set()
    for form in members:
        places.extend(form.places)
        aliases.update(form.surfaces, form.written)
    name = _canonical(members)
    entity_type = _majority(_type_votes(members))
    return Entity(
        id=entity_id(entity_type, name),
        name=name,
        type=entity_type,
        aliases=tuple(sorted(aliases - {name})),
        article_ids=tuple(sorted({a for a, _ in places})),
        mentions=len(places),
    )


def resolve_entities(articles: Sequence[AnnotatedArticle]) -> EntityIndex:
    """Group the story's entity mentions into one entity per real-world referent."""
    ordinary = lowercase_words(articles)
    forms = collect_forms(articles, ordinary)
    outlets = frozenset(name_tokens(a.article.source) for a in articles)
    clusters = Clusters(forms)
    for a, b in may_be_one(forms):
        if same_name(a, b) and (a in outlets) == (b in outlets):
            clusters.union(a, b)
    _merge_widened(forms, clusters)
    merge_middle_words(forms, clusters, ordinary)
    merge_street_variants(forms, clusters, ordinary)
    name_at = {place: form.tokens for form in forms.values() for place in form.places}
    described = _merge_acronyms(articles, forms, clusters, name_at)
    links = text_links(articles, name_at)
    person_forms = {t for t, f in forms.items() if _majority(f.labels) == "PERSON"}
    described += stand_ins(articles, name_at, person_forms)
    described += expanded_before(articles, name_at)
    for a, b in links.same:
        clusters.union(a, b)
    _merge_containments(forms, clusters, outlets)
    merge_lone_surnames(forms, clusters)
    merge_pet_names(forms, clusters)
    merge_surname_typos(forms, clusters, ordinary)
    merge_spouse_names(forms, clusters, {a.article.id: a.article.text for a in articles})
    entities: list[Entity] = []
    mention_entity: dict[tuple[str, int], str] = {}
    entity_of_form: dict[tuple[str, ...], str] = {}
    for members in clusters.groups().values():
        if not any(forms[m].places for m in members):
            continue  # a spelling NER missed that joined no name of the story
        entity = _build_entity([forms[m] for m in members])
        entities.append(entity)
        for member in members:
            mention_entity.update({place: entity.id for place in forms[member].places})
            entity_of_form[member] = entity.id
    people = {e.id for e in entities if e.type == "PERSON"}
    aliases = role_names(articles, {k: v for k, v in mention_entity.items() if v in people})
    for owner, texts in only_theirs([*described, *links.described], entity_of_form).items():
        aliases.setdefault(owner, set()).update(texts)
    entities = [with_aliases(e, aliases.get(e.id, set())) for e in entities]
    entities = with_spellings(entities, articles, entity_id)
    entities = with_expansions(entities, articles, entity_id)
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return EntityIndex(tuple(entities), mention_entity)
