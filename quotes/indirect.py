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
- `mixed.naming`           `назвал визит «историческим»`
- `indirect.object` / `indirect.directive` (optional) `отметил важность …`,
                           `призвал сделать …`

A content with quoted words that are presented as someone's words (not a
name or a title) makes the quote `mixed`. `со ссылкой на Y` makes Y the
speaker and the medium before it a relay.
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from . import grammar
from .attribution import Attribution, RelayRef
from .intervals import cached, cached_cover, names_index, overlapping_names
from .cues import CueMatch
from .marks import QuotedSpan
from .mentions import (
    MentionRef, genitive_after, noun_phrase, norm, sentence_end, subject_of,
)
from .model import Doc, Span, Token

COMPLEMENTIZERS = {"что": 0.9, "чтобы": 0.8, "будто": 0.85, "якобы": 0.8, "словно": 0.6}
CLAUSE_STOP = frozenset({";"})
WH_WORDS = frozenset({"как", "почему", "зачем", "когда", "где", "куда", "откуда", "какой", "какая",
                      "какое", "какие", "каким", "сколько", "кто", "чем", "насколько"})
WH_VERBS = frozenset({"рассказать", "рассказывать", "объяснить", "объяснять", "пояснить",
                      "пояснять", "уточнить", "уточнять", "спросить", "спрашивать",
                      "поинтересоваться", "описать", "описывать", "сообщить", "сообщать"})
SENTENCE_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!"})
QUOTE_GLYPHS = frozenset("«»„“”\"‹›＂")
CONJUNCTIONS_AFTER_COMMA = frozenset({
    "однако", "но", "а", "тогда", "хотя", "поскольку", "потому", "так", "причем",
    "причём", "зато", "тем", "при", "после", "пока", "если", "когда", "чтобы",
})
NON_SPEAKER_SUBJECTS = frozenset({"это", "то", "что", "оно", "все", "всё", "который", "которая",
                                  "которое", "которые", "кто", "никто", "ничто"})
RELAY_LEMMAS = frozenset({"сообщать", "сообщить", "передавать", "передать", "писать",
                          "написать", "информировать", "цитировать", "процитировать"})
TITLE_WORDS = frozenset({
    "называемый", "так", "газета", "журнал", "компания", "фильм", "партия", "агентство",
    "издание", "телеканал", "радиостанция", "фонд", "клуб", "операция", "проект", "программа",
    "движение", "центр", "банк", "группа", "завод", "театр", "спектакль", "книга", "роман",
    "песня", "альбом", "передача", "шоу", "сайт", "портал", "организация", "общество", "ооо",
    "оао", "зао", "пао", "ао", "ик", "фк", "хк", "пк", "кпрф", "лдпр", "премия", "орден",
    "конкурс", "фестиваль", "акция", "марш", "закон", "статья", "корабль", "самолет", "комплекс",
    "ракета", "концерн", "холдинг", "объединение", "ресторан", "кафе", "магазин", "гостиница",
    "отель", "стадион", "станция", "улица", "площадь", "район", "поселок", "село", "деревня",
    "город", "риа", "тасс", "комитет", "союз", "зона", "режим", "формат", "статус", "сервис",
})


class _Context:
    def __init__(self, doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch],
                 found: list[Attribution]):
        self.doc = doc
        self.quoted = quoted
        self.cues = cues
        self.verb_cues: dict[int, CueMatch] = {}
        for cue in cues:
            if cue.kind in ("verb", "impersonal"):
                self.verb_cues.setdefault(cue.head, cue)
        self.phrase_cues = [c for c in cues if c.kind in ("source", "according", "link", "quoting")]
        self.found = found
        # tokens already used by direct speech: its author's words and cues
        self.used: set[int] = set()
        self.direct_spans: list[Span] = []
        for a in found:
            if a.cue is not None:
                self.used.update(a.cue.tokens)
            if a.mention is not None:
                self.used.update(a.mention.tokens)
            if a.type == "direct":
                self.direct_spans.extend(a.spans)

    def bound_for(self, index: int) -> Span:
        """The innermost direct quote around token `index`, else its sentence."""
        token = self.doc.tokens[index]
        best = None
        for span in cached(self.__dict__, "_direct_index", self.direct_spans).overlapping(token.start, token.end):
            if span.start <= token.start and token.end <= span.end:
                if best is None or len(span) < len(best):
                    best = span
        sentence = self.doc.sentence_of(index)
        if best is None:
            return sentence.span
        return Span(max(best.start, sentence.start), min(best.end, sentence.end))

    def tokens_in(self, span: Span) -> range:
        # token ends grow along the text: the stop is found by binary search
        first = self.doc.first_token_from(span.start)
        return range(first, max(first, self.doc.first_token_from(span.end)))


# --- small helpers ------------------------------------------------------------

def _text(doc: Doc, i: int) -> str:
    return norm(doc.tokens[i].text)


def _trim(doc: Doc, start: int, end: int, keep_quotes: bool = False) -> Optional[Span]:
    """`[start, end)` without spaces, punctuation and dangling dashes at its edges."""
    text = doc.text
    strip = " \t\n\u00a0,;:.—–-" + ("" if keep_quotes else "«»„“”\"")
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if end - start < 2:
        return None
    return Span(start, end)


_DATELINES = None


def _skip_dateline(doc: Doc, start: int, end: int) -> int:
    global _DATELINES
    if _DATELINES is None:
        _DATELINES = [p for _, p in grammar.compiled("phrases", "dateline")]
    for pattern in _DATELINES:
        # on the slice: `^` anchors at the real start of the string only
        match = pattern.match(doc.text[start:end])
        if match and start + match.end() < end:
            start += match.end()
    return start


