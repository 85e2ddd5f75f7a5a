"""Paragraph layouts that are no running prose: metadata lines (`Источник:
https://…`) that hold no quote, and interview blocks (`Имя Фамилия (роль):
ответ`) whose answers are the interviewee's direct quotes and whose
questions are nobody's."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from . import grammar
from .attribution import Attribution
from .intervals import Cover, overlapping_names
from .mentions import MentionRef
from .model import Doc, Paragraph, Span

#: `Label:` or `Label (role):` at the start of a paragraph.
_LABEL = regex.compile(
    r"[ \t\u00a0]*(?P<label>[\p{Lu}][\p{L}\-.]*(?:[ \t\u00a0]+[\p{L}][\p{L}\-.]*){0,2}?)"
    r"(?:[ \t\u00a0]*\((?P<role>[^()\n]{1,80})\))?[ \t\u00a0]*:[ \t\u00a0]+(?=\S)")


@lru_cache(maxsize=None)
def _lists() -> dict[str, frozenset[str]]:
    return {
        "metadata": grammar.words("layout", "metadata", "labels"),
        "questions": grammar.words("layout", "interview", "questions"),
        "answers": grammar.words("layout", "interview", "answers"),
    }


def _label(doc: Doc, paragraph: Paragraph) -> Optional[regex.Match]:
    return _LABEL.match(doc.text, paragraph.start, paragraph.end)


def _norm_label(text: str) -> str:
    return text.lower().replace("ё", "е").strip(" .")


def metadata_spans(doc: Doc) -> list[Span]:
    """The paragraphs that are metadata lines."""
    spans = []
    labels = _lists()["metadata"]
    for paragraph in doc.paragraphs:
        match = _label(doc, paragraph)
        if match is not None and _norm_label(match.group("label")) in labels:
            spans.append(Span(paragraph.start, paragraph.end))
        elif regex.fullmatch(r"\s*(?:https?://|www\.)\S+\s*", doc.text[paragraph.start:paragraph.end]):
            spans.append(Span(paragraph.start, paragraph.end))
    return spans


_SOURCE_URL = regex.compile(r"(?i)[ \t\u00a0]*(?:источник|оригинал|ссылка)[ \t\u00a0]*:[ \t\u00a0]*"
                           r"(?:https?://)?(?:www\.)?(?P<domain>[\w.\-]+\.[a-zа-я]{2,})")


def publisher(doc: Doc) -> Optional[str]:
    """The site the text is from, by its own metadata line (`Источник:
    https://www.newsru.com/…` gives `newsru.com`), kept in `doc.memo`."""
    if "layouts.publisher" not in doc.memo:
        found = None
        for span in metadata_spans(doc):
            match = _SOURCE_URL.match(doc.text, span.start, span.end)
            if match is not None:
                found = match.group("domain").lower()
        doc.memo["layouts.publisher"] = found
    return doc.memo["layouts.publisher"]


def is_publisher(doc: Doc, name: str) -> bool:
    """The outlet named is the text's own publisher (`NEWSru.com`,
    `Newsru.com` in a text from newsru.com; not `NEWSru.ua`): no layer
    between the reader and the words, as the page itself is none."""
    site = publisher(doc)
    if site is None:
        return False
    written = name.lower().strip(" «»\"").removeprefix("www.")
    return written == site or written == site.rsplit(".", 1)[0]


def drop_metadata(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with no content, cue or speaker on a metadata line."""
    furniture = metadata_spans(doc)
    if not furniture:
        return attributions

    cover = Cover((f.start, f.end) for f in furniture)  # a binary search, not a scan per piece

    def inside(start: int, end: int) -> bool:
        return cover.holds(start, end)

    kept = []
    for a in attributions:
        pieces = [(s.start, s.end) for s in a.spans]
        if a.cue is not None:
            pieces.append((a.cue.start, a.cue.end))
        if a.mention is not None:
            pieces.append((a.mention.start, a.mention.end))
        if not any(inside(start, end) for start, end in pieces):
            kept.append(a)
    return kept


def _person_label(doc: Doc, start: int, end: int) -> bool:
    return any(n.type == "PER" for n in overlapping_names(doc, start, end))


def _lead_person(doc: Doc, before: int) -> Optional[MentionRef]:
    """The first person named before the first block: the interviewee the
    lead introduces."""
    for name in doc.names:
        if name.type == "PER" and name.end <= before:
            token = doc.token_at(name.start)
            if token is None:
                continue
            last = doc.token_at(name.end - 1) or token
            return MentionRef(name.start, name.end, last.index, tuple(range(token.index, last.index + 1)))
    return None


def find_interview(doc: Doc) -> list[Attribution]:
    """Answers of an interview laid out as labelled paragraphs: at least two
    paragraphs under the same person's label (or `Ответ:` with the
    interviewee named in the lead). Fully quoted answers are left to the
    colon rule of direct speech."""
    lists = _lists()
    blocks = []
    for paragraph in doc.paragraphs:
        match = _label(doc, paragraph)
        if match is None:
            continue
        label = _norm_label(match.group("label"))
        if label in lists["metadata"]:
            continue
        blocks.append((paragraph, match, label))
    counts: dict[str, int] = {}
    for _, _, label in blocks:
        counts[label] = counts.get(label, 0) + 1
    results = []
    for paragraph, match, label in blocks:
        if counts[label] < 2 or label in lists["questions"]:
            continue
        content_start = match.end()
        end = paragraph.end
        while end > content_start and doc.text[end - 1].isspace():
            end -= 1
        text = doc.text[content_start:end]
        if len(text.split()) < 3 or text[:1] in "«„“\"" and text[-1:] in "»“”\"":
            continue
        if label in lists["answers"]:
            mention = _lead_person(doc, blocks[0][0].start)
        elif _person_label(doc, match.start("label"), match.end("label")):
            first = doc.token_at(match.start("label"))
            last = doc.token_at(match.end("label") - 1)
            if first is None or last is None:
                continue
            mention = MentionRef(first.start, last.end, last.index if last.upos == "PROPN" else first.index,
                                 tuple(range(first.index, last.index + 1)))
        else:
            continue
        if mention is None:
            continue
        results.append(Attribution("direct", [Span(content_start, end)], "direct.interview", 0.8,
                                   mention=mention, speaker_kind="person"))
    return results
