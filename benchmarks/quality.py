"""Quality figures: the project's corpus, and the shared gold where present.

    python benchmarks/quality.py                  # table on stdout
    python benchmarks/quality.py --markdown       # the README's table
    python benchmarks/quality.py --raise-baseline # record corpus figures that improved
    python benchmarks/quality.py --no-calibration # skip the confidence reliability table

Datasets: corpus/gold.jsonl (always); ../shared/corpus/seed.gold.jsonl,
dev.gold.jsonl (40 real articles) and adaq/adaq.gold.jsonl (208 sentences of
an outside annotation without canonical names: speakers are scored by
mention overlap, `--speaker-by-mention`).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotes import Extractor  # noqa: E402
from quotes.evaluate import evaluate_file  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
BASELINE = ROOT / "corpus" / "baseline.json"
DATASETS = [
    ("corpus", ROOT / "corpus" / "gold.jsonl", False),
    ("seed", SHARED / "seed.gold.jsonl", False),
    ("dev", SHARED / "dev.gold.jsonl", False),
    ("adaq", SHARED / "adaq" / "adaq.gold.jsonl", True),
]
COLUMNS = [
    ("quote_f1", "quote F1"), ("quote_p", "P"), ("quote_r", "R"), ("direct_f1", "direct F1"),
    ("indirect_f1", "indirect F1"), ("mixed_f1", "mixed F1"), ("exact", "exact"),
    ("speaker", "speaker"), ("cue", "cue"), ("chain", "chain"), ("e2e_f1", "end-to-end F1"),
]


def measure(extractor: Extractor) -> dict[str, dict]:
    results = {}
    for name, path, by_mention in DATASETS:
        if not path.exists():
            continue
        report = evaluate_file(str(path), speaker_by_mention=by_mention, extractor=extractor)
        figures = report.figures()
        figures["documents"] = report.documents
        figures["gold"] = report.overall.gold
        figures["counts"] = report.counts()
        results[name] = figures
    return results


def _cell(figures: dict, key: str) -> str:
    """A figure, or — where nothing in the data measures it (no mixed gold in
    the seed; adaq has no types and no certain chains)."""
    return f"{figures[key]:.3f}" if figures["counts"].get(key, 1) else "—"


def table(results: dict[str, dict], markdown: bool = False) -> str:
    if markdown:
        head = "| data | docs | gold | " + " | ".join(label for _, label in COLUMNS) + " |"
        rule = "|---" * (len(COLUMNS) + 3) + "|"
        rows = [f"| {name} | {f['documents']} | {f['gold']} | "
                + " | ".join(_cell(f, key) for key, _ in COLUMNS) + " |"
                for name, f in results.items()]
        return "\n".join([head, rule] + rows)
    head = f"{'data':8}{'docs':>6}{'gold':>6}" + "".join(f"{label:>15}" for _, label in COLUMNS)
    rows = [f"{name:8}{f['documents']:>6}{f['gold']:>6}" + "".join(f"{_cell(f, key):>15}" for key, _ in COLUMNS)
            for name, f in results.items()]
    return "\n".join([head] + rows)


def calibration(extractor: Extractor, markdown: bool = False) -> str:
    """The reliability of `confidence` on dev, out of fold: each document's
    quotes scored by a model fitted without that document
    (training/confidence.py; needs scikit-learn, the `train` extra)."""
    dev = SHARED / "dev.gold.jsonl"
    if not dev.exists():
        return "confidence: dev gold absent, reliability not measured"
    try:
        import training.confidence as fitting
    except ImportError as error:
        return f"confidence: reliability not measured ({error}; pip install -e '.[train]')"
    figures = fitting.out_of_fold_figures(str(dev), extractor)
    labels, probs = figures["labels"], figures["out_of_fold"]
    title = (f"Confidence on dev ({figures['documents']} documents), out of fold "
             f"({fitting.FOLDS} folds by document): share of quotes right end to end per bin")
    if markdown:
        return title + "\n\n" + fitting.markdown(labels, probs)
    return fitting.report(labels, probs, title)


def raise_baseline(figures: dict) -> dict:
    """Raise each recorded corpus figure that improved; never lower one."""
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    new = {key: max(value, old.get(key, 0.0)) for key, value in figures.items()
           if key not in ("documents", "gold", "counts")}
    BASELINE.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return new


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--raise-baseline", action="store_true")
    parser.add_argument("--no-calibration", action="store_true",
                        help="skip the confidence reliability table (it refits out of fold on dev)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    extractor = Extractor()
    results = measure(extractor)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print(table(results, markdown=args.markdown))
        if not args.no_calibration:
            print("\n" + calibration(extractor, args.markdown))
        print(f"\n({time.perf_counter() - started:.1f}s; {time.strftime('%Y-%m-%d')})")
    if args.raise_baseline:
        raised = raise_baseline(results["corpus"])
        print(f"baseline: {BASELINE.relative_to(ROOT)} = {raised}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
