"""The demo corpus groups into exactly the stories its answer key names."""

from __future__ import annotations

from pathlib import Path

from answer_key import load_answer_key

from consilience import group_stories
from consilience.demo import corpus_path
from consilience.engines import LocalEngine
from consilience.nlp.models import Models
from consilience.store import Store


def test_demo_corpus_forms_the_answer_keys_stories(tmp_path: Path, models: Models) -> None:
    key = load_answer_key()
    with Store(tmp_path / "demo.db") as store:
        members, failed = group_stories(
            [str(corpus_path())], store=store, engine=LocalEngine(models)
        )
        articles = {a.id: a for a in store.iter_articles()}
    assert failed == ()
    found = set()
    for ids in members.values():
        refs = {key.match(articles[i].title, articles[i].url) for i in ids}
        assert None not in refs
        found.add(frozenset(ref.ref for ref in refs if ref is not None))
    in_stories = {ref for story in key.stories for ref in story.articles}
    unrelated = {frozenset([a.ref]) for a in key.articles if a.ref not in in_stories}
    expected = {frozenset(story.articles) for story in key.stories} | unrelated
    assert found == expected
