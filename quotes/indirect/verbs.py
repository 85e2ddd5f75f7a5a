"""The rules of a reporting-verb cue, tried in order: `как`, anaphora,
`о чем`, an unquoted colon, a clause, a trailing verb, naming, an object."""

from __future__ import annotations

from typing import Optional

from ..attribution import Attribution
from ..cues import CueMatch, lexicon
from ..mentions import norm, subject_of
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS
from .anaphora import _clause_before, _anaphora_rule
from .bounds import _clause_start, _content_end, _predicate, opening_gerund
from .clause import _complementizer_after, _nominal_object, _object_end
from .context import _Context, _span_between, _text, authors_words_end, head_outside
from .kak import _kak_before, _kak_rule
from .mixed import _has_speech_quotes
from .naming import _naming_rule, infinitive_after_addressee
from .nouns import speech_noun_owner
from .relays import _link_rule, wedged_report
from .speaker import _authorial_or_first_person, _document_author, _locative_speaker, _speaker_for_verb
from .trailing import _trailing_rule
from .lexicon import COMPLEMENTIZERS, RELATIVE_ABOUT


# verbs that pass on or deny the words of a noun of speech without saying them
DISOWNING = frozenset({"опровергнуть", "опровергать", "отрицать", "оспорить", "оспаривать", "возразить",
                       "возражать", "цитировать", "процитировать", "раскритиковать", "критиковать",
                       "прокомментировать", "комментировать"})
_DEMONSTRATIVES = frozenset({"это", "так", "такое", "такой", "такую", "такие", "эти", "эту", "этот", "эта",
                             "таким", "этим", "такому", "этому"})
# `P — к такому выводу пришли X`: the demonstrative of a collocation's noun inside the sentence
_DEMONSTRATIVES_INSIDE = frozenset({"такому", "этому", "такой", "такое", "такие", "эту", "этот", "это", "такую"})


def _reports_itself(ctx: _Context, sentence: int) -> bool:
    """Whether a sentence holds a report of its own (a reporting verb or
    phrase, or a direct quote)."""
    if sentence < 0:
        return False
    doc = ctx.doc
    span = doc.sentences[sentence]
    words = range(doc.first_token_from(span.start), doc.first_token_from(span.end))
    # (a verb with words of its own: `что`, a colon, quote marks, `о P`, or a
    # report closing words before it or opened by `как`; not `жители
    # высказались за выход из ЕС`)
    def tells(verb: int) -> bool:
        return any(_text(doc, k) in COMPLEMENTIZERS or doc.tokens[k].text == ":" or doc.tokens[k].text in QUOTE_GLYPHS
                   for k in range(verb + 1, words.stop)) \
            or any(k in words and (doc.tokens[k].text in (",", "-", "—", "–") or _text(doc, k) == "как")
                   for k in (verb - 1, verb - 2)) \
            or any(_text(doc, g) in ("о", "об", "обо") for c in doc.children(verb) for g in doc.children(c))

    return any(span.start <= doc.tokens[verb].start < span.end and tells(verb) for verb in ctx.verb_cues) \
        or any(span.start <= c.start < span.end for c in ctx.phrase_cues) \
        or any(s.start < span.end and span.start < s.end for s in ctx.direct_spans)


# words that open a source aside: `, по данным X,`, `, по информации X,`
_SOURCE_ASIDES = frozenset({"данным", "информации", "сообщению", "сведениям", "словам"})


def _aside_before(doc, verb: int, bound: range) -> int:
    """The length of a `, как передает X,` or `, по данным X,` aside (its
    words, commas included) that ends before the verb, right there or a few
    words of time or place before it (`Об этом, по данным «Интерфакса», в
    среду заявил`), else 0."""
    close = verb - 1
    while close in bound and close > verb - 4 and doc.tokens[close].text != ",":
        if doc.tokens[close].upos in ("VERB", "AUX", "PUNCT"):
            return 0
        close -= 1
    if close not in bound or doc.tokens[close].text != ",":
        return 0
    for k in range(close - 1, max(bound.start, close - 10) - 1, -1):
        if doc.tokens[k].text == ",":
            opens = _text(doc, k + 1) if k + 1 < close else ""
            source = opens in ("по", "со") and k + 2 < close and _text(doc, k + 2) in _SOURCE_ASIDES | {"ссылкой"}
            return close - k + 1 if opens == "как" or source else 0
    return 0