def _finite_verb(token: Token) -> bool:
    return token.upos in ("VERB", "AUX") and token.feat("VerbForm") in ("Fin", None) \
        or (token.upos == "ADJ" and token.feat("Variant") == "Short")


def _speaker_for_verb(ctx: _Context, verb: int, region: range, exclude: Iterable[int],
                      prefer_after: bool = False) -> tuple[Optional[MentionRef], Optional[str]]:
    """(mention, kind hint): the subject, or `в X` for `в ведомстве отметили`."""
    doc = ctx.doc
    excluded = set(exclude)
    # a dateline (`Москва. 8 мая. INTERFAX.RU -`) holds no speaker
    if region:
        sentence = doc.sentence_of(region.start)
        after_dateline = _skip_dateline(doc, sentence.start, sentence.end)
        if after_dateline > sentence.start:
            region = range(max(region.start, doc.first_token_from(after_dateline)), region.stop)
    head = subject_of(doc, verb, region, excluded, prefer_after=prefer_after)
    if head is not None and _inanimate_thing(doc, head) and _opinion_only(ctx, verb):
        # `Сделка ожидает утверждения, что …`: things hold no opinions
        return None, "skip"
    if head is not None and _text(doc, head) in NON_SPEAKER_SUBJECTS and doc.tokens[head].deprel != "nsubj":
        head = None
    if head is not None and _text(doc, head) in ("это", "то", "что", "оно", "никто", "ничто"):
        return None, "skip"
    if head is not None:
        mention = noun_phrase(doc, head, region, excluded | {verb})
        # `сообщили РИА "Новости" в московском клубе`: the medium relays, the club speaks
        if names_kind(doc, mention) == "media" and head > verb:
            local = _locative_speaker(doc, verb, region, excluded)
            if local is not None:
                return local, "organization"
        return mention, None
    local = _locative_speaker(doc, verb, region, excluded)
    if local is not None:
        return local, "organization"
    return None, None


def _opinion_only(ctx: _Context, verb: int) -> bool:
    cue = ctx.verb_cues.get(verb)
    return cue is not None and bool(cue.classes) and cue.classes <= {"opinion", "evidence", "directive"}


def _inanimate_thing(doc: Doc, head: int) -> bool:
    """A common noun for a thing (not a person, body, medium or document)."""
    from . import names

    token = doc.tokens[head]
    if token.upos != "NOUN" or token.feat("Animacy") != "Inan":
        return False
    if overlapping_names(doc, token.start, token.start + 1):
        return False
    for lexicon in ("media_nouns", "org_nouns", "document_nouns", "group_nouns", "roles",
                    "generic_org", "generic_media"):
        if names.lexicon_word(token, lexicon) is not None:
            return False
    return True


def names_kind(doc: Doc, mention: MentionRef) -> str:
    from . import names

    return names.canonical(doc, mention)[1]


def _locative_speaker(doc: Doc, verb: int, region: range, excluded: set[int]) -> Optional[MentionRef]:
    """`в ведомстве отметили`, `утверждают в партии`, `во французской прессе`."""
    for p in list(region):
        if _text(doc, p) not in ("в", "во") or abs(p - verb) > 4 or p in excluded:
            continue
        between = range(min(p, verb) + 1, max(p, verb))
        if any(_finite_verb(doc.tokens[k]) and doc.tokens[k].upos == "VERB" for k in between):
            continue
        for i in range(p + 1, min(region.stop, p + 4)):
            token = doc.tokens[i]
            if token.upos in ("NOUN", "PROPN") and i not in excluded \
                    and token.feat("Case") in ("Loc", None, "Acc"):
                return noun_phrase(doc, i, region, excluded | {verb, p})
            if token.upos not in ("ADJ", "DET", "PUNCT"):
                break
    return None


# --- content boundaries --------------------------------------------------------

def _trailing_attribution_start(ctx: _Context, first: int, stop: int) -> Optional[int]:
    """Where `, сообщает ТАСС` or `, передает телеканал X` begins, if the range
    ends with one: a comma, a reporting verb, and only its noun phrase after."""
    doc = ctx.doc
    for i in range(first, stop):
        if doc.tokens[i].text not in (",", "—", "–", "-"):
            continue
        j = i + 1
        if j < stop and doc.tokens[j].text in ("—", "–", "-"):
            j += 1
        if j < stop and _text(doc, j) == "как":
            j += 1
        cue = ctx.verb_cues.get(j)
        if cue is None or cue.kind not in ("verb", "impersonal"):
            continue
        tail = range(j + 1, stop)
        if cue.optional or "naming" in cue.classes and len(cue.classes) == 1:
            continue
        if any(_text(doc, k) in COMPLEMENTIZERS or doc.tokens[k].text == ":" for k in tail):
            continue
        if any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") in ("Fin", "Inf")
               for k in tail):
            continue
        speaker = any(
            doc.tokens[k].upos in ("NOUN", "PROPN", "PRON", "X") and doc.tokens[k].feat("Case") in ("Nom", None)
            or _text(doc, k) in ("в", "во") for k in tail)
        if not speaker and cue.kind != "impersonal":
            continue
        return i
    return None


