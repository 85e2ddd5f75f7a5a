"""Canonical names: a mention put in the nominative, and its kind.

`политолога Азера Гараева` → `Азер Гараев` (person); `пресс-службы ведомства`
→ `пресс-служба ведомства` (organization). Only the head of a phrase and the
words that agree with it are inflected; dependents in the genitive stay as
written (`министр обороны Израиля`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

from . import grammar
from .mentions import MentionRef, is_pronoun, norm
from .model import Doc, Token
from .parse.morphology import to_nominative

AGREEING = frozenset({"amod", "det", "nummod", "flat", "flat:name", "appos", "conj"})


@lru_cache(maxsize=1)
def _lexicon():
    return {
        "media_names": grammar.words("entities", "media", "names"),
        "media_nouns": grammar.words("entities", "media", "nouns"),
        "org_nouns": grammar.words("entities", "organization", "nouns"),
        "document_nouns": grammar.words("entities", "document", "nouns"),
        "group_nouns": grammar.words("entities", "group", "nouns"),
        "roles": grammar.words("entities", "person", "roles"),
    }


def _shape(word: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        parts = word.split("-")
        originals = original.split("-")
        if len(parts) == len(originals):
            return "-".join(
                p[:1].upper() + p[1:] if o[:1].isupper() else p
                for p, o in zip(parts, originals)
            )
        return word[:1].upper() + word[1:]
    return word


def nominative(token: Token) -> str:
    """One token in the nominative, in its original letter case."""
    if token.upos in ("PUNCT",) or not any(ch.isalpha() for ch in token.text):
        return token.text
    if not _is_cyrillic(token.text):
        return token.text
    word = to_nominative(
        token.text, token.upos, token.feat("Gender"), token.feat("Number"), token.feat("Case")
    )
    return _shape(word, token.text)


def _is_cyrillic(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in word)


def _join(doc: Doc, indices: list[int], words: dict[int, str]) -> str:
    parts = []
    previous = None
    for i in indices:
        token = doc.tokens[i]
        if previous is not None and doc.tokens[previous].end < token.start:
            parts.append(" ")
        parts.append(words.get(i, token.text))
        previous = i
    return "".join(parts).replace("\u00a0", " ")


def phrase_nominative(doc: Doc, indices: Iterable[int], head: int) -> str:
    """The phrase with its head and the words agreeing with it in the
    nominative, its other words as written."""
    indices = sorted(indices)
    members = set(indices)
    inflect = {head}
    stack = [head]
    while stack:
        for child in doc.children(stack.pop()):
            if child in members and child not in inflect and doc.tokens[child].deprel in AGREEING:
                token = doc.tokens[child]
                if token.feat("Case") in (None, doc.tokens[head].feat("Case")):
                    inflect.add(child)
                    stack.append(child)
    # words before the head that agree in case (adjectives the parser missed)
    head_case = doc.tokens[head].feat("Case")
    for i in indices:
        if i < head and doc.tokens[i].upos in ("ADJ", "DET") and doc.tokens[i].feat("Case") == head_case:
            inflect.add(i)
    words = {i: nominative(doc.tokens[i]) for i in indices if i in inflect}
    return _join(doc, indices, words)


def name_span_nominative(doc: Doc, start: int, end: int) -> str:
    """A person's name (every word declines together) in the nominative."""
    indices = [t.index for t in doc.tokens_in(start, end)]
    words = {}
    for i in indices:
        token = doc.tokens[i]
        if token.upos in ("PROPN", "NOUN", "ADJ", "X") and token.text[:1].isupper():
            words[i] = nominative(token)
    return _join(doc, indices, words)


def _overlapping_names(doc: Doc, mention: MentionRef, kind: str):
    return [n for n in doc.names
            if n.type == kind and n.start < mention.end and mention.start < n.end]


def head_lemma(doc: Doc, mention: MentionRef) -> str:
    return norm(doc.tokens[mention.head].lemma)


def kind_of(doc: Doc, mention: MentionRef, name: Optional[str] = None) -> str:
    lex = _lexicon()
    head = doc.tokens[mention.head]
    lemma = norm(head.lemma)
    text = _strip_marks(norm(doc.text[mention.start:mention.end]))
    key = _strip_marks(norm(name or ""))
    if _overlapping_names(doc, mention, "PER") and not _plural(head):
        return "person"
    if key in lex["media_names"] or text in lex["media_names"] or lemma in lex["media_nouns"] \
            or any(text.endswith(" " + m) or text == m for m in lex["media_names"]) \
            or _names_medium(doc, mention):
        return "media"
    if lemma in lex["document_nouns"]:
        return "document"
    if lemma in lex["roles"] and not _plural(head):
        return "person"
    if lemma in lex["org_nouns"] or _overlapping_names(doc, mention, "ORG"):
        return "organization"
    if lemma in lex["group_nouns"]:
        return "group" if _plural(head) else "unknown"
    if _plural(head):
        return "group"
    if head.feat("Animacy") == "Anim":
        return "person"
    if head.upos == "PROPN":
        return "organization" if _overlapping_names(doc, mention, "LOC") else "unknown"
    return "unknown"


def _strip_marks(text: str) -> str:
    return " ".join(text.replace("«", " ").replace("»", " ").replace('"', " ").replace("„", " ")
                    .replace("“", " ").replace("”", " ").split())


@lru_cache(maxsize=1)
def _media_lemma_keys() -> frozenset[tuple[str, ...]]:
    """Media names as sequences of dictionary forms, to find them inflected
    (`Русской службе «Голоса Америки»`, `«Медузе»`)."""
    from .parse.morphology import vocab

    keys = set()
    for name in _lexicon()["media_names"]:
        words = [w for w in _strip_marks(name).split() if w]
        lemmas = []
        for word in words:
            try:
                forms = vocab()(word)
            except ValueError:
                forms = []
            lemmas.append(forms[0].normal.replace("ё", "е") if forms and word.isalpha() else word)
        keys.add(tuple(lemmas))
    return frozenset(keys)


def _names_medium(doc: Doc, mention: MentionRef) -> bool:
    lemmas = [norm(doc.tokens[i].lemma) for i in mention.tokens
              if doc.tokens[i].upos != "PUNCT" and doc.tokens[i].text not in "«»\"„“”"]
    keys = _media_lemma_keys()
    for size in (3, 2, 1):
        for i in range(len(lemmas) - size + 1):
            if tuple(lemmas[i:i + size]) in keys:
                return True
    return False


def _plural(token: Token) -> bool:
    return token.feat("Number") == "Plur"


def canonical(doc: Doc, mention: MentionRef) -> tuple[Optional[str], str]:
    """(canonical nominative name or None for a pronoun, kind)."""
    head = doc.tokens[mention.head]
    if is_pronoun(head):
        return None, "unknown"
    people = _overlapping_names(doc, mention, "PER")
    if people and not _plural(head):
        person = people[-1]
        start, end = max(person.start, mention.start), min(person.end, mention.end)
        return name_span_nominative(doc, start, end), "person"
    name = phrase_nominative(doc, mention.tokens, mention.head)
    name = name.strip(" ,.;:—–-")
    return name, kind_of(doc, mention, name)


def is_role_noun(doc: Doc, index: int) -> bool:
    return norm(doc.tokens[index].lemma) in _lexicon()["roles"]


def is_media_name(name: str) -> bool:
    return norm(name).strip("«»\"") in _lexicon()["media_names"]


def is_document_noun(doc: Doc, index: int) -> bool:
    return norm(doc.tokens[index].lemma) in _lexicon()["document_nouns"]
