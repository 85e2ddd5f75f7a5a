"""Indirect and mixed speech: the Russian reporting grammar.

Rules, each named in the quotes it makes:

- `indirect.clause`        `X отметил, что P` (also чтобы, будто, якобы, ли,
                           `о том, что`, `в том, что`)
- `indirect.trailing`      `P, сообщил X.`  `P, — заявил X.`
- `indirect.parenthetical` `P1, отметил X, P2.` (two spans)
- `indirect.kak`           `Как сообщает X, P.`  `P, как пишет X.`
- `indirect.source`        `По словам X, P.`  `P1, по его мнению, P2.`
- `indirect.according`     `Согласно X, P.`  `Как сказано в X, P.`
- `indirect.anaphora`      `P. Об этом сообщил X.`
- `indirect.impersonal`    `В заявлении говорится, что P.`  `Сообщалось, что P.`
- `indirect.noun`          `приводит мнение X, что P.`  `заявление X о том, что P`
- `mixed.naming`           `назвал визит «историческим»`
- `indirect.object` / `indirect.directive` (optional) `отметил важность …`,
                           `призвал сделать …`

A content with quoted words that are presented as someone's words (not a
name or a title) makes the quote `mixed`. `со ссылкой на Y` makes Y the
speaker and the medium before it a relay.

One module per family of constructions; their words live in
`grammars/indirect.toml`.
"""

from __future__ import annotations

from ..attribution import Attribution
from ..layouts import drop_metadata
from ..cues import CueMatch
from ..marks import QuotedSpan
from ..model import Doc, Span
from ..punctuation import QUOTE_GLYPHS
from .anaphora import _merge_anaphora, _merge_relayed_anaphora, _merge_trailing_relay
from .context import _Context
from .mixed import _promote_to_direct, mark_mixed
from .nouns import _noun_rules
from .overlaps import cut_objects_at_reports
from .relays import _a_medium, _fold_relays, _link_rule, _quoting_rules
from .source import _phrase_rules
from .verbs import _verb_rules


def find_indirect(doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch],
                  found: list[Attribution], include_optional: bool = False) -> list[Attribution]:
    ctx = _Context(doc, quoted, cues, found)
    results: list[Attribution] = []
    for cue in cues:
        if cue.kind in ("verb", "impersonal"):
            results.extend(_verb_rules(ctx, cue, include_optional))
        elif cue.kind in ("source", "according"):
            results.extend(_phrase_rules(ctx, cue))
        elif cue.kind == "quoting":
            results.extend(_quoting_rules(ctx, cue))
    results.extend(_noun_rules(ctx))
    _link_direct_colons(ctx, found)
    results = [r for r in results if r.length() > 0 and not _straddles_direct(r, found)]
    results = cut_objects_at_reports(ctx, results)
    results = _merge_anaphora(results)
    results = _merge_relayed_anaphora(doc, results)
    results = _merge_trailing_relay(doc, results)
    results = _fold_relays(doc, results, found)
    _cut_bracketed_asides(doc, results)
    for attribution in results:
        _promote_to_direct(ctx, attribution)
    mark_mixed(ctx, results)
    if not include_optional:
        # (a finding, off by default, still tells who found it out: `Газета
        # выяснила, что P. По ее данным, Q` is the paper's Q; a frame, no quote)
        # (not one inside someone's quote: a character of the story)
        for r in results:
            if r.optional and r.cue is not None and "discovery" in r.cue.classes and r.mention is not None \
                    and not any(s.start <= r.cue.start < s.end for s in ctx.direct_spans):
                r.optional, r.frame_only = False, True
        results = [r for r in results if not r.optional]
    return drop_metadata(doc, results)


def _link_direct_colons(ctx, found: list[Attribution]) -> None:
    """`AFP со ссылкой на источник в Елисейском дворце подтвердило: «…»`: a
    link between the subject and the verb before a colon makes the source
    speak and the subject relay, as it does before a `что`-clause."""
    doc = ctx.doc
    for attribution in found:
        if attribution.type != "direct" or not attribution.rule.startswith(("direct.colon", "direct.after")) \
                or attribution.cue is None or attribution.mention is None or attribution.rule.endswith(".link"):
            continue
        verb = attribution.cue.head
        sentence = doc.sentence_of(verb)
        first = doc.first_token_from(attribution.mention.start)
        if not _a_medium(doc, attribution.mention):
            continue  # (`«Я лично видел эти документы», — заявил министр со ссылкой на доклад`: his own words)
        if attribution.rule.startswith("direct.colon") and sentence.token_range.start <= first < verb:
            _link_rule(ctx, attribution, range(first, verb))
        elif attribution.rule.startswith("direct.after") and verb < first < sentence.token_range.stop:
            # (`«…», — сообщило AFP со ссылкой на источник`)
            end = first
            while end < sentence.token_range.stop and doc.tokens[end].text not in (",", ";", ":") \
                    and not (doc.tokens[end].text in QUOTE_GLYPHS and end > first + 1):
                end += 1
            _link_rule(ctx, attribution, range(verb, end))


def _straddles_direct(attribution: Attribution, found: list[Attribution]) -> bool:
    """`«… Берлин 30-х», пишет The Times, статью которой публикует Inopressa`:
    words taken partly inside someone's direct quote and partly outside it,
    by a cue outside it, are no report (the cue relays the direct quote)."""
    cue = attribution.cue
    if cue is None:
        return False
    for other in found:
        if other.type != "direct":
            continue
        # (the length of the whole quote: the last part of a split one is
        # its last words too, `«П1, — сказал X. — П2», — передает Y`)
        whole = sum(s.end - s.start for s in other.spans)
        for quote in other.spans:
            if quote.start <= cue.start < quote.end:
                continue
            inside = [s for s in attribution.spans if quote.start <= s.start and s.end <= quote.end]
            # partly inside, or only the quote's last words (`«… Будет кич… От
            # вмешательства … не получается», сообщает Лента.ру`)
            if inside and (len(inside) < len(attribution.spans)
                           or inside[-1].end >= quote.end - 2
                           and sum(s.end - s.start for s in inside) < 0.8 * whole):
                return True
    return False


def _cut_bracketed_asides(doc: Doc, attributions: list[Attribution]) -> None:
    """`P1 (Q, говорил ранее X), и P2, заявил Y`: a report in brackets inside
    another's words is the narrator's aside, no part of Y's words (and Y
    no layer of X's): the bracket is cut out of Y's content."""
    for inner in attributions:
        if inner.cue is None or not inner.spans:
            continue
        start = inner.spans[0].start
        # the bracket that opens right before the inner words and closes after its cue
        k = start - 1
        while k >= 0 and doc.text[k] == " ":
            k -= 1
        if k < 0 or doc.text[k] != "(":
            continue
        close = doc.text.find(")", inner.cue.end)
        if close < 0 or "(" in doc.text[inner.cue.end:close] or "\n" in doc.text[k:close]:
            continue
        for outer in attributions:
            if outer is inner or not any(s.start <= k and close < s.end for s in outer.spans):
                continue
            spans = []
            for s in outer.spans:
                if s.start <= k and close < s.end:
                    left, right = k, close + 1
                    while left > s.start and doc.text[left - 1] == " ":
                        left -= 1
                    while right < s.end and doc.text[right] in " ,—–-":
                        right += 1
                    if left > s.start:
                        spans.append(Span(s.start, left))
                    if right < s.end:
                        spans.append(Span(right, s.end))
                else:
                    spans.append(s)
            if spans:
                outer.spans = spans
