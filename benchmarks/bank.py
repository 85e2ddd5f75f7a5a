"""The quote bank over the shared news: build time, size, search latency,
quotes repeated across articles, and the clustering threshold measured.

    python benchmarks/bank.py [--cache /tmp/quotes-bank-bench] [--show 25]

Extraction (~1,130 documents, a few minutes of CPU) is cached in the cache
folder, keyed by the inputs' hash, never in the repository. Metadata: newsru
ids and file names start with the year (`2000_finance_…`), which becomes the
date; the outlets/ files name their outlet; factrueval texts have none.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NEWS = ROOT.parent / "shared" / "corpus" / "news"

OUTLETS = {"gazeta": "Газета.Ru", "interfax": "Интерфакс", "iz": "Известия", "meduza": "Meduza",
           "ria": "РИА Новости", "rt": "RT", "tass": "ТАСС"}


def _year(name: str):
    match = re.match(r"(\d{4})_", name)
    return match.group(1) if match else None


def inputs(news: Path) -> list[dict]:
    """Every benchmark document as {id, text, outlet, date, collection}."""
    documents = []
    with (news / "newsru-500.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            documents.append({"id": record["id"], "text": record["text"], "outlet": "NEWSru.com",
                              "date": _year(record["id"]), "collection": "newsru-500"})
    for folder, outlet in (("rucoco-2023", "NEWSru.com"), ("outlets", None), ("factrueval", None)):
        for path in sorted((news / folder).glob("*.txt")):
            name = outlet or OUTLETS.get(path.stem.split("-")[0])
            documents.append({"id": f"{folder}/{path.stem}", "text": path.read_text(encoding="utf-8"),
                              "outlet": name, "date": _year(path.stem) if folder == "rucoco-2023" else None,
                              "collection": folder})
    return documents


def extracted(documents: list[dict], cache: Path) -> tuple[Path, float]:
    """The extraction of `documents` as bank input JSONL (cached)."""
    digest = hashlib.sha256(json.dumps([(d["id"], d["text"]) for d in documents]).encode()).hexdigest()[:16]
    path = cache / f"extracted-{digest}.jsonl"
    if path.is_file():
        return path, 0.0
    from quotes import Extractor

    cache.mkdir(parents=True, exist_ok=True)
    extractor = Extractor()
    started = time.process_time()
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8") as out:
        for number, document in enumerate(documents, 1):
            result = extractor.extract_document(document["text"], id=document["id"]).to_dict()
            result.update({k: document[k] for k in ("text", "outlet", "date", "collection")})
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            if number % 100 == 0:
                print(f"  extracted {number}/{len(documents)}", file=sys.stderr)
    partial.rename(path)
    return path, time.process_time() - started


def rucoco_repeats(folder: Path, known: set) -> list[dict]:
    """RuCoCo's newsru articles (outside the benchmark's own) that share a
    quoted passage of 6+ words with another article: where real repeats are."""
    from quotes.bank.text import normalise

    passages: dict[str, set] = {}
    texts = {}
    for path in sorted(folder.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        texts[path.stem] = text
        for match in re.finditer(r'[«"“„]([^«»"“”„\n]{20,600})[»"”“]', text):
            norm = normalise(match.group(1))
            if len(norm.split()) >= 6:
                passages.setdefault(norm, set()).add(path.stem)
    ids = sorted(set().union(*[d for d in passages.values() if len(d) > 1]) - known)
    return [{"id": i, "text": texts[i], "outlet": "NEWSru.com", "date": _year(i), "collection": "rucoco"}
            for i in ids]


def _median_ms(function, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default="/tmp/quotes-bank-bench")
    parser.add_argument("--show", type=int, default=25, help="print this many newsru clusters to check")
    args = parser.parse_args(argv)
    from quotes.bank import THRESHOLD, Bank, build, search, speaker, trail
    from quotes.bank import clusters as bank_clusters
    from quotes.bank.store import apart as bank_apart
    from quotes.bank.text import normalise

    cache = Path(args.cache)
    documents = inputs(NEWS)
    source, extract_cpu = extracted(documents, cache)
    print(f"documents: {len(documents)} "
          + ", ".join(f"{c} {sum(d['collection'] == c for d in documents)}"
                      for c in ("newsru-500", "rucoco-2023", "outlets", "factrueval")))
    print(f"extraction: {'cached' if not extract_cpu else f'{extract_cpu:.0f} s CPU'} ({source})")

    db = cache / "bank.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    bank = build([str(source)], db)
    build_s = time.perf_counter() - started
    counts = bank.counts()
    started = time.perf_counter()
    build([str(source)], bank)
    rebuild_s = time.perf_counter() - started
    again = bank.counts()
    print(f"build: {build_s:.2f} s for {counts['documents']} documents, {counts['quotes']} quotes "
          f"({counts['direct']} direct), {counts['speakers']} speakers, {counts['clusters']} clusters")
    print(f"re-adding the same batch: {rebuild_s:.2f} s, {bank.last_report.unchanged} unchanged, "
          f"quotes {counts['quotes']} -> {again['quotes']} (no duplicates: {counts == again})")
    print(f"database size: {os.path.getsize(db) / 2**20:.2f} MiB")

    # search latency, against a full scan of the quote texts in the same run
    rng = random.Random(14)
    texts = [row[0] for row in bank.db.execute("SELECT text FROM quotes WHERE length(text) > 40")]
    phrases = []
    for text in rng.sample(texts, 30):
        words = text.split()
        start = rng.randrange(max(1, len(words) - 2))
        phrases.append(" ".join(words[start:start + 2]).strip(".,«»\"—:;!?()"))
    phrases += ["не", "россии", "мы"]   # common words: many hits, the limit of 100 applies
    names = [row[0] for row in bank.db.execute(
        "SELECT name FROM speakers WHERE kind = 'person' AND document_id IS NULL ORDER BY quotes DESC LIMIT 10")]
    fts = [_median_ms(lambda p=p: search(bank, p)) for p in phrases]
    scan = [_median_ms(lambda p=p: bank.db.execute(
        "SELECT rowid FROM quotes WHERE instr(lower(text), lower(?)) > 0", (p,)).fetchall()) for p in phrases]
    filtered = [_median_ms(lambda p=p, n=n: search(bank, p, speaker=n, outlet="NEWSru.com", since="2000"))
                for p, n in zip(phrases, names * 3)]
    person = [_median_ms(lambda n=n: speaker(bank, n)) for n in names]
    print(f"search latency (median of 5 each, {len(phrases) - 3} two-word phrases and 3 common words): "
          f"median {statistics.median(fts):.2f} ms, max {max(fts):.2f} ms; "
          f"full-scan baseline {statistics.median(scan):.2f} ms (ratio {statistics.median(fts) / statistics.median(scan):.2f})")
    print(f"search with --speaker --outlet --since: median {statistics.median(filtered):.2f} ms, "
          f"max {max(filtered):.2f} ms; speaker NAME: median {statistics.median(person):.2f} ms, max {max(person):.2f} ms")
    print(f"under 100 ms: {max(fts + filtered + person) < 100}")

    # the thresholds: every LSH candidate pair of distinct direct quote texts
    rows = bank.db.execute("SELECT q.rowid, norm, minhash, quote_id, type, q.document_id, spans,"
                           " CASE WHEN s.document_id IS NULL THEN q.speaker_id END AS named FROM quotes q"
                           " LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY q.rowid").fetchall()
    items = [(r[0], r[1], r[2]) for r in rows]
    by_key = {r[0]: r for r in rows}
    apart = lambda a, b: bank_apart(by_key[a], by_key[b])  # noqa: E731
    pairs = bank_clusters.pair_similarities(items)
    bins = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    for index, label in ((2, "Jaccard"), (3, "containment")):
        histogram = [sum(lo <= p[index] < hi for p in pairs) for lo, hi in zip(bins, bins[1:])]
        print(f"candidate pairs ({len(pairs)}) by {label} of word 3-shingles: "
              + ", ".join(f"{lo:.1f}+ {n}" for lo, n in zip(bins, histogram)))
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.8):
        sizes = {}
        for root in bank_clusters.cluster(items, threshold, apart).values():
            sizes[root] = sizes.get(root, 0) + 1
        print(f"  Jaccard threshold {threshold}: {sum(1 for s in sizes.values() if s > 1)} clusters of 2+, "
              f"{sum(s for s in sizes.values() if s > 1)} quotes in them"
              + (" (the bank's)" if threshold == THRESHOLD else ""))
    text_of = {r[0]: (r[3], r[1]) for r in rows}
    print("  candidate pairs with J >= 0.2 or C >= 0.5, for reading (J = Jaccard, C = containment):")
    for a, b, jac, con in sorted(pairs, key=lambda p: -p[2]):
        if jac < 0.2 and con < 0.5:
            continue
        same = bank_clusters.same_quote(bank_clusters.shingles(text_of[a][1]), bank_clusters.shingles(text_of[b][1]))
        same = "vetoed" if same and apart(a, b) else "joined" if same else "apart "
        print(f"    J {jac:.2f} C {con:.2f} {same}  {text_of[a][0]}  {text_of[a][1][:80]!r}\n"
              f"                            {text_of[b][0]}  {text_of[b][1][:80]!r}")

    # what the bank could have found: a direct quote of 6+ words written in another document
    texts = {d["id"]: normalise(d["text"]) for d in documents}
    written_elsewhere = 0
    for row in rows:
        if row["type"] == "direct" and len(row["norm"].split()) >= 6:
            owner = row["quote_id"].rsplit(":", 1)[0]
            written_elsewhere += any(row["norm"] in t for i, t in texts.items() if i != owner)
    crossing = bank.db.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM clusters WHERE documents > 1").fetchone()
    print(f"all {len(documents)} documents: {crossing[0]} clusters span 2+ documents ({crossing[1]} quotes of any type); "
          f"direct quotes of 6+ words whose words stand in another document's text: {written_elsewhere}")

    # newsru-500 alone, then with the newsru articles of RuCoCo that repeat a quoted passage
    news_source = cache / "newsru-only.jsonl"
    with source.open(encoding="utf-8") as handle, news_source.open("w", encoding="utf-8") as out:
        out.writelines(line for line in handle if '"collection": "newsru-500"' in line)
    repeats = rucoco_repeats(NEWS / "rucoco", {d["id"] for d in documents})
    repeat_source, _ = extracted(repeats, cache) if repeats else (None, 0)
    for label, paths in (("newsru-500", [news_source]),
                         (f"newsru-500 + {len(repeats)} RuCoCo articles repeating a quoted passage",
                          [news_source] + ([repeat_source] if repeat_source else []))):
        news_db = cache / "newsru.sqlite"
        news_db.unlink(missing_ok=True)
        news = build([str(p) for p in paths], news_db)
        multi = news.db.execute(
            "SELECT c.id, c.documents, c.size, c.first_quote_id FROM clusters c"
            " WHERE c.size > 1 ORDER BY c.documents DESC, c.id").fetchall()
        across = [r for r in multi if r["documents"] > 1]
        direct = news.counts()["direct"]
        direct_across = news.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT q.cluster_id) FROM quotes q JOIN clusters c ON c.id = q.cluster_id"
            " WHERE q.type = 'direct' AND c.documents > 1").fetchone()
        print(f"{label}: {direct} direct quotes, {direct_across[0]} of them in {direct_across[1]} clusters "
              f"that span more than one article; all types: {len(across)} clusters span more than one "
              f"article, holding {sum(r['size'] for r in across)} quotes; {len(multi) - len(across)} "
              f"more clusters repeat a quote inside one article")
        for row in multi[:args.show]:
            print(f"  cluster {row['id']} ({row['documents']} articles):")
            for quote in trail(news, row["first_quote_id"]):
                who = (quote["speaker"] or {}).get("bank_name")
                chain = " → ".join(r["name"] for r in quote["chain"])
                print(f"    {quote['quote_id']} {quote['type']} {quote['date']} {who} [{chain}] «{quote['text'][:110]}»")
    news.close()
    bank.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