# fear, hope, belief: the state of mind behind an act (not a judgement or a
# finding, which state a reason: `отклонил иск, посчитав, что P`)
_MOTIVES = frozenset({"опасаться", "бояться", "надеяться", "рассчитывать", "ожидать", "думать", "верить",
                      "подозревать"})


def _a_motive(doc, cue, verb: int) -> bool:
    """`Водитель затормозил, опасаясь, что P`, `Фермер продал коров, надеясь,
    что P`: a gerund of fear or hope on an act that is no report gives the
    state of mind behind the act, not something said (its quoted words are
    all the same: `подал апелляцию, опасаясь «расправы»`); a judgement or a
    finding states a reason (`Суд отклонил иск, посчитав, что P`)."""
    token = doc.tokens[verb]
    if token.feat("VerbForm") != "Conv" or cue.lemma not in _MOTIVES or token.head is None:
        return False
    act = doc.tokens[token.head]
    return act.upos == "VERB" and norm(act.lemma or "") not in lexicon().verbs


def _in_reported_clause(doc, verb: int, bound: range) -> bool:
    """The verb heads a `что`-clause that another verb of saying or thinking
    governs and has no subject of its own (`признаются, что их предупреждали
    об этом`): its `об этом` is part of those words, no report of the
    sentence before by the outer verb's subject (`Газета пишет, что об этом
    говорят менеджеры СП` names who reports it)."""
    token = doc.tokens[verb]
    # (only the plural of no one in particular, with its people as object:
    # `их предупреждали об этом`; `Министр подтвердил, что уже сообщил об
    # этом` is the minister reporting the sentence before)
    if token.feat("Number") != "Plur" or not any(
            doc.tokens[c].deprel in ("obj", "iobj") and doc.tokens[c].upos == "PRON" for c in doc.children(verb)):
        return False
    if token.deprel != "ccomp" or token.head is None or token.head not in bound \
            or any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb)) \
            or _locative_speaker(doc, verb, range(token.head + 1, bound.stop), set()) is not None:
        return False  # (`уточняет, что об этом сообщили в администрации`: who told it is named)
    marked = any(_text(doc, c) in COMPLEMENTIZERS and c < verb for c in doc.children(verb))
    return marked and norm(doc.tokens[token.head].lemma or "") in lexicon().verbs


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

    # `Как сообщает X, …`, `Как он говорит, …` (not a borderline verb's,
    # `как показали действия России`, unless asked for)
    if _kak_before(doc, verb, bound) is not None:
        return _kak_rule(ctx, cue, bound) if include_optional or not cue.optional else []

    # anaphora: `Об этом сообщил X` (not `сообщили об этом иначе: будто P`);
    # an aside (`Об этом, как передает РИА "Новости", сообщил`) is no distance
    aside = _aside_before(doc, verb, bound)
    if _colon_complementizer(doc, verb, bound) is None:
        for i in range(max(bound.start, verb - 14 - aside), min(bound.stop, verb + 4)):
            if _text(doc, i) not in ("об", "о") or i + 1 >= bound.stop or _text(doc, i + 1) != "этом" \
                    or any(doc.tokens[k].text in (";", ":") for k in range(min(i, verb), max(i, verb))):
                continue
            if i > verb and any(doc.tokens[k].text == "," or _text(doc, k) in COMPLEMENTIZERS for k in range(verb + 1, i)):
                continue  # `сказал, что об этом сообщили коллеги`: the words' own `об этом`
            if _in_reported_clause(doc, verb, bound):
                continue  # `признаются, что их предупреждали об этом`: inside someone's words, theirs
            if i + 2 < bound.stop and doc.tokens[i + 2].upos == "NOUN" and doc.tokens[i + 2].feat("Animacy") == "Anim" \
                    and doc.tokens[i + 1].head == i + 2:
                continue  # `Об этом человеке говорят разное`: a person talked about, no report of P
            owner = doc.tokens[i + 1].head
            if i < verb and owner is not None and i + 1 < owner < verb and owner in ctx.verb_cues \
                    and doc.tokens[verb].feat("VerbForm") == "Conv":
                continue  # `Об этом рассказал X, уточнив, что P`: the gerund reports its own clause
            if i < verb and owner is not None and owner < verb and bound.start <= owner \
                    and doc.tokens[owner].upos == "VERB" and doc.tokens[owner].feat("VerbForm") in ("Conv", "Part") \
                    and any(doc.tokens[k].text == "," for k in range(max(owner, i + 1) + 1, verb)):
                continue  # `Сообщая об этом, X отметил, что P`: the gerund's own `об этом`, set off by its comma
            if i < verb and (clause := _predicate_of(doc, i + 1)) is not None and clause != verb \
                    and i < clause < verb and any(doc.tokens[k].text == "," for k in range(clause + 1, verb)):
                continue  # `Вопрос об этом решается в мэрии, заявил X`: the words' own `об этом`
            # (further than eight words back only across adverbials: `Об этом в
            # понедельник в эфире телеканала «Эра» заявил X`)
            if verb - i > 8 + aside and any(doc.tokens[k].upos in ("VERB", "AUX")
                                            or doc.tokens[k].text in (",", "-", "—", "–") for k in range(i + 2, verb)):
                continue
            return _anaphora_rule(ctx, cue, bound, exclude | {i, i + 1}, about=i)

    # `P. Это заявил X`, `Так считает X`, `Такой прогноз озвучил X`: a
    # demonstrative object opening the sentence points to the sentence before
    # (not a subject: `Это говорит о том, что` is a thing that shows)
    opening = doc.sentence_of(verb).first
    first = opening
    if _text(doc, opening) in ("с", "со") and opening + 1 < verb and _text(doc, opening + 1) in ("таким", "этим"):
        opening += 1  # `С таким заявлением выступил X`
    elif _text(doc, opening) == "к" and opening + 2 < verb and _text(doc, opening + 1) in ("такому", "этому") \
            and norm(doc.tokens[opening + 2].lemma or "") in lexicon().collocations.get(cue.lemma.split()[0], ()):
        opening += 1  # `К такому выводу пришли X`: the collocation's noun
    if opening < verb <= opening + 10 and _text(doc, opening) in _DEMONSTRATIVES \
            and verb in bound \
            and doc.tokens[opening].deprel in ("obj", "advmod", "det", "obl") \
            and (verb <= opening + 3 and all(doc.tokens[k].upos in ("NOUN", "ADJ")
                                             and doc.tokens[k].deprel in ("obj", "obl", "amod")
                                             or _text(doc, k) in ("же", "и")  # `Так же считают X`
                                             for k in range(opening + 1, verb))
                 or _verbs_own_words(doc, opening + 1, verb)) \
            and (any(doc.tokens[c].deprel.startswith("nsubj") and c > verb for c in doc.children(verb))
                 or _second_object_is_subject(doc, verb)
                 or doc.tokens[verb].feat("Number") == "Plur"  # `Это подтвердили в пресс-службе X`
                 and _locative_speaker(doc, verb, range(verb + 1, bound.stop), exclude) is not None) \
            and not any(_text(doc, c) == "бы" for c in doc.children(verb)) \
            and not _reports_itself(ctx, doc.tokens[verb].sentence - 1):
        # (`X заявила, что P. Эту информацию подтвердил Y`: Y confirms P, he
        # does not relay X: left alone)
        return _anaphora_rule(ctx, cue, bound, exclude | set(range(first, verb)))

    # `P — (именно) к такому выводу пришли X`, `P, — такое мнение высказал X`:
    # the demonstrative of the collocation's noun after a dash or comma
    # inside the sentence points to the clause before it
    nouns = lexicon().collocations.get(cue.lemma.split()[0], ())
    noun = min(cue.tokens) if len(cue.tokens) > 1 and min(cue.tokens) < verb else next(
        (k for k in range(verb - 1, max(bound.start, verb - 4), -1) if norm(doc.tokens[k].lemma or "") in nouns), None)
    if noun is not None:
        k = noun - 1
        if k > bound.start and _text(doc, k) in _DEMONSTRATIVES_INSIDE:
            j = k - 1
            while j > bound.start and _text(doc, j) in ("к", "именно", "и"):
                j -= 1
            # (only after a clause of the author's with a predicate of its own:
            # not `Как передает X, такое заявление Y сделал`, `По ее словам, …`)
            if doc.tokens[j].text in (",", "-", "—", "–") and j + 1 < noun < verb + 4 and j < verb \
                    and _clause_before(ctx, j + 1, bound) is not None:
                return _anaphora_rule(ctx, cue, bound, exclude | set(range(j + 1, verb)), about=j + 1)

    # `P, о чем заявил X`: the clause before
    for i in range(max(bound.start + 1, verb - 5), verb):
        if _text(doc, i) in ("о", "об") and _text(doc, i + 1) in RELATIVE_ABOUT \
                and doc.tokens[i - 1].text == ",":
            start = _clause_start(ctx, i - 1, bound)
            span = _span_between(ctx, start, i - 1)
            if span is None:
                return []
            if _text(doc, i + 1) != "чем" and not _event_told(doc, start, i - 1, verb):
                return []
            after = range(verb, bound.stop)
            mention, hint = _speaker_for_verb(ctx, verb, after, exclude, prefer_after=True)
            if hint == "skip":
                return []
            return [Attribution("indirect", [span], "indirect.anaphora.relative", 0.75, cue=cue,
                                mention=mention, speaker_kind=hint, no_speaker=mention is None)]

    # `сказал: P`, `сказал так: P`, `предупредил коллег: P`, `Эксперты уверены: P`
    # without quote marks
    colon = _colon_after(doc, verb, bound)
    if colon is not None and colon + 1 < bound.stop and doc.tokens[colon + 1].text not in QUOTE_GLYPHS \
            and cue.kind == "verb" and (cue.classes & {"speech", "promise"}
                                        or "opinion" in cue.classes and colon == verb + 1):
        # (an opinion's colon right after it: `обнаружили пятерых грызунов: …` is a list)
        end = _content_end(ctx, colon + 1, bound, None)
        span = _span_between(ctx, colon + 1, end)
        if span is not None and len(doc.text[span.start:span.end].split()) >= 2:
            mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, verb + 1), exclude)
            before = verb - 1
            trailing = []
            if mention is None and hint is None and before > bound.start and doc.tokens[before].text == ",":
                # `A, говорит X: B`: X after the verb says A and B
                mention, hint = _speaker_for_verb(ctx, verb, range(verb, colon), exclude, prefer_after=True)
                trailing = _trailing_rule(ctx, cue, bound, before) if mention is not None else []
            # `На шутку скажут: …` names nobody: a saying, not someone's words
            if hint != "skip" and (mention is not None or hint is not None):
                return trailing + [Attribution("direct", [span], "direct.colon.unquoted", 0.6, cue=cue,
                                               mention=mention, speaker_kind=hint)]

    clause = _complementizer_after(ctx, verb, bound)
    if clause is not None and clause[1] == "что" and cue.classes <= {"naming"} \
            and doc.tokens[clause[0] - 1].upos == "PRON":
        # `назвал оппозиционеров врагами народа, что вызвало возмущение`: a
        # `что` the tagger reads as a pronoun stands for what was done
        clause = None
    if clause is not None and cue.phrasing:
        # `выразился` reports words by a colon or a `как`, never by a clause:
        # `Недовольство выразилось в том, что P` is what something showed
        clause = None
    if clause is not None:
        first, word, confidence = clause
        if word == "чтобы" and "directive" not in cue.classes and any(
                doc.tokens[k].feat("VerbForm") == "Inf" for k in range(verb + 1, first - 1)):
            # `заявляли о готовности скорректировать план, чтобы P`: the
            # purpose of the infinitive's act, not words of a verb that
            # gives no orders
            return []
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
            if cue.unsaid and not include_optional:
                return []  # `В документе не говорится, что P`: P is what it does not say
            mention = _document_author(ctx, verb, range(bound.start, first))
            attribution = Attribution(
                "indirect", spans, f"indirect.impersonal.{word}", confidence - 0.1, cue=cue,
                mention=mention, no_speaker=mention is None,
                speaker_kind="document" if mention is not None else None,
            )
            return [attribution]
        mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, first), exclude)
        if mention is None and hint is None and opening_gerund(doc, verb):
            # `Объявив, что P, Навальный призвал`: the doer comes after the words
            mention, hint = _speaker_for_verb(ctx, verb, range(end, bound.stop), exclude)
        # (and a verb that only judges the words: `осудили заявление X о том, что P`)
        owned = speech_noun_owner(doc, verb + 1, first - 1) if first - 1 > verb and _text(doc, first - 1) == "что" \
            and (cue.lemma in DISOWNING or cue.classes <= {"naming"}) else None
        if owned is not None:
            # `опроверг заявление депутата о том, что P`: the deputy's words
            # (`подтвердил слова X о том, что P` asserts P himself)
            mention, hint = owned[1], None
        if hint == "skip":
            return []
        # `Министр заявил, сообщает ТАСС, что P`: the minister speaks, ТАСС relays
        if mention is not None and verb - 1 > bound.start and len(spans) == 1:
            wedged = wedged_report(ctx, cue, mention, verb - 1, range(bound.start, verb - 1), spans[0], exclude)
            if wedged is not None:
                return [wedged]
        optional = cue.optional or "directive" in cue.classes and word == "чтобы" or _a_motive(doc, cue, verb)
        if optional and _has_speech_quotes(ctx, spans):
            optional = False  # `призвал к тому, чтобы «…»` is a mixed quote
        if optional and not include_optional and "discovery" not in cue.classes:
            return []  # (a finding goes on as a frame: indirect.find_indirect)
        attribution = Attribution(
            "indirect", spans, f"indirect.clause.{word}", confidence, cue=cue, mention=mention,
            speaker_kind=hint, optional=optional,
        )
        # `X сообщило со ссылкой на Y, что P`, `Со ссылкой на Y X сообщило,
        # что P`: Y speaks, X relays (not `со ссылкой на то, что …` nor `на
        # свой опыт`)
        # (not the link of a `как`-clause before the subject, which is that
        # clause's: `Как сообщает РИА со ссылкой на Sky News, министр заявил,
        # что P` is the minister's, relayed by both)
        low = bound.start
        subject_at = mention.head if mention is not None and mention.head < verb else verb
        if _text(doc, low) == "как":
            low = next((k + 1 for k in range(low, subject_at) if doc.tokens[k].text == ","), low)
        _link_rule(ctx, attribution, range(low, max(verb + 1, first - 2)), speakers_only=True)
        return [attribution]

    # `P, сообщил X.` / `P, — заявил X.` / `P1, отметил X, P2.`
    before = verb - 1
    if before >= bound.start and doc.tokens[before].text in ("—", "–", "-") and before - 1 >= bound.start \
            and doc.tokens[before - 1].text == ",":
        before -= 1
    # (past a time the verb is told at: `P, позднее сообщили в пресс-службе
    # флота`, `P, спустя несколько часов уточнили представители базы`)
    before = _past_a_time(doc, before, bound)
    if before > bound.start and doc.tokens[before].text in (",", "—", "–") and (
            cue.kind == "impersonal" or token.feat("VerbForm") in ("Fin", None) or token.upos == "ADJ"):
        results = _trailing_rule(ctx, cue, bound, before)
        if results:
            return results
    fronted = _fronted_o_tom(ctx, cue, bound)
    if fronted:
        return fronted

    if cue.kind == "impersonal":
        return _impersonal_about(ctx, cue, bound, include_optional)

    # naming verbs with quoted words: `назвал визит «историческим»`
    if "naming" in cue.classes:
        mixed = _naming_rule(ctx, cue, bound)
        if mixed:
            return mixed

    # noun objects and directives: borderline, off by default, unless they
    # carry someone's quoted words (`сообщили о «наращивании»`: mixed)
    obj = _nominal_object(ctx, verb, bound) if not cue.negated else None
    if obj is not None:
        end = _object_end(ctx, obj, _content_end(ctx, obj, bound, verb))
        span = _span_between(ctx, obj, end)
        if span is not None:
            quoted_words = _has_speech_quotes(ctx, [span])
            if include_optional or quoted_words:
                mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, obj), exclude)
                if hint != "skip":
                    head = next((k for k in range(obj, end) if doc.tokens[k].upos not in
                                 ("ADV", "DET", "ADJ", "PUNCT", "PART")), obj)
                    kind = "directive" if doc.tokens[head].feat("VerbForm") == "Inf" else "object"
                    if kind == "directive" and cue.classes and cue.classes <= {"opinion"} \
                            and not any(doc.tokens[k].text in QUOTE_GLYPHS for k in range(obj, head + 1)):
                        # `предполагает досрочно выплатить «парижскому клубу» долг`: a
                        # belief verb with an infinitive tells an intention; only marks
                        # opening at the infinitive give its words (`надеется «решить …»`)
                        return _told_about(ctx, cue, bound, exclude)
                    if kind == "directive" and obj - 1 > verb and norm(doc.tokens[obj - 1].text) in ("не", "ни"):
                        # `рекомендует не выпускать кошек`: the negation is the advice
                        span = _span_between(ctx, obj - 1, end) or span
                    infinitive = infinitive_after_addressee(doc, verb, bound) \
                        if kind == "object" and "directive" in cue.classes else None
                    if infinitive is not None and infinitive > obj:
                        # `призвал верующих «не поддаваться панике»`: the words from
                        # the infinitive (its quote mark, its negation), not whom it addresses
                        kind, first = "directive", infinitive
                        while first - 1 > obj and (doc.tokens[first - 1].upos == "PART"
                                                   or doc.tokens[first - 1].text in QUOTE_GLYPHS):
                            first -= 1
                        span = _span_between(ctx, first, end) or span
                    return [Attribution("indirect", [span], f"indirect.{kind}",
                                        0.6 if quoted_words else 0.4, cue=cue, mention=mention,
                                        speaker_kind=hint, optional=not quoted_words)]
    return _told_about(ctx, cue, bound, exclude)


