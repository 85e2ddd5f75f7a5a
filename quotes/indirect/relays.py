"""Media that pass words on: `со ссылкой на Y`, `приводит X слова Y`, and
`как сообщает X, об этом сказал Y`."""

from __future__ import annotations

from typing import Optional, Sequence

from ..attribution import Attribution, RelayRef
from ..cues import CueMatch, lexicon
from ..intervals import cached, overlapping_names
from ..mentions import genitive_after, is_pronoun, norm, noun_phrase, sentence_end
from ..model import Doc, Span
from ..punctuation import QUOTE_GLYPHS
from .bounds import _clause_start
from .context import _Context, _finite_verb, _phrase_cues_from, _span_between
from .lexicon import DATA_NOUNS, RELAY_LEMMAS, WEAK_RELAY_LEMMAS
from .speaker import _speaker_for_verb


def _can_speak(doc: Doc, mention) -> bool:
    from .. import names
    from ..intervals import overlapping_names
    from ..mentions import _may_speak

    return _may_speak(doc, mention.head) or names.is_document_noun(doc, mention.head) or any(
        n.type in ("PER", "ORG") for n in overlapping_names(doc, mention.start, mention.end))


# link phrases that hang on a medium (`Как пишет X, ссылающийся на Y`, `X,
# который ссылается на Y`): only a medium relays through them, as through
# any link phrase after its own comma (`пишет X, ссылаясь на Y`); quoting
# (`цитируя Y`) only through a medium: `Министр заявил, цитируя Пушкина, что
# P` is the minister's own statement
_ON_THE_MEDIUM = ("ssylayushchiysya", "kotoryy_ssylaetsya", "tsitiruya")


def _a_medium(doc: Doc, mention) -> bool:
    """No person or group: a medium, or a site the lexicon does not know (`«Полит.ру»`)."""
    from .. import names

    return names.canonical(doc, _owner_of_data(doc, mention))[1] not in ("person", "group", "unknown")


def _own_ground(doc: Doc, subject, ground) -> bool:
    """A fronted `Ссылаясь на X` before a subject's report is the subject's
    own ground where the subject is a person (`Ссылаясь на указ, министр
    заявил`), or a pronoun and X data or a document (`Ссылаясь на данные из
    вакансий, она отметила, что P`); sources a pronoun, an outlet or
    journalists cite speak (`Ссылаясь на источники в полиции, она пишет`)."""
    from .. import names

    if subject is None:
        return False
    head = doc.tokens[subject.head]
    if not is_pronoun(head):
        # (people, a person or a group, are their own ground: `Ссылаясь на данные
        # Росстата, аналитики отметили`; not journalists, who report sources,
        # nor a person they cite, who told them: `Ссылаясь на адвоката Марину
        # Дубровину, правозащитники сообщили, что P`)
        return names.canonical(doc, subject)[1] in ("person", "group") \
            and norm(head.lemma or "") not in _REPORTERS and not _a_person(doc, ground)
    return (
        names.is_document_noun(doc, ground.head) or norm(doc.tokens[ground.head].lemma or "") in _DATA)


def _a_person(doc: Doc, mention) -> bool:
    """One person named or described (`адвоката Марину Дубровину`,
    `представителя компании`), not sources or data."""
    from .. import names

    head = doc.tokens[mention.head]
    if head.feat("Number") == "Plur" or norm(head.lemma or "") in _DATA:
        return False
    return any(n.type == "PER" for n in overlapping_names(doc, mention.start, mention.end)) \
        or names.is_role_noun(doc, mention.head) and head.feat("Animacy") == "Anim"


# people whose trade is to report others' words
_REPORTERS = frozenset({"журналист", "журналистка", "корреспондент", "репортер", "обозреватель", "автор"})
# what figures are drawn from (`Ссылаясь на данные …, она отметила`)
_DATA = DATA_NOUNS | {"опрос", "цифра", "подсчет", "закон", "указ"}


