"""One speaker record per person or institution across the bank.

A document resolves `он`, `политолог` and `Гараев` to its own entity; across
documents the bank merges the canonical names that name the same person:
`Азер Гараев`, `А. Гараев`, `Гараев Азер` and `Гараев` (where only one
Гараев is in the bank). The kind is part of the identity, so a person and a
club, firm or newspaper of the same name stay apart. Speakers named only by a
role or a group (`источник`, `эксперты`, `пресс-служба ведомства`) cannot be
told apart across documents and stay one record per document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Optional

import attrs
import regex

from .text import fold

NAME_WORD = regex.compile(r"\p{L}[\p{L}'’-]*\.?")
PER_DOCUMENT_KINDS = frozenset({"group", "unknown"})
PARTICLES = frozenset({"де", "да", "ди", "дер", "ван", "фон", "ибн", "бин", "аль", "эль", "ла", "ле"})


@attrs.frozen
class Raw:
    """A quote's speaker as the document gave it."""

    name: str
    kind: str
    document_id: str


@attrs.frozen
class Record:
    key: str
    name: str
    kind: str
    document_id: Optional[str]   # set for a per-document speaker
    variants: tuple[str, ...]


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    from .. import grammar

    words = set()
    for path in (("person", "roles"), ("group", "nouns")):
        try:
            words |= {fold(w) for w in grammar.words("entities", *path)}
        except (KeyError, TypeError):
            continue
    return frozenset(words)


def _tokens(name: str) -> list[str]:
    return NAME_WORD.findall(name.replace("«", " ").replace("»", " ").replace('"', " "))


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def is_named(name: str, kind: str) -> bool:
    """Whether `name` names someone by a proper name (not a role, a group or
    a pronoun), which is what lets two documents share the record."""
    if kind in PER_DOCUMENT_KINDS or not name:
        return False
    words = _tokens(name)
    if not words or not words[0][:1].isupper():
        return False
    first = fold(words[0])
    if first in _role_words() or first.startswith(("зам", "экс-", "вице-")):
        return False
    if kind == "person":
        return all(w[:1].isupper() or fold(w) in PARTICLES for w in words)
    return True


def _surname_index(words: list[str]) -> int:
    """Which word of a person's name is the surname: the one pymorphy2 tags
    `Surn`, else the one not tagged `Name`/`Patr`, else the last full word."""
    full = [i for i, w in enumerate(words) if not is_initial(w) and fold(w) not in PARTICLES]
    if len(full) <= 1:
        return full[0] if full else len(words) - 1
    tags = [_name_tags(words[i]) for i in full]
    surnames = [i for i, t in zip(full, tags) if "Surn" in t]
    if len(surnames) == 1:
        return surnames[0]
    not_given = [i for i, t in zip(full, tags) if not t & {"Name", "Patr"}]
    if len(not_given) == 1:
        return not_given[0]
    return full[-1]


@lru_cache(maxsize=20_000)
def _name_tags(word: str) -> frozenset[str]:
    analyzer = _analyzer()
    if analyzer is None:
        return frozenset()
    parses = analyzer.parse(word)
    if not parses:
        return frozenset()
    return frozenset(g for g in ("Name", "Surn", "Patr") if g in parses[0].tag)


@lru_cache(maxsize=1)
def _analyzer():
    """The project's pymorphy2 (parse/morphology.py), for Name/Surn/Patr tags."""
    try:
        from ..parse.morphology import vocab

        return vocab()
    except ImportError:
        return None


def person_parts(name: str) -> tuple[str, Optional[str]]:
    """(surname, first letter of the given name or None), folded."""
    words = _tokens(name)
    index = _surname_index(words)
    surname = fold(words[index].rstrip("."))
    others = [w for i, w in enumerate(words) if i != index and fold(w) not in PARTICLES]
    given = None
    for word in others:
        if not _name_tags(word) & {"Patr"} or is_initial(word):
            given = fold(word)[0]
            break
    return surname, given


def _org_key(name: str) -> str:
    return " ".join(fold(w) for w in _tokens(name))


def resolve(raws: Iterable[Raw]) -> dict[Raw, Record]:
    """Every raw speaker → its bank record."""
    raws = list(dict.fromkeys(raws))
    counts = Counter(raws)
    result: dict[Raw, Record] = {}
    people: dict[str, list[Raw]] = defaultdict(list)
    others: dict[tuple[str, str], list[Raw]] = defaultdict(list)
    for raw in raws:
        if not is_named(raw.name, raw.kind):
            key = f"{raw.kind}:{fold(raw.name)}@{raw.document_id}"
            result[raw] = Record(key, raw.name, raw.kind, raw.document_id, (raw.name,))
        elif raw.kind == "person":
            people[person_parts(raw.name)[0]].append(raw)
        else:
            others[(raw.kind, _org_key(raw.name))].append(raw)
    for (kind, key), group in others.items():
        record = Record(f"{kind}:{key}", _display(group, counts), kind, None,
                        tuple(sorted({r.name for r in group})))
        for raw in group:
            result[raw] = record
    for surname, group in people.items():
        for members in _split_by_given(group):
            given = sorted({person_parts(r.name)[1] or "" for r in members} - {""})
            key = f"person:{surname}" + (f":{given[0]}" if given else "")
            record = Record(key, _display(members, counts), "person", None,
                            tuple(sorted({r.name for r in members})))
            for raw in members:
                result[raw] = record
    return result


def _split_by_given(group: list[Raw]) -> list[list[Raw]]:
    """People sharing a surname, split by the first letter of the given name;
    a bare surname joins only where one person has it."""
    by_letter: dict[Optional[str], list[Raw]] = defaultdict(list)
    for raw in group:
        by_letter[person_parts(raw.name)[1]].append(raw)
    bare = by_letter.pop(None, [])
    parts = list(by_letter.values())
    if len(parts) == 1:
        parts[0].extend(bare)
    elif bare:
        parts.append(bare)
    return parts


def _display(group: list[Raw], counts: Counter) -> str:
    """The fullest name of a record: most full words, then the usual order."""
    def score(raw: Raw):
        words = _tokens(raw.name)
        full = sum(1 for w in words if not is_initial(w))
        ordered = raw.kind != "person" or _surname_index(words) == len(words) - 1
        return (full, ordered, counts[raw], raw.name)

    return max(group, key=score).name


def matches(query: str, variant: str) -> bool:
    """Whether a name typed by a user names `variant`: every word of the
    query matches a word of the variant, up to an initial or to the last two
    letters (`Гараева` finds `Гараев`)."""
    asked = [fold(w).rstrip(".") for w in _tokens(query)]
    have = [fold(w).rstrip(".") for w in _tokens(variant)]
    if not asked:
        return False
    return all(any(_word_match(a, h) for h in have) for a in asked)


def _word_match(asked: str, have: str) -> bool:
    if asked == have:
        return True
    if len(asked) == 1 or len(have) == 1:
        return asked[0] == have[0] and (len(asked) == 1 or len(have) == 1)
    stem = min(len(asked), len(have)) - 2
    return stem >= 3 and asked[:stem] == have[:stem] and abs(len(asked) - len(have)) <= 2