def _predicate_of(doc, index: int, steps: int = 4):
    """The predicate a word hangs on, up the parse through its nouns (a
    few steps): a finite verb, a short participle, an infinitive; None
    where it reaches none: `об этом` of `Вопрос об этом решается` is
    `решается`'s, of `Решение об этом будет принято` `принято`'s."""
    k = doc.tokens[index].head
    while k is not None and steps > 0:
        token = doc.tokens[k]
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") != "Conv" \
                and not (token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short"):
            return k
        if token.upos not in ("NOUN", "PROPN"):
            return None
        k, steps = token.head, steps - 1
    return None


def _told_about(ctx: _Context, cue: CueMatch, bound: range, exclude: set[int]) -> list[Attribution]:
    """`Об инциденте порталу «Амур.Инфо» рассказала дочь пациентки.`: a
    verb of speech with a topic (`о` + noun) and no words of its own reports
    nothing, but its subject spoke, through the medium it told: a frame
    (no quote) that makes the speaker and the layer known to the words
    that follow (`«…», — поведала женщина`)."""
    doc = ctx.doc
    verb = cue.head
    if cue.kind != "verb" or cue.negated or cue.optional or "speech" not in cue.classes:
        return []
    # (the topic opens the sentence, the speaker follows the verb: how a
    # source is brought in, `О планах компании рассказал ее директор`)
    topic = next((c for c in doc.children(verb) if doc.tokens[c].upos == "NOUN" and doc.tokens[c].deprel == "obl"
                  and c < verb and any(_text(doc, g) in ("о", "об", "обо", "про") and doc.tokens[g].deprel == "case"
                                       and g == doc.sentence_of(verb).first for g in doc.children(c))), None)
    first, last = doc.tokens[bound.start].start, doc.tokens[bound.stop - 1].end
    if topic is None or any(doc.tokens[k].text == ":" for k in bound) \
            or any(s.start < last and first < s.end for s in ctx.direct_spans) \
            or any(_text(doc, c) in COMPLEMENTIZERS for c in doc.children(verb)):
        return []
    subject = subject_of(doc, verb, bound, exclude, prefer_after=True)
    if subject is None or subject < verb:
        return []
    mention, hint = _speaker_for_verb(ctx, verb, bound, exclude, prefer_after=True)
    if mention is None or hint == "skip":
        return []
    attribution = Attribution("indirect", [mention.span], "indirect.frame.about", 0.5, cue=cue,
                              mention=mention, speaker_kind=hint, frame_only=True)
    _link_rule(ctx, attribution, bound)
    return [attribution]