def _link_rule(ctx: _Context, attribution: Attribution, author: range, speakers_only: bool = False) -> None:
    """`сообщает X со ссылкой на Y`: Y speaks, X relays. `speakers_only`:
    only where Y can speak (a name, a person's or body's noun, a document)."""
    doc = ctx.doc
    stop = author.stop + 1
    if author.stop < len(doc.tokens) and doc.tokens[author.stop].text == ",":
        stop = author.stop + 2  # `пишет X, ссылаясь на Y`, `пишет X, который ссылается на Y`
    for cue in _phrase_cues_from(ctx, author.start, stop):
        if cue.kind != "link":
            continue
        first = cue.tokens[0]
        if not (author.start <= first < stop):
            continue
        head = genitive_after(doc, cue.tokens[-1], range(cue.tokens[-1], doc.sentence_of(first).last),
                              set(cue.tokens))
        if head is None:
            continue
        mention = noun_phrase(doc, head, range(cue.tokens[-1] + 1, doc.sentence_of(first).last))
        if speakers_only and not _can_speak(doc, mention):
            return
        relay = attribution.mention if attribution.mention is not None and _can_speak(doc, attribution.mention) \
            else None  # (`выручка` taken for the verb's subject relays nothing)
        if (cue.rule.endswith(_ON_THE_MEDIUM) or first >= author.stop
                or cue.rule.endswith("ssylayas") and _own_ground(doc, attribution.mention, mention)) \
                and not (relay is not None and _a_medium(doc, relay)):
            # `Эксперт, который ссылается на данные Росстата, считает`, `Как
            # сообщил министр, ссылаясь на указ`: his own view, on a ground he names
            continue
        if relay is None and attribution.cue is not None and attribution.cue.head is not None:
            # `Об этом сообщил Reuters со ссылкой на полицию`, with the medium
            # parsed as an object: the medium between the verb and the link
            relay = _medium_between(doc, attribution.cue.head, first)
        if relay is None:
            # `, а The Wall Street Journal со ссылкой на источники заявляет`,
            # with the medium parsed into the clause before: the medium right
            # before the link
            relay = _medium_before(doc, first, author.start) or _reporting_before(ctx, first)
        if relay is not None:
            relay = _owner_of_data(doc, relay)
            attribution.relays.insert(0, RelayRef(relay, attribution.cue.start,
                                                  attribution.cue.end, "relay.link"))
        attribution.mention = mention
        attribution.speaker_kind = None
        attribution.no_speaker = False
        attribution.cue = cue
        attribution.rule += ".link"
        return


# (`данные`, `комментарии «Ведомостей»`, `материал газеты`)
_PUBLISHED_BY = frozenset({"данные", "информация", "сведения", "сведение", "комментарий", "материал", "публикация", "статья",
                        "сообщение", "оценка", "расчет", "подсчет"})


def _owner_of_data(doc: Doc, mention):
    """`данные «Коммерсанта»` relaying sources is the newspaper: the owner
    in the genitive of a noun for what a source gives or publishes."""
    head = doc.tokens[mention.head]
    if norm(head.lemma or "") not in _PUBLISHED_BY:
        return mention
    owner = next((c for c in doc.children(mention.head) if mention.head < c and c in mention.tokens
                  and doc.tokens[c].deprel.startswith("nmod")), None)
    if owner is None:
        return mention
    return noun_phrase(doc, owner, range(owner, mention.tokens[-1] + 1))


def _medium_between(doc: Doc, verb: int, link: int):
    """A medium named right after the verb, before the link phrase."""
    from .. import names

    for k in range(verb + 1, link):
        if doc.tokens[k].upos in ("PROPN", "X", "NOUN"):
            mention = noun_phrase(doc, k, range(verb + 1, link))
            if names.canonical(doc, mention)[1] == "media":
                return mention  # (past `в полдень`: `сообщил в полдень "Интерфакс"`)
    return None


def _reporting_before(ctx: _Context, link: int):
    """`Газета утверждает, что P, и со ссылкой на источник сообщает, что Q`:
    after `, и` whoever reported the clause before goes on (the subject of
    the last reporting verb before it in the sentence), as a subject right
    before the link does (`Министр со ссылкой на данные Росстата заявил`)."""
    from ..mentions import subject_of

    doc = ctx.doc
    if link < 2 or norm(doc.tokens[link - 1].text) != "и" or doc.tokens[link - 2].text != ",":
        return None
    sentence = doc.sentence_of(link)
    verb = next((k for k in range(link - 3, sentence.first - 1, -1) if k in ctx.verb_cues), None)
    head = subject_of(doc, verb, sentence.token_range) if verb is not None else None
    if head is None:
        return None
    mention = noun_phrase(doc, head, range(sentence.first, verb))
    return mention if _can_speak(doc, mention) else None


