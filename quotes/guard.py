"""What stands between an untrusted text and the pipeline.

- Characters that cannot matter (zero-width and bidi marks, soft hyphens,
  combining accents, Latin look-alikes inside Cyrillic words) are taken out
  before parsing (`parse.layout.clean`); every offset of the result is
  mapped back, so spans still index the text as given.
- A document longer than `BLOCK_THRESHOLD` characters is processed block by
  block (groups of paragraphs of about `BLOCK_CHARS`, a very long paragraph
  cut at a space), each block read with the paragraphs before it as context
  so that a cue or a speaker named just above is still seen; a quote belongs
  to the block where it starts. Time and memory then grow with the length,
  not with its square. Normal news (a few thousand characters) never
  reaches the threshold and is processed whole, as before.
"""

from __future__ import annotations

from typing import Callable, Optional

import attrs

from .model import Cue, Entity, Mention, Quote, Relay, Span, Speaker
from .parse import layout

BLOCK_THRESHOLD = 100_000
BLOCK_CHARS = 20_000
CONTEXT_CHARS = 3_000

SpanMap = Callable[[int, int], "tuple[int, int]"]


def extract_text(extractor, text: str, id: Optional[str], doc=None):
    """`extractor`'s Extraction of `text`, cleaned, in blocks when long,
    with every offset into `text` itself. `doc`: the parse of the cleaned
    text where it was made already (batched with other documents)."""
    cleaned = layout.clean(text)
    work = cleaned.text
    if len(work) > BLOCK_THRESHOLD:
        extraction = _by_blocks(extractor, work, id)
    else:
        extraction = extractor._run(doc if doc is not None else extractor.backend.parse(work), id)
    if cleaned.changed:
        extraction = remap(extraction, cleaned.span, text)
    return extraction


# --- offsets ------------------------------------------------------------------


def _mention(m: Optional[Mention], span: SpanMap, text: str) -> Optional[Mention]:
    if m is None:
        return None
    start, end = span(m.start, m.end)
    return Mention(text[start:end], start, end)


def _cue(c: Optional[Cue], span: SpanMap, text: str) -> Optional[Cue]:
    if c is None:
        return None
    start, end = span(c.start, c.end)
    return Cue(text[start:end], c.lemma, start, end)


def remap(extraction, span: SpanMap, text: str, entity_ids: Optional[dict] = None):
    """`extraction` with every offset passed through `span` and every
    located text sliced again from `text`; entity ids renamed by `entity_ids`."""
    ids = entity_ids or {}

    def quote(q: Quote) -> Quote:
        spans = tuple(Span(*span(s.start, s.end)) for s in q.spans)
        speaker = q.speaker
        if speaker is not None:
            speaker = Speaker(speaker.name, speaker.kind, ids.get(speaker.entity, speaker.entity),
                              _mention(speaker.mention, span, text))
        chain = tuple(Relay(r.name, r.kind, ids.get(r.entity, r.entity), _cue(r.cue, span, text),
                            _mention(r.mention, span, text)) for r in q.chain)
        return attrs.evolve(q, spans=spans, text=Quote.join_text(text, spans),
                            cue=_cue(q.cue, span, text), speaker=speaker, chain=chain)

    def entity(e: Entity) -> Entity:
        return Entity(ids.get(e.id, e.id), e.name, e.kind,
                      tuple(_mention(m, span, text) for m in e.mentions),
                      _mention(e.canonical, span, text))

    return attrs.evolve(extraction, quotes=tuple(quote(q) for q in extraction.quotes),
                        entities=tuple(entity(e) for e in extraction.entities))


# --- blocks -------------------------------------------------------------------


def _units(text: str) -> list[tuple[int, int]]:
    """Paragraphs, a paragraph longer than BLOCK_CHARS cut at spaces."""
    units = []
    for paragraph in layout.paragraphs(text):
        start = paragraph.start
        while paragraph.end - start > BLOCK_CHARS:
            cut = text.rfind(" ", start + BLOCK_CHARS // 2, start + BLOCK_CHARS)
            cut = cut if cut > start else start + BLOCK_CHARS
            units.append((start, cut))
            start = cut
        units.append((start, paragraph.end))
    return units


def blocks(text: str) -> list[tuple[int, int, int]]:
    """`(context_start, start, end)` of each block: its own text is
    `[start, end)`, read after the context `[context_start, start)`."""
    units = _units(text)
    result = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last][1] - units[first][0] < BLOCK_CHARS:
            last += 1
        start, end = units[first][0], units[last][1]
        context = start
        for back in (2, 1):
            if first - back >= 0 and start - units[first - back][0] <= CONTEXT_CHARS:
                context = units[first - back][0]
                break
        result.append((context, start, end))
        first = last + 1
    return result


def _by_blocks(extractor, text: str, id: Optional[str]):
    quotes: list[Quote] = []
    entities: list[Entity] = []
    for context, start, end in blocks(text):
        doc = extractor.backend.parse(text[context:end])
        if context > 0:
            doc.memo["antecedents.title_end"] = -1  # a block inside the text has no headline
        part = extractor._run(doc, id)
        ids = {e.id: f"e{len(entities) + n + 1}" for n, e in enumerate(part.entities)}
        part = remap(part, lambda a, b, d=context: (a + d, b + d), text, ids)
        kept = [i for i, q in enumerate(part.quotes) if q.start >= start]
        index = {old: len(quotes) + new for new, old in enumerate(kept)}
        for old in kept:
            q = part.quotes[old]
            quotes.append(attrs.evolve(q, parent=index.get(q.parent) if q.parent is not None else None))
        entities.extend(part.entities)
    from .extractor import Extraction

    return Extraction(id, tuple(quotes), tuple(entities))
