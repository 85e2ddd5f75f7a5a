"""Speaker resolution measured on real coreference (RuCoCo, newsru.com).

    python benchmarks/speakers_rucoco.py [--split test] [--limit N]

On one part of the fixed document split (`training/rucoco_split.json`;
default `test`, never trained on), every article is parsed once (cached
outside the repository, see `training/rucoco.py`) and extracted twice: with
the rules alone (`QUOTES_RANKER=rules`) and with the learned ranker.

For every quote whose speaker mention is a pronoun (`он`, `его`) or a role
noun without a name (`политолог`, `собеседник агентства`) and lies in a gold
coreference cluster, the quote is right (lenient) when the canonical mention
of the entity it was resolved to lies in the same cluster; strict counts it
only when that canonical mention is another mention than the speaker
mention itself (a role noun that starts an entity of its own is trivially
in its own cluster). Printed by mention type, and as one JSON line at the
end: `{"split", "rules": {"lenient", "strict"}, "learned": {...}, "mentions"}`.

A role mention is one headed by its role noun (`один из экспертов` too);
one headed by another noun (`пресс-служба президента`, `совет директоров
Uber`) is an institution or a thing, and the gold cluster its role noun
leads to is another entity's (the president's): it is left out, and
counted apart (`--any-role-noun` counts it as up to 2026-12-04).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import rucoco  # noqa: E402


# count every mention holding a role noun, as up to 2026-12-04 (`--any-role-noun`)
ANY_ROLE_NOUN = False
# (article, offset) of the speaker mentions headed by another noun
OTHER_HEAD: set = set()


# nouns of quantity: `большинство экспертов`, `ряд аналитиков` are the experts
QUANTITY_NOUNS = frozenset({"большинство", "ряд", "часть", "группа", "половина", "треть", "четверть",
                            "множество", "масса", "десяток", "сотня", "тысяча", "число", "меньшинство"})


def headed_by_other_noun(doc, words, role) -> bool:
    """The phrase's own head (the word whose parse head lies outside it) is
    a common noun other than the role noun, no role noun itself and no noun
    of quantity (`один из режиссеров`, `некоторые эксперты`, `большинство
    экспертов` are headed by the role all the same)."""
    from quotes.names import is_role_noun, lex_lemma

    inside = {t.index for t in words}
    top = next((t for t in words if t.head is None or t.head not in inside), None)
    return top is not None and top.index != role.index and top.upos == "NOUN" \
        and not is_role_noun(doc, top.index) and lex_lemma(top) not in QUANTITY_NOUNS


def score(extractor, doc, data: dict, ident: str, counts: dict) -> None:
    from quotes.mentions import is_pronoun
    from quotes.names import is_role_noun

    result = extractor.extract_parsed(doc, id=ident)
    entities = {e.id: e for e in result.entities}
    for quote in result.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.mention is None:
            continue
        mention = speaker.mention
        tokens = doc.tokens_in(mention.start, mention.end)
        words = [t for t in tokens if t.upos != "PUNCT"]
        if not words:
            continue
        if len(words) == 1 and is_pronoun(words[0]):
            kind, head = "pronoun", words[0]
        elif any(is_role_noun(doc, t.index) and t.upos == "NOUN" for t in words) and \
                not any(n.type == "PER" and n.start < mention.end and mention.start < n.end for n in doc.names):
            kind = "role"
            head = next(t for t in words if is_role_noun(doc, t.index) and t.upos == "NOUN")
            if headed_by_other_noun(doc, words, head):
                # `пресс-служба президента`, `совет директоров Uber`: an institution
                # or a thing, whose role noun is a complement; the gold cluster
                # found through that noun is the president's, another entity
                OTHER_HEAD.add((ident, mention.start))
                if not ANY_ROLE_NOUN:
                    continue
        else:
            continue
        cluster = rucoco.cluster_of(data["entities"], mention.start, mention.end, (head.start, head.end))
        if cluster is None:
            continue
        counts[kind][1] += 1
        entity = entities.get(speaker.entity) if speaker.entity else None
        canonical = entity.canonical if entity else None
        if canonical is not None and rucoco.in_cluster(data["entities"][cluster], canonical.start, canonical.end):
            counts[kind][0] += 1
            if (canonical.start, canonical.end) != (mention.start, mention.end):
                counts[kind][2] += 1


def summary(counts: dict) -> dict:
    right = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    elsewhere = sum(c[2] for c in counts.values())
    return {"lenient": round(right / total, 4) if total else 0.0,
            "strict": round(elsewhere / total, 4) if total else 0.0}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--limit", type=int, help="only the first N articles of the split")
    parser.add_argument("--any-role-noun", action="store_true",
                        help="count a mention by any role noun in it, also one headed by another noun "
                             "(`пресс-служба президента`): the count up to 2026-12-04")
    args = parser.parse_args(argv)
    if not rucoco.RUCOCO.is_dir():
        print(f"{rucoco.RUCOCO} is absent: nothing to measure", file=sys.stderr)
        return 0

    from quotes import Extractor, ranker

    extractor = Extractor()
    global ANY_ROLE_NOUN
    ANY_ROLE_NOUN = args.any_role_noun
    runs = {"rules": {"pronoun": [0, 0, 0], "role": [0, 0, 0]},
            "learned": {"pronoun": [0, 0, 0], "role": [0, 0, 0]}}
    started = time.perf_counter()
    articles = 0
    saved = os.environ.get("QUOTES_RANKER")
    try:
        for number, (ident, data) in enumerate(rucoco.documents(args.split, args.limit), 1):
            doc = rucoco.parsed(extractor.backend, ident, data["text"])
            for run, counts in runs.items():
                os.environ["QUOTES_RANKER"] = run
                score(extractor, doc, data, ident, counts)
            articles = number
            if sys.stderr.isatty():
                print(f"\r{number}", end="", file=sys.stderr)
    finally:
        if saved is None:
            os.environ.pop("QUOTES_RANKER", None)
        else:
            os.environ["QUOTES_RANKER"] = saved
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if ranker.model() is None:
        print("no ranker weights in the package: `learned` is the rules again", file=sys.stderr)
    print(f"RuCoCo {args.split}: {articles} articles, {time.perf_counter() - started:.0f}s")
    print(f"  speaker mentions headed by a noun other than their role noun (`пресс-служба президента`): "
          f"{len(OTHER_HEAD)}, " + ("counted (--any-role-noun)" if ANY_ROLE_NOUN else "not counted"))
    for run, counts in runs.items():
        for kind, (r, t, e) in counts.items():
            print(f"  {run:8} {kind:8} lenient {r / t if t else 0:.3f} strict {e / t if t else 0:.3f} ({r}/{t}, {e})")
    mentions = sum(c[1] for c in runs["rules"].values())
    print(json.dumps({"split": args.split, "rules": summary(runs["rules"]), "learned": summary(runs["learned"]),
                      "mentions": mentions}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