def _second_object_is_subject(doc: Doc, verb: int) -> bool:
    """`Такое мнение … высказал второй номер команды Джеймс Блэйк`: the parse
    made both nouns objects; the one after the verb, a person, is its subject."""
    objects = [c for c in doc.children(verb) if doc.tokens[c].deprel == "obj"]
    def someone(c: int) -> bool:
        # (a person, or a noun a person's name is apposed to: `второй номер команды Джеймс Блэйк`)
        return doc.tokens[c].feat("Animacy") == "Anim" or doc.tokens[c].upos == "PROPN" or any(
            doc.tokens[k].deprel == "appos" and doc.tokens[k].upos == "PROPN" for k in doc.children(c))

    return any(c < verb for c in objects) and any(
        c > verb and someone(c) and doc.tokens[c].feat("Case") in ("Nom", "Acc", None) for c in objects)


def _verbs_own_words(doc: Doc, first: int, verb: int) -> bool:
    """The words from `first` up to the verb all hang on it in the parse, with
    no comma or predicate among them: its object and its adverbials
    (`Эту информацию агентству подтвердили`, `С таким заявлением на
    совещании в Туле выступил`)."""
    for k in range(first, verb):
        token = doc.tokens[k]
        if token.upos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ", "PRON") or token.deprel.startswith("nsubj"):
            return False  # (`Такие данные приводятся в отчете`: a subject, not the object)
        if head_outside(doc, k, first, verb) != verb:
            return False
    return True


