"""`P. Об этом сообщил X.`: the content is the sentence before."""

from __future__ import annotations

from typing import Optional

from ..attribution import Attribution, RelayRef
from ..cues import CueMatch
from ..intervals import StartIndex
from ..model import Span
from .bounds import past_authors_lead
from ..mentions import genitive_after, norm, noun_phrase
from .context import _Context, _phrase_cues_from, _skip_dateline, _span_between, _trim
from .lexicon import RELAY_LEMMAS
from .relays import _link_rule
from .speaker import _document_author, _speaker_for_verb, names_kind


def _previous_sentence(ctx: _Context, sentence_index: int) -> Optional[Span]:
    doc = ctx.doc
    if sentence_index == 0:
        return None
    previous = doc.sentences[sentence_index - 1]
    start = _skip_dateline(doc, previous.start, previous.end)
    # (past the author's `Отметим, что`)
    first = doc.first_token_from(start)
    if first < previous.token_range.stop:
        begin = past_authors_lead(doc, first, previous.token_range.stop)
        if begin != first and begin < previous.token_range.stop:
            start = doc.tokens[begin].start
    span = _trim(doc, start, previous.end)
    return span


def _clause_before(ctx: _Context, first: int, bound: range) -> Optional[Span]:
    """`P, об этом он сам сообщил`, `P - об этом заявляли свидетели`,
    `P, сообщил об этом X`: the clause of the same sentence before the comma
    or dash that opens the report (a clause: a finite verb of its own; no
    cue of its own, as in `Как передает X, об этом рассказал Y`)."""
    doc = ctx.doc
    sentence = doc.sentence_of(first).token_range
    low = max(bound.start, sentence.start)
    if first - 1 <= low or doc.tokens[first - 1].text not in (",", "-", "—", "–"):
        return None
    start = past_authors_lead(doc, low, first - 1)
    words = range(start, first - 1)
    if len(words) < 3 or not any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"
                                 or doc.tokens[k].feat("VerbForm") == "Part" and doc.tokens[k].feat("Variant") == "Short"
                                 for k in words):
        return None
    if any(k in ctx.verb_cues for k in words) or _phrase_cues_from(ctx, start, first) \
            or any(s.start < doc.tokens[first - 1].start and doc.tokens[start].start < s.end for s in ctx.direct_spans):
        return None  # (a direct quote before it has its own rules)
    return _span_between(ctx, start, first - 1)


def _future(doc, verb: int) -> bool:
    """A verb in the future: its own tense, or `будет` beside it (whatever
    tense the tagger gave the auxiliary)."""
    token = doc.tokens[verb]
    return token.feat("Tense") == "Fut" or any(
        norm(doc.tokens[c].text) in _FUTURE_AUXILIARIES for c in doc.children(verb))


_FUTURE_AUXILIARIES = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})


