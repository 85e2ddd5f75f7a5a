"""What one article page shows, computed from the text and its record.

Everything the templates need is worked out here, as plain values: the
pieces of text to highlight, one card per quote, the speakers panel, and
the colour of each speaker. Names of CSS classes and element ids are made
here from counters, never from the input, so nothing the input holds can
reach an attribute unescaped or change the page's behaviour.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Optional

import attrs

from ..export import CHAIN_SEPARATOR
from .markup import Mark, tokens

# distinct hues, most quoted speaker first; further speakers turn round the wheel
_HUES = (210, 28, 130, 290, 0, 180, 55, 250, 330, 95, 160, 15)
UNKNOWN_HUE = None


def hue(index: int) -> int:
    if index < len(_HUES):
        return _HUES[index]
    return int((_HUES[-1] + 137.508 * (index - len(_HUES) + 1)) % 360)


@attrs.frozen
class SpeakerView:
    key: str  # css class: s0, s1 … (sx: no speaker)
    name: str
    kind: str
    hue: Optional[int]
    mentions: tuple[tuple[str, int], ...]  # mention text, how often
    quotes: tuple[int, ...]


@attrs.frozen
class QuoteView:
    index: int
    label: str
    type: str
    text: str
    preview: str
    speaker: SpeakerView
    mention: Optional[str]
    cue: Optional[str]
    trail: tuple[str, ...]  # chain names, then the speaker
    confidence: float
    rule: str
    parts: int
    parent: Optional[int]
    children: tuple[int, ...]
    travelled: tuple = ()  # the bank's trail of this quote in other documents


@attrs.frozen
class PageView:
    id: str
    text: str
    tokens: tuple
    quotes: tuple[QuoteView, ...]
    speakers: tuple[SpeakerView, ...]
    types: dict
    meta: tuple[tuple[str, str], ...] = ()


def _speaker_identity(quote: dict) -> tuple:
    speaker = quote.get("speaker") or {}
    if speaker.get("entity"):
        return ("entity", speaker["entity"])
    if speaker.get("name"):
        return ("name", speaker["name"])
    return ("none",)


def _preview(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def page(doc_id: str, text: str, record: dict, meta: Optional[dict] = None,
         travels: Optional[dict] = None) -> PageView:
    """The page of one document: `record` is its `quotes extract` output;
    `travels` maps a quote's index to its trail in a quote bank."""
    quotes = record.get("quotes") or []
    entities = {e["id"]: e for e in record.get("entities") or []}

    # speakers, most quoted first; the nameless last
    by_speaker: dict[tuple, list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        by_speaker[_speaker_identity(quote)].append(i)
    order = sorted(by_speaker, key=lambda k: (k == ("none",), -len(by_speaker[k]), by_speaker[k][0]))
    speakers: dict[tuple, SpeakerView] = {}
    for n, identity in enumerate(order):
        first = quotes[by_speaker[identity][0]].get("speaker") or {}
        mentions: Counter = Counter()
        entity = entities.get(identity[1]) if identity[0] == "entity" else None
        if entity:
            mentions.update(m["text"] for m in entity.get("mentions") or ())
        else:
            mentions.update((quotes[i].get("speaker") or {}).get("mention", {}).get("text")
                            for i in by_speaker[identity]
                            if ((quotes[i].get("speaker") or {}).get("mention") or {}).get("text"))
        nameless = identity == ("none",)
        speakers[identity] = SpeakerView(
            key="sx" if nameless else f"s{n}",
            name="(no speaker found)" if nameless else (first.get("name") or "?"),
            kind=first.get("kind") or "unknown",
            hue=None if nameless else hue(n),
            mentions=tuple(mentions.most_common()),
            quotes=tuple(by_speaker[identity]),
        )

    children: dict[int, list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        if quote.get("parent") is not None:
            children[quote["parent"]].append(i)

    views = []
    marks: list[Mark] = []
    cues: dict[tuple, list[int]] = defaultdict(list)
    mentions_at: dict[tuple, list[int]] = defaultdict(list)
    relays: dict[tuple, list[int]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        speaker = speakers[_speaker_identity(quote)]
        spans = quote["spans"]
        label = str(i + 1)
        for part, (start, end) in enumerate(spans):
            marks.append(Mark(start, end, "quote", quote=i, part=part, speaker=speaker.key,
                              label=label if len(spans) == 1 else f"{label}.{part + 1}"))
        cue = quote.get("cue")
        if cue:
            cues[(cue["start"], cue["end"])].append(i)
        mention = (quote.get("speaker") or {}).get("mention")
        if mention:
            mentions_at[(mention["start"], mention["end"])].append(i)
        chain = [relay.get("name") or "?" for relay in quote.get("chain") or ()]
        name = (quote.get("speaker") or {}).get("name")
        views.append(QuoteView(
            index=i, label=label, type=quote["type"], text=quote["text"],
            preview=_preview(quote["text"]), speaker=speaker,
            mention=mention["text"] if mention else None,
            cue=cue["text"] if cue else None,
            trail=tuple(chain + [name or "?"]),
            confidence=float(quote.get("confidence", 1.0)),
            rule=quote.get("rule") or "",
            parts=len(spans), parent=quote.get("parent"),
            children=tuple(children.get(i, ())),
            travelled=tuple((travels or {}).get(i, ())),
        ))
    for i, quote in enumerate(quotes):
        for relay in quote.get("chain") or ():
            cue = relay.get("cue")
            if cue and (cue["start"], cue["end"]) not in cues:
                relays[(cue["start"], cue["end"])].append(i)
    for (start, end), owners in relays.items():
        marks.append(Mark(start, end, "relay", quotes=tuple(owners)))
    for (start, end), owners in cues.items():
        marks.append(Mark(start, end, "cue", quotes=tuple(owners)))
    for (start, end), owners in mentions_at.items():
        speaker = views[owners[0]].speaker
        marks.append(Mark(start, end, "mention", quotes=tuple(owners), speaker=speaker.key))

    types = Counter(q["type"] for q in quotes)
    shown_meta = tuple((str(k), str(v)) for k, v in (meta or {}).items()
                       if isinstance(v, (str, int, float)) and str(v).strip())
    return PageView(id=doc_id, text=text, tokens=tuple(tokens(text, marks)),
                    quotes=tuple(views), speakers=tuple(speakers[k] for k in order),
                    types={t: types.get(t, 0) for t in ("direct", "indirect", "mixed")},
                    meta=shown_meta)


def trail_text(view: QuoteView) -> str:
    return CHAIN_SEPARATOR.join(view.trail)
