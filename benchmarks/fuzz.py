"""Fuzz the extractor with many seeded Russian news-like texts.

    python benchmarks/fuzz.py [--cases 100000] [--seed 1] [--slowest 5]

Texts come from `tests/fuzz_text.py` (corpus words where ../shared is
present). Every record is checked against the invariants of
`fuzz_text.violations`, and every tenth text is extracted twice (the same
input must give the same output). Prints the count of exceptions and of
violations, the first few failing texts, and the slowest inputs with their
time as a ratio to the median.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fuzz_text import corpus_words, random_text, violations  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slowest", type=int, default=5)
    parser.add_argument("--show", type=int, default=5, help="failing texts to print")
    args = parser.parse_args()

    import jsonschema

    from quotes import Extractor
    from quotes.output import schema

    shared = ROOT.parent / "shared"
    words = corpus_words(shared if (shared / "corpus").is_dir() else None)
    validator = jsonschema.Draft202012Validator(schema())
    extractor = Extractor()
    rnd = random.Random(args.seed)

    exceptions, broken, failures = 0, 0, []
    times: list[tuple[float, str]] = []
    started = time.monotonic()
    for case in range(args.cases):
        text = random_text(rnd, words)
        t0 = time.perf_counter()
        try:
            record = extractor.extract_document(text, id=str(case)).to_dict()
        except Exception:
            exceptions += 1
            failures.append((text, traceback.format_exc(limit=3).strip().splitlines()[-1]))
            print(f"  EXCEPTION {text!r}: {failures[-1][1]}", file=sys.stderr, flush=True)
            continue
        times.append((time.perf_counter() - t0, text))
        problems = violations(text, record, validator)
        if case % 10 == 0 and extractor.extract_document(text, id=str(case)).to_dict() != record:
            problems.append("same input, different output")
        if problems:
            broken += 1
            failures.append((text, "; ".join(problems[:3])))
            if len(failures) <= 20:
                print(f"  FAIL {text!r}: {problems[0]}", file=sys.stderr, flush=True)
        if (case + 1) % 2_000 == 0:
            print(f"  {case + 1} cases, {exceptions} exceptions, {broken} with violations, "
                  f"{time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started

    print(f"cases: {args.cases}  exceptions: {exceptions}  invariant violations: {broken}  "
          f"time: {elapsed:.0f} s ({args.cases / elapsed:.0f} cases/s)")
    for text, problem in failures[:args.show]:
        print(f"  FAIL {text!r}\n       {problem}")
    if times:
        median = statistics.median(t for t, _ in times)
        print(f"slowest inputs (time / median {median * 1000:.1f} ms):")
        for seconds, text in sorted(times, reverse=True)[:args.slowest]:
            print(f"  {seconds / median:7.1f}×  {len(text):4d} chars  {text[:100]!r}")
    return 1 if exceptions or broken else 0


if __name__ == "__main__":
    sys.exit(main())
