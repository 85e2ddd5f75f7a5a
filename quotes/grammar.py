"""Loading the grammars: lexicons and patterns kept as TOML data files.

In a wheel the files live in `quotes/grammars/`; in a source checkout they
live in the top-level `grammars/` folder beside the package. Both are looked
up, so an editable install and a built wheel read the same data.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex


class GrammarError(RuntimeError):
    """A grammar file is missing or malformed."""


def grammar_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "grammars", here.parent / "grammars"):
        if (candidate / "marks.toml").is_file():
            return candidate
    raise GrammarError(
        f"grammar files not found in {here / 'grammars'} or {here.parent / 'grammars'}; "
        "reinstall the package"
    )


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed contents of `grammars/<name>.toml`."""
    path = grammar_dir() / f"{name}.toml"
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as error:
        raise GrammarError(f"missing grammar file {path}") from error
    except tomllib.TOMLDecodeError as error:
        raise GrammarError(f"{path}: {error}") from error


@lru_cache(maxsize=None)
def compiled(name: str, section: str) -> tuple[tuple[str, regex.Pattern], ...]:
    """The patterns of `[section]` in `<name>.toml` as (rule name, regex)."""
    table = load(name).get(section, {})
    patterns = []
    for rule, source in table.items():
        try:
            patterns.append((rule, regex.compile(source, regex.V1 | regex.IGNORECASE)))
        except regex.error as error:
            raise GrammarError(f"{name}.toml [{section}] {rule}: {error}") from error
    return tuple(patterns)


def words(name: str, *path: str) -> frozenset[str]:
    """A list in a grammar file, as a set of lower-case strings."""
    node: Any = load(name)
    for key in path:
        node = node.get(key, {})
    if isinstance(node, dict):
        items = [w for value in node.values() for w in value]
    else:
        items = list(node)
    return frozenset(str(w).lower().replace("ё", "е") for w in items)
