"""The same direct quote in many documents: exact and near-duplicate clusters.

Two direct quotes join one cluster when their normalised texts are equal, or
when the Jaccard similarity of their word 3-shingles reaches `THRESHOLD`.
Candidates come from MinHash LSH (`datasketch`), so the bank never compares
every pair; each candidate pair is then checked on the exact shingle sets, so
a MinHash estimate alone never joins two quotes. Quotes shorter than
`MIN_WORDS` words (`«Нет»`, `«историческим»`) stay alone: equal short
phrases in two articles are usually two people's words, not one quote.
"""

from __future__ import annotations

from typing import Iterable, Optional

import numpy as np

from .text import jaccard, shingles

THRESHOLD = 0.5      # Jaccard of word 3-shingles (benchmarks/bank.py measures it)
MIN_WORDS = 4
NUM_PERM = 128
SHINGLE = 3
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures are read back with it


def _datasketch():
    try:
        import datasketch
    except ImportError as error:  # the `bank` extra
        raise ImportError("quotes.bank needs datasketch: pip install 'quotes[bank]'") from error
    return datasketch


def signature(text: str) -> Optional[bytes]:
    """The MinHash of a quote's shingles, as bytes for the database; None
    for a quote too short to cluster."""
    if len(text.split()) < MIN_WORDS:
        return None
    minhash = _datasketch().MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, SHINGLE)])
    return minhash.hashvalues.astype(np.uint64).tobytes()


class _Union:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(items: Iterable[tuple[int, str, Optional[bytes]]],
            threshold: float = THRESHOLD) -> dict[int, int]:
    """`(key, normalised text, signature)` → {key: cluster id}, the cluster
    id being the smallest key of the cluster."""
    items = list(items)
    union = _Union()
    by_text: dict[str, int] = {}
    for key, norm, _ in items:
        union.find(key)
        if len(norm.split()) < MIN_WORDS:
            continue
        if norm in by_text:
            union.union(by_text[norm], key)
        else:
            by_text[norm] = key
    # near duplicates: one representative per distinct text
    datasketch = _datasketch()
    lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sets: dict[int, set[str]] = {}
    for key, norm, sig in items:
        if sig is None or by_text.get(norm) != key:
            continue
        minhash = datasketch.MinHash(num_perm=NUM_PERM,
                                     hashvalues=np.frombuffer(sig, dtype=np.uint64), scheme=SCHEME)
        sets[key] = shingles(norm, SHINGLE)
        for other in lsh.query(minhash):
            if jaccard(sets[key], sets[other]) >= threshold:
                union.union(key, other)
        lsh.insert(key, minhash)
    return {key: union.find(key) for key, _, _ in items}


def pair_similarities(items: Iterable[tuple[int, str, Optional[bytes]]],
                      floor: float = 0.2) -> list[tuple[int, int, float]]:
    """Every candidate pair of distinct texts with Jaccard >= `floor`: what
    the benchmark measures the threshold on."""
    datasketch = _datasketch()
    lsh = datasketch.MinHashLSH(threshold=floor, num_perm=NUM_PERM)
    sets: dict[int, set[str]] = {}
    seen: set[str] = set()
    pairs = []
    for key, norm, sig in items:
        if sig is None or norm in seen:
            continue
        seen.add(norm)
        minhash = datasketch.MinHash(num_perm=NUM_PERM,
                                     hashvalues=np.frombuffer(sig, dtype=np.uint64), scheme=SCHEME)
        sets[key] = shingles(norm, SHINGLE)
        for other in lsh.query(minhash):
            similarity = jaccard(sets[key], sets[other])
            if similarity >= floor:
                pairs.append((other, key, similarity))
        lsh.insert(key, minhash)
    return pairs
