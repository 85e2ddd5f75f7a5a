"""Grammar time limit: every phrase pattern of grammars/phrases.toml over
every document of the news corpora, each over the whole text at once (harder
than the extractor's sentence-by-sentence run), as a share of the limit.

    python benchmarks/patterns.py [FOLDER_OR_JSONL ...]

Default inputs: ../shared/corpus/news/newsru-500.jsonl and the `.txt` files
of rucoco-2023/, outlets/ and factrueval/. Prints how many pattern runs went
past `cues.PATTERN_TIMEOUT` (the extractor would skip that pattern on that
sentence and log it) and the slowest run as a fraction of the limit.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
NEWS = ROOT.parent / "shared" / "corpus" / "news"


def documents(paths: list[Path]):
    for path in paths:
        if path.is_dir():
            for file in sorted(path.glob("*.txt")):
                yield f"{path.name}/{file.name}", file.read_text(errors="replace")
        elif path.suffix == ".jsonl":
            with path.open() as handle:
                for number, line in enumerate(handle, 1):
                    record = json.loads(line)
                    yield record.get("id") or f"{path.name}:{number}", record["text"]


def main() -> int:
    from quotes import grammar
    from quotes.cues import _PHRASE_SECTIONS, PATTERN_TIMEOUT

    paths = [Path(p) for p in sys.argv[1:]] or [
        NEWS / "newsru-500.jsonl", NEWS / "rucoco-2023", NEWS / "outlets", NEWS / "factrueval"]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        print(f"patterns: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    patterns = [(s, r, p) for s in _PHRASE_SECTIONS for r, p in grammar.compiled("phrases", s)]
    count, over, slowest = 0, [], (0.0, "")
    for ident, text in documents(paths):
        count += 1
        for section, rule, pattern in patterns:
            start = time.process_time()
            try:
                list(pattern.finditer(text, timeout=PATTERN_TIMEOUT))
            except TimeoutError:
                over.append(f"{ident} phrases.{section}.{rule}")
            spent = time.process_time() - start
            if spent > slowest[0]:
                slowest = (spent, f"{ident} phrases.{section}.{rule}")
    print(f"{count} documents x {len(patterns)} patterns: {len(over)} past the limit of {PATTERN_TIMEOUT}s")
    for item in over:
        print("  over:", item)
    print(f"slowest run: {slowest[0] / PATTERN_TIMEOUT:.5f} of the limit ({slowest[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
