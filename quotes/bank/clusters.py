"""The same direct quote in many documents: exact and near-duplicate clusters.

Two quotes join one cluster when their normalised texts are equal (at least
`MIN_WORDS` words), or, both having at least `MIN_SHINGLES` word 3-shingles
(6 words), when the Jaccard similarity of their shingles reaches
`THRESHOLD` or one lies `CONTAINMENT` inside the other (an outlet that
prints only part of a quote). Two quotes of different named speakers never
join (`«Это не соответствует действительности»` is said by many), nor does
a quote join the quote nested inside it. Candidates come from
MinHash LSH (`datasketch`, at the lower `CANDIDATES` threshold so that
fragments are found), so the bank never compares every pair; each candidate
pair is then checked on the exact shingle sets, so a MinHash estimate alone
never joins two quotes. All quote types take part (an
indirect quote copied word for word is the same report), but the figures
the issue asks for count direct quotes. Quotes shorter than
`MIN_WORDS` words (`«Нет»`, `«историческим»`) stay alone: equal short
phrases in two articles are usually two people's words, not one quote.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from .text import jaccard, shingles

THRESHOLD = 0.6      # Jaccard of word 3-shingles (benchmarks/bank.py measures it)
CONTAINMENT = 0.9    # share of the shorter quote's shingles found in the longer
MIN_SHINGLES = 4     # shingles (6 words) each quote needs to join as a near duplicate
CANDIDATES = 0.2     # the LSH threshold that proposes pairs to check
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


_PERMUTATIONS: list = []


def _minhash(hashvalues=None):
    """A MinHash sharing one set of permutations: datasketch would draw them
    again for every object, which is most of a bank's build time."""
    datasketch = _datasketch()
    if not _PERMUTATIONS:
        _PERMUTATIONS.append(datasketch.MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations)
    return datasketch.MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS[0],
                              hashvalues=hashvalues)


def _stored(sig: bytes):
    import numpy as np

    return _minhash(np.frombuffer(sig, dtype=np.uint64))


def signature(text: str) -> Optional[bytes]:
    """The MinHash of a quote's shingles, as bytes for the database; None
    for a quote too short to cluster."""
    if len(text.split()) < MIN_WORDS:
        return None
    minhash = _minhash()
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, SHINGLE)])
    return minhash.hashvalues.astype("uint64").tobytes()


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
            threshold: float = THRESHOLD,
            apart: Optional[Callable[[int, int], bool]] = None) -> dict[int, int]:
    """`(key, normalised text, signature)` → {key: cluster id}, the cluster
    id being the smallest key of the cluster. `apart(a, b)` vetoes a
    near-duplicate pair (a quote and the quote nested inside it share words
    but are two attributions)."""
    items = list(items)
    union = _Union()
    by_text: dict[str, int] = {}
    for key, norm, _ in items:
        union.find(key)
        if len(norm.split()) < MIN_WORDS:
            continue
        if norm in by_text:
            if not (apart and apart(by_text[norm], key)):
                union.union(by_text[norm], key)
        else:
            by_text[norm] = key
    # near duplicates: one representative per distinct text
    datasketch = _datasketch()
    lsh = datasketch.MinHashLSH(threshold=min(CANDIDATES, threshold), num_perm=NUM_PERM)
    sets: dict[int, set[str]] = {}
    for key, norm, sig in items:
        if sig is None or by_text.get(norm) != key:
            continue
        minhash = _stored(sig)
        sets[key] = shingles(norm, SHINGLE)
        for other in lsh.query(minhash):
            if same_quote(sets[key], sets[other], threshold) and not (apart and apart(key, other)):
                union.union(key, other)
        lsh.insert(key, minhash)
    return {key: union.find(key) for key, _, _ in items}


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set found in the larger."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_quote(a: set[str], b: set[str], threshold: float = THRESHOLD) -> bool:
    """Whether two quotes' shingle sets are one quote: near-equal, or one
    a long enough fragment of the other."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    return jaccard(a, b) >= threshold or containment(a, b) >= CONTAINMENT


def pair_similarities(items: Iterable[tuple[int, str, Optional[bytes]]],
                      floor: float = CANDIDATES) -> list[tuple[int, int, float, float]]:
    """Every LSH candidate pair of distinct texts, with its Jaccard and
    containment: what the benchmark measures the thresholds on."""
    datasketch = _datasketch()
    lsh = datasketch.MinHashLSH(threshold=floor, num_perm=NUM_PERM)
    sets: dict[int, set[str]] = {}
    seen: set[str] = set()
    pairs = []
    for key, norm, sig in items:
        if sig is None or norm in seen:
            continue
        seen.add(norm)
        minhash = _stored(sig)
        sets[key] = shingles(norm, SHINGLE)
        for other in lsh.query(minhash):
            pairs.append((other, key, jaccard(sets[key], sets[other]),
                          containment(sets[key], sets[other])))
        lsh.insert(key, minhash)
    return pairs
