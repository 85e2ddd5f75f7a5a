"""The JSONL output: its JSON Schema, a check against it, and its field table.

`python -m quotes.output` prints the README's table of fields, made from the
descriptions in schema.json, so that the two cannot drift apart.
"""

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


def _resolve(node: dict) -> dict:
    """A schema node with `$ref` followed and a nullable `oneOf` unwrapped."""
    while True:
        if "$ref" in node:
            target = schema()
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        elif "oneOf" in node:
            branches = [b for b in node["oneOf"] if b.get("type") != "null"]
            if len(branches) != 1:
                return node
            nullable = len(branches) < len(node["oneOf"])
            merged = {**branches[0], **{k: v for k, v in node.items() if k != "oneOf"}}
            if nullable:
                merged["nullable"] = True
            node = merged
        else:
            return node


def _type_name(node: dict) -> str:
    if "enum" in node:
        return " \\| ".join(f"`{v}`" for v in node["enum"])
    kind = node.get("type", "object")
    kinds = kind if isinstance(kind, list) else [kind]
    if node.get("nullable") and "null" not in kinds:
        kinds = kinds + ["null"]
    if "array" in kinds and node.get("prefixItems"):
        kinds = ["[start, end]" if k == "array" else k for k in kinds]
    return " or ".join(kinds)


def _located(node: dict) -> str:
    """`{text, start, end}` for a piece of the input (text == input[start:end])."""
    names = list(node.get("properties") or ())
    if set(names) - {"text", "lemma"} == {"start", "end"}:
        return "`{" + ", ".join(names) + "}`"
    return ""


def field_rows() -> list[tuple[str, str, str]]:
    """(field, type, description) for every field of an output record,
    `quotes[].speaker.name` style, in schema order."""
    rows: list[tuple[str, str, str]] = []

    def walk(node: dict, prefix: str) -> None:
        for name, child in (node.get("properties") or {}).items():
            description = child.get("description", "")
            child = _resolve(child)
            path = f"{prefix}{name}"
            items = _resolve(child["items"]) if child.get("type") == "array" and child.get("items") else None
            if items is not None:
                kind = f"array of {_located(items) or _type_name(items)}"
            else:
                kind = _located(child) or _type_name(child)
                if _located(child) and child.get("nullable"):
                    kind += " or null"
            rows.append((path, kind, description or child.get("description", "")))
            if items is not None and items.get("properties") and not _located(items):
                walk(items, f"{path}[].")
            elif items is None and child.get("properties") and not _located(child):
                walk(child, f"{path}.")

    walk(_resolve({"$ref": "#/$defs/document"}), "")
    for field in ("error",):
        error = schema()["$defs"]["error"]["properties"][field]
        rows.append((field, _type_name(error), error["description"]))
    return rows


def field_table() -> str:
    """The README's field table, in Markdown."""
    lines = ["| field | type | meaning |", "|---|---|---|"]
    for field, kind, description in field_rows():
        description = description.replace("|", "\\|")
        lines.append(f"| `{field}` | {kind} | {description} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(field_table())