def _fronted_o_tom(ctx: _Context, cue: CueMatch, bound: range) -> list[Attribution]:
    """`О том, что P, губернатор вчера заявил в интервью`, `О том, что P,
    ранее сообщили в Минфине`: the clause of the verb fronted before its
    subject. P ends at the first comma after which every word up to the
    verb is the verb's own (its subject, adverbs, a gerund phrase)."""
    doc = ctx.doc
    verb = cue.head
    if cue.kind != "verb" or cue.lemma not in lexicon().clause or cue.optional:
        return []
    start = next((k for k in range(bound.start, verb - 4) if _text(doc, k) in ("о", "об")
                  and _text(doc, k + 1) == "том" and doc.tokens[k + 2].text == "," and _text(doc, k + 3) == "что"),
                 None)
    if start is None or any(doc.tokens[j].upos not in ("CCONJ", "ADV", "PUNCT", "PART")
                            for j in range(bound.start, start)):
        return []  # (only `Однако`, `Но`, `А` may stand before it)

    def verbs_own(j: int) -> bool:
        seen = 0
        while j is not None and j != verb and seen < 50:
            if j <= comma:
                return False
            j = doc.tokens[j].head
            seen += 1
        return j == verb

    for comma in range(start + 5, verb):
        if doc.tokens[comma].text != "," or not all(verbs_own(j) for j in range(comma + 1, verb)
                                                     if doc.tokens[j].upos != "PUNCT"):
            continue
        if doc.tokens[comma + 1].feat("VerbForm") in ("Conv", "Part"):
            return []  # (`…, губернатор, выступая в Думе, заявил`: an aside's comma, the parse lost the subject)
        span = _span_between(ctx, start + 4, comma)
        if span is None:
            return []
        mention, hint = _speaker_for_verb(ctx, verb, range(comma + 1, authors_words_end(doc, verb, bound)),
                                          set(cue.tokens))
        if hint == "skip" or mention is None and hint is None:
            return []
        return [Attribution("indirect", [span], "indirect.fronted", 0.75, cue=cue, mention=mention,
                            speaker_kind=hint)]
    return []


