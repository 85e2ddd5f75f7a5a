"""Fit the confidence model: P(quote right end to end | features).

    python training/confidence.py            # fit on dev, report out-of-fold, write quotes/confidence.json
    python training/confidence.py --check    # report only; leave the shipped model alone

Runs the extractor over the gold documents (dev: 70 articles, ~20 s),
collects `quotes.confidence.features` for every predicted quote, labels each
one as `quotes eval` scores it (matched to a required gold quote with the
right speaker and chain: 1; matched with a wrong speaker or chain, or
unmatched: 0; matched to an optional gold quote: left out), and fits an
L2 logistic regression. The regularisation strength is chosen by
cross-validation over documents; every figure printed is out-of-fold
(GroupKFold by document, the strength chosen again inside each outer fold),
so no quote is scored by a model that saw its document. The shipped model is
then fitted on all documents. Needs scikit-learn (the `train` extra); the
package reads the JSON with plain Python.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quotes import confidence  # noqa: E402
from quotes.evaluate import (  # noqa: E402
    _pred_name, chain_matches, entity_keys, load_gold, match_quotes, name_matches, score)

DEV = ROOT.parent / "shared" / "corpus" / "dev.gold.jsonl"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS = 10
MIN_COUNT = 3  # a categorical feature seen fewer times gets no weight
THRESHOLDS = (0.5, 0.7, 0.9)


# --- data --------------------------------------------------------------------


def label_document(gold: dict, pred: dict) -> list[Optional[int]]:
    """Per predicted quote: 1 right end to end, 0 wrong, None matched to an
    optional gold quote. Matching, speaker and chain tests are `quotes.evaluate`'s own."""
    entities = gold.get("entities", {}) or {}
    gold_quotes = gold.get("quotes", [])
    preds = pred.get("quotes", [])
    _, pred_match = match_quotes(gold_quotes, preds)

    def keys_of(entity_id) -> list[str]:
        return entity_keys(entities, entity_id)

    labels: list[Optional[int]] = []
    for pi, p in enumerate(preds):
        gi = pred_match.get(pi)
        if gi is None:
            labels.append(0)
            continue
        g = gold_quotes[gi]
        if g.get("optional"):
            labels.append(None)
            continue
        speaker = p.get("speaker") or {}
        if g.get("speaker") is None:
            ok = speaker.get("name") is None
        else:
            ok = name_matches(speaker.get("name"), keys_of(g["speaker"]))
        chain_ok = True
        if not g.get("chain_uncertain"):
            gold_chain = g.get("chain") or []
            pred_chain = [_pred_name(c) for c in p.get("chain") or []]
            chain_ok = chain_matches(gold_chain, pred_chain, keys_of)
        labels.append(int(ok and chain_ok))
    return labels


def collect(gold_docs: Sequence[dict], extractor=None) -> tuple[list[dict], list[dict]]:
    """Extract every gold document; return the predictions (JSON records)
    and one row per predicted quote: doc id, features, label, confidence."""
    from quotes import Extractor

    extractor = extractor or Extractor()
    predictions, rows = [], []
    for gold in gold_docs:
        with confidence.observe() as seen:
            result = extractor.extract_document(gold["text"], id=str(gold["id"]))
        by_spans = {(a.type, tuple((s.start, s.end) for s in a.spans)): feats for a, feats in seen}
        record = result.to_dict()
        predictions.append(record)
        for quote, label in zip(record["quotes"], label_document(gold, record)):
            feats = by_spans[(quote["type"], tuple(tuple(s) for s in quote["spans"]))]
            rows.append({"doc": str(gold["id"]), "features": feats, "label": label,
                         "confidence": quote["confidence"]})
    return predictions, rows


# --- fitting -----------------------------------------------------------------


class Data:
    """The rows as one raw matrix (every feature name, unscaled), built once."""

    def __init__(self, rows: Sequence[dict]):
        import numpy as np

        self.rows = list(rows)
        self.names = sorted({n for r in self.rows for n in r["features"] if n != "bias"})
        index = {n: i for i, n in enumerate(self.names)}
        self.X = np.zeros((len(self.rows), len(self.names)))
        for r, row in enumerate(self.rows):
            for name, value in row["features"].items():
                if name != "bias":
                    self.X[r, index[name]] = value
        self.y = np.array([row["label"] for row in self.rows])