def _medium_before(doc: Doc, link: int, start: int):
    """A medium's (or a body's) name right before the link phrase, no
    further back than `start`: its words run up to the link (quote marks aside)."""
    k = link - 1
    while k >= start and doc.tokens[k].text in QUOTE_GLYPHS:
        k -= 1
    first = k
    while first - 1 >= start and (doc.tokens[first - 1].upos in ("PROPN", "X")
                                  or doc.tokens[first - 1].text in QUOTE_GLYPHS):
        first -= 1
    if k < start or doc.tokens[k].upos not in ("PROPN", "X", "NOUN"):
        return None
    mention = noun_phrase(doc, first if doc.tokens[first].upos != "PUNCT" else first + 1, range(first, link))
    return mention if _a_medium(doc, mention) else None


def wedged_report(ctx: _Context, cue: CueMatch, mention, comma: int, region: range, content,
                  exclude: set) -> Optional[Attribution]:
    """The report a medium's verb after `comma` relays, where a reporting
    verb ends the clause before the comma (`Министр заявил, сообщает ТАСС,
    что P`): that verb's subject speaks `content`, the medium relays."""
    doc = ctx.doc
    outer = comma - 1
    outer_cue = ctx.verb_cues.get(outer)
    # the medium follows its own finite verb (`пишет NEWSru.com`; not `сказал, отвечая`)
    if doc.tokens[comma].text != "," or outer_cue is None or outer_cue.kind != "verb" \
            or not _finite_verb(doc.tokens[outer]) or cue.head is None or not _finite_verb(doc.tokens[cue.head]) \
            or mention.start < doc.tokens[cue.head].end:
        return None
    speaker, hint = _speaker_for_verb(ctx, outer, region, exclude | set(outer_cue.tokens))
    if speaker is None or hint == "skip":
        return None
    attribution = Attribution("indirect", [content], "indirect.clause.wedged", 0.75, cue=outer_cue,
                              mention=speaker, speaker_kind=hint)
    attribution.relays.insert(0, RelayRef(mention, cue.start, cue.end, "relay.trailing"))
    return attribution


# what a medium cites of someone's: `слова`, `мнение`, `оценку`, `заявление` (grammars/phrases.toml, [quoting])
_CITED = ("слова", "заявлени", "мнение", "высказывани", "цитат", "реплик", "комментари", "оценку", "фразу")


def _words_noun(doc: Doc, index: int) -> bool:
    word = norm(doc.tokens[index].text)
    return word == "слова" or word.startswith(_CITED) and doc.tokens[index].upos == "NOUN"


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
    words = [i for i in cue.tokens if _words_noun(doc, i)]
    slova = words[0] if words else None
    end = first + 1
    while end < bound.stop and not sentence_end(doc, end) and doc.tokens[end].text not in (";",):
        end += 1
    medium = None
    if slova is None:
        slova = next((i for i in range(first + 1, end) if _words_noun(doc, i)), None)
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
    if norm(doc.tokens[slova].text) != "слова" and not _can_speak(doc, mention):
        return []  # `приводит газета оценку ущерба`: whose it is says nothing of who spoke
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


def _coverage(inner: Attribution, outer: Attribution) -> float:
    """How much of `outer`'s content is `inner` (its words, cue and speaker)."""
    return _coverage_all([inner], outer)


def _coverage_all(inners: list[Attribution], outer: Attribution) -> float:
    """How much of `outer`'s content the `inners` together are."""
    covered = set()
    for inner in inners:
        pieces = list(inner.spans) + [Span(inner.cue.start, inner.cue.end)]
        if inner.mention is not None:
            pieces.append(inner.mention.span)
        for piece in pieces:
            for span in outer.spans:
                covered.update(range(max(piece.start, span.start), min(piece.end, span.end)))
    return len(covered) / max(1, outer.length())