def _colon_after(doc: Doc, verb: int, bound: range) -> Optional[int]:
    """The colon that opens the verb's words: right after it, or after a
    short object or adverb (`сказал так:`, `предупредил коллег:`)."""
    for k in range(verb + 1, min(bound.stop, verb + 5)):
        token = doc.tokens[k]
        if token.text == ":":
            return k
        if token.upos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ") or token.text in QUOTE_GLYPHS:
            return None
        if token.upos == "NOUN" and token.feat("Animacy") != "Anim":
            return None  # `объясняют нехваткой времени: …` is no one's words
    return None


def _colon_complementizer(doc: Doc, verb: int, bound: range) -> Optional[int]:
    """`сообщили об этом с иной формулировкой: будто P`: the colon and the
    complementizer after it, within the verb's clause."""
    for k in range(verb + 1, min(bound.stop - 1, verb + 10)):
        if doc.tokens[k].text in (",", ";") or doc.tokens[k].text in QUOTE_GLYPHS:
            return None
        if doc.tokens[k].text == ":":
            return k if _text(doc, k + 1) in COMPLEMENTIZERS else None
    return None


def _impersonal_about(ctx: _Context, cue: CueMatch, bound: range, include_optional: bool) -> list[Attribution]:
    """`в заявлении говорится о «бесчеловечных актах насилия»`: what a
    document speaks of; borderline, unless it carries quoted words."""
    doc = ctx.doc
    verb = cue.head
    obj = _nominal_object(ctx, verb, bound) if not cue.negated else None
    if obj is None or _text(doc, obj) not in ("о", "об", "про"):
        return []
    end = _object_end(ctx, obj, _content_end(ctx, obj, bound, verb))
    span = _span_between(ctx, obj, end)
    if span is None:
        return []
    quoted_words = _has_speech_quotes(ctx, [span])
    if not (quoted_words or include_optional):
        return []
    mention = _document_author(ctx, verb, range(bound.start, obj))
    return [Attribution("indirect", [span], "indirect.impersonal.about", 0.6 if quoted_words else 0.4,
                        cue=cue, mention=mention, no_speaker=mention is None,
                        speaker_kind="document" if mention is not None else None,
                        optional=not quoted_words)]