def _anaphora_rule(ctx: _Context, cue: CueMatch, bound: range, exclude: set[int],
                   about: Optional[int] = None) -> list[Attribution]:
    """`P. Об этом сообщил X.`: the content is the sentence before; in
    `P, об этом сообщил X` the clause before the comma."""
    doc = ctx.doc
    verb = cue.head
    if _future(doc, verb):
        return []  # `официально об этом будет объявлено`, `об этом сообщат позже`: nothing said yet
    sentence = doc.tokens[verb].sentence
    content = _clause_before(ctx, min(about, verb), bound) if about is not None else None
    rule, confidence = "indirect.anaphora.clause", 0.8
    if content is None:
        rule, confidence = "indirect.anaphora", 0.85
        content = _previous_sentence(ctx, sentence)
        if content is None:
            return _frame(ctx, cue, bound, exclude)
        outer = ctx.bound_for(verb)
        inside_quote = outer != doc.sentence_of(verb).span
        if inside_quote and not any(s.start <= content.start and content.end <= s.end
                                    for s in ctx.direct_spans if s.start <= doc.tokens[verb].start < s.end):
            return []
        # datelines like `МОСКВА, 8 августа. /ТАСС/.` are sentences of their own
        k = sentence - 1
        while k > 0 and len(doc.text[content.start:content.end].split()) <= 3:
            k -= 1
            content = _previous_sentence(ctx, k + 1)
            if content is None:
                return []
        if doc.text[content.start:content.end].rstrip("»\"“” ").endswith("?") and not inside_quote:
            # `Интересно, как долго он продержится? Об этом скафандре и
            # сообщали все агентства`: the author's question is no one's report
            return []
    if cue.kind == "impersonal":
        mention, hint = _document_author(ctx, verb, bound), "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, bound, exclude, prefer_after=True)
    if hint == "skip":
        return []
    # (`Об этом он пока не говорил`: a negated verb of saying tells that P
    # was not said, borderline as its `что`-clause is)
    attribution = Attribution("indirect", [content], rule, confidence, cue=cue,
                              mention=mention, speaker_kind=hint, no_speaker=mention is None,
                              optional=cue.unsaid)
    # `Об этом сообщает X со ссылкой на Y`, `Об этом со ссылкой на Y сообщает X`
    # (from the `об этом` on: `Как сообщает РИА со ссылкой на Sky News, об
    # этом Хун сообщил журналистам` links the medium's clause, not Хун's)
    low = max(bound.start, doc.sentence_of(verb).first)
    if about is not None and about > low and norm(doc.tokens[low].text) == "как":
        low = next((k + 1 for k in range(low, about) if doc.tokens[k].text == ","), low)
    _link_rule(ctx, attribution, range(low, bound.stop))
    _source_aside(ctx, attribution, verb, bound)
    return [attribution]


def _source_aside(ctx: _Context, attribution: Attribution, verb: int, bound: range) -> None:
    """`Об этом, по данным «Интерфакса», заявил X`: the source between the
    commas relays X's report (indirect/source.py leaves it no report of its own)."""
    doc = ctx.doc
    low = max(bound.start, doc.sentence_of(verb).first)
    for cue in _phrase_cues_from(ctx, low, verb):
        if cue.kind != "source" or cue.possessive is not None or cue.tokens[0] == 0 \
                or doc.tokens[cue.tokens[0] - 1].text != ",":
            continue
        head = genitive_after(doc, cue.tokens[-1], range(cue.tokens[-1], verb), set(cue.tokens))
        if head is None:
            continue
        mention = noun_phrase(doc, head, range(cue.tokens[-1] + 1, verb))
        attribution.relays.insert(0, RelayRef(mention, cue.start, cue.end, "relay.source"))
        return


def _frame(ctx: _Context, cue: CueMatch, bound: range, exclude: set[int]) -> list[Attribution]:
    """`Как передает X, об этом рассказал Y Z` with nothing before it: no
    content, but Z's later words come through X and Y."""
    mention, hint = _speaker_for_verb(ctx, cue.head, bound, exclude, prefer_after=True)
    if mention is None:
        return []
    return [Attribution("indirect", [mention.span], "indirect.frame", 0.5, cue=cue,
                        mention=mention, speaker_kind=hint, frame_only=True)]


def _merge_anaphora(attributions: list[Attribution]) -> list[Attribution]:
    """`Указывается, что P. Об этом заявил X.`: one report, X's, of P — the
    impersonal report of the sentence before names nobody and is X's."""
    dropped = set()
    # the reports that name nobody, by where their cue starts: an anaphora
    # looks only at those inside its own spans, not at every attribution
    speakerless = [(k, a) for k, a in enumerate(attributions) if a.no_speaker and a.cue is not None]
    index = StartIndex(speakerless, start=lambda p: p[1].cue.start, end=lambda p: p[1].cue.start + 1)
    for outer in attributions:
        if not outer.rule.startswith("indirect.anaphora") or outer.frame_only:
            continue
        # the reports taken in list order, each tested against the spans as
        # they are then (taking one over changes them)
        after = -1
        while True:
            best = None
            for s in outer.spans:
                for k, inner in index.starting(s.start, s.end + 1):
                    if k <= after or inner is outer or id(inner) in dropped:
                        continue
                    if s.start <= inner.cue.start and inner.cue.end <= s.end:
                        if best is None or k < best[0]:
                            best = (k, inner)
                        break
            if best is None:
                break
            after, inner = best
            outer.spans = list(inner.spans)
            dropped.add(id(inner))
    return [a for a in attributions if id(a) not in dropped]


