"""Correct the confidence for unseen text: fit on quotes of unseen articles judged by hand.

    python training/calibrate_unseen.py            # fit, report out of fold, write into quotes/confidence.json
    python training/calibrate_unseen.py --check    # report only

The confidence model is fitted on the 70 dev articles (`training/confidence.py`),
the articles the rules were written on: there the extractor is right more often
than on text it has never seen, and a model fitted there promises too much
elsewhere. `corpus/reviewed-unseen.jsonl` holds quotes the extractor gave on
unseen articles of `../shared/corpus/news/` (rucoco-2023, outlets, factrueval),
and newsru.com articles of RuCoCo's train split (`rucoco/`, never the ranker's
dev or test), drawn at random and judged by reviewers against ATTRIBUTION.md: ids, offsets,
the output judged and whether it was right end to end (content, speaker and
chain; a canonical name's form, a cue or a chain gold would mark uncertain do
not make it wrong). No corpus text is stored.

The articles are extracted again; a judged quote counts where today's output
is the one judged (same spans, type, speaker and chain). On those, the dev
model's log-odds z are corrected to a*z + b (Platt scaling: a logistic
regression on z), so the ranking stays the dev model's and only the scale
moves. Out-of-fold figures (10 folds) are printed before and after; the pair
is written into the model file as `unseen`. Needs scikit-learn (the `train`
extra); run it after every `training/confidence.py`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quotes import confidence  # noqa: E402

REVIEWED = ROOT / "corpus" / "reviewed-unseen.jsonl"
NEWS = ROOT.parent / "shared" / "corpus" / "news"
SOURCES = ("rucoco-2023", "outlets", "factrueval")
FOLDS = 10


def text_of(ident: str) -> str | None:
    for source in SOURCES:
        path = NEWS / source / f"{ident}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    # (RuCoCo's newsru.com articles of the ranker's train split, as JSON)
    path = NEWS / "rucoco" / f"{ident}.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))["text"]
    return None


def judged(items: list[dict], extractor) -> list[tuple[float, int]]:
    """(dev probability, right) of every judged quote today's output still gives."""
    by_doc: dict[str, list[dict]] = {}
    for item in items:
        by_doc.setdefault(item["id"], []).append(item)
    model = confidence.load()
    pairs = []
    for ident, wanted in sorted(by_doc.items()):
        text = text_of(ident)
        if text is None:
            continue
        with confidence.observe() as observed:
            result = extractor.extract_document(text, id=ident)
        dev = {tuple((s.start, s.end) for s in a.spans): model.dev_probability(feats) for a, feats in observed}
        for item in wanted:
            spans = tuple(tuple(s) for s in item["spans"])
            for quote in result.quotes:
                if tuple((s.start, s.end) for s in quote.spans) != spans or quote.type != item["type"] \
                        or (quote.speaker.name if quote.speaker else None) != item["speaker"] \
                        or [layer.name for layer in quote.chain] != item["chain"] or spans not in dev:
                    continue
                pairs.append((dev[spans], int(item["right"])))
                break
    return pairs


def fit(pairs: list[tuple[float, int]]) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    x = [[confidence.logit(p)] for p, _ in pairs]
    y = [label for _, label in pairs]
    model = LogisticRegression(C=1.0).fit(x, y)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def out_of_fold(pairs: list[tuple[float, int]]) -> list[float]:
    from sklearn.model_selection import KFold

    probs = [0.0] * len(pairs)
    for train, test in KFold(FOLDS, shuffle=True, random_state=0).split(pairs):
        a, b = fit([pairs[i] for i in train])
        for i in test:
            probs[i] = confidence.corrected(pairs[i][0], a, b)
    return probs


def main(argv=None) -> int:
    from training.confidence import ece, report

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report only; leave the model file alone")
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"{NEWS} is absent: nothing to fit on", file=sys.stderr)
        return 0
    from quotes import Extractor

    items = [json.loads(line) for line in REVIEWED.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = judged(items, Extractor())
    labels = [label for _, label in pairs]
    print(f"{len(items)} judged quotes, {len(pairs)} still given by today's output, {sum(labels)} right")
    before = [p for p, _ in pairs]
    print(report(labels, before, "\ndev model alone:"))
    after = out_of_fold(pairs)
    print(report(labels, after, f"\ncorrected for unseen text, out of fold ({FOLDS} folds):"))
    a, b = fit(pairs)
    print(f"\nlog-odds z -> {a:.4f} * z + {b:+.4f}")
    if args.check:
        return 0
    model = confidence.load()
    updated = confidence.Model(model.weights, model.scale, model.steps, {
        **model.meta, "unseen_fitted_on": REVIEWED.name, "unseen_quotes": len(pairs),
        "unseen_oof_ece_before": round(ece(labels, before), 4), "unseen_oof_ece": round(ece(labels, after), 4),
    }, (round(a, 4), round(b, 4)))
    confidence.MODEL_FILE.write_text(json.dumps(updated.to_dict(), indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"written to {confidence.MODEL_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