def _content_end(ctx: _Context, start: int, bound: range, cue_verb: Optional[int]) -> int:
    """Token index where a clause of content that begins at `start` ends
    (exclusive): the end of the sentence, a trailing attribution, a new clause
    of the reporting verb (`, однако поставили условие`), or `;`."""
    doc = ctx.doc
    stop = bound.stop
    trailing = _trailing_attribution_start(ctx, start, stop)
    if trailing is not None:
        stop = trailing
    cue_line = set()
    if cue_verb is not None:
        cue_line = {cue_verb, *doc.ancestors(cue_verb)}
    for i in range(start, stop):
        token = doc.tokens[i]
        if token.text in CLAUSE_STOP:
            return i
        if i > start and sentence_end(doc, i) and i + 1 < stop \
                and doc.tokens[i + 1].text[:1].isupper():
            return i
        if cue_verb is not None and i > start + 1 and token.head in cue_line \
                and token.deprel in ("conj", "parataxis") and token.upos in ("VERB", "AUX") \
                and token.head == cue_verb:
            # back over `, однако` / `, и` / `и`
            j = i - 1
            while j > start and (doc.tokens[j].upos in ("CCONJ", "ADV", "PART", "PUNCT")
                                 and doc.tokens[j].text not in QUOTE_GLYPHS):
                j -= 1
            # only when a comma or conjunction separates the clauses
            separators = {doc.tokens[k].text for k in range(j + 1, i)}
            if separators & {",", "и", "а", "но", "однако", ";"}:
                return j + 1
        if token.text == "," and i + 1 < stop and _text(doc, i + 1) == "тогда" \
                and i + 2 < stop and _text(doc, i + 2) == "как":
            return i
        if token.text == "," and i > start and i + 1 < stop and _text(doc, i + 1) in ("однако", "хотя"):
            return i
        if token.text == "," and i > start and i + 2 < stop and _text(doc, i + 1) == "а" \
                and any(c.tokens[0] == i + 2 for c in ctx.phrase_cues):
            return i  # `, а по расчетам академика …`: another source speaks
        if token.text == "," and i > start and i + 1 < stop and _text(doc, i + 1) in ("но", "а") \
                and _new_clause(doc, i + 2, stop):
            return i
        if token.text == ":" and i + 1 < stop and doc.tokens[i + 1].text in QUOTE_GLYPHS:
            return i
    return stop


def _new_clause(doc: Doc, first: int, stop: int) -> bool:
    """A clause with its own subject starts at `first` (`но затем МИД передал`)."""
    subject = False
    for k in range(first, min(stop, first + 7)):
        token = doc.tokens[k]
        if token.text in (",", ";"):
            return False
        if token.upos in ("NOUN", "PROPN", "PRON") and token.feat("Case") == "Nom":
            subject = True
        if subject and token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin":
            return True
    return False


def _clause_start(ctx: _Context, end: int, bound: range, hard: bool = False) -> int:
    """Token index where the clause that ends at `end` begins: the sentence
    start (past a dateline), or just after `, тогда как` and the like."""
    doc = ctx.doc
    i = end - 1
    while i > bound.start:
        token = doc.tokens[i]
        if token.text in (";",):
            return i + 1
        if hard and token.text == "," and i + 1 < end and _text(doc, i + 1) in ("тогда", "а", "но", "однако", "хотя"):
            return i + 1 if _text(doc, i + 1) != "тогда" else i + 3
        i -= 1
    return bound.start


def _span_between(ctx: _Context, first: int, stop: int) -> Optional[Span]:
    doc = ctx.doc
    if first >= stop:
        return None
    start = _skip_dateline(doc, doc.tokens[first].start, doc.tokens[stop - 1].end)
    return _trim(doc, start, doc.tokens[stop - 1].end)


# --- the rules --------------------------------------------------------------

def _complementizer_after(ctx: _Context, verb: int, bound: range) -> Optional[tuple[int, str, float]]:
    """The complementizer opening the verb's content: (first content token,
    the word, confidence); `что`, `о том, что`, `, есть ли`."""
    doc = ctx.doc
    i = verb + 1
    steps = 0
    saw_comma = False
    while i < bound.stop and steps < 14:
        token = doc.tokens[i]
        word = norm(token.text)
        if word in COMPLEMENTIZERS and (saw_comma or i == verb + 1 or doc.tokens[i - 1].text in (",", "—", "–")):
            if i + 1 < bound.stop:
                return i + 1, word, COMPLEMENTIZERS[word]
            return None
        if token.text == ",":
            saw_comma = True
            # `задавшись вопросом, есть ли …`
            if i + 2 < bound.stop and _text(doc, i + 2) == "ли":
                return i + 1, "ли", 0.7
            # `рассказал, как …`, `объяснил, почему …`: an indirect question
            if i == verb + 1 and i + 1 < bound.stop and _text(doc, i + 1) in WH_WORDS \
                    and norm(doc.tokens[verb].lemma) in WH_VERBS:
                return i + 1, "wh", 0.6
        if token.text in SENTENCE_PUNCT or token.text in (":", ";"):
            return None
        if i > verb + 1 and _finite_verb(token) and token.upos == "VERB" and token.index not in ctx.used:
            return None
        i += 1
        steps += 1
    return None


def _nominal_object(ctx: _Context, verb: int, bound: range) -> Optional[int]:
    """The first token after the verb that starts a noun object
    (`отметил важность`, `рассказал о деятельности`)."""
    doc = ctx.doc
    for i in range(verb + 1, min(bound.stop, verb + 6)):
        token = doc.tokens[i]
        if token.text in (",", ".", ":", ";", "—"):
            return None
        if token.upos in ("NOUN", "PROPN") and token.feat("Case") in ("Acc", "Gen", "Loc") \
                or _text(doc, i) in ("о", "об", "про"):
            return i
        if token.upos == "VERB" and token.feat("VerbForm") == "Inf":
            return i
    return None


