"""Russian news-like text for fuzzing, and the invariants every record keeps.

Shared by `tests/test_fuzz.py` (hypothesis, bounded) and
`benchmarks/fuzz.py` (100,000 seeded cases): the same pieces — words of
real articles where the shared corpus is present, a built-in list where it
is not, every quote glyph, dashes, colons, paragraph breaks, reporting
verbs and phrases, names, Latin look-alikes, zero-width and combining
characters, lone surrogates — glued by spaces or nothing.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Iterable, Optional

WORDS = (
    "в на и не что он она они мы это был была заявил после года время россии "
    "правительство министр глава компании суд дело власти президент депутаты "
    "города область решение закон вопрос данные рублей процентов стране "
    "миллиона неделе говорится сообщает источник ведомства пресс-службы "
    "Москва Кремль Госдума Минфин ЦБ Белый дом Киев Европа США"
).split()

QUOTES = ["«", "»", "„", "“", "”", '"', "'", "‹", "›", "‚", "‘", "’", "「", "」", "``", "''"]
PUNCT = [" — ", " – ", " - ", "—", " ― ", ": ", ":", ", ", ",", ". ", ".", "!", "?", "?!",
         "…", "...", "(", ")", "; ", "\n", "\n\n", "\r\n", " ", "  ", "\t", "\u00a0", "\u2028"]
CUES = ["сказал", "заявила", "отметил, что", "подчеркнул", "добавила", "по словам",
        "как сообщает", "со ссылкой на", "передает", "пишет", "считает", "говорится в заявлении",
        "по мнению", "как отметил", "сообщили в", "уточнил", "цитирует", "приводит слова",
        "об этом", "рассказал", "признался", "пояснили в пресс-службе"]
NAMES = ["Иван Петров", "Мария Иванова", "ТАСС", "РИА Новости", "Интерфакс", "министр",
         "глава МИД Сергей Лавров", "он", "она", "они", "политолог Азер Гараев", "газета",
         "источник", "представитель ведомства", "Дмитрий Песков", "«Коммерсантъ»", "Reuters"]
ODD = ["oн", "cказал", "Пeтров", "заявиlа", "\u200b", "\u200f", "\u202e", "\u00ad", "\u0301",
       "и\u0306", "е\u0308", "\ufeff", "\ud800", "\udfff", "\ufffd", "\x00", "🙂", "ً", "‎"]

PIECE_GROUPS = (QUOTES, PUNCT, CUES, NAMES, ODD)


def corpus_words(shared: Optional[Path], limit: int = 4000) -> list[str]:
    """Words of real articles (newsru-500) when the shared corpus is here."""
    if shared is None:
        return list(WORDS)
    path = shared / "corpus" / "news" / "newsru-500.jsonl"
    if not path.is_file():
        return list(WORDS)
    words: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            words.extend(re.findall(r"\w[\w-]*", json.loads(line)["text"]))
            if len(words) >= limit:
                break
    return sorted(set(words)) or list(WORDS)


def random_text(rnd: random.Random, words: list[str], size: Optional[int] = None) -> str:
    """One text of about `size` pieces (the benchmark's generator)."""
    size = size if size is not None else rnd.randint(0, 60)
    out = []
    for _ in range(size):
        roll = rnd.random()
        if roll < 0.45:
            out.append(rnd.choice(words))
        elif roll < 0.97:
            out.append(rnd.choice(PIECE_GROUPS[rnd.randrange(len(PIECE_GROUPS))]))
        else:
            out.append(chr(rnd.randrange(0x20, 0x3000)))
        if rnd.random() < 0.6:
            out.append(" ")
    return "".join(out)


def strategy(words: Iterable[str]):
    """The hypothesis strategy of the same texts (shrinks to a minimal case)."""
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from(sorted(words)),
        *(st.sampled_from(group) for group in PIECE_GROUPS),
        st.characters(exclude_categories=()),
    )
    glue = st.sampled_from(["", " ", " ", "\n"])
    return st.lists(st.tuples(piece, glue), max_size=60).map(lambda parts: "".join(a + b for a, b in parts))


# --- invariants ---------------------------------------------------------------


def violations(text: str, record: dict, validator=None) -> list[str]:
    """Every way `record` (one output line for `text`) breaks the contract."""
    from quotes.io import replace_surrogates
    from quotes.output import check_offsets

    problems = []
    if "error" in record:
        return [f"error record: {record['error']}"]
    if validator is not None:
        for error in validator.iter_errors(record):
            problems.append(f"schema: {error.message[:120]}")
    problems += check_offsets(text, record)
    quotes = record["quotes"]
    for i, quote in enumerate(quotes):
        spans = quote["spans"]
        for start, end in spans:
            if not 0 <= start < end <= len(text):
                problems.append(f"quote {i}: span [{start}, {end}] empty or outside the text")
        for (_, end), (start, _) in zip(spans, spans[1:]):
            if start < end:
                problems.append(f"quote {i}: spans out of order or overlapping {spans}")
        parent = quote["parent"]
        if parent is not None and not (0 <= parent < len(quotes) and parent != i):
            problems.append(f"quote {i}: parent {parent} invalid")
        speaker = quote["speaker"] or {}
        if speaker.get("entity") and any(r.get("entity") == speaker["entity"] for r in quote["chain"]):
            problems.append(f"quote {i}: speaker {speaker['entity']} in its own chain")
    for i in range(len(quotes)):
        seen, current = set(), i
        while current is not None and 0 <= current < len(quotes):
            if current in seen:
                problems.append(f"quote {i}: parent cycle")
                break
            seen.add(current)
            current = quotes[current]["parent"]
    repaired, _ = replace_surrogates(record)
    try:
        json.dumps(repaired, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        problems.append(f"output not UTF-8 after repair: {error}")
    return problems
