"""Speed: the extractor against Natasha's bare parse of the same texts.

    python benchmarks/speed.py [--repeat 5] [--texts FILE.jsonl] [--limit N]
    python benchmarks/speed.py --jobs 2 [--texts ../shared/corpus/news/newsru-500.jsonl]

With `--jobs N` it measures worker processes instead: the batch runner over
the texts with one process and with N (forked after the models are loaded,
one BLAS thread each), documents per second of each, their ratio, and
whether both wrote the same bytes. CPU time is the sum over the processes.

Texts: the real articles of ../shared/corpus/dev.gold.jsonl and the seed
(or corpus/gold.jsonl where ../shared is absent). Each repetition runs
Natasha's bare pipeline (segment, morph, syntax, NER through natasha.Doc,
document by document) and the full extractor over all texts
(`Extractor.extract_many`: clean, parse with the documents' sentences
batched together, every stage), interleaved so both see the same machine;
figures are medians, of wall-clock and of CPU time (which other tenants of
a shared machine disturb less). The ratio printed is the extractor's
documents per second divided by the bare parse's documents per second over
the same texts in the same run: above 1.0 the whole extractor is faster
than natasha's bare parse. The extractor's lemma and inflection caches are
emptied before each of its repetitions, so no repetition profits from an
earlier one. Peak RSS is measured in a child process that loads only the
extractor and runs it once over the texts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpus"


def load_texts(path: str | None, limit: int | None) -> tuple[str, list[str]]:
    if path:
        texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
        name = Path(path).name
    elif (SHARED / "dev.gold.jsonl").exists():
        texts = [json.loads(line)["text"] for line in open(SHARED / "dev.gold.jsonl", encoding="utf-8")]
        texts.append((SHARED / "seed-dayaz-garaev.txt").read_text(encoding="utf-8"))
        name = "dev.gold.jsonl + seed"
    else:
        texts = [json.loads(line)["text"] for line in open(ROOT / "corpus" / "gold.jsonl", encoding="utf-8")]
        name = "corpus/gold.jsonl"
    return name, texts[:limit] if limit else texts


def clear_caches() -> None:
    from natasha.morph.vocab import MorphVocab

    from quotes.parse import morphology

    from quotes import mentions, names

    mentions.norm.cache_clear()
    morphology._LEMMA_CACHE.clear()
    morphology.to_nominative.cache_clear()
    names._nominative.cache_clear()
    MorphVocab.parse.cache_clear()


def child_rss(path: str | None, limit: int | None) -> int:
    """Peak RSS (KiB) of a process that runs only the extractor."""
    code = (
        "import sys, resource; sys.path.insert(0, %r);"
        "from benchmarks.speed import load_texts; from quotes import Extractor;"
        "e = Extractor(); _, texts = load_texts(%r, %r);"
        "list(e.extract_many(texts));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    ) % (str(ROOT), path, limit)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip().splitlines()[-1])


def compare_jobs(path: str | None, limit: int | None, jobs: int, save: str | None = None) -> int:
    """Docs/s of the batch runner with one process and with `jobs`."""
    import functools
    import io
    import os

    from quotes.batch import limit_blas_threads, outcomes
    from quotes.cli import _extractor
    from quotes.io import InputRecord, writer

    limit_blas_threads()  # the single process gets one BLAS thread too: a fair comparison
    name, texts = load_texts(path, limit)
    ids = [str(json.loads(line).get("id", i)) for i, line in enumerate(open(path, encoding="utf-8"))
           if line.strip()][:len(texts)] if path else [str(i) for i in range(len(texts))]
    items = [InputRecord(ident, t, name) for ident, t in zip(ids, texts)]
    factory = functools.partial(_extractor, "natasha", False, ())
    extractor = factory()
    extractor.extract_document(texts[0])  # first-call costs are not throughput
    figures = {}
    for n in (1, jobs):
        buffer = io.StringIO()
        started, cpu = time.perf_counter(), os.times()
        with writer(buffer) as sink:
            for record, _ in outcomes(factory, items, n, extractor):
                sink.write(record)
        seconds = time.perf_counter() - started
        after = os.times()
        used = (after.user - cpu.user) + (after.system - cpu.system) \
            + (after.children_user - cpu.children_user) + (after.children_system - cpu.children_system)
        figures[n] = (seconds, used, buffer.getvalue())
        print(f"--jobs {n}: {len(texts)} documents in {seconds:.1f}s, {len(texts) / seconds:.2f} docs/s "
              f"(CPU {used:.1f}s)", flush=True)
    ratio = figures[1][0] / figures[jobs][0]
    print(f"texts: {name}; cores here: {len(os.sched_getaffinity(0))}; load average now: "
          f"{os.getloadavg()[0]:.1f}")
    print(f"speed-up of --jobs {jobs} over --jobs 1: {ratio:.2f}x docs/s")
    print(f"same output bytes: {figures[1][2] == figures[jobs][2]}")
    if save:
        Path(save).write_text(figures[jobs][2], encoding="utf-8")
    print(f"({time.strftime('%Y-%m-%d')})")
    return 0 if figures[1][2] == figures[jobs][2] else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--texts", help="a JSONL file of {\"text\"} lines instead of the default texts")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--jobs", type=int, help="compare N worker processes with one")
    parser.add_argument("--save", help="with --jobs: write the JSONL of the N-process run here")
    args = parser.parse_args(argv)
    if args.jobs:
        return compare_jobs(args.texts, args.limit, args.jobs, args.save)

    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    from quotes.batch import limit_blas_threads

    limit_blas_threads()  # both sides with one BLAS thread: their CPU time is their work

    from quotes import Extractor

    name, texts = load_texts(args.texts, args.limit)
    embedding = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    extractor = Extractor()
    tokens = sum(len(extractor.backend.parse(t).tokens) for t in texts)

    def bare() -> None:
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)

    parse_seconds: list[float] = []

    def extract() -> None:
        for _ in extractor.extract_many(texts):
            pass

    def parse_only() -> None:  # the extractor's own parse, for the split below
        started = time.perf_counter()
        for _ in extractor.backend.parse_many(texts) if hasattr(extractor.backend, "parse_many") \
                else map(extractor.backend.parse, texts):
            pass
        parse_seconds.append(time.perf_counter() - started)

    bare()  # warm both once: model loading and first-call costs are not throughput
    extract()
    bare_times, extract_times, bare_cpu, extract_cpu = [], [], [], []
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        bare()
        bare_times.append(time.perf_counter() - started)
        bare_cpu.append(time.process_time() - cpu)
        clear_caches()
        started, cpu = time.perf_counter(), time.process_time()
        extract()
        extract_times.append(time.perf_counter() - started)
        extract_cpu.append(time.process_time() - cpu)
        parse_only()

    bare_s, extract_s = statistics.median(bare_times), statistics.median(extract_times)
    rss_kib = child_rss(args.texts, args.limit)
    print(f"texts: {name}: {len(texts)} documents, {tokens} tokens; {args.repeat} repetitions, medians")
    print(f"{'':28}{'seconds':>10}{'docs/s':>10}{'tokens/s':>11}")
    print(f"{'natasha bare parse':28}{bare_s:10.2f}{len(texts) / bare_s:10.1f}{tokens / bare_s:11.0f}")
    print(f"{'quotes extractor':28}{extract_s:10.2f}{len(texts) / extract_s:10.1f}{tokens / extract_s:11.0f}")
    parse_s = statistics.median(parse_seconds)
    print(f"  of which the extractor's own parse about {parse_s:.2f}s (timed apart), the rest "
          f"{max(0.0, extract_s - parse_s):.2f}s")
    print(f"throughput ratio = extractor docs/s / bare natasha parse docs/s, same {len(texts)} texts, "
          f"same run, wall clock: {bare_s / extract_s:.2f}")
    ratios = sorted(b / e for b, e in zip(bare_times, extract_times))
    print(f"  per repetition: {', '.join(f'{r:.2f}' for r in ratios)}")
    cpu_ratio = statistics.median(bare_cpu) / statistics.median(extract_cpu)
    print(f"the same ratio on CPU time (steadier on a shared machine): {cpu_ratio:.2f} "
          f"({statistics.median(bare_cpu):.2f}s of CPU for the bare parse against "
          f"{statistics.median(extract_cpu):.2f}s for the extractor)")
    print(f"(1.0: the extractor, every stage included, runs as fast as natasha's bare parse; "
          f"load average now {__import__('os').getloadavg()[0]:.1f})")
    print(f"peak RSS of the extractor alone: {rss_kib / 1024:.0f} MiB")
    print(f"({time.strftime('%Y-%m-%d')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