def _verb_rules(ctx: _Context, cue: CueMatch, include_optional: bool) -> list[Attribution]:
    doc = ctx.doc
    verb = cue.head
    if verb in ctx.used:
        return []
    bound_span = ctx.bound_for(verb)
    bound = ctx.tokens_in(bound_span)
    if not bound or verb not in bound:
        return []
    token = doc.tokens[verb]
    results = []
    exclude = set(cue.tokens)
    if _authorial_or_first_person(ctx, verb):
        return []

    # `Как сообщает X, …`, `Как он говорит, …`
    if _kak_before(doc, verb, bound) is not None:
        return _kak_rule(ctx, cue, bound)

    # anaphora: `Об этом сообщил X`
    for i in range(max(bound.start, verb - 8), min(bound.stop, verb + 4)):
        if _text(doc, i) in ("об", "о") and i + 1 < bound.stop and _text(doc, i + 1) == "этом" \
                and not any(doc.tokens[k].text in (";", ":") for k in range(min(i, verb), max(i, verb))):
            return _anaphora_rule(ctx, cue, bound, exclude | {i, i + 1})

    # `P, о чем заявил X`: the clause before
    for i in range(max(bound.start + 1, verb - 5), verb):
        if _text(doc, i) in ("о", "об") and _text(doc, i + 1) in ("чем", "котором") \
                and doc.tokens[i - 1].text == ",":
            start = _clause_start(ctx, i - 1, bound)
            span = _span_between(ctx, start, i - 1)
            if span is None:
                return []
            after = range(verb, bound.stop)
            mention, hint = _speaker_for_verb(ctx, verb, after, exclude, prefer_after=True)
            if hint == "skip":
                return []
            return [Attribution("indirect", [span], "indirect.anaphora.relative", 0.75, cue=cue,
                                mention=mention, speaker_kind=hint, no_speaker=mention is None)]

    # `сказал: P` without quote marks
    if verb + 2 < bound.stop and doc.tokens[verb + 1].text == ":" \
            and doc.tokens[verb + 2].text not in QUOTE_GLYPHS and cue.kind == "verb" \
            and "speech" in cue.classes:
        end = _content_end(ctx, verb + 2, bound, None)
        span = _span_between(ctx, verb + 2, end)
        if span is not None and len(doc.text[span.start:span.end].split()) >= 2:
            mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, verb + 1), exclude)
            if hint != "skip":
                return [Attribution("direct", [span], "direct.colon.unquoted", 0.6, cue=cue,
                                    mention=mention, speaker_kind=hint)]

    clause = _complementizer_after(ctx, verb, bound)
    if clause is not None:
        first, word, confidence = clause
        end = _content_end(ctx, first, bound, verb)
        spans = []
        span = _span_between(ctx, first, end)
        if span is not None:
            spans.append(span)
        # `… и что P2`: a second clause of the same verb
        if end < bound.stop - 2 and _text(doc, end) == "и" and _text(doc, end + 1) == "что":
            end2 = _content_end(ctx, end + 2, bound, verb)
            second = _span_between(ctx, end + 2, end2)
            if second is not None:
                spans.append(second)
        if not spans:
            return []
        if cue.kind == "impersonal":
            mention = _document_author(ctx, verb, range(bound.start, first))
            attribution = Attribution(
                "indirect", spans, f"indirect.impersonal.{word}", confidence - 0.1, cue=cue,
                mention=mention, no_speaker=mention is None,
                speaker_kind="document" if mention is not None else None,
            )
            return [attribution]
        mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, first), exclude)
        if hint == "skip":
            return []
        optional = cue.optional or "directive" in cue.classes and word == "чтобы"
        if optional and _has_speech_quotes(ctx, spans):
            optional = False  # `призвал к тому, чтобы «…»` is a mixed quote
        if optional and not include_optional:
            return []
        attribution = Attribution(
            "indirect", spans, f"indirect.clause.{word}", confidence, cue=cue, mention=mention,
            speaker_kind=hint, optional=optional,
        )
        return [attribution]

    # `P, сообщил X.` / `P, — заявил X.` / `P1, отметил X, P2.`
    before = verb - 1
    if before >= bound.start and doc.tokens[before].text in ("—", "–", "-") and before - 1 >= bound.start \
            and doc.tokens[before - 1].text == ",":
        before -= 1
    if before > bound.start and doc.tokens[before].text in (",", "—", "–") and (
            cue.kind == "impersonal" or token.feat("VerbForm") in ("Fin", None) or token.upos == "ADJ"):
        results = _trailing_rule(ctx, cue, bound, before)
        if results:
            return results

    if cue.kind == "impersonal":
        return []

    # naming verbs with quoted words: `назвал визит «историческим»`
    if "naming" in cue.classes:
        mixed = _naming_rule(ctx, cue, bound)
        if mixed:
            return mixed

    # noun objects and directives: borderline, off by default, unless they
    # carry someone's quoted words (`сообщили о «наращивании»`: mixed)
    obj = _nominal_object(ctx, verb, bound) if not cue.negated else None
    if obj is not None:
        end = _content_end(ctx, obj, bound, verb)
        span = _span_between(ctx, obj, end)
        if span is not None:
            quoted_words = _has_speech_quotes(ctx, [span])
            if include_optional or quoted_words:
                mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, obj), exclude)
                if hint != "skip":
                    kind = "directive" if doc.tokens[obj].feat("VerbForm") == "Inf" else "object"
                    return [Attribution("indirect", [span], f"indirect.{kind}",
                                        0.6 if quoted_words else 0.4, cue=cue, mention=mention,
                                        speaker_kind=hint, optional=not quoted_words)]
    return []


def _has_speech_quotes(ctx: _Context, spans: list[Span]) -> bool:
    return any(_speech_fragment(ctx, q) for span in spans for q in _quotes_inside(ctx, span))


FIRST_PERSON = frozenset({"я", "мы", "ты", "вы"})


