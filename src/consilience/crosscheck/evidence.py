"""Evidence spans: the sentence of an article that holds a finding."""

from __future__ import annotations

from bisect import bisect_right

from consilience.model import AnnotatedArticle, Evidence


def sentence_evidence(annotated: AnnotatedArticle, offset: int) -> Evidence | None:
    """The sentence around a character offset, as evidence (None outside every sentence)."""
    sentences = annotated.sentences
    at = bisect_right([s.start for s in sentences], offset) - 1
    if at < 0 or offset >= sentences[at].end:
        return None
    sentence = sentences[at]
    return Evidence(annotated.article.id, sentence.text, sentence.start, sentence.end)
