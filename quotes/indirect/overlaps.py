"""A noun or infinitive object runs to the end of its sentence only as long
as no other report begins inside it: `распространил заявление, где
утверждает, что P` and `сделал заявление на митинге, участники которого
требовали P` hold a report of their own, and the object ends before it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..attribution import Attribution
from ..intervals import Cover
from .context import _Context, _inside_marks, _trim
from .mixed import _has_speech_quotes

OBJECT_RULES = ("indirect.object", "indirect.directive")


def cut_objects_at_reports(ctx: _Context, attributions: list[Attribution]) -> list[Attribution]:
    """Cut each object attribution at the last comma before the first other
    report whose cue lies inside it; one left without quoted speech becomes
    borderline (optional) again, and one left empty goes."""
    cues = sorted(((a.cue.start, a) for a in attributions if a.cue is not None), key=lambda pair: pair[0])
    cue_starts = [start for start, _ in cues]
    # the reporting verbs by where they start, and the spans of the reports
    # that are no objects (they are never cut here): binary searches
    verbs = sorted((ctx.doc.tokens[head].start, head) for head in ctx.verb_cues)
    verb_starts = [start for start, _ in verbs]
    others = Cover((s.start, s.end) for a in attributions if a.rule not in OBJECT_RULES for s in a.spans)
    kept = []
    for attribution in attributions:
        if attribution.rule not in OBJECT_RULES or attribution.cue is None:
            kept.append(attribution)
            continue
        if attribution.rule == "indirect.object" and others.holds(attribution.spans[0].start,
                                                                   attribution.spans[-1].end):
            # `суд установил, что Иванов опубликовал снимки «…»`: the quoted
            # words are the outer report's, the noun object no report of its own
            attribution.optional = True
            kept.append(attribution)
            continue
        last = attribution.spans[-1]
        limits = []
        # the first other report whose cue starts inside the object
        other = next((b for start, b in (cues[k] for k in range(bisect_right(cue_starts, last.start), len(cues)))
                      if start >= last.end or b is not attribution), None)
        if other is not None and other.cue.start < last.end:
            limits.append(min([other.cue.start] + [s.start for s in other.spans if s.start > last.start]
                              + ([other.mention.span.start] if other.mention is not None
                                 and other.mention.span.start > last.start else [])))
        # a reporting verb of its own (finite or a gerund), even one whose
        # report is borderline and dropped
        doc = ctx.doc
        limits += [start for start, head in (verbs[k] for k in range(bisect_right(verb_starts, last.start),
                                                                     bisect_left(verb_starts, last.end)))
                   if head != attribution.cue.head and doc.tokens[head].feat("VerbForm") in ("Fin", "Conv")]
        if not limits:
            kept.append(attribution)
            continue
        limit = min(limits)
        cut = _comma_before(ctx, last.start, limit)
        span = _trim(ctx.doc, last.start, cut) if cut is not None else None
        if span is None:
            continue
        attribution.spans = attribution.spans[:-1] + [span]
        if not _has_speech_quotes(ctx, attribution.spans):
            attribution.optional = True
        kept.append(attribution)
    return kept


def _comma_before(ctx: _Context, start: int, limit: int):
    text = ctx.doc.text
    for k in range(limit - 1, start, -1):
        if text[k] == "," and not _inside_marks(ctx, k):
            return k
    return None
