"""Speaker resolution measured on real coreference (RuCoCo, newsru.com).

    python benchmarks/speakers_rucoco.py [--limit N]

For every quote whose speaker mention is a pronoun (`он`, `его`) or a role
noun without a name (`политолог`, `собеседник агентства`) and lies in a gold
coreference cluster, the quote counts as right when the canonical mention of
the entity it was resolved to lies in the same cluster. Printed: that
accuracy and the count, by mention type; and, stricter, the share resolved
to another mention than the speaker mention itself (a role noun that starts
an entity of its own is trivially in its own cluster).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RUCOCO = ROOT.parent / "shared" / "corpus" / "news" / "rucoco"


def _cluster_of(clusters: list[list[list[int]]], start: int, end: int, head: tuple[int, int]) -> int | None:
    """The gold cluster holding a mention: a span that covers its head word."""
    best = None
    for number, cluster in enumerate(clusters):
        for s, e in cluster:
            if s <= head[0] and head[1] <= e and s < end and start < e:
                if best is None or (e - s) < best[1]:
                    best = (number, e - s)
    return best[0] if best else None


def _in_cluster(cluster: list[list[int]], start: int, end: int) -> bool:
    return any(max(s, start) < min(e, end) for s, e in cluster)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N articles (sorted by name)")
    args = parser.parse_args(argv)
    if not RUCOCO.is_dir():
        print(f"{RUCOCO} is absent: nothing to measure", file=sys.stderr)
        return 0

    from quotes import Extractor
    from quotes.mentions import is_pronoun
    from quotes.names import is_role_noun

    extractor = Extractor()
    files = sorted(RUCOCO.glob("*.json"))[: args.limit]
    counts = {"pronoun": [0, 0, 0], "role": [0, 0, 0]}  # right, total, resolved elsewhere
    started = time.perf_counter()
    for number, path in enumerate(files, 1):
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = extractor.backend.parse(data["text"])
        result = extractor.extract_parsed(doc, id=path.stem)
        entities = {e.id: e for e in result.entities}
        for quote in result.quotes:
            speaker = quote.speaker
            if speaker is None or speaker.mention is None:
                continue
            mention = speaker.mention
            tokens = doc.tokens_in(mention.start, mention.end)
            if not tokens:
                continue
            words = [t for t in tokens if t.upos != "PUNCT"]
            if len(words) == 1 and is_pronoun(words[0]):
                kind, head = "pronoun", words[0]
            elif any(is_role_noun(doc, t.index) and t.upos == "NOUN" for t in words) and \
                    not any(n.type == "PER" and n.start < mention.end and mention.start < n.end
                            for n in doc.names):
                kind = "role"
                head = next(t for t in words if is_role_noun(doc, t.index) and t.upos == "NOUN")
            else:
                continue
            cluster = _cluster_of(data["entities"], mention.start, mention.end, (head.start, head.end))
            if cluster is None:
                continue
            counts[kind][1] += 1
            entity = entities.get(speaker.entity) if speaker.entity else None
            canonical = entity.canonical if entity else None
            if canonical is not None and _in_cluster(data["entities"][cluster], canonical.start, canonical.end):
                counts[kind][0] += 1
                if (canonical.start, canonical.end) != (mention.start, mention.end):
                    counts[kind][2] += 1
        if sys.stderr.isatty():
            print(f"\r{number}/{len(files)}", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    right = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    elsewhere = sum(c[2] for c in counts.values())
    print(f"RuCoCo: {len(files)} articles, {time.perf_counter() - started:.0f}s")
    for kind, (r, t, e) in counts.items():
        share = r / t if t else 0.0
        print(f"  {kind:8} {share:.3f}  ({r}/{t}; resolved to another mention: {e})")
    print(f"speaker accuracy on pronoun and role-noun mentions: {right / total if total else 0:.3f} "
          f"({right}/{total}); strict (resolved to another mention): "
          f"{elsewhere / total if total else 0:.3f} ({elsewhere}/{total})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