def _fold_relays(doc: Doc, attributions: list[Attribution], direct: Sequence[Attribution] = ()) -> list[Attribution]:
    """A `как сообщает X` / `P, передает X` attribution whose content is itself
    an attribution makes X a relay of that attribution, not a speaker."""
    from .. import names

    kept = []
    memo: dict = {}
    for outer in attributions:
        if _medium_source_passes_on(doc, outer, attributions, memo):
            continue
        if _medium_retells_direct(doc, outer, direct):
            continue
        # `X заявил, что P. Об этом пишет РИА Новости`: a medium's report of a
        # sentence that reports X relays X
        anaphora = outer.rule.startswith("indirect.anaphora") and not outer.frame_only
        # `Газета X сообщила, что, по мнению Y, P`, `X сообщила, что Y
        # считают, что P`: a medium's clause that is all someone else's report
        clause = outer.rule.startswith(("indirect.clause", "mixed.clause"))
        if (outer.rule.startswith(("indirect.kak", "indirect.trailing")) or anaphora or clause) \
                and outer.cue is not None and outer.mention is not None:
            # (a link's source passes words on as a relay verb does: `Как
            # сообщает РИА со ссылкой на Sky News, об этом Хун сообщил`)
            relay_verb = outer.cue.lemma in RELAY_LEMMAS or any(l in outer.cue.lemma for l in RELAY_LEMMAS) \
                or outer.rule.startswith("indirect.kak") and outer.rule.endswith(".link")
            name, kind = names.canonical(doc, outer.mention)
            if clause and not (relay_verb and kind == "media"):
                kept.append(outer)
                continue
            # a medium relays with any verb of speech (`P, напоминает РБК`)
            if not relay_verb and not (kind == "media" and "speech" in outer.cue.classes) \
                    or anaphora and not (relay_verb and kind == "media"):
                kept.append(outer)
                continue
            # only attributions whose cue starts within `outer` can be inside it
            cues = _by_cue(memo, attributions)
            near = cues.starting(min(s.start for s in outer.spans), max(s.end for s in outer.spans) + 1) \
                if outer.spans else []
            within = [a for a in near if a is not outer and a.cue is not None
                      and not a.rule.startswith("indirect.according")
                      and any(s.start <= a.cue.start and a.cue.end <= s.end for s in outer.spans)]
            # reports that name their speaker and are what the medium passes on
            passed_on = [a for a in within if a.mention is not None
                         and (_main_report(doc, a, outer) or _source_opens(doc, a, outer))] \
                if relay_verb and kind == "media" else []
            passed = {id(a) for a in passed_on}
            inner = passed_on if clause else [
                a for a in within
                if _coverage(a, outer) >= 0.6 or a.rule.startswith("indirect.anaphora")
                or anaphora and a.mention is not None and _report_opens(doc, a, outer) or id(a) in passed]
            if not inner and len(within) > 1 and _coverage_all(within, outer) >= 0.6 \
                    and _report_opens(doc, min(within, key=lambda a: a.cue.start), outer):
                # `X заявил, что P, и добавил, что Q, передает ВВС`: two reports
                # of one speaker, together the sentence
                inner = within
            if not relay_verb:
                inner = [a for a in inner if _report_opens(doc, a, outer)]
            # (any non-person relays a report that names its own speaker:
            # `Порошенко заявил, что P, сообщает "112 Украина"`)
            if (kind == "media" or kind != "person" and (outer.cue.lemma in WEAK_RELAY_LEMMAS or relay_verb and all(
                    a.mention is not None and not a.rule.startswith(("indirect.anaphora", "indirect.kak", "indirect.trailing"))
                    for a in inner))) \
                    and inner:
                for a in inner:
                    a.relays.insert(0, RelayRef(outer.mention, outer.cue.start, outer.cue.end,
                                                "relay." + outer.rule.split(".")[1]))
                    if outer.rule.endswith(".link"):
                        # (the medium that linked to it relays too: `Как сообщает
                        # РИА со ссылкой на Sky News, …` gives [РИА, Sky News])
                        a.relays[0:0] = [r for r in outer.relays
                                         if not any(r.mention.start == b.mention.start for b in a.relays)]
                continue
        kept.append(outer)
    return kept


def _medium_retells_direct(doc: Doc, outer: Attribution, direct: Sequence[Attribution]) -> bool:
    """`«P», — заявил X. Об этом пишет газета Figaro`: a medium's report of
    the sentence before, which is all someone's direct quote with its cue
    and speaker, relays that quote (the medium becomes its layer) and
    reports nothing of its own. The quote's chain takes the medium."""
    from .. import names

    if not outer.rule.startswith("indirect.anaphora") or outer.frame_only or outer.cue is None \
            or outer.mention is None or len(outer.spans) != 1 or outer.cue.lemma not in RELAY_LEMMAS:
        return False
    span = outer.spans[0]
    inner = [a for a in direct if a.cue is not None and a.mention is not None and a.spans
             and span.start <= a.cue.start and a.cue.end <= span.end
             and all(span.start <= s.start and s.end <= span.end for s in a.spans)]
    if not inner or names.canonical(doc, outer.mention)[1] != "media":
        return False
    # (its words, not its quote marks and dashes: `«Все хорошо», — сказал он`)
    covered = set()
    for a in inner:
        for piece in list(a.spans) + [Span(a.cue.start, a.cue.end), a.mention.span]:
            covered.update(range(max(piece.start, span.start), min(piece.end, span.end)))
    letters = [k for k in range(span.start, span.end) if doc.text[k].isalnum()]
    if sum(k in covered for k in letters) < 0.8 * len(letters):
        return False
    for a in inner:
        a.relays.insert(0, RelayRef(outer.mention, outer.cue.start, outer.cue.end, "relay.anaphora"))
    return True