def _authorial_or_first_person(ctx: _Context, verb: int) -> bool:
    """`Напомним, что`, `Я надеюсь, что`, `надо сказать, что`: the author's or
    the speaker's own voice, not a report of someone else's words."""
    doc = ctx.doc
    token = doc.tokens[verb]
    if token.feat("Person") in ("1", "2") or token.feat("VerbForm") == "Inf" \
            or token.feat("Mood") == "Imp":
        return True
    for child in doc.children(verb):
        if doc.tokens[child].deprel.startswith("nsubj") and _text(doc, child) in FIRST_PERSON:
            return True
    # `я не знаю` parsed without the link: the pronoun right before the verb
    for k in (verb - 1, verb - 2):
        if k >= 0 and doc.tokens[k].sentence == token.sentence and _text(doc, k) in FIRST_PERSON \
                and doc.tokens[k].feat("Case") in ("Nom", None):
            return True
    return False


def _document_author(ctx: _Context, verb: int, bound: range) -> Optional[MentionRef]:
    from .direct import document_mention

    return document_mention(ctx.doc, verb, bound)


def _trailing_rule(ctx: _Context, cue: CueMatch, bound: range, comma: int) -> list[Attribution]:
    doc = ctx.doc
    verb = cue.head
    # the author's words run from the verb to the next comma or the end
    after_end = verb + 1
    while after_end < bound.stop and doc.tokens[after_end].text not in (",", ";") \
            and not sentence_end(doc, after_end):
        after_end += 1
    # `, — сказал лидер Меджлиса, народный депутат Мустафа Джемилев.`
    if after_end < bound.stop and doc.tokens[after_end].text == ",":
        rest_end = after_end + 1
        while rest_end < bound.stop and not sentence_end(doc, rest_end) and doc.tokens[rest_end].text != ",":
            rest_end += 1
        rest = range(after_end + 1, rest_end)
        if rest and (rest_end >= bound.stop or sentence_end(doc, rest_end)) \
                and not any(doc.tokens[k].upos in ("VERB", "AUX") for k in rest) \
                and any(n.type == "PER" for n in names_index(doc).starting(
                    doc.tokens[rest.start].start, doc.tokens[rest_end - 1].end)):
            after_end = rest_end
    tail = range(verb + 1, after_end)
    if any(_text(doc, k) in COMPLEMENTIZERS or doc.tokens[k].text == ":" for k in tail):
        return []
    exclude = set(cue.tokens)
    if cue.kind == "impersonal":
        mention = _document_author(ctx, verb, range(verb, after_end))
        hint = "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, range(verb, after_end), exclude, prefer_after=True)
        if hint == "skip" or (mention is None and hint is None and cue.kind != "impersonal"):
            return []
    start = _clause_start(ctx, comma, bound)
    # `Однако о том, что P, сказал X`: the clause after `что`
    for k in range(start + 3, min(comma, start + 5)):
        if _text(doc, k) == "что" and doc.tokens[k - 1].text == "," \
                and _text(doc, k - 2) == "том" and _text(doc, k - 3) in ("о", "об"):
            start = k + 1
            break
    left = _span_between(ctx, start, comma)
    if left is None:
        return []
    # a closing quote mark right before: that is direct speech, already taken
    if doc.tokens[comma - 1].text in QUOTE_GLYPHS and _starts_with_quote(ctx, start, comma):
        return []
    # `«…», — заявил Козак, пишет Handelsblatt`: a relay of the words before
    if any(i in ctx.used for i in range(start, comma)):
        if mention is not None and cue.lemma in RELAY_LEMMAS:
            for attribution in ctx.found:
                if attribution.cue is not None and start <= attribution.cue.head < comma:
                    attribution.relays.insert(0, RelayRef(mention, cue.start, cue.end, "relay.trailing"))
        return []
    spans = [left]
    rule = "indirect.trailing"
    confidence = 0.8
    if after_end < bound.stop and doc.tokens[after_end].text == ",":
        # parenthetical: `P1, отметил X, P2`
        right_end = _content_end(ctx, after_end + 1, bound, None)
        right = _span_between(ctx, after_end + 1, right_end)
        if right is None:
            return []
        spans.append(right)
        rule = "indirect.parenthetical"
        confidence = 0.75
    attribution = Attribution("indirect", spans, rule, confidence, cue=cue, mention=mention,
                              speaker_kind=hint, no_speaker=mention is None)
    _link_rule(ctx, attribution, range(verb, after_end))
    return [attribution]


def _starts_with_quote(ctx: _Context, start: int, comma: int) -> bool:
    doc = ctx.doc
    first = start
    while first < comma and doc.tokens[first].text in ("—", "–", "-"):
        first += 1
    return doc.tokens[first].text in QUOTE_GLYPHS


def _kak_before(doc: Doc, verb: int, bound: range) -> Optional[int]:
    """The `как` of `как сообщает`, `как уже сообщалось`, `как он говорит`."""
    for k in (verb - 1, verb - 2, verb - 3):
        if k < bound.start:
            return None
        if _text(doc, k) == "как":
            if k > bound.start and _text(doc, k - 1) in ("так", "тогда", "такой", "так же", "после"):
                return None
            return k
        token = doc.tokens[k]
        if token.upos not in ("ADV", "PRON", "PART") or token.text in (",",):
            return None
    return None


