"""A hostile batch: does one run survive what a newsroom might feed it?

    python benchmarks/hostile.py [--parts sentence,unmatched,nested,random,news]
                                 [--news-mb 2] [--baseline] [--timeout 60]

Builds one JSONL batch holding a 100,000-word sentence, 10,000 unmatched
`«`, 500 nested quotes, 200 KB of random code points (lone surrogates
included) and 2 MB of real news as one document (newsru-500 texts run
together, where ../shared is present), then runs `quotes extract` on it as
a subprocess pinned to one core, and reports wall time, peak RSS, one
record per document, error records and tracebacks. Done when: under 5
minutes, under 1.5 GB, one record each, no traceback. `--baseline` also
runs the same news as separate articles, and prints the one-document time
as a ratio to it (the cost of length itself).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS = SHARED / "corpus" / "news" / "newsru-500.jsonl"

WORDS = ("министр сказал что правительство рассмотрит вопрос о бюджете на следующий год "
         "по словам депутата решение будет принято в ближайшее время заявил он").split()


def _sentence(rnd: random.Random) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(100_000))


def _unmatched(rnd: random.Random) -> str:
    return " ".join(f"«{rnd.choice(WORDS)}" for _ in range(10_000))


def _nested(rnd: random.Random) -> str:
    text = "Мы готовы"
    for depth in range(500):
        text = f"«{text}», — сказал министр {depth}"
    return text + "."


def _random(rnd: random.Random) -> str:
    """200 KB (as UTF-8) of code points drawn from all of Unicode."""
    chars, size = [], 0
    while size < 200_000:
        point = rnd.randrange(0x20, 0x110000)
        chars.append(chr(point))
        size += 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4
    return "".join(chars)


def _news(megabytes: float) -> list[str]:
    texts = [json.loads(line)["text"] for line in NEWS.open(encoding="utf-8")]
    size = int(megabytes * 1_000_000)
    out, total, i = [], 0, 0
    while total < size:
        text = texts[i % len(texts)]
        out.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return out


def _run(batch: Path, out: Path, timeout: float) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1")
    command = [sys.executable, "-m", "quotes", "extract", str(batch), "-o", str(out),
               "--doc-timeout", str(timeout)]
    if hasattr(os, "sched_setaffinity"):
        command = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] + command
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {"seconds": elapsed, "cpu": cpu, "peak_mb": max(peak, before) / 1024, "code": done.returncode,
            "stderr": done.stderr, "records": records}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="sentence,unmatched,nested,random,news")
    parser.add_argument("--news-mb", type=float, default=2.0)
    parser.add_argument("--timeout", type=float, default=60.0, help="--doc-timeout for the run")
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()

    rnd = random.Random(7)
    parts = args.parts.split(",")
    documents = []
    for name, build in (("sentence", _sentence), ("unmatched", _unmatched),
                        ("nested", _nested), ("random", _random)):
        if name in parts:
            documents.append((name, build(rnd)))
    news = []
    if "news" in parts:
        if NEWS.is_file():
            news = _news(args.news_mb)
            documents.append(("news", "\n\n".join(news)))
        else:
            print(f"news: skipped, {NEWS} is absent")

    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "hostile.jsonl"
        with batch.open("w", encoding="utf-8") as handle:
            for name, text in documents:
                handle.write(json.dumps({"id": name, "text": text}) + "\n")  # ASCII: surrogates escaped
        for name, text in documents:
            print(f"{name:10s} {len(text):>9,} characters")
        result = _run(batch, Path(folder) / "out.jsonl", args.timeout)
        records = result["records"]
        print(f"\nbatch: {result['seconds']:.1f} s wall, {result['cpu']:.1f} s CPU "
              f"(wall / CPU {result['seconds'] / max(result['cpu'], 1e-9):.2f}: above 1 the core "
              f"was shared), peak RSS {result['peak_mb']:.0f} MB, exit {result['code']}")
        for record in records:
            what = (f"ERROR {record['error'][:150]}" if "error" in record
                    else f"{len(record['quotes'])} quotes, {len(record['entities'])} entities")
            print(f"  {record['id']:10s} {what}")
        ids = [r["id"] for r in records]
        traceback = "Traceback" in result["stderr"]
        one_each = ids == [name for name, _ in documents]
        print(f"one record per document: {one_each}; traceback: {traceback}")
        print(f"done when: under 300 s: {result['seconds'] < 300} (CPU: {result['cpu'] < 300}); under 1.5 GB: "
              f"{result['peak_mb'] < 1536}")
        if args.baseline and news:
            base = Path(folder) / "articles.jsonl"
            with base.open("w", encoding="utf-8") as handle:
                for i, text in enumerate(news):
                    handle.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
            separate = _run(base, Path(folder) / "articles.out.jsonl", args.timeout)
            print(f"baseline: the same news as {len(news)} articles: {separate['seconds']:.1f} s; "
                  f"whole batch / baseline = {result['seconds'] / separate['seconds']:.2f}")
        return 0 if one_each and not traceback else 1


if __name__ == "__main__":
    sys.exit(main())