def _by_cue(memo: dict, attributions: list[Attribution]):
    """The attributions indexed by where their cue starts, kept in `memo`."""
    return cached(memo, "cues", attributions,
                  start=lambda a: a.cue.start if a.cue is not None else -1,
                  end=lambda a: a.cue.end if a.cue is not None else -1)


def _medium_source_passes_on(doc: Doc, outer: Attribution, attributions: list[Attribution], memo: dict) -> bool:
    """`По данным Reuters, премьер Италии заявил, что P`: a medium's source
    phrase whose words are all someone else's report, named with its own
    speaker and opening them, passes that report on (the medium becomes its
    layer, as `Как сообщает Reuters, …` does) and is no report of its own
    (a person's `По словам Иванова, Петров заявил, что P` stays his: what
    one says another said, as `X сообщил, что Y заявил` stays X's)."""
    from .. import names

    if outer.cue is None or outer.cue.kind != "source" or outer.mention is None or not outer.spans \
            or names.canonical(doc, outer.mention)[1] != "media":
        return False
    cues = _by_cue(memo, attributions)
    inner = [a for a in cues.starting(outer.spans[0].start, outer.spans[-1].end + 1)
             if a is not outer and a.cue is not None and a.mention is not None and a.cue.kind == "verb"
             and any(s.start <= a.cue.start and a.cue.end <= s.end for s in outer.spans)
             and _report_opens(doc, a, outer) and _main_report(doc, a, outer) and _coverage(a, outer) >= 0.6]
    if len(inner) != 1:
        return False
    inner[0].relays.insert(0, RelayRef(outer.mention, outer.cue.start, outer.cue.end, "relay.kak"))
    return True


def _source_opens(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """`сообщила, что, по мнению Y, P`, `По словам Y, P, передает X`: a
    source phrase opens what the medium passes on, and its words run to the
    end of it."""
    if inner.cue.kind != "source" or not inner.spans:
        return False
    gap = doc.text[outer.spans[0].start:inner.cue.start]
    return not any(ch.isalnum() for ch in gap) and inner.spans[-1].end >= outer.spans[-1].end - 2


def _main_report(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """`Ученые, осмотревшие животное, утверждают, что P, передает Reuters`,
    `Глава МИД после беседы с президентом заявил, что P, передает Reuters`:
    the inner report's verb is the main predicate of what the medium passes
    on (its head lies outside the medium's content, or it is joined to
    another report that is: `отметил явку и подчеркнул, что P`), however
    long the subject or the adverbials before it; a report that is only
    part of the sentence (`Кремль отрицает …, но аналитики предположили,
    что P`) is not."""
    head = inner.cue.head
    if not 0 <= head < len(doc.tokens) or doc.tokens[head].feat("VerbForm") not in ("Fin", None):
        return False
    # no predicate of the author's own before it (`В Чечне убивают солдат,
    # несмотря на то, что президент уверяет, что P`: the parse may hang the
    # report on the medium's verb all the same)
    first = min([inner.cue.start] + [s.start for s in inner.spans]
                + ([inner.mention.start] if inner.mention is not None else []))
    for token in doc.tokens_in(outer.spans[0].start, first):
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin" \
                and norm(token.lemma or "") not in lexicon().verbs:
            return False
    inside = [(s.start, s.end) for s in outer.spans]
    token = doc.tokens[head]
    while token.head is not None:
        parent = doc.tokens[token.head]
        if not any(start <= parent.start < end for start, end in inside):
            return True
        if not (token.deprel.startswith("conj") and norm(parent.lemma or "") in lexicon().verbs):
            return False
        token = parent
    return True


def _report_opens(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """`В 2012 году министр предупреждал, что P, напоминает РБК`: the inner
    report is the outer content's own clause — only adverbs before its
    speaker or cue, no comma, and its verb heads no relative clause (`Люди,
    которые говорят, что P, просят …` says more than the report)."""
    pieces = [inner.cue.start] + [s.start for s in inner.spans]
    if inner.mention is not None:
        pieces.append(inner.mention.start)
    first = min(pieces)
    outer_start = outer.spans[0].start
    if "," in doc.text[outer_start:max(outer_start, first)]:
        return False
    head = inner.cue.head
    return not (0 <= head < len(doc.tokens) and doc.tokens[head].deprel.startswith("acl"))