def _kak_rule(ctx: _Context, cue: CueMatch, bound: range) -> list[Attribution]:
    """`Как сообщает X, P` and `P, как пишет X`."""
    doc = ctx.doc
    verb = cue.head
    kak = _kak_before(doc, verb, bound)
    # the как-clause runs to the next comma
    end = verb + 1
    while end < bound.stop and doc.tokens[end].text not in (",", ";") and not sentence_end(doc, end):
        end += 1
    author = range(kak, end)
    exclude = set(cue.tokens) | {kak}
    if cue.kind == "impersonal":
        mention, hint = _document_author(ctx, verb, author), "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, author, exclude, prefer_after=True)
    cue = CueMatch(cue.kind, cue.rule, doc.tokens[kak].start, cue.end, cue.head,
                   (kak,) + cue.tokens, cue.lemma, cue.classes)
    left = right = None
    if end < bound.stop and doc.tokens[end].text == ",":
        stop = _content_end(ctx, end + 1, bound, None)
        right = _span_between(ctx, end + 1, stop)
    if kak > bound.start + 1 and doc.tokens[kak - 1].text == ",":
        start = _clause_start(ctx, kak - 1, bound, hard=True)
        left = _span_between(ctx, start, kak - 1)
        if left is not None and right is not None and _ends_clause(doc, start, kak - 1):
            left = None  # `Резиденция огромная, но, как заявил X, P`: P alone
    spans = [s for s in (left, right) if s is not None]
    if not spans:
        return []
    attribution = Attribution("indirect", spans, "indirect.kak", 0.85, cue=cue, mention=mention,
                              speaker_kind=hint, no_speaker=mention is None)
    _link_rule(ctx, attribution, author)
    return [attribution]


CLAUSE_LINKS = frozenset({"но", "а", "и", "однако", "который", "которая", "которое", "которые",
                          "которых", "которым", "что", "если", "когда", "хотя", "чтобы", "как"})


def _ends_clause(doc: Doc, start: int, stop: int) -> bool:
    """The words before a parenthetical cue end with a conjunction or a
    relative pronoun, or hold a whole clause: they are not part of the content."""
    last = stop - 1
    while last > start and doc.tokens[last].text in (",",):
        last -= 1
    if _text(doc, last) in CLAUSE_LINKS:
        return True
    return any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"
               for k in range(start, stop))


def _previous_sentence(ctx: _Context, sentence_index: int) -> Optional[Span]:
    doc = ctx.doc
    if sentence_index == 0:
        return None
    previous = doc.sentences[sentence_index - 1]
    start = _skip_dateline(doc, previous.start, previous.end)
    span = _trim(doc, start, previous.end)
    return span


def _anaphora_rule(ctx: _Context, cue: CueMatch, bound: range, exclude: set[int]) -> list[Attribution]:
    """`P. Об этом сообщил X.`: the content is the sentence before."""
    doc = ctx.doc
    verb = cue.head
    sentence = doc.tokens[verb].sentence
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
    if cue.kind == "impersonal":
        mention, hint = _document_author(ctx, verb, bound), "document"
    else:
        mention, hint = _speaker_for_verb(ctx, verb, bound, exclude, prefer_after=True)
    if hint == "skip":
        return []
    attribution = Attribution("indirect", [content], "indirect.anaphora", 0.85, cue=cue,
                              mention=mention, speaker_kind=hint, no_speaker=mention is None)
    _link_rule(ctx, attribution, range(verb, bound.stop))
    return [attribution]


def _frame(ctx: _Context, cue: CueMatch, bound: range, exclude: set[int]) -> list[Attribution]:
    """`Как передает X, об этом рассказал Y Z` with nothing before it: no
    content, but Z's later words come through X and Y."""
    mention, hint = _speaker_for_verb(ctx, cue.head, bound, exclude, prefer_after=True)
    if mention is None:
        return []
    return [Attribution("indirect", [mention.span], "indirect.frame", 0.5, cue=cue,
                        mention=mention, speaker_kind=hint, frame_only=True)]


def _naming_rule(ctx: _Context, cue: CueMatch, bound: range) -> list[Attribution]:
    """`назвал визит «историческим»`: the verb's clause with the quoted words."""
    doc = ctx.doc
    verb = cue.head
    end = verb + 1
    while end < bound.stop and doc.tokens[end].text not in (";",) and doc.tokens[end].text not in SENTENCE_PUNCT:
        if doc.tokens[end].text == "," and not _inside_marks(ctx, doc.tokens[end].start):
            break
        end += 1
    start = verb + 1
    if doc.tokens[verb].feat("Variant") == "Short" or doc.tokens[verb].feat("Voice") == "Pass":
        # `в котором Соединенные Штаты названы «империей зла»`: the subject too
        start = verb
        while start > bound.start and doc.tokens[start - 1].text not in (",", ";", ":") \
                and _text(doc, start - 1) not in ("котором", "которой", "которых", "где"):
            start -= 1
    span = _span_between(ctx, start, end)
    if span is None:
        return []
    if not any(_speech_fragment(ctx, q, naming=True) and not _after_preposition(doc, q)
               for q in _quotes_inside(ctx, span)):
        return []
    if start <= verb and start > bound.start and _text(doc, start - 1) in ("котором", "которой", "которых"):
        relative = start - 1
        mention = MentionRef(doc.tokens[relative].start, doc.tokens[relative].end, relative, (relative,))
        hint = None
    else:
        mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, end), set(cue.tokens))
    if hint == "skip":
        return []
    return [Attribution("mixed", [span], "mixed.naming", 0.7, cue=cue, mention=mention,
                        speaker_kind=hint)]


NAMING_PREPOSITIONS = frozenset({"в", "во", "с", "со"})


def _after_preposition(doc: Doc, q: QuotedSpan) -> bool:
    """`первым шагом к «умному городу»`: a term after a preposition is not the
    name given; `назвал «провокацией»`, `обвинили в «злорадстве»` are."""
    i = doc.first_token_from(q.open) - 1
    if i < 0:
        return False
    word = norm(doc.tokens[i].text)
    return doc.tokens[i].upos == "ADP" and word not in NAMING_PREPOSITIONS


def _inside_marks(ctx: _Context, offset: int) -> bool:
    return cached_cover(ctx.__dict__, "_marks_cover", ctx.quoted,
                        lambda quoted: [(q.open + 1, q.close) for q in quoted]).covers(offset)


