"""Quoted words inside indirect content: speech (a mixed quote) or a
name, a title, a term in scare quotes."""

from __future__ import annotations

import regex

from ..attribution import Attribution
from ..intervals import cached
from ..marks import QuotedSpan
from ..model import Span
from .context import _Context, _quotes_inside
from .lexicon import SCARE_MARKERS, TERM_FIRST, TERM_MAX_WORDS, TITLE_STEMS, TITLE_WORDS


def _speech_fragment(ctx: _Context, q: QuotedSpan, naming: bool = False) -> bool:
    """Quoted words presented as someone's words, not a name, a title or a
    term in scare quotes. A single lower-case word counts only after a naming
    verb (`обвинили в «злорадстве»`)."""
    doc = ctx.doc
    content = doc.text[q.content.start:q.content.end].strip()
    if not content:
        return False
    words = content.split()
    first_letter = next((ch for ch in content if ch.isalpha()), "")
    before = doc.text[max(0, q.open - 40):q.open].lower().replace("ё", "е")
    before_words = regex.findall(r"[\p{L}\-.]+", before)
    previous = before_words[-1].strip(".") if before_words else ""
    if previous.startswith(SCARE_MARKERS):
        return False
    if not first_letter or not first_letter.islower():
        if previous in TITLE_WORDS or any(previous.startswith(w) for w in TITLE_STEMS):
            return False
        if len(words) >= 4 and any(ch in content for ch in ".!?,"):
            return True
        return len(words) >= 6
    # lower case: speech, unless a name hides in it (`зоны А`) or it is one word
    if _term_after_noun(ctx, q, words):
        return False
    if len(words) <= 3 and any(ch.isupper() for w in words[1:] for ch in w[:1]) \
            and not (naming and _instrumental_predicate(doc, q)):
        return False
    if len(words) == 1 and not naming:
        return False
    return True


def _instrumental_predicate(doc, q: QuotedSpan) -> bool:
    """Quoted words that open with a noun or adjective in the instrumental,
    what a naming verb calls someone (`назвал Ямпольскую «ставленницей
    Михалкова»`): a name after it is its complement, no name of the whole."""
    from ..names import _parses

    token = doc.tokens[doc.first_token_from(q.content.start)]
    # (the tagger's case of it is a guess: the dictionary's readings decide)
    return token.upos in ("NOUN", "ADJ") and token.text[:1].islower() and any(
        p.tag.case == "ablt" and p.tag.POS in ("NOUN", "ADJF") for p in _parses(token.text))


def _term_after_noun(ctx: _Context, q: QuotedSpan, words: list[str]) -> bool:
    """A short verbless noun phrase in quote marks that hangs on the noun
    before it is a term or a name: a genitive modifier (`носители «индийского
    штамма»`) or a nominative apposition to a noun in an oblique case (`по
    специальности «лечебное дело»`). A complement in another case is the
    name given (`назвал визит «историческим»`), and a verb, a short adjective
    or a punctuation mark inside makes the words speech (`Закон «очень сложен»`)."""
    doc = ctx.doc
    if len(words) > TERM_MAX_WORDS:
        return False
    before = doc.first_token_from(q.open) - 1
    # `такого понятия как «временное убежище»`, `термины, как «…»`
    if before > 1 and doc.tokens[before].text.lower() == "как":
        before -= 2 if doc.tokens[before - 1].text == "," else 1
    first = doc.first_token_from(q.content.start)
    stop = doc.first_token_from(q.content.end)
    if before < 0 or first >= stop or doc.tokens[before].upos != "NOUN":
        return False
    inside = doc.tokens[first:stop]
    if inside[0].upos not in TERM_FIRST:
        return False
    for token in inside:
        if token.upos in ("VERB", "AUX", "SCONJ") or token.feat("Variant") == "Short" \
                or token.upos == "PUNCT" and token.text not in ("-", "–", "—"):
            return False
    # hanging on that noun in the parse, not the subject of a verb after it
    # (`в конечном итоге «басманное правосудие» останется`)
    opening = doc.first_token_from(q.open)
    heads = {t.head for t in inside if t.head is None or not first <= t.head < stop}
    if not all(h is not None and before - 2 <= h < opening and doc.tokens[h].upos not in ("VERB", "AUX")
               for h in heads):
        return False
    # a noun governs no bare accusative: Nom or Acc after a noun in an
    # oblique case is an apposition (the tagger often reads Nom as Acc)
    case = inside[0].feat("Case")
    return case == "Gen" or case in ("Nom", "Acc") and doc.tokens[before].feat("Case") in ("Gen", "Dat", "Loc", "Ins")


MANY_SENTENCES = regex.compile(r"[.!?…][»\"“”]?\s+[«\"„“]?[А-ЯЁA-Z]")


def _promote_to_direct(ctx: _Context, attribution: Attribution) -> None:
    """`Как рассказала X, «П1. П2»`: content that is a quote running past its
    sentence is the speaker's own words — a direct quote, whole."""
    last = attribution.spans[-1]
    near = cached(ctx.__dict__, "_content_index", ctx.quoted,
                  start=lambda q: q.spans[0].start, end=lambda q: q.spans[-1].end).indices(last.start - 1, last.start + 2)
    cue = attribution.cue.start if attribution.cue is not None else -1
    for index, q in ((i, ctx.quoted[i]) for i in near):
        # (never words that hold the cue: `«П1. Об этом объявили вчера», — сказал X`
        # quotes X, and only P1 is the words of whoever announced it)
        if q.depth == 0 and abs(q.content.start - last.start) <= 1 and q.content.end > last.end + 1 \
                and not q.content.start <= cue < q.content.end \
                and _speech_fragment(ctx, q) and MANY_SENTENCES.search(
                    ctx.doc.text, q.content.start, q.content.end):
            attribution.spans = attribution.spans[:-1] + list(q.spans)
            attribution.type = "direct"
            attribution.rule = attribution.rule.replace("indirect.", "direct.", 1) + ".quoted"
            attribution.quoted = index
            return
        if q.depth == 0 and abs(q.content.start - last.start) <= 1 and last.end < q.content.end \
                and len(q.spans) == 1 and not q.content.start <= cue < q.content.end \
                and _speech_fragment(ctx, q) \
                and not any(p.start <= q.content.end and last.end < p.end
                            for other in ctx.found if other is not attribution for p in other.spans):
            # `Как сообщил X, «P1, но P2»`: words opened by a quote mark run to
            # its closing mark, whatever conjunction the clause has inside
            attribution.spans = attribution.spans[:-1] + [Span(last.start, q.content.end)]
            return


def mark_mixed(ctx: _Context, attributions: list[Attribution]) -> None:
    for attribution in attributions:
        if attribution.type != "indirect":
            continue
        naming = attribution.cue is not None and "naming" in attribution.cue.classes
        for span in attribution.spans:
            if any(_speech_fragment(ctx, q, naming) for q in _quotes_inside(ctx, span)):
                attribution.type = "mixed"
                attribution.rule = attribution.rule.replace("indirect.", "mixed.", 1)
                break


def _has_speech_quotes(ctx: _Context, spans: list[Span]) -> bool:
    return any(_speech_fragment(ctx, q) for span in spans for q in _quotes_inside(ctx, span))
