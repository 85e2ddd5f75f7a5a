"""The data model: frozen attrs records shared by every stage.

A backend fills a `Doc` once; the stages read it and produce `Quote`,
`Speaker`, `Relay` and `Entity` records. Offsets are always `[start, end)`
code-point indices into the exact input string, checked where a record is
made so that a bad span fails at its source.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterator, Mapping, Optional

import attrs


def _non_negative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance, attribute, value):
    if value < instance.start:
        raise ValueError(f"end {value} before start {instance.start}")


@attrs.frozen(order=True)
class Span:
    """A `[start, end)` range of characters in the document text."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: "Span") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@attrs.frozen
class Token:
    """One word or punctuation mark with its morphology and dependency.

    `head` is the index of the head token in `Doc.tokens`, or None for a root
    (and for a head the parser pointed outside the sentence).
    """

    index: int
    text: str
    start: int
    end: int
    _lemma: Optional[str] = attrs.field(alias="lemma")
    upos: str
    feats: Mapping[str, str] = attrs.field(factory=dict, eq=False, hash=False)
    head: Optional[int] = None
    deprel: str = "dep"
    sentence: int = 0

    @property
    def lemma(self) -> str:
        """The dictionary form. A backend may leave it to be computed on first
        use (natasha: pymorphy2), since most tokens never need one."""
        if self._lemma is None:
            from .parse.morphology import lemmatize

            object.__setattr__(self, "_lemma", lemmatize(self.text, self.upos, self.feats))
        return self._lemma

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def feat(self, name: str) -> Optional[str]:
        return self.feats.get(name)

    @property
    def is_punct(self) -> bool:
        return self.upos == "PUNCT"


@attrs.frozen
class Sentence:
    """Tokens `first..last-1` of the document; never crosses a paragraph."""

    index: int
    start: int
    end: int
    first: int
    last: int
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def token_range(self) -> range:
        return range(self.first, self.last)


@attrs.frozen
class Paragraph:
    """A line of the input (text between line breaks), without the breaks."""

    index: int
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@attrs.frozen
class NamedSpan:
    """A named-entity span from the backend's NER (PER, ORG, LOC)."""

    start: int
    end: int
    type: str
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@attrs.frozen
class Doc:
    """A parsed text. Built once by a backend, read by every stage.

    The parse need not be a tree: every walk here is cycle-safe.
    """

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    names: tuple[NamedSpan, ...] = ()
    backend: str = "natasha"
    _children: tuple[tuple[int, ...], ...] = attrs.field(
        init=False, eq=False, repr=False
    )
    # memo of derived values (canonical names of mentions): the Doc never
    # changes, so what is computed from it once holds for the whole run
    memo: dict = attrs.field(init=False, eq=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        children: list[list[int]] = [[] for _ in self.tokens]
        for token in self.tokens:
            if token.head is not None and token.head != token.index:
                children[token.head].append(token.index)
        object.__setattr__(self, "_children", tuple(tuple(c) for c in children))

    # --- the tree, walked safely -------------------------------------------

    def children(self, index: int) -> tuple[int, ...]:
        return self._children[index]

    def ancestors(self, index: int) -> Iterator[int]:
        """Heads above `index`, nearest first; stops at a root or a cycle."""
        seen = {index}
        head = self.tokens[index].head
        while head is not None and head not in seen:
            yield head
            seen.add(head)
            head = self.tokens[head].head

    def apposition_top(self, index: int, hops: Optional[int] = None) -> int:
        """The word a name hangs on through appositions and flat names
        (`Судья Любовь Дмитриева`: the role; `Компания Apple`: the noun), at
        most `hops` steps up where given; stops at a root or a cycle."""
        seen = {index}
        token = self.tokens[index]
        while token.deprel.startswith(("appos", "flat")) and token.head is not None and token.head not in seen \
                and (hops is None or len(seen) <= hops):
            seen.add(token.head)
            token = self.tokens[token.head]
        return token.index

    def subtree(self, index: int, stop: frozenset[int] = frozenset()) -> set[int]:
        """`index` and its descendants, not entering `stop`; cycle-safe."""
        result = {index}
        stack = [index]
        while stack:
            for child in self._children[stack.pop()]:
                if child not in result and child not in stop:
                    result.add(child)
                    stack.append(child)
        return result

    def dominates(self, upper: int, lower: int) -> bool:
        return upper == lower or upper in self.ancestors(lower)

    # --- lookups -------------------------------------------------------------

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[self.tokens[token_index].sentence]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.first:sentence.last]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside `[start, end)`."""
        result = []
        for i in range(self.first_token_from(start), len(self.tokens)):
            token = self.tokens[i]
            if token.start >= end:
                break
            if token.start >= start and token.end <= end:
                result.append(token)
        return result

    def token_at(self, offset: int) -> Optional[Token]:
        """The token covering character `offset`, if any (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            token = self.tokens[mid]
            if token.end <= offset:
                lo = mid + 1
            elif token.start > offset:
                hi = mid
            else:
                return token
        return None

    def first_token_from(self, offset: int) -> int:
        """Index of the first token that ends after `offset` (len if none)."""
        # the same binary search as over the tokens, on a list of their ends
        ends = self.memo.get("token_ends")
        if ends is None:
            ends = self.memo["token_ends"] = [t.end for t in self.tokens]
        return bisect_right(ends, offset)

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        # paragraphs come in text order: the first that ends at or after
        # `offset` is the only one that can hold it (binary search)
        ends = self.memo.get("paragraph_ends")
        if ends is None:
            ends = self.memo["paragraph_ends"] = [p.end for p in self.paragraphs]
        i = bisect_left(ends, offset)
        if i < len(ends) and self.paragraphs[i].start <= offset:
            return self.paragraphs[i]
        return None

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]