def _link_rule(ctx: _Context, attribution: Attribution, author: range) -> None:
    """`сообщает X со ссылкой на Y`: Y speaks, X relays."""
    doc = ctx.doc
    for cue in ctx.phrase_cues:
        if cue.kind != "link":
            continue
        first = cue.tokens[0]
        if not (author.start <= first < author.stop + 1):
            continue
        head = genitive_after(doc, cue.tokens[-1], range(cue.tokens[-1], doc.sentence_of(first).last),
                              set(cue.tokens))
        if head is None:
            continue
        mention = noun_phrase(doc, head, range(cue.tokens[-1] + 1, doc.sentence_of(first).last))
        if attribution.mention is not None:
            attribution.relays.insert(0, RelayRef(attribution.mention, attribution.cue.start,
                                                  attribution.cue.end, "relay.link"))
        attribution.mention = mention
        attribution.speaker_kind = None
        attribution.no_speaker = False
        attribution.cue = cue
        attribution.rule += ".link"
        return


def _phrase_rules(ctx: _Context, cue: CueMatch) -> list[Attribution]:
    """`По словам X, P`, `P1, по его мнению, P2`, `Согласно X, P`."""
    doc = ctx.doc
    if cue.kind not in ("source", "according"):
        return []
    first, last = cue.tokens[0], cue.tokens[-1]
    if first in ctx.used:
        return []
    bound = ctx.tokens_in(ctx.bound_for(first))
    if not bound or first not in bound:
        return []
    # the source's noun phrase runs to the next comma
    end = last + 1
    depth = 0
    while end < bound.stop:
        text = doc.tokens[end].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth <= 0 and (text in (",", ";", ":", "—", "–") or sentence_end(doc, end)):
            break
        elif depth <= 0 and end > last + 1 and doc.tokens[end].upos in ("VERB", "AUX") \
                and doc.tokens[end].feat("VerbForm") != "Conv":
            break  # `согласно соглашениям находящиеся …`: the source ends, the content begins
        end += 1
    mention = None
    if cue.possessive is not None:
        mention = MentionRef(doc.tokens[cue.possessive].start, doc.tokens[cue.possessive].end,
                             cue.possessive, (cue.possessive,))
    elif end > last + 1:
        head = genitive_after(doc, last, range(last, end))
        if head is not None:
            mention = noun_phrase(doc, head, range(last + 1, end))
    if cue.kind == "according" and "kak_skazano" in cue.rule:
        # `Как сказано в проекте, P`
        for i in range(last + 1, end):
            if doc.tokens[i].upos in ("NOUN", "PROPN"):
                mention = noun_phrase(doc, i, range(last + 1, end))
                break
    if mention is None and cue.possessive is None and cue.rule.endswith(("po_dannym", "po_informatsii",
                                                                         "po_svedeniyam", "po_slukham")):
        pass  # `по некоторым данным`: nobody named
    elif mention is None:
        return []
    spans = []
    if first > bound.start:
        start = _clause_start(ctx, first, bound, hard=True)
        left_stop = first
        left = _span_between(ctx, start, left_stop)
        if left is not None and not _ends_clause(doc, start, left_stop):
            spans.append(left)
    if end < bound.stop and doc.tokens[end].text == ",":
        stop = _content_end(ctx, end + 1, bound, None)
        right = _span_between(ctx, end + 1, stop)
        if right is not None:
            spans.append(right)
    elif end < bound.stop and doc.tokens[end].upos in ("VERB", "AUX"):
        stop = _content_end(ctx, end, bound, None)
        right = _span_between(ctx, end, stop)
        if right is not None:
            spans.append(right)
    if not spans:
        return []
    confidence = 0.85 if cue.kind == "source" else 0.7
    kind_hint = "document" if cue.kind == "according" else None
    return [Attribution("indirect", spans, f"indirect.{cue.rule}", confidence, cue=cue,
                        mention=mention, no_speaker=mention is None, speaker_kind=kind_hint)]


def _quoting_rules(ctx: _Context, cue: CueMatch) -> list[Attribution]:
    """`P, приводит «Интерфакс» слова министра`: the clause before is the
    minister's, the medium between relays it."""
    doc = ctx.doc
    if not cue.rule.endswith("privodit_slova") or cue.tokens[0] in ctx.used:
        return []
    first = cue.tokens[0]
    bound = ctx.tokens_in(ctx.bound_for(first))
    if first - 1 < bound.start or doc.tokens[first - 1].text not in (",", "—", "–"):
        return []
    comma = first - 1
    if doc.tokens[comma].text in ("—", "–") and comma - 1 >= bound.start and doc.tokens[comma - 1].text == ",":
        comma -= 1
    # the medium sits between the verb and `слова`: `приводит «Интерфакс» слова`
    words = [i for i in cue.tokens if norm(doc.tokens[i].text) == "слова"]
    slova = words[0] if words else None
    end = first + 1
    while end < bound.stop and not sentence_end(doc, end) and doc.tokens[end].text not in (";",):
        end += 1
    medium = None
    if slova is None:
        slova = next((i for i in range(first + 1, end) if norm(doc.tokens[i].text) == "слова"), None)
    if slova is None:
        return []
    for i in range(first + 1, slova):
        if doc.tokens[i].upos in ("PROPN", "NOUN", "X"):
            medium = noun_phrase(doc, i, range(first + 1, slova))
            break
    head = genitive_after(doc, slova, range(slova, end))
    if head is None:
        return []
    mention = noun_phrase(doc, head, range(slova + 1, end))
    start = _clause_start(ctx, comma, bound)
    left = _span_between(ctx, start, comma)
    if left is None or any(i in ctx.used for i in range(start, comma)):
        return []
    attribution = Attribution("indirect", [left], "indirect.quoting", 0.8,
                              cue=CueMatch(cue.kind, cue.rule, cue.start, cue.end, cue.tokens[0],
                                           cue.tokens, cue.lemma, cue.classes),
                              mention=mention)
    if medium is not None:
        attribution.relays.append(RelayRef(medium, cue.start, cue.end, "relay.quoting"))
    return [attribution]