def fit(data: Data, rows: Sequence[int], c: float) -> confidence.Model:
    """L2 logistic regression on `rows` of `data`: categorical features seen
    fewer than MIN_COUNT times are dropped, numeric ones standardised."""
    from sklearn.linear_model import LogisticRegression
    import numpy as np

    X, y = data.X[rows], data.y[rows]
    keep, scale = [], {}
    for j, name in enumerate(data.names):
        column = X[:, j]
        if "=" in name:
            if np.count_nonzero(column) >= MIN_COUNT:
                keep.append(j)
            continue
        mean, sd = round(float(column.mean()), 6), round(float(column.std()), 6)
        if sd > 1e-6:
            keep.append(j)
            scale[name] = (mean, sd)
    Z = X[:, keep].copy()
    for k, j in enumerate(keep):
        if data.names[j] in scale:
            mean, sd = scale[data.names[j]]
            Z[:, k] = (Z[:, k] - mean) / sd
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    model.fit(Z, y)
    weights = {data.names[j]: round(float(w), 6) for j, w in zip(keep, model.coef_[0]) if abs(w) > 1e-9}
    weights["bias"] = round(float(model.intercept_[0]), 6)
    return confidence.Model(weights, {n: s for n, s in scale.items() if n in weights})


def _log_loss(labels: Sequence[int], probs: Sequence[float]) -> float:
    eps = 1e-6
    return -sum(y * math.log(max(p, eps)) + (1 - y) * math.log(max(1 - p, eps))
                for y, p in zip(labels, probs)) / max(1, len(labels))


def _folds(data: Data, rows: Sequence[int], k: int):
    """GroupKFold by document over `rows`: (train rows, test rows) k times."""
    from sklearn.model_selection import GroupKFold

    rows = list(rows)
    groups = [data.rows[i]["doc"] for i in rows]
    splitter = GroupKFold(n_splits=min(k, len(set(groups))))
    return [([rows[i] for i in train], [rows[i] for i in test])
            for train, test in splitter.split(rows, groups=groups)]


def choose_c(data: Data, rows: Sequence[int], k: int = 5) -> tuple[float, list[float]]:
    """The strength with the lowest log-loss out of fold (folds by document),
    and the out-of-fold probabilities of `rows` at that strength."""
    rows = list(rows)
    folds = _folds(data, rows, k)
    labels = [data.rows[i]["label"] for i in rows]
    best = None
    for c in C_GRID:
        probs = {}
        for train, test in folds:
            model = fit(data, train, c)
            for i in test:
                probs[i] = model.probability(data.rows[i]["features"])
        ordered = [probs[i] for i in rows]
        loss = _log_loss(labels, ordered)
        if best is None or loss < best[0] - 1e-9:
            best = (loss, c, ordered)
    return best[1], best[2]


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def fit_calibrated(data: Data, rows: Sequence[int]) -> confidence.Model:
    """Strength chosen by inner cross-validation, then Platt scaling fitted
    on the inner out-of-fold scores (regularisation pulls every score
    toward the mean; a slope and an intercept on the logit undo that). The
    Platt map is folded into the weights: still one logistic model."""
    from sklearn.linear_model import LogisticRegression
    import numpy as np

    rows = list(rows)
    c, probs = choose_c(data, rows)
    platt = LogisticRegression(C=1e4, max_iter=1000, tol=1e-10)
    platt.fit(np.array([[_logit(p)] for p in probs]), data.y[rows])
    slope, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    model = fit(data, rows, c)
    weights = {n: round(w * slope, 6) for n, w in model.weights.items()}
    weights["bias"] = round(model.weights["bias"] * slope + shift, 6)
    return confidence.Model(weights, model.scale, meta={"C": c, "platt": [round(slope, 4), round(shift, 4)]})


def one_thread():
    """BLAS limited to one thread while fitting: the matrices are tiny, and
    threads only contend (a fit takes 5 s with two, 0.05 s with one). The
    libraries are loaded first so that the limit reaches them."""
    import sklearn.linear_model  # noqa: F401
    import sklearn.model_selection  # noqa: F401
    from threadpoolctl import threadpool_limits

    return threadpool_limits(1)


def out_of_fold(data: Data, k: int = FOLDS) -> list[float]:
    """Each row's probability from a model fitted without its document
    (the strength chosen inside the outer fold's training documents)."""
    probs = [0.0] * len(data.rows)
    for train, test in _folds(data, range(len(data.rows)), k):
        model = fit_calibrated(data, train)
        for i in test:
            probs[i] = model.probability(data.rows[i]["features"])
    return probs


# --- figures -----------------------------------------------------------------


def reliability(labels: Sequence[int], probs: Sequence[float], bins: int = 10) -> list[dict]:
    table = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [(y, p) for y, p in zip(labels, probs)
                   if low <= p < high or (b == bins - 1 and p == 1.0)]
        n = len(members)
        table.append({"bin": f"[{low:.1f}, {high:.1f}{']' if b == bins - 1 else ')'}", "count": n,
                      "mean_confidence": sum(p for _, p in members) / n if n else None,
                      "share_correct": sum(y for y, _ in members) / n if n else None})
    return table


def ece(labels: Sequence[int], probs: Sequence[float], bins: int = 10) -> float:
    """Expected calibration error: the count-weighted gap between mean
    confidence and share correct over equal-width bins."""
    total = len(labels)
    return sum(row["count"] / total * abs(row["mean_confidence"] - row["share_correct"])
               for row in reliability(labels, probs, bins) if row["count"]) if total else 0.0


