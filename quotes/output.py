"""The JSONL output: its JSON Schema, and a check against it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of one output line, shipped in the package."""
    return json.loads((Path(__file__).parent / "schema.json").read_text(encoding="utf-8"))


def check_offsets(text: str, record: dict) -> list[str]:
    """Problems with the offsets of one output record against its text."""
    problems = []
    for i, quote in enumerate(record.get("quotes", [])):
        spans = quote["spans"]
        joined = " … ".join(text[s:e] for s, e in spans)
        if joined != quote["text"]:
            problems.append(f"quote {i}: text does not match its spans")
        for name in ("cue",):
            located = quote.get(name)
            if located and text[located["start"]:located["end"]] != located["text"]:
                problems.append(f"quote {i}: {name} offsets")
        mention = (quote.get("speaker") or {}).get("mention")
        if mention and text[mention["start"]:mention["end"]] != mention["text"]:
            problems.append(f"quote {i}: mention offsets")
        for relay in quote.get("chain", []):
            cue = relay.get("cue")
            if cue and text[cue["start"]:cue["end"]] != cue["text"]:
                problems.append(f"quote {i}: relay cue offsets")
    for entity in record.get("entities", []):
        for mention in entity["mentions"] + ([entity["canonical"]] if entity.get("canonical") else []):
            if text[mention["start"]:mention["end"]] != mention["text"]:
                problems.append(f"entity {entity['id']}: mention offsets")
    return problems
