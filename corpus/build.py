"""Build corpus/gold.jsonl from the annotated sources in corpus/src/*.toml.

The sources write each quote with strings instead of offsets, so they stay
readable and easy to review:

    [[doc]]
    id = "direct-after-dash"
    text = '''«Мы готовы», — сказал министр Иван Петров.'''
    entities = { petrov = { name = "Иван Петров", kind = "person", keys = ["петров"] } }
    [[doc.quote]]
    type = "direct"
    content = ["Мы готовы"]        # one string per span, found in order
    cue = "сказал"                  # nearest occurrence to the content
    mention = "министр Иван Петров" # `text@2` picks the 2nd occurrence
    speaker = "petrov"

This script turns them into the gold format of ATTRIBUTION.md (offsets into
the text) and fails loudly when a string is missing, so the gold never drifts
from its text. Run: `python corpus/build.py` (or `--check` to verify only).
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "src"
GOLD = HERE / "gold.jsonl"


class SourceError(ValueError):
    pass


def _occurrences(text: str, needle: str) -> list[int]:
    """Where `needle` stands as whole words (`сказал` is not in `рассказал`)."""
    found, start = [], 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return found
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(needle)] if i + len(needle) < len(text) else " "
        if not (needle[:1].isalnum() and before.isalnum()) and not (needle[-1:].isalnum() and after.isalnum()):
            found.append(i)
        start = i + 1


def _locate(text: str, needle: str, near: tuple[int, int], where: str) -> list[int]:
    """[start, end) of `needle` (`text@N` = N-th occurrence), else the
    occurrence nearest to `near`."""
    nth = None
    if "@" in needle and needle.rsplit("@", 1)[1].isdigit():
        needle, n = needle.rsplit("@", 1)
        nth = int(n)
    hits = _occurrences(text, needle)
    if not hits:
        raise SourceError(f"{where}: {needle!r} is not in the text")
    if nth is not None:
        if nth > len(hits):
            raise SourceError(f"{where}: {needle!r} occurs {len(hits)} times, not {nth}")
        start = hits[nth - 1]
    else:
        def distance(i: int) -> int:
            return max(0, near[0] - (i + len(needle)), i - near[1])
        start = min(hits, key=distance)
    return [start, start + len(needle)]


def build_doc(doc: dict, source: str) -> dict:
    text = doc["text"]
    where = f"{source}:{doc['id']}"
    entities = doc.get("entities", {})
    quotes = []
    for number, q in enumerate(doc.get("quote", [])):
        here = f"{where}#{number}"
        spans, cursor = [], 0
        for part in q["content"]:
            nth = None
            needle = part
            if "@" in part and part.rsplit("@", 1)[1].isdigit():
                needle, n = part.rsplit("@", 1)
                nth = int(n)
            hits = [i for i in _occurrences(text, needle) if i >= cursor]
            if not hits:
                raise SourceError(f"{here}: content {needle!r} is not in the text after offset {cursor}")
            start = hits[(nth or 1) - 1]
            spans.append([start, start + len(needle)])
            cursor = start + len(needle)
        near = (spans[0][0], spans[-1][1])
        cue = _locate(text, q["cue"], near, here) if q.get("cue") else None
        mention = _locate(text, q["mention"], near, here) if q.get("mention") else None
        for key in [q.get("speaker")] + list(q.get("chain", [])):
            if key is not None and key not in entities:
                raise SourceError(f"{here}: entity {key!r} is not declared")
        quotes.append({
            "type": q["type"],
            "content": spans,
            "cue": cue,
            "speaker": q.get("speaker"),
            "mention": mention,
            "chain": list(q.get("chain", [])),
            "parent": q.get("parent"),
            "optional": bool(q.get("optional", False)),
            "chain_uncertain": bool(q.get("chain_uncertain", False)),
        })
    return {
        "id": doc["id"],
        "covers": doc.get("covers", []),
        "text": text,
        "entities": entities,
        "quotes": quotes,
    }


def build() -> list[dict]:
    docs, seen = [], set()
    for path in sorted(SOURCES.glob("*.toml")):
        with path.open("rb") as handle:
            table = tomllib.load(handle)
        for doc in table.get("doc", []):
            if doc["id"] in seen:
                raise SourceError(f"{path.name}: duplicate id {doc['id']!r}")
            seen.add(doc["id"])
            built = build_doc(doc, path.name)
            built["source"] = path.name
            docs.append(built)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    try:
        docs = build()
    except SourceError as error:
        print(f"corpus/build.py: {error}", file=sys.stderr)
        return 1
    rendered = render(docs)
    if "--check" in argv:
        current = GOLD.read_text(encoding="utf-8") if GOLD.exists() else ""
        if current != rendered:
            print("corpus/gold.jsonl is out of date: run python corpus/build.py", file=sys.stderr)
            return 1
        print(f"corpus/gold.jsonl is up to date ({len(docs)} documents)")
        return 0
    GOLD.write_text(rendered, encoding="utf-8")
    quotes = sum(len(d["quotes"]) for d in docs)
    print(f"wrote {GOLD.relative_to(HERE.parent)}: {len(docs)} documents, {quotes} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
