"""RuCoCo for training and measuring the speaker ranker: the fixed split,
the gold clusters, and parses cached outside the repository.

The split (`training/rucoco_split.json`) is by document and fixed: a
document's bucket is the SHA-1 of its id (80 % train, 10 % dev, 10 % test);
the RuCoCo documents that appear in `dev.gold.jsonl` go to test, so that no
article the extractor is scored on is trained on. `python -m training.rucoco
--write-split` writes it again (the same file, given the same corpus).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
RUCOCO = ROOT.parent / "shared" / "corpus" / "news" / "rucoco"
DEV_GOLD = ROOT.parent / "shared" / "corpus" / "dev.gold.jsonl"
SPLIT = Path(__file__).with_name("rucoco_split.json")
CACHE = Path(os.environ.get("QUOTES_PARSE_CACHE", "/tmp/quotes-rucoco-parse"))


def make_split(rucoco: Path = RUCOCO, dev_gold: Path = DEV_GOLD) -> dict[str, list[str]]:
    ids = sorted(p.stem for p in rucoco.glob("*.json"))
    held = set()
    if dev_gold.is_file():
        held = {json.loads(line)["id"] for line in dev_gold.read_text(encoding="utf-8").splitlines() if line.strip()}
    split: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for ident in ids:
        if ident in held:
            split["test"].append(ident)
            continue
        bucket = int(hashlib.sha1(ident.encode("utf-8")).hexdigest(), 16) % 10
        split["train" if bucket < 8 else "dev" if bucket == 8 else "test"].append(ident)
    return split


def load_split() -> dict[str, list[str]]:
    return json.loads(SPLIT.read_text(encoding="utf-8"))


def documents(part: str, limit: Optional[int] = None) -> Iterator[tuple[str, dict]]:
    """(id, RuCoCo record) of one part of the split, in the split's order."""
    for ident in load_split()[part][:limit]:
        path = RUCOCO / f"{ident}.json"
        if path.is_file():
            yield ident, json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A short hash of the parsing code (`quotes/parse/`, `quotes/model.py`):
    a cached parse is another parser's once it changes (natasha's NER span
    trimmed of a sentence's full stop, 2026-12-07), so it is read again."""
    package = ROOT / "quotes"
    digest = hashlib.sha1()
    for path in sorted((package / "parse").glob("*.py")) + [package / "model.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def parsed(backend, ident: str, text: str):
    """The parse of a document, from the cache where this parser parsed it
    before."""
    path = CACHE / parser_fingerprint() / f"{ident}.pkl"
    if path.is_file():
        try:
            with path.open("rb") as f:
                doc = pickle.load(f)
            if doc.text == text:
                return doc
        except Exception:  # a stale or broken cache entry: parse again
            pass
    doc = backend.parse(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
    return doc


def cluster_of(clusters: list, start: int, end: int, head: tuple[int, int]) -> Optional[int]:
    """The gold cluster holding a mention: the smallest span covering its head."""
    best = None
    for number, cluster in enumerate(clusters):
        for s, e in cluster:
            if s <= head[0] and head[1] <= e and s < end and start < e:
                if best is None or (e - s) < best[1]:
                    best = (number, e - s)
    return best[0] if best else None


def in_cluster(cluster: list, start: int, end: int) -> bool:
    return any(max(s, start) < min(e, end) for s, e in cluster)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write-split", action="store_true", help="write training/rucoco_split.json")
    args = parser.parse_args(argv)
    if args.write_split:
        split = make_split()
        SPLIT.write_text(json.dumps(split, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print({k: len(v) for k, v in split.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
