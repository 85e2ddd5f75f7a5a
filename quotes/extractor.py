"""The pipeline, in one place: parse → marks → cues → attribute → speakers →
chains → quotes. Each stage is a module with one entry point."""

from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

import attrs

from . import chains, direct, indirect, marks, nesting, speakers
from . import confidence
from .attribution import Attribution
from .cues import find_cues
from .model import Doc, Entity, Quote
from .parse import Backend, get_backend


@attrs.frozen
class Extraction:
    """What the toolkit says about one document."""

    id: Optional[str]
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
        }


class Extractor:
    """Loads a parser once; extracts quotes from any number of texts.

    `include_optional` also reports the borderline attributions the gold
    marks optional (reporting verbs with a noun object, directives).
    """

    def __init__(self, backend: Union[str, Backend] = "natasha",
                 include_optional: bool = False, **backend_options):
        self.backend = get_backend(backend, **backend_options) if isinstance(backend, str) else backend
        self.include_optional = include_optional

    # --- library entry points ----------------------------------------------

    def extract(self, text: str) -> list[Quote]:
        return list(self.extract_document(text).quotes)

    def extract_document(self, text: str, id: Optional[str] = None) -> Extraction:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        from .guard import extract_text  # invisible characters, long documents

        return extract_text(self, text, id)

    def extract_many(self, texts: Iterable[Union[str, tuple[str, str]]],
                     group: int = 16) -> Iterator[Extraction]:
        """Stream extractions; items are texts or `(id, text)` pairs. The
        parser reads `group` documents at a time, their sentences batched
        together (the same parses as one by one, made faster)."""
        from .guard import extract_text

        def pairs():
            for number, item in enumerate(texts):
                yield item if isinstance(item, tuple) else (str(number), item)

        for chunk in chunks(pairs(), group):
            docs = self.parse_ahead([text for _, text in chunk])
            for (id, text), doc in zip(chunk, docs):
                if not isinstance(text, str):
                    raise TypeError(f"text must be a str, got {type(text).__name__}")
                yield extract_text(self, text, id, doc)

    def parse_ahead(self, texts: list) -> list:
        """The parses of the cleaned `texts` that `extract_document` would
        make, made together where the backend batches documents
        (`parse_many`); None for a text left to `extract_document` (a long
        one, parsed block by block, or anything not a str). Where the batch
        fails, every entry is None: each document then meets its own error."""
        from .guard import BLOCK_THRESHOLD
        from .parse import layout

        docs: list = [None] * len(texts)
        parse_many = getattr(self.backend, "parse_many", None)
        if parse_many is None:
            return docs
        works = {}
        for i, text in enumerate(texts):
            if isinstance(text, str):
                work = layout.clean(text).text
                if len(work) <= BLOCK_THRESHOLD:
                    works[i] = work
        if len(works) < 2:
            return docs
        try:
            for i, doc in zip(works, parse_many(list(works.values()))):
                docs[i] = doc
        except Exception:
            return [None] * len(texts)
        return docs

    def extract_parsed(self, parsed, id: Optional[str] = None) -> Extraction:
        """Extract from a parse made elsewhere: a `Doc`, a `stanza.Document`,
        or the CoNLL-U text of one document (any UD parser)."""
        if isinstance(parsed, str):
            from .parse.conllu import read_conllu

            documents = read_conllu(parsed, "<conllu>")
            if len(documents) != 1:
                raise ValueError(f"the CoNLL-U holds {len(documents)} documents: use extract_conllu()")
            parsed_id, parsed = documents[0]
            id = id if id is not None else parsed_id
        elif not isinstance(parsed, Doc):
            from .parse.stanza import from_stanza

            parsed = from_stanza(parsed)
        return self._run(parsed, id)

    def extract_conllu(self, content: str, source: str = "<conllu>") -> list[Extraction]:
        """Every document of a CoNLL-U text; ids from `# newdoc id`."""
        from .parse.conllu import read_conllu

        return [self._run(doc, ident) for ident, doc in read_conllu(content, source)]

    def _run(self, doc: Doc, id: Optional[str]) -> Extraction:
        quoted = marks.find_quoted_spans(doc.text, doc.paragraphs)
        cues = find_cues(doc)
        found: list[Attribution] = direct.find_direct(doc, quoted, cues)
        found += direct.find_dialogue(doc, quoted, cues)
        found += indirect.find_indirect(doc, quoted, cues, found, self.include_optional)
        taken = {a.quoted for a in found if a.quoted is not None}
        found += direct.find_floating(doc, quoted, taken, found)
        found = nesting.arrange(found)
        registry = speakers.resolve(doc, found)
        nesting.drop_self_nesting(found)
        chains.build(doc, found, registry)
        nesting.drop_source_frames(found)
        nesting.drop_nameless_hedges(doc.text, found)
        nesting.drop_told_again(found)
        nesting.drop_relay_wrappers(doc, found)
        confidence.assign(doc, found, quoted)
        quotes = tuple(_to_quote(doc, a) for a in nesting.reported(found))
        return Extraction(id, quotes, tuple(registry.frozen()))


def _to_quote(doc: Doc, a: Attribution) -> Quote:
    spans = tuple(a.spans)
    return Quote(
        type=a.type,
        spans=spans,
        text=Quote.join_text(doc.text, spans),
        cue=a.cue.to_cue(doc) if a.cue else None,
        speaker=a.speaker,
        chain=tuple(a.chain),
        parent=a.parent,
        confidence=a.confidence,
        rule=a.rule,
    )


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last may be shorter), lazily."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_DEFAULT: Optional[Extractor] = None


def extract(text: str) -> list[Quote]:
    """Quotes of `text` with the default (Natasha) extractor, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text)