def _merge_trailing_relay(doc, attributions: list[Attribution]) -> list[Attribution]:
    """`P. Об этом сообщил X, пишет «Коммерсант»`: the medium's verb after
    the comma took `об этом` as well and reports P a second time; it is
    the layer of X's report (the same sentence, the same words, the medium
    after X's verb)."""
    anaphoras = [a for a in attributions if a.rule.startswith("indirect.anaphora") and a.cue is not None
                 and not a.frame_only]
    dropped = set()
    for relay in anaphoras:
        if relay.mention is None or relay.cue.lemma not in RELAY_LEMMAS or doc.tokens[relay.cue.head - 1].text != "," \
                or names_kind(doc, relay.mention) != "media":
            continue
        sentence = doc.tokens[relay.cue.head].sentence
        report = next((a for a in anaphoras if a is not relay and id(a) not in dropped and a.mention is not None
                       and a.cue.head < relay.cue.head and doc.tokens[a.cue.head].sentence == sentence
                       and a.spans == relay.spans), None)
        if report is None:
            continue
        report.relays.insert(0, RelayRef(relay.mention, relay.cue.start, relay.cue.end, "relay.trailing"))
        dropped.add(id(relay))
    return [a for a in attributions if id(a) not in dropped]


def _merge_relayed_anaphora(doc, attributions: list[Attribution]) -> list[Attribution]:
    """`Как передала радиостанция «Маяк», P. Об этом сообщил Y`, `P,
    передает ИТАР-ТАСС. Об этом заявил Y`: one report, Y's, of P, through
    the medium (the medium relays, it is no second speaker of P with Y as
    its layer)."""
    relayed = [a for a in attributions if a.rule.startswith(("indirect.kak", "indirect.trailing"))
               and a.mention is not None
               and a.cue is not None and a.cue.lemma in RELAY_LEMMAS and names_kind(doc, a.mention) == "media"]
    if not relayed:
        return attributions
    dropped = set()
    for outer in attributions:
        if not outer.rule.startswith("indirect.anaphora") or outer.frame_only or outer.relays:
            continue
        inner = next((a for a in relayed if id(a) not in dropped
                      and any(s.start <= a.cue.start and a.cue.end <= s.end for s in outer.spans)), None)
        if inner is None:
            continue
        sentence = doc.tokens[outer.cue.head].sentence
        if any(other is not outer and other.cue is not None and other not in relayed
               and doc.tokens[other.cue.head].sentence == sentence
               and not (other.mention is not None and names_kind(doc, other.mention) == "media"
                        and any(s.start <= outer.cue.start < s.end for s in other.spans))
               for other in attributions):
            continue  # (another's report beside it, `Об этом он заявил после встречи с X, который считает, что …`)
        # (a medium's report framing it is no obstacle: `Газета пишет, что об
        # этом говорят менеджеры` is the managers' report of P through the
        # paper; `глава компании опроверг, что об этом говорили менеджеры` is)
        outer.spans = list(inner.spans)
        outer.relays.insert(0, RelayRef(inner.mention, inner.cue.start, inner.cue.end,
                                        "relay." + inner.rule.split(".")[1]))
        dropped.add(id(inner))
    return [a for a in attributions if id(a) not in dropped]