def precision_at(labels: Sequence[int], probs: Sequence[float], threshold: float) -> tuple[float, int]:
    kept = [y for y, p in zip(labels, probs) if p >= threshold]
    return (sum(kept) / len(kept) if kept else 0.0), len(kept)


def auc(labels: Sequence[int], probs: Sequence[float]) -> float:
    """Area under the ROC curve: the chance that a right quote scores above a
    wrong one (ties count half); how well confidence ranks, apart from
    calibration."""
    ranked = sorted(zip(probs, labels))
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(y for _, y in ranked[i:j])
        i = j
    positives = sum(labels)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return 0.5
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def report(labels: Sequence[int], probs: Sequence[float], title: str) -> str:
    lines = [title, f"{'confidence':14}{'count':>7}{'mean':>8}{'correct':>9}"]
    for row in reliability(labels, probs):
        mean = f"{row['mean_confidence']:.3f}" if row["count"] else "—"
        share = f"{row['share_correct']:.3f}" if row["count"] else "—"
        lines.append(f"{row['bin']:14}{row['count']:>7}{mean:>8}{share:>9}")
    lines.append(f"ECE (10 bins): {ece(labels, probs):.4f}   log-loss: {_log_loss(labels, probs):.4f}   "
                 f"AUC: {auc(labels, probs):.4f}   "
                 f"quotes: {len(labels)}, right end to end: {sum(labels)}")
    for t in THRESHOLDS:
        p, n = precision_at(labels, probs, t)
        lines.append(f"precision at confidence >= {t}: {p:.3f} ({n} quotes, {n / len(labels):.0%})")
    return "\n".join(lines)


def markdown(labels: Sequence[int], probs: Sequence[float]) -> str:
    lines = ["| confidence | quotes | mean confidence | right end to end |", "|---|---|---|---|"]
    for row in reliability(labels, probs):
        if row["count"]:
            lines.append(f"| {row['bin']} | {row['count']} | {row['mean_confidence']:.3f} | "
                         f"{row['share_correct']:.3f} |")
    lines.append("")
    lines.append(f"ECE (10 bins) {ece(labels, probs):.3f}; "
                 + "; ".join(f"precision at ≥ {t}: {precision_at(labels, probs, t)[0]:.3f} "
                             f"({precision_at(labels, probs, t)[1]} quotes)" for t in THRESHOLDS))
    return "\n".join(lines)


def out_of_fold_figures(gold_path: str = str(DEV), extractor=None) -> dict:
    """Extract `gold_path`, fit out of fold, return labels, shipped and
    out-of-fold probabilities (benchmarks/quality.py prints them)."""
    gold_docs = load_gold(gold_path)
    _, rows = collect(gold_docs, extractor)
    rows = labelled(rows)
    data = Data(rows)
    with one_thread():
        probs = out_of_fold(data)
    return {"documents": len(gold_docs), "labels": [r["label"] for r in rows],
            "shipped": [r["confidence"] for r in rows], "out_of_fold": probs}


def labelled(rows: Sequence[dict]) -> list[dict]:
    return [r for r in rows if r["label"] is not None]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(DEV), help="gold JSONL (default: the shared dev set)")
    parser.add_argument("--output", default=str(confidence.MODEL_FILE), help="where the model goes")
    parser.add_argument("--check", action="store_true", help="report out-of-fold figures only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    gold_docs = load_gold(args.gold)
    predictions, rows = collect(gold_docs)
    check = score(gold_docs, predictions)
    rows = labelled(rows)
    labels = [r["label"] for r in rows]
    assert sum(labels) == check.end_to_end.tp and len(rows) == check.end_to_end.pred, \
        "labels disagree with quotes eval"
    print(f"{len(gold_docs)} documents, {len(rows)} scored quotes, end-to-end P "
          f"{check.end_to_end.precision:.4f} ({time.perf_counter() - started:.1f}s extraction)")
    print(report(labels, [r["confidence"] for r in rows], "\nshipped model, in sample:"))
    data = Data(rows)
    with one_thread():
        probs = out_of_fold(data)
        print(report(labels, probs, f"\nout of fold ({FOLDS} folds by document):"))
        if args.check:
            print(f"({time.perf_counter() - started:.1f}s)")
            return 0
        model = fit_calibrated(data, range(len(rows)))
        model = confidence.Model(model.weights, model.scale, model.steps, {
            **model.meta, "fitted_on": Path(args.gold).name, "documents": len(gold_docs),
            "quotes": len(rows), "oof_ece": round(ece(labels, probs), 4),
            "oof_log_loss": round(_log_loss(labels, probs), 4), "oof_auc": round(auc(labels, probs), 4),
        })
        Path(args.output).write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
        print(f"\n{model.meta}; {len(model.weights)} weights written to {args.output}")
        print("now correct it for unseen text: python training/calibrate_unseen.py")
    print(f"({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
