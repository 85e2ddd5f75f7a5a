"""Scaling: does one long document cost what its length says?

    python benchmarks/scaling.py [--sizes 100000,1000000,4000000] [--texts FILE.jsonl]

Real news (../shared/corpus/news/newsru-500.jsonl by default) joined with
blank lines into one document of each size (the texts repeat from the start
when the file runs out). Each size runs in a child process of its own, which
loads the extractor, extracts the document once, and reports its seconds
(the parse and the stages after it apart, wall-clock and CPU) and its peak
RSS. The child runs with one BLAS thread, as each worker of `--jobs` does, so
its CPU time is its work and not threads spinning. The exponent is the slope of log(seconds) against log(characters),
fitted by least squares: 1.0 is linear. Model loading is not counted in the seconds; it is in the RSS.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "corpus" / "news" / "newsru-500.jsonl"

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from benchmarks.scaling import build_document
from quotes import Extractor
from quotes.batch import limit_blas_threads
limit_blas_threads()
text = build_document({texts!r}, {size})
extractor = Extractor()
started, cpu = time.perf_counter(), time.process_time()
doc = extractor.backend.parse(text)
parsed, parse_cpu = time.perf_counter(), time.process_time()
result = extractor.extract_parsed(doc)
done, done_cpu = time.perf_counter(), time.process_time()
print(json.dumps({{"chars": len(text), "tokens": len(doc.tokens), "quotes": len(result.quotes),
                  "parse": parsed - started, "stages": done - parsed, "seconds": done - started,
                  "parse_cpu": parse_cpu - cpu, "stages_cpu": done_cpu - parse_cpu, "cpu": done_cpu - cpu,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""


def build_document(path: str, size: int) -> str:
    """`size` characters of real news, texts joined by blank lines, cut at a
    paragraph break where one is near the end."""
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    parts, length, i = [], 0, 0
    while length < size:
        text = texts[i % len(texts)].strip()
        parts.append(text)
        length += len(text) + 2
        i += 1
    document = "\n\n".join(parts)[:size]
    cut = document.rfind("\n\n", size - 2000)
    return document[:cut] if cut > 0 else document


def measure(path: str, size: int) -> dict:
    code = CHILD.format(root=str(ROOT), texts=path, size=size)
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"the child for {size} characters failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,4000000",
                        help="document sizes in characters, comma-separated")
    parser.add_argument("--texts", default=str(DEFAULT_TEXTS), help="JSONL of {\"text\"} lines")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    print(f"texts: {Path(args.texts).name}, joined; one child process per size")
    print(f"{'chars':>10}{'tokens':>9}{'quotes':>8}{'parse s':>9}{'stages s':>10}{'total s':>9}"
          f"{'CPU s':>8}{'chars/CPU s':>12}{'peak RSS MiB':>14}")
    for size in sizes:
        row = measure(args.texts, size)
        rows.append(row)
        print(f"{row['chars']:>10,}{row['tokens']:>9,}{row['quotes']:>8,}{row['parse']:>9.1f}"
              f"{row['stages']:>10.1f}{row['seconds']:>9.1f}{row['cpu']:>8.1f}{row['chars'] / row['cpu']:>12,.0f}"
              f"{row['rss_kib'] / 1024:>14,.0f}", flush=True)
    if len(rows) >= 2:
        for label, suffix in (("wall-clock", ""), ("CPU time (steadier on a shared machine)", "_cpu")):
            total = exponent([(r["chars"], r["seconds" if not suffix else "cpu"]) for r in rows])
            stages = exponent([(r["chars"], max(r["stages" + suffix], 1e-3)) for r in rows])
            parse = exponent([(r["chars"], r["parse" + suffix]) for r in rows])
            print(f"exponent on log-log of {label}, {rows[0]['chars']:,} → {rows[-1]['chars']:,} characters: "
                  f"{total:.2f} (parse {parse:.2f}, stages after it {stages:.2f}); 1.0 is linear")
    print(f"({time.strftime('%Y-%m-%d')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
