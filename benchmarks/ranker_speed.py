"""What the learned ranker adds to extraction time.

    python benchmarks/ranker_speed.py [--repeat 3]

The dev articles (and the seed) are parsed once; then the stages after the
parse run over all of them with the rules alone (`QUOTES_RANKER=rules`) and
with the ranker, interleaved, `--repeat` times. Printed: median CPU seconds
of the parse, of the stages with rules and with the ranker, and the ranker's
extra time as a share of the whole extraction (parse + stages).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpus"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from quotes import Extractor

    gold = SHARED / "dev.gold.jsonl"
    if gold.is_file():
        texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    extractor = Extractor()
    started = time.process_time()
    docs = [extractor.backend.parse(t) for t in texts]
    parse = time.process_time() - started
    times: dict[str, list[float]] = {"rules": [], "learned": []}
    saved = os.environ.get("QUOTES_RANKER")
    try:
        for _ in range(args.repeat):
            for mode in times:
                os.environ["QUOTES_RANKER"] = mode
                started = time.process_time()
                for doc in docs:
                    doc.memo.clear()
                    extractor.extract_parsed(doc)
                times[mode].append(time.process_time() - started)
    finally:
        if saved is None:
            os.environ.pop("QUOTES_RANKER", None)
        else:
            os.environ["QUOTES_RANKER"] = saved
    rules, learned = (statistics.median(times[m]) for m in ("rules", "learned"))
    whole = parse + rules
    print(f"{len(docs)} articles; CPU s: parse {parse:.2f}, stages rules {rules:.2f}, stages learned {learned:.2f}")
    print(json.dumps({"parse_s": round(parse, 3), "rules_s": round(rules, 3), "learned_s": round(learned, 3),
                      "ranker_share_of_extraction": round((learned - rules) / whole, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
