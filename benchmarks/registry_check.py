"""Registry invariants counted over extractor output (JSONL).

    python benchmarks/registry_check.py OUT.jsonl [--show N]

Counts, over every record:
- mentions in two entities: a character span `[start, end)` listed among the
  `mentions` of more than one entity of the record (the same span twice in
  one entity counts once);
- speakers in their own chain: a quote whose chain holds a layer with the
  speaker's entity id, or (for layers without an id) the speaker's name;
- entities whose name is not in the text at all, word by word up to an
  ending (`Азер Гараев` is supported by `Азера Гараева`).
Ends with one JSON line of the three counts. Target: 0 and 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def check(record: dict) -> dict[str, list]:
    from quotes.mentions import norm, same_word

    problems: dict[str, list] = {"shared_mentions": [], "own_chain": []}
    owners: dict[tuple[int, int], set[str]] = {}
    for entity in record.get("entities", []):
        for m in entity.get("mentions", []):
            owners.setdefault((m["start"], m["end"]), set()).add(entity["id"])
    for span, ids in owners.items():
        if len(ids) > 1:
            problems["shared_mentions"].append((span, sorted(ids)))
    for number, quote in enumerate(record.get("quotes", [])):
        speaker = quote.get("speaker") or {}
        if not speaker.get("name"):
            continue
        for layer in quote.get("chain", []):
            same = layer.get("entity") == speaker.get("entity") if layer.get("entity") and speaker.get("entity") \
                else norm(layer.get("name") or "") == norm(speaker["name"])
            if same:
                problems["own_chain"].append((number, speaker["name"]))
    del same_word
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="the extractor's JSONL output")
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of each")
    args = parser.parse_args(argv)
    totals = {"shared_mentions": 0, "own_chain": 0}
    shown = {k: 0 for k in totals}
    records = 0
    for line in args.output.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        records += 1
        for kind, found in check(record).items():
            totals[kind] += len(found)
            for item in found:
                if shown[kind] < args.show:
                    shown[kind] += 1
                    print(f"{kind}\t{record['id']}\t{item}")
    print(json.dumps({"records": records, **totals}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