# --- what the stages produce -------------------------------------------------


@attrs.frozen
class Cue:
    """The words that signal an attribution: a verb or a phrase."""

    text: str
    lemma: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "lemma": self.lemma,
                "start": self.start, "end": self.end}


@attrs.frozen
class Mention:
    """Where the text names someone: `политолог Азер Гараев`, `он`."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


KINDS = ("person", "organization", "media", "group", "document", "unknown")


@attrs.frozen
class Speaker:
    """Who said it: the mention in the text and the entity it refers to."""

    name: Optional[str]
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    entity: Optional[str] = None
    mention: Optional[Mention] = None

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "entity": self.entity,
            "mention": self.mention.to_dict() if self.mention else None,
        }


@attrs.frozen
class Relay:
    """One layer of reporting outside the speaker (`как передает Day.Az`)."""

    name: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    entity: Optional[str] = None
    cue: Optional[Cue] = None
    mention: Optional[Mention] = None

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "entity": self.entity,
            "cue": (
                {"text": self.cue.text, "start": self.cue.start, "end": self.cue.end}
                if self.cue else None
            ),
        }


@attrs.frozen
class Entity:
    """A document entity: canonical nominative name, kind, every mention."""

    id: str
    name: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    mentions: tuple[Mention, ...] = ()
    canonical: Optional[Mention] = None  # where the canonical name is written

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "canonical": self.canonical.to_dict() if self.canonical else None,
            "mentions": [m.to_dict() for m in self.mentions],
        }


QUOTE_TYPES = ("direct", "indirect", "mixed")
SPAN_SEPARATOR = " … "


@attrs.frozen
class Quote:
    """One attribution: content spans, cue, speaker, chain of relays."""

    type: str = attrs.field(validator=attrs.validators.in_(QUOTE_TYPES))
    spans: tuple[Span, ...] = attrs.field(
        validator=attrs.validators.min_len(1)
    )
    text: str
    cue: Optional[Cue] = None
    speaker: Optional[Speaker] = None
    chain: tuple[Relay, ...] = ()
    parent: Optional[int] = None
    confidence: float = 1.0
    rule: str = ""

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    def to_dict(self) -> dict:
        return {
            "type": self.type,
            "spans": [s.to_list() for s in self.spans],
            "text": self.text,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "chain": [r.to_dict() for r in self.chain],
            "parent": self.parent,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }

    @staticmethod
    def join_text(text: str, spans: tuple[Span, ...]) -> str:
        """The quote's text: its spans joined by `SPAN_SEPARATOR`."""
        return SPAN_SEPARATOR.join(text[s.start:s.end] for s in spans)