# --- mixed: quoted words inside indirect content --------------------------------

def _quotes_inside(ctx: _Context, span: Span) -> list[QuotedSpan]:
    return cached(ctx.__dict__, "_content_index", ctx.quoted,
                  start=lambda q: q.spans[0].start, end=lambda q: q.spans[-1].end).starting(span.start, span.end)


SCARE_MARKERS = ("называем", "своеобразн", "некий", "некая", "некое", "некие", "т.н", "пресловут",
                 "условн", "именуем")


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
    if len(words) <= 3 and any(ch.isupper() for w in words[1:] for ch in w[:1]):
        return False
    if len(words) == 1 and not naming:
        return False
    return True


TITLE_STEMS = ("газет", "журнал", "компани", "агентств", "издани", "телеканал", "радиостанци",
               "партии", "партия", "фильм", "движени", "клуб", "фонд", "программ", "проект",
               "операци", "организаци", "центр", "сайт", "портал", "спектакл", "книг", "роман",
               "песн", "фестивал", "конкурс", "компле", "закон", "премии")


MANY_SENTENCES = regex.compile(r"[.!?…][»\"“”]?\s+[«\"„“]?[А-ЯЁA-Z]")


def _promote_to_direct(ctx: _Context, attribution: Attribution) -> None:
    """`Как рассказала X, «П1. П2»`: content that is a quote running past its
    sentence is the speaker's own words — a direct quote, whole."""
    last = attribution.spans[-1]
    near = cached(ctx.__dict__, "_content_index", ctx.quoted,
                  start=lambda q: q.spans[0].start, end=lambda q: q.spans[-1].end).indices(last.start - 1, last.start + 2)
    for index, q in ((i, ctx.quoted[i]) for i in near):
        if q.depth == 0 and abs(q.content.start - last.start) <= 1 and q.content.end > last.end + 1 \
                and _speech_fragment(ctx, q) and MANY_SENTENCES.search(
                    ctx.doc.text, q.content.start, q.content.end):
            attribution.spans = attribution.spans[:-1] + list(q.spans)
            attribution.type = "direct"
            attribution.rule = attribution.rule.replace("indirect.", "direct.", 1) + ".quoted"
            attribution.quoted = index
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


# --- relays or speakers: `Как передает X, об этом сказал Y` -----------------------

def _coverage(inner: Attribution, outer: Attribution) -> float:
    """How much of `outer`'s content is `inner` (its words, cue and speaker)."""
    pieces = list(inner.spans) + [Span(inner.cue.start, inner.cue.end)]
    if inner.mention is not None:
        pieces.append(inner.mention.span)
    covered = set()
    for piece in pieces:
        for span in outer.spans:
            covered.update(range(max(piece.start, span.start), min(piece.end, span.end)))
    return len(covered) / max(1, outer.length())


def _fold_relays(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """A `как сообщает X` / `P, передает X` attribution whose content is itself
    an attribution makes X a relay of that attribution, not a speaker."""
    from . import names

    kept = []
    memo: dict = {}
    for outer in attributions:
        if outer.rule.startswith(("indirect.kak", "indirect.trailing")) and outer.cue is not None \
                and outer.mention is not None and (outer.cue.lemma in RELAY_LEMMAS
                                                   or any(l in outer.cue.lemma for l in RELAY_LEMMAS)):
            name, kind = names.canonical(doc, outer.mention)
            # only attributions whose cue starts within `outer` can be inside it
            cues = cached(memo, "cues", attributions,
                          start=lambda a: a.cue.start if a.cue is not None else -1,
                          end=lambda a: a.cue.end if a.cue is not None else -1)
            near = cues.starting(min(s.start for s in outer.spans), max(s.end for s in outer.spans) + 1) \
                if outer.spans else []
            inner = [a for a in near if a is not outer and a.cue is not None
                     and not a.rule.startswith("indirect.according")
                     and any(s.start <= a.cue.start and a.cue.end <= s.end for s in outer.spans)
                     and (_coverage(a, outer) >= 0.6 or a.rule.startswith("indirect.anaphora"))]
            if (kind == "media" or kind != "person" and outer.cue.lemma in ("передавать", "писать"))\
                    and inner:
                for a in inner:
                    a.relays.insert(0, RelayRef(outer.mention, outer.cue.start, outer.cue.end,
                                                "relay." + outer.rule.split(".")[1]))
                continue
        kept.append(outer)
    return kept


def _merge_anaphora(attributions: list[Attribution]) -> list[Attribution]:
    """`Указывается, что P. Об этом заявил X.`: one report, X's, of P — the
    impersonal report of the sentence before names nobody and is X's."""
    dropped = set()
    for outer in attributions:
        if not outer.rule.startswith("indirect.anaphora") or outer.frame_only:
            continue
        for inner in attributions:
            if inner is outer or id(inner) in dropped or not inner.no_speaker or inner.cue is None:
                continue
            if any(s.start <= inner.cue.start and inner.cue.end <= s.end for s in outer.spans):
                outer.spans = list(inner.spans)
                dropped.add(id(inner))
    return [a for a in attributions if id(a) not in dropped]


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
    results = [r for r in results if r.length() > 0]
    results = _merge_anaphora(results)
    results = _fold_relays(doc, results)
    for attribution in results:
        _promote_to_direct(ctx, attribution)
    mark_mixed(ctx, results)
    if not include_optional:
        results = [r for r in results if not r.optional]
    return results