def _event_told(doc, start: int, comma: int, verb: int) -> bool:
    """`На заводе произошел пожар, о котором сообщили в МЧС`: a relative `о
    котором` reports the clause before where that clause has a predicate of
    its own and the verb a source other than a pronoun (`наследие, о котором
    он часто говорил` names a topic of his; `Еще одно преступление, о котором
    написал Рахматулин, произошло` has no clause before)."""
    predicate = any(_predicate(doc.tokens[k]) for k in range(start, comma))
    pronoun = any(doc.tokens[c].deprel.startswith("nsubj") and doc.tokens[c].upos == "PRON"
                  for c in doc.children(verb))
    return predicate and not pronoun


# adverbs of the time a trailing report is told at (`P, позднее сообщили X`)
# (not the adverbs of a sequence, `затем`, `потом`, `сразу`: `задержали
# мужчину, затем сообщили о происшествии` is one subject's two acts)
_TOLD_AT = frozenset({"позже", "позднее", "впоследствии", "вчера", "сегодня", "накануне", "ранее", "тогда"})


def _past_a_time(doc: Doc, before: int, bound: range) -> int:
    """The comma before a time adverbial that ends at `before` (a word or two
    of `_TOLD_AT`, or `спустя` / `через` with up to three words of a span of
    time), where one is there; else `before` as it was."""
    k = before
    if k < bound.start or doc.tokens[k].text in (",", "—", "–"):
        return before
    verb = before + 1
    if doc.tokens[verb].deprel == "conj" and not (
            verb + 1 < bound.stop and (norm(doc.tokens[verb + 1].text) in ("в", "во", "на")
                                       or doc.tokens[verb + 1].feat("Case") == "Nom")):
        # (a verb the parse joined to the one before shares its subject, unless
        # its own source follows it: `задержали мужчину, позднее сообщили о
        # происшествии в прокуратуру`, not `…, позднее сообщили в пресс-службе`)
        return before
    words = 0
    while k >= bound.start and words < 2 and doc.tokens[k].upos == "ADV" and norm(doc.tokens[k].text) in _TOLD_AT:
        k, words = k - 1, words + 1
    if not words:
        span = next((j for j in range(k, max(bound.start - 1, k - 4), -1)
                     if norm(doc.tokens[j].text) in ("спустя", "через")), None)
        if span is None or not all(doc.tokens[j].upos in ("NUM", "ADJ", "NOUN", "DET", "ADV")
                                   for j in range(span + 1, k + 1)):
            return before
        k = span - 1
    if k >= bound.start and doc.tokens[k].text == ",":
        # (the words before the comma a clause of their own: not a lone
        # parenthetical, `Напомним, ранее сообщалось`, nor a subordinate
        # clause, `Когда самолет упал, сразу сообщили`)
        sentence = doc.sentence_of(k).token_range
        left = [j for j in range(max(bound.start, sentence.start), k) if doc.tokens[j].upos != "PUNCT"]
        if not any((doc.tokens[j].upos in ("VERB", "AUX") or doc.tokens[j].feat("Variant") == "Short")
                   and doc.tokens[j].feat("Person") not in ("1", "2") and doc.tokens[j].feat("Mood") != "Imp"
                   for j in left) or left and doc.tokens[left[0]].upos == "SCONJ":
            return before
        return k
    return before
