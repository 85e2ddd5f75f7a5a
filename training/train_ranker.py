"""Train the speaker ranker on RuCoCo's gold coreference.

    python -m training.train_ranker [--limit N] [--dev-limit N] [--out quotes/ranker.json]

For every pronoun speaker the extractor finds in a training article, the
rules of `speakers.py` gather the candidates and their features
(`quotes/ranker.py`); a candidate is right when a mention it stands for
lies in the pronoun's gold cluster. A logistic regression over the
candidates (scikit-learn, the `train` extra) learns the weights; the
regularisation is chosen by top-1 accuracy on the dev split, where the
rules' own choice is printed beside it. Parses are cached outside the
repository (`QUOTES_PARSE_CACHE`, default /tmp/quotes-rucoco-parse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import rucoco  # noqa: E402


def collect(extractor, part: str, limit) -> list[dict]:
    """Labelled candidate groups of the pronoun speakers of one split part."""
    from quotes import speakers

    groups = []
    os.environ["QUOTES_RANKER"] = "rules"  # candidates as the rules see them
    for number, (ident, data) in enumerate(rucoco.documents(part, limit), 1):
        doc = rucoco.parsed(extractor.backend, ident, data["text"])
        speakers.RECORDER = []
        try:
            extractor.extract_parsed(doc, id=ident)
        finally:
            records, speakers.RECORDER = speakers.RECORDER, None
        for record in records:
            cluster = rucoco.cluster_of(data["entities"], *record["mention"], tuple(record["head"]))
            if cluster is None:
                continue
            labels = [any(rucoco.in_cluster(data["entities"][cluster], s, e) for s, e in c["spans"])
                      for c in record["candidates"]]
            if any(labels):
                groups.append({"rows": [c["features"] for c in record["candidates"]], "labels": labels})
        if sys.stderr.isatty():
            print(f"\r{part} {number}", end="", file=sys.stderr)
    del os.environ["QUOTES_RANKER"]
    return groups


def top1(groups: list[dict], score) -> float:
    right = 0
    for g in groups:
        values = list(score(g["rows"]))
        best = max(range(len(values)), key=lambda n: (values[n], n))
        right += g["labels"][best]
    return right / len(groups) if groups else 0.0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N training articles")
    parser.add_argument("--dev-limit", type=int, help="only the first N dev articles")
    parser.add_argument("--out", type=Path, default=ROOT / "quotes" / "ranker.json")
    args = parser.parse_args(argv)
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from quotes import Extractor
    from quotes.ranker import FEATURES

    started = time.perf_counter()
    extractor = Extractor()
    train = collect(extractor, "train", args.limit)
    dev = collect(extractor, "dev", args.dev_limit)
    x = np.asarray([r for g in train for r in g["rows"]], dtype=float)
    y = np.asarray([l for g in train for l in g["labels"]], dtype=int)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    rules = FEATURES.index("rules")
    print(f"train: {len(train)} pronouns, {len(x)} candidates; dev: {len(dev)} pronouns")
    print(f"dev top-1, rules: {top1(dev, lambda rows: [r[rules] for r in rows]):.3f}")
    best = None
    for c in (0.01, 0.03, 0.1, 0.3, 1.0, 3.0):
        model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
        w, b = model.coef_[0], float(model.intercept_[0])
        accuracy = top1(dev, lambda rows: ((np.asarray(rows) - mean) / scale) @ w + b)
        print(f"dev top-1, learned C={c}: {accuracy:.3f}")
        if best is None or accuracy > best[0]:
            best = (accuracy, c, w, b)
    accuracy, c, w, b = best
    args.out.write_text(json.dumps({
        "features": list(FEATURES), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
        "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        "trained_on": {"train_pronouns": len(train), "dev_pronouns": len(dev), "C": c,
                       "dev_top1": round(accuracy, 4)},
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (C={c}, dev top-1 {accuracy:.3f}) in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
