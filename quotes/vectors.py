"""Word similarity from natasha's navec news vectors (shipped with natasha).

The role ranker asks how close two role words are: `оппозиционер` is near
`активист` and far from `король`, `эксперт` near `политолог`. A word the
vectors lack is dissimilar to everything (0.0). The natasha backend hands
over the embedding it already loaded; otherwise (the Stanza backend) it is
loaded once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import numpy as np

_embedding = None


def use(embedding) -> None:
    """Share an embedding already loaded (natasha's `NewsEmbedding`)."""
    global _embedding
    _embedding = embedding
    _unit.cache_clear()


def _vectors():
    global _embedding
    if _embedding is None:
        from natasha import NewsEmbedding

        _embedding = NewsEmbedding()
    return _embedding


@lru_cache(maxsize=4096)
def _unit(word: str) -> Optional[np.ndarray]:
    vectors = _vectors()
    if word not in vectors:
        return None
    vector = np.asarray(vectors[word], dtype=float)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else None


def similarity(a: str, b: str) -> float:
    """The cosine of two lower-case words (lemmas), 1.0 for the same word,
    0.0 where either is unknown; never below 0."""
    if a == b:
        return 1.0
    x, y = _unit(a.lower()), _unit(b.lower())
    if x is None or y is None:
        return 0.0
    return max(0.0, float(x @ y))


def closest(word: str, others) -> float:
    """The highest similarity of `word` to any of `others` (0.0 for none)."""
    return max((similarity(word, other) for other in others), default=0.0)
