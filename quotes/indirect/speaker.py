"""Who speaks for a reporting verb: its subject, `в ведомстве отметили`, a
document; and when a verb is no report (`я думаю`, `напомним`)."""

from __future__ import annotations

from typing import Iterable, Optional

from ..cues import lexicon, participle_noun
from ..intervals import overlapping_names
from ..names import is_document_noun
from ..mentions import (QUOTING_LEMMAS, RECEIVING, _may_speak, MentionRef, adjective_as_subject, asides_before,
                        collective, gerunds_verb, norm, noun_phrase,
                        quoted_person, sender_of, subject_of)
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS
from .bounds import _agree, actors_gerund, opening_gerund
from .context import _Context, _finite_verb, _skip_dateline, _text, date_aside_end
from .lexicon import (DATA_NOUNS, FIRST_PERSON, LOCATIVE, LOCATIVE_BROADCAST, LOCATIVE_ON_PLACES, LOCATIVE_TIME,
                      MODAL_DATIVE, NON_SPEAKER_SUBJECTS, SKIP_SUBJECTS, THING_SUBJECT_VERBS)


def _speaker_for_verb(ctx: _Context, verb: int, region: range, exclude: Iterable[int],
                      prefer_after: bool = False) -> tuple[Optional[MentionRef], Optional[str]]:
    """(mention, kind hint): the subject, or `в X` for `в ведомстве отметили`."""
    doc = ctx.doc
    excluded = set(exclude)
    governor = _governing_report(ctx, verb)
    if governor is not None and governor in region and governor not in excluded:
        # `Министр сообщил, что бюджет исполнен, добавив, что …`: a gerund's
        # doer is the doer of the report it continues, never a noun of the
        # clause between them (`бюджет`, `сепаратисты, которые …`); of a
        # direct quote's report, its speaker (`«…», — заявили в министерстве, добавив`)
        told = next((a for a in ctx.found if a.cue is not None and a.cue.head == governor
                     and (a.mention is not None or a.speaker_kind is not None)), None)
        if told is not None:
            return told.mention, told.speaker_kind
        inside = {t.index for span in ctx.direct_spans for t in doc.tokens_in(span.start, span.end)}
        mention, hint = _speaker_for_verb(ctx, governor, region, excluded | inside, prefer_after=prefer_after)
        if mention is not None or hint is not None:
            return mention, hint
    token = doc.tokens[verb]
    if governor is None and actors_gerund(ctx, verb) and token.head < verb and not any(
            _finite_verb(doc.tokens[k]) and any(doc.tokens[c].deprel == "nsubj" for c in doc.children(k))
            for k in range(token.head + 1, verb)):
        # the doer of a gerund is the subject of the verb it hangs on, never a
        # name in that subject's apposition (`Иван Петров, директор компании
        # «Север», продал акции, заявив, что P`); only the nearest such verb
        # (`СССР должен был …, однако Молотов попросил отсрочки, заявив`,
        # however the parse hung the gerund)
        doer = next((c for c in doc.children(token.head) if doc.tokens[c].deprel == "nsubj"
                     and c in region and c not in excluded), None)
        if doer is not None:
            return _whole_name(doc, noun_phrase(doc, doer, region, excluded | {verb}), region), None
    if opening_gerund(doc, verb):
        # a gerund opening its sentence is done by the subject of the verb
        # it hangs on after it (`Сообщая об этом, Сеславинский отметил, что
        # P`), or, where the parse hung it on nothing, of the first verb after
        # it with a subject
        mains = [token.head] if token.head is not None else \
            [k for k in region if k > verb and _finite_verb(doc.tokens[k])]
        doer = next((c for k in mains if k in region and _finite_verb(doc.tokens[k]) for c in doc.children(k)
                     if doc.tokens[c].deprel == "nsubj" and c > verb and c in region and c not in excluded), None)
        if doer is not None:
            return _whole_name(doc, noun_phrase(doc, doer, region, excluded | {verb}), region), None
    described = participle_noun(doc, token) if token.feat("VerbForm") == "Part" else None
    if token.feat("Variant") != "Short" and described is not None \
            and described < verb and described in region and described not in excluded:
        # `экспертов, считающих, что P`: an active participle's noun is its doer
        return noun_phrase(doc, described, range(region.start, verb - 1), excluded | {verb}), None
    if norm(token.lemma or "") in QUOTING_LEMMAS:
        # `P, цитирует Интерфакс слова губернатора`: whose words are quoted
        # speaks, the medium quoting is a layer, as for a direct quote
        from ..direct import quoted_speaker

        quoted = quoted_person(doc, verb, region, excluded | {verb})
        if quoted is not None:
            return quoted_speaker(doc, verb, quoted, region, excluded | {verb}), None
    # a dateline (`Москва. 8 мая. INTERFAX.RU -`) holds no speaker
    if region:
        sentence = doc.sentence_of(region.start)
        after_dateline = _skip_dateline(doc, sentence.start, sentence.end)
        if after_dateline > sentence.start:
            region = range(max(region.start, doc.first_token_from(after_dateline)), region.stop)
    # (a cue whose noun is the verb's own subject, `появилась информация`,
    # `поступило сообщение`, shares no subject with a verb before it: `Сад
    # при школе номер 2051 закрыли, но в Сети появилась информация, что P`
    # is no school number's; its source is its `в X` or `от X`)
    head = None if _noun_is_subject(doc, verb, excluded) else \
        subject_of(doc, verb, region, excluded, prefer_after=prefer_after)
    if head is not None and norm(doc.tokens[head].lemma or "") == "который":
        head = _outside_relative(doc, verb, head, region, excluded)
    if head is not None and head < verb and (doc.tokens[head].head != verb or _disagree_in_number(doc, head, verb)):
        # a subject found across `, но` / `, однако` / `, а` is the other
        # clause's where this one has its institution in `в X` (`Решения
        # должны принимать губернаторы, однако в мэрии Москвы заявили, что P`)
        turn = next((k for k in range(head + 1, verb) if norm(doc.tokens[k].text) in _CONTRASTS
                     and doc.tokens[k - 1].text == ","), None)
        if turn is not None:
            local = _locative_speaker(doc, verb, range(turn + 1, region.stop), excluded)
            # (a plural verb of unnamed people: a singular one shares the
            # subject, `Министр приехал, а в администрации заявил`)
            # (the parse may hang the place on the other clause's verb: `Ярыгин
            # отказался, а в администрации заявили`, a singular subject no
            # plural verb agrees with; not where the clause has a subject of
            # its own, `Министр, а также его заместители в министерстве заявили`)
            if local is not None and doc.tokens[verb].feat("Number") == "Plur" \
                    and (doc.tokens[local.head].head == verb or local.head < verb
                         and _disagree_in_number(doc, head, verb)
                         and not any(doc.tokens[k].upos in ("NOUN", "PROPN", "PRON") and doc.tokens[k].feat("Case") == "Nom"
                                     and k not in local.tokens for k in range(turn + 1, verb))):
                return local, "organization"
    if head is not None and doc.tokens[verb].feat("VerbForm") == "Conv" \
            and (_inanimate_thing(doc, head) or is_document_noun(doc, head)):
        # a gerund's doer is no thing nor document: their clause came between
        # the gerund and its verb (`выступал против того, чтобы слово ушло к
        # Цукербергу, полагая, что P`, which the parse may hang on `ушло`);
        # the subject of the nearest finite verb before that is neither
        head = next((c for k in range(verb - 1, region.start - 1, -1) if _finite_verb(doc.tokens[k])
                     for c in doc.children(k) if doc.tokens[c].deprel.startswith("nsubj") and c in region
                     and c not in excluded and not _inanimate_thing(doc, c) and not is_document_noun(doc, c)),
                    head)
    if head is not None and _inanimate_thing(doc, head) and (
            _opinion_only(ctx, verb) or (doc.tokens[verb].lemma or "").lower() in THING_SUBJECT_VERBS
            and not _addressee(doc, verb)):
        # `Сделка ожидает утверждения, что …`: things hold no opinions;
        # `Рост цен говорит о том, что …`: a thing shows, it does not say
        # (`пропаганда объясняет россиянам, что …` tells someone: a report)
        return None, "skip"
    if head is not None and _text(doc, head) in NON_SPEAKER_SUBJECTS and doc.tokens[head].deprel != "nsubj":
        head = None
    if head is not None and norm(doc.tokens[head].lemma or "") in _SAID_THINGS \
            and norm(doc.tokens[verb].text).endswith(("ся", "сь")):
        # `Высказываются предположения, что P`: what is said is no one who
        # says it (`В Кремле высказываются …`: the place may be)
        head = None
    if head is not None and _text(doc, head) in SKIP_SUBJECTS:
        return None, "skip"
    if head is not None:
        mention = _whole_name(doc, noun_phrase(doc, head, region, excluded | {verb}), region)
        if not any(ch.isalpha() for ch in doc.text[mention.start:mention.end]) \
                and not doc.text[mention.start:mention.end].rstrip().endswith("%"):  # (`а 38% считают`: a share)
            return None, None  # `2. Дюссельдорф — …`: a list's number speaks for no one
        # `сообщили РИА "Новости" в московском клубе`, `В пресс-службе ФСБ РИА
        # Новости сообщили`: the medium relays, the institution speaks
        if names_kind(doc, mention) == "media":
            # (a gerund's doer is its verb's: `В полиции РИА Новости отказались
            # сообщить подробности, сказав, что P`)
            anchor = gerunds_verb(doc, verb)
            anchor = verb if anchor is None else anchor
            local = _locative_speaker(doc, anchor, region, excluded | set(mention.tokens))
            # an institution speaks; not the medium's own programme or channel
            # (`показал канал «Россия-1» в программе …`, `в Telegram-канале`);
            # before the verb, only one named before the medium that the parse
            # ties to the verb (not `со ссылкой на источники в правительстве`)
            if local is not None and institution_told(doc, local) and (
                    head > anchor or local.end <= mention.start and doc.tokens[local.head].head == anchor):
                return local, "organization"
            # `сообщил "Интерфакс" вице-спикер облдумы Игорь Чернышенко`: the
            # medium's name left undeclined, told; the verb's other subject
            # after it, a person, speaks
            other = next((c for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj")
                          and c > head and c not in mention.tokens and c in region and c not in excluded), None)
            if other is not None and head > verb:
                person = _whole_name(doc, noun_phrase(doc, other, region, excluded | {verb}), region)
                if names_kind(doc, person) == "person":
                    return person, None
        return mention, None
    holder = _dative_holder(doc, verb)
    if holder is not None and holder in region and holder not in excluded:
        return noun_phrase(doc, holder, region, excluded | {verb}), None
    if (doc.tokens[verb].lemma or "").lower() in RECEIVING:
        # `В дежурную часть поступило сообщение о том, что …`: `в X` is
        # where it came to; it came from whoever `от X` names, else no one said
        sender = sender_of(doc, verb)
        if sender is not None and sender in region and sender not in excluded:
            return noun_phrase(doc, sender, region, excluded | {verb}), None
        return None, None
    local = _locative_speaker(doc, verb, region, excluded)
    if local is None and (governing := gerunds_verb(doc, verb)) is not None:
        # the gerund's doer is its verb's: the subject (`Авторы комментария
        # высмеяли …, намекнув, что P`), else the institution in `в X` before
        # it (`В МЧС отказались назвать число жертв, пояснив, что P`)
        subject = next((c for c in doc.children(governing) if doc.tokens[c].deprel.startswith("nsubj")
                        and c in region and c not in excluded), None)
        if subject is not None:
            return noun_phrase(doc, subject, region, excluded | {verb}), None
        local = _locative_speaker(doc, governing, range(region.start, governing), excluded)
        if local is not None and not institution_told(doc, local) and norm(doc.tokens[governing].lemma or "") \
                not in {*lexicon().verbs, "отказаться", "воздержаться"}:
            local = None
    if local is not None:
        return local, "organization"
    # `В Минобороны подтвердили гибель X и дали понять, что …`: a verb
    # coordinated with an earlier one shares its `в X`
    token = doc.tokens[verb]
    if token.deprel == "conj" and token.head is not None and token.head < verb \
            and doc.tokens[token.head].upos == "VERB" and token.feat("Number") == "Plur" \
            and doc.tokens[token.head].feat("Number") == "Plur" \
            and not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(token.head)):
        sentence = doc.sentence_of(verb).token_range
        # (only a place before that verb: after it, `подтвердили гибель в
        # Сирии` is where it happened)
        local = _locative_speaker(doc, token.head, range(sentence.start, token.head), excluded)
        if local is not None:
            return local, "organization"
    return None, None


# verbs whose subject does what the infinitive after them says: `стала
# утверждать, что`, `поспешил заявить`, `были вынуждены уточнить`
CARRIERS = frozenset({"стать", "начать", "начинать", "продолжать", "продолжить", "решить", "поспешить",
                      "попытаться", "пытаться", "успеть", "преминуть", "вынужденный", "вынудить", "осмелиться"})


def _disagree_in_number(doc: Doc, subject: int, verb: int) -> bool:
    """A singular noun or name and a plural verb: no subject and its verb
    (`Ярыгин отказался, а в администрации заявили`, hung on `заявили` all
    the same by the parse)."""
    return doc.tokens[subject].upos in ("NOUN", "PROPN") and doc.tokens[subject].feat("Number") == "Sing" \
        and doc.tokens[verb].feat("Number") == "Plur"


def _noun_is_subject(doc: Doc, verb: int, excluded: set[int]) -> bool:
    """The verb's subject is a noun of its collocation, a word of the cue."""
    nouns = lexicon().collocations.get(norm(doc.tokens[verb].lemma or ""), ())
    return any(doc.tokens[c].deprel.startswith("nsubj") and c in excluded
               and norm(doc.tokens[c].lemma or "") in nouns for c in doc.children(verb))


def _carrier_of_infinitive(doc: Doc, verb: int) -> Optional[int]:
    """The finite verb (or short `вынуждены`) an infinitive report hangs on,
    whose subject speaks: `Шилова стала утверждать, что P`."""
    token = doc.tokens[verb]
    head = token.head
    if token.feat("VerbForm") != "Inf" or token.deprel != "xcomp" or head is None \
            or doc.tokens[head].sentence != token.sentence:
        return None
    carrier = doc.tokens[head]
    if (carrier.lemma or "").lower().replace("ё", "е") not in CARRIERS:
        return None
    if carrier.feat("Person") in ("1", "2") or carrier.feat("Mood") == "Imp":
        return None
    # (a subject of its own, in a clause of its own: `президента стали обвинять`
    # says nobody; `когда близкие решили уточнить, что происходит` is no report)
    if carrier.deprel.startswith(("advcl", "acl", "csubj")) \
            or any(doc.tokens[c].deprel == "mark" for c in doc.children(head)) \
            or _in_subordinate_clause(doc, head) \
            or not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(head)):
        return None
    # (a verb of saying: `стали выяснять, были ли` is finding out)
    classes = lexicon().verbs.get((token.lemma or "").lower().replace("ё", "е"), frozenset())
    if not classes & {"speech", "writing", "confirmation", "promise"}:
        return None
    return head


def _in_subordinate_clause(doc: Doc, k: int) -> bool:
    """A subordinating conjunction (`когда`, `если`, `пока`) opens the clause
    of token `k`: back to the comma or the sentence start before it."""
    first = doc.sentence_of(k).token_range.start
    for j in range(k - 1, first - 1, -1):
        if doc.tokens[j].text in (",", ";", ":", "—"):
            return False
        if doc.tokens[j].upos == "SCONJ" and _text(doc, j) not in ("что", "чтобы"):
            return True
    return False


def _reported_inside(ctx: _Context, k: int, first: int) -> bool:
    """Token `k` lies in a `что`-clause of a reporting verb before it in the sentence."""
    doc = ctx.doc
    cues = [c for c in range(first, k) if c in ctx.verb_cues]
    return bool(cues) and any(_text(doc, j) in ("что", "чтобы") for j in range(cues[0] + 1, k))


def _governing_report(ctx: _Context, verb: int) -> Optional[int]:
    """The report whose speaker a verb of reporting without a subject of its
    own has: an infinitive's carrier (`Шилова стала утверждать, что`); for
    a finite report joined by `и`, `а также`, the report it agrees with
    (`X заявил, что P, и предупредил, что Q`: the parse joins it to P's
    verb); for a gerund, the report it continues (`сообщил, что P,
    добавив`). None where the verb is none of these."""
    doc = ctx.doc
    token = doc.tokens[verb]
    carrier = _carrier_of_infinitive(doc, verb)
    if carrier is not None:
        return carrier
    first = doc.sentence_of(verb).token_range.start
    if token.feat("VerbForm") == "Fin" and token.deprel == "conj" \
            and not any(doc.tokens[c].deprel.startswith("nsubj") or adjective_as_subject(doc, c, verb)
                        for c in doc.children(verb)) \
            and any(_text(doc, j) in ("и", "а") for j in range(max(0, verb - 4), verb)):
        # (the predicate right before `и`, with a subject of its own and the
        # verb's form, whatever the parse joined it to: `Пока старший группы
        # докладывал …, подошла девушка и сообщила, что …`)
        if _text(doc, verb - 1) == "и":
            k = verb - 2
            while k >= first and doc.tokens[k].text != "," and not (
                    doc.tokens[k].upos == "VERB" and doc.tokens[k].feat("VerbForm") == "Fin"):
                k -= 1
            if k >= first and doc.tokens[k].upos == "VERB" and _agree(token, doc.tokens[k]) \
                    and doc.tokens[k].feat("Gender") == token.feat("Gender") is not None \
                    and token.head is not None and doc.tokens[token.head].feat("Gender") not in (None, token.feat("Gender")) \
                    and any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(k)):
                return k
        # (after a comma, the report at the sentence's own level: not one
        # inside the clause another report introduced, `опроверг, что X
        # предлагал …, и заявил`)
        comma = any(doc.tokens[j].text == "," for j in range(max(first, verb - 4), verb))
        return _report_up_the_parse(ctx, verb, lambda k: _agree(token, doc.tokens[k])
                                    and not (comma and _reported_inside(ctx, k, first)))
    if token.feat("VerbForm") == "Conv" and token.deprel == "acl" and token.head is not None and token.head > verb \
            and verb > first and doc.tokens[verb - 1].text == ",":
        # a gerund after a comma the parse hung on a noun of its own words
        # (`…, аргументировав свое решение тем, что «это вопрос …»`): it goes
        # on with the nearest finite verb before it where that one reports
        # (`что директор подал в отставку, аргументировав` is the director's)
        # (past verbs with no subject of their own: `предупредила, что
        # воздержится, аргументировав` is the report's speaker's)
        for c in range(verb - 1, first - 1, -1):
            if not _finite_verb(doc.tokens[c]):
                continue
            if c in ctx.verb_cues:
                return c
            if any(doc.tokens[k].deprel.startswith("nsubj") for k in doc.children(c)):
                return None
        return None
    if token.feat("VerbForm") != "Conv" or token.deprel != "advcl":
        return None
    cue = ctx.verb_cues.get(verb)
    if cue is not None and cue.classes <= {"naming"}:
        return None  # `Обама обличал банкиров, называя их …`: naming is the doer's act, no report's
    if actors_gerund(ctx, verb):
        # `X напоминает, что Обама обличал банкиров, подчеркивая`: Обама's
        # gerund; `МК писал, что …, но родители ее отстояли, заявив, что`
        return None
    return _report_up_the_parse(ctx, verb, lambda k: True)


def _report_up_the_parse(ctx: _Context, verb: int, fits) -> Optional[int]:
    """The nearest finite reporting verb that `fits` among the heads of
    `verb` before it in its sentence; where the walk ends at a root that
    reports nothing (the parse cut the clause off the verb it hangs on),
    the nearest one before `verb` in the sentence. None where a head after
    `verb` or in another sentence comes first (the verb has a report of its own)."""
    doc = ctx.doc
    token = doc.tokens[verb]

    def report(k: int) -> bool:
        return k in ctx.verb_cues and doc.tokens[k].feat("VerbForm") == "Fin" and fits(k)

    k, seen = token.head, set()
    while k is not None and k not in seen and k < verb and doc.tokens[k].sentence == token.sentence:
        seen.add(k)
        if report(k):
            return k
        k = doc.tokens[k].head
    if k is not None:
        return None
    return next((c for c in range(verb - 1, doc.sentence_of(verb).token_range.start - 1, -1) if report(c)), None)


def _dative_holder(doc: Doc, verb: int) -> Optional[int]:
    """`Уэйману пришлось сообщить, что …`: the dative of an impersonal modal
    verb in the past did the infinitive."""
    token = doc.tokens[verb]
    head = token.head
    if token.feat("VerbForm") != "Inf" or head is None or (doc.tokens[head].lemma or "").lower() not in MODAL_DATIVE \
            or doc.tokens[head].feat("Tense") != "Past":
        return None  # (`Министру придется объяснить`: not said yet)
    def dative(k: int) -> bool:
        return doc.tokens[k].feat("Case") == "Dat" and doc.tokens[k].upos in ("NOUN", "PROPN") \
            and not any(doc.tokens[c].upos == "ADP" for c in doc.children(k))

    found = next((c for c in doc.children(head) if dative(c) and doc.tokens[c].deprel in ("iobj", "obl", "nsubj")), None)
    if found is None and head > 0 and dative(head - 1) and doc.tokens[head - 1].sentence == token.sentence:
        found = head - 1  # (the parse hung `Уэйману` on a noun before it)
    return found


def _whole_name(doc: Doc, mention: MentionRef, region: range) -> MentionRef:
    """The mention widened to an organisation's name it cuts (`Новости` of
    `РИА Новости`, where the parse makes `Новости` the subject)."""
    for name in overlapping_names(doc, mention.start, mention.end):
        if name.type != "ORG" or name.start >= mention.start and name.end <= mention.end:
            continue
        tokens = [t.index for t in doc.tokens_in(min(name.start, mention.start), max(name.end, mention.end))]
        if tokens and all(k in region for k in tokens):
            return MentionRef(doc.tokens[tokens[0]].start, doc.tokens[tokens[-1]].end, mention.head, tuple(tokens))
    return mention


def institution_told(doc: Doc, local: MentionRef) -> bool:
    """`сообщили РИА "Новости" в московском клубе`: the place after the
    medium is an institution that spoke to it, not the medium's own channel
    or programme, nor the city it reported from (`сообщило ТАСС в Женеве`)."""
    if any(n.type == "LOC" for n in overlapping_names(doc, local.start, local.end)):
        return False
    return names_kind(doc, local) in ("organization", "group", "unknown") and not _published_in(doc, local)


def _published_in(doc: Doc, mention: MentionRef) -> bool:
    """A place of publication or a broadcast (`сайт`, `канал`, `программа`)."""
    from .. import names

    token = doc.tokens[mention.head]
    lemma = (token.lemma or "").lower()
    places = names.publication_places()
    return names.is_publication_place(doc, mention.head) or names.is_document_noun(doc, mention.head) \
        or lemma in places or lemma.rsplit("-", 1)[-1] in places \
        or _text(doc, mention.head) in LOCATIVE_BROADCAST \
        or names.lexicon_word(token, "media_nouns") is not None


def _addressee(doc: Doc, verb: int) -> bool:
    """Someone told, in the dative: `объясняет россиянам`."""
    return any(doc.tokens[c].feat("Case") == "Dat" and doc.tokens[c].upos in ("NOUN", "PROPN", "PRON")
               and not any(doc.tokens[g].upos == "ADP" for g in doc.children(c)) for c in doc.children(verb))


def _opinion_only(ctx: _Context, verb: int) -> bool:
    cue = ctx.verb_cues.get(verb)
    return cue is not None and bool(cue.classes) and cue.classes <= {"opinion", "evidence", "directive", "discovery"}


def _inanimate_thing(doc: Doc, head: int) -> bool:
    """A common noun for a thing (not a person, body, medium or document)."""
    from .. import names

    token = doc.tokens[head]
    if token.upos != "NOUN" or token.feat("Animacy") != "Inan":
        return False
    if overlapping_names(doc, token.start, token.start + 1):
        return False
    if collective(doc, token):
        return False  # `большинство родителей`, `ряд депутатов`: people
    for category in ("media_nouns", "org_nouns", "document_nouns", "group_nouns", "roles",
                     "generic_org", "generic_media"):
        if names.lexicon_word(token, category) is not None:
            return False
    return True


def names_kind(doc: Doc, mention: MentionRef) -> str:
    from .. import names

    return names.canonical(doc, mention)[1]


# what `по` introduces in an institution's name: a region (`по Самарской
# области`) or a remit (`по делам молодежи`, `по чрезвычайным ситуациям`)
_INSTITUTION_SCOPES = frozenset({"область", "край", "республика", "округ", "район", "город", "регион",
                                 "дело", "вопрос", "надзор", "защита", "связь", "борьба", "контроль",
                                 "ситуация", "труд", "развитие"})


def _on_enterprise(doc: Doc, p: int, region: range) -> bool:
    """`на предприятии`, `на металлургическом комбинате`: `на` with an
    enterprise, which speaks as an institution does after `в`."""
    if _text(doc, p) != "на":
        return False
    k = p + 1
    while k in region and k - p <= 3 and doc.tokens[k].upos == "ADJ":
        k += 1
    if not (k in region and doc.tokens[k].upos in ("NOUN", "PROPN")
            and norm(doc.tokens[k].lemma or "") in LOCATIVE_ON_PLACES):
        return False
    # (`на базе этих данных` is `on the basis of`: a base with a common
    # noun of no institution in the genitive is none)
    return norm(doc.tokens[k].lemma or "") != "база" or not any(
        doc.tokens[c].deprel == "nmod" and norm(doc.tokens[c].lemma or "") in _BASES_OF_KNOWLEDGE
        for c in doc.children(k))


# what a conclusion is drawn on (`на базе этих данных`): no base anyone speaks from
_BASES_OF_KNOWLEDGE = DATA_NOUNS | {"анализ", "опыт", "оценка", "материал"}


def _without_medium_told(doc: Doc, mention: MentionRef) -> MentionRef:
    """`В Минобороны ТАСС сообщили`, `В пресс-службе Кремля РБК сообщили`:
    a medium's name at the end of the institution's phrase is whom it told
    (an abbreviation takes any case from the tagger), no part of its name."""
    from .. import names

    tokens = sorted(mention.tokens)
    k = len(tokens)
    while k > 1 and names.is_media_name(doc.tokens[tokens[k - 1]].text) and tokens[k - 1] != mention.head:
        k -= 1
    kept = tokens[:k]
    # (`В пресс-службе ТАСС сообщили`: the medium's own press service, where
    # nothing else in the phrase names an institution; a ministry is never a
    # medium's, `заявили в министерстве ТАСС`)
    if k == len(tokens) or not any(doc.tokens[t].text[:1].isupper() for t in kept) \
            and (norm(doc.tokens[mention.head].lemma or "") in _PARTS_OF_A_MEDIUM
                 or names.lexicon_word(doc.tokens[mention.head], "media_nouns") is not None):
        return mention  # (nor is a medium's type noun: `в агентстве ТАСС`, `в телекомпании НТВ`)
    return MentionRef(mention.start, doc.tokens[kept[-1]].end, mention.head, tuple(kept))


# what a medium has of its own (`в пресс-службе ТАСС`, `в редакции «Коммерсанта»`)
_PARTS_OF_A_MEDIUM = frozenset({"пресс-служба", "редакция", "руководство", "пресс-центр", "служба", "сайт",
                                "представительство", "офис", "корпункт", "отдел", "дирекция", "холдинг"})


def _without_addressee(doc: Doc, mention: MentionRef) -> MentionRef:
    """`заявили в ведомстве "Российской газете"`: a dative after the
    institution's noun, with no preposition, is whom it told, no part of
    its phrase (the parse may hang it there)."""
    tokens = sorted(mention.tokens)
    for j, k in enumerate(tokens):
        token = doc.tokens[k]
        if k <= mention.head or token.upos not in ("NOUN", "PROPN", "ADJ") or token.feat("Case") != "Dat" \
                or token.deprel == "conj":
            continue  # (a conjunct takes its preposition from the first: `по безопасности и противодействию`)
        noun = token.head if token.upos == "ADJ" and token.head is not None else k
        if any(doc.tokens[c].upos == "ADP" for c in doc.children(noun)):
            continue
        while j > 1 and doc.tokens[tokens[j - 1]].upos in ("PUNCT", "CCONJ"):
            j -= 1
        kept = tokens[:j]
        return MentionRef(mention.start, doc.tokens[kept[-1]].end, mention.head, tuple(kept))
    return mention


def _with_institution_tail(doc: Doc, mention: MentionRef, verb: int, excluded: set[int]) -> MentionRef:
    """An institution's name runs on in genitives and `по` + a region up to
    the verb, wherever the parse hung those words (`В Управлении внутренних
    дел МВД РФ по Чеченской республике сообщили`, `МВД` tied to a word after
    the verb)."""
    k = max(mention.tokens) + 1
    end = k
    while k < verb and k not in excluded:
        token = doc.tokens[k]
        if token.upos in ("NOUN", "PROPN", "ADJ") and token.feat("Case") == "Gen" \
                and token.feat("Animacy") != "Anim":  # (`в МВД журналистов заверили`: whom they told)
            k += 1
            end = k
        elif _text(doc, k) == "по":
            j = k + 1
            while j < verb and doc.tokens[j].upos == "ADJ":
                j += 1
            if j >= verb or j in excluded or not (doc.tokens[j].upos == "PROPN"
                                                  or norm(doc.tokens[j].lemma or "") in _INSTITUTION_SCOPES):
                break  # (`в министерстве по итогам проверки сообщили`: no part of the name)
            j += 1
            while j < verb and j not in excluded and doc.tokens[j].upos == "PROPN" \
                    and doc.tokens[j].head == j - 1:
                j += 1  # `по Республике Дагестан`
            k = end = j
        else:
            break
    if end == max(mention.tokens) + 1:
        return mention
    return MentionRef(mention.start, doc.tokens[end - 1].end, mention.head, tuple(range(min(mention.tokens), end)))


# conjunctions that turn to another clause, with a subject of its own
_CONTRASTS = frozenset({"но", "однако", "а"})


def _locative_speaker(doc: Doc, verb: int, region: range, excluded: set[int]) -> Optional[MentionRef]:
    """`в ведомстве отметили`, `утверждают в партии`, `во французской прессе`."""
    # (`В ФНС, в свою очередь, подчеркивают`: a parenthetical is no gap, nor a place)
    parenthetical = asides_before(doc, verb)
    # the verb's own object and its `не` before it (`В Минобрнауки инициативу
    # депутатов не поддержали`): no gap, and no place inside it speaks
    # (`обнародованную в Англии находку в России назвали`)
    own = {j for c in doc.children(verb) if c < verb and (doc.tokens[c].deprel == "obj" or (
        doc.tokens[c].deprel == "advmod" and norm(doc.tokens[c].text) == "не")) for j in doc.subtree(c)}
    for p in list(region):
        # near the verb: within four words after it, or before it with the
        # phrase ending close to it (`в управлении Роспотребнадзора по
        # Ульяновской области сообщили`)
        if _text(doc, p) not in LOCATIVE and not _on_enterprise(doc, p, region) or p in excluded \
                or p in parenthetical or p in own:
            continue
        # `в распространенном секретариатом организации заявлении`: a
        # participle's own words between the preposition and its noun
        lead = _participle_noun(doc, p + 1, region, excluded)
        extra = lead - p - 1 if lead is not None else 0
        aside = _relative_aside(doc, p, verb) | _date_aside(doc, p, verb) | parenthetical if p < verb else set()
        # (after the verb, a time adverbial and the medium told are no distance:
        # `сообщили во вторник «Интерфаксу» в пресс-службе МЧС`)
        if p < verb - 12 - extra - len(aside) or p > verb + 4 + sum(
                1 for k in range(verb + 1, p) if k in excluded or _when(doc, k) or doc.tokens[k].text in QUOTE_GLYPHS
                or doc.tokens[k].feat("Case") == "Dat" and doc.tokens[k].upos in ("NOUN", "PROPN")):
            continue
        between = [k for k in range(min(p, verb) + 1, max(p, verb)) if k not in aside]
        if any(_finite_verb(doc.tokens[k]) and doc.tokens[k].upos == "VERB" for k in between):
            continue
        for i in [lead] if lead is not None else range(p + 1, min(region.stop, p + 6)):
            token = doc.tokens[i]
            if (token.upos in ("NOUN", "PROPN", "X") or _organization_read_as_adjective(doc, i)) \
                    and i not in excluded and token.feat("Case") in ("Loc", None, "Acc"):
                if _text(doc, i) in LOCATIVE_TIME:
                    break
                mention = noun_phrase(doc, i, region, excluded | {verb, p})
                if lead is not None:
                    # (only an institution speaks from there: `признает вину
                    # во вменяемых ему деяниях` names no one)
                    if names_kind(doc, mention) not in ("organization", "media") \
                            and not _institution_noun(doc, mention.head) \
                            and doc.tokens[mention.head].feat("Animacy") != "Anim":
                        break
                    if mention.start > doc.tokens[p + 1].start:
                        mention = MentionRef(doc.tokens[p + 1].start, mention.end, i,
                                             tuple(range(p + 1, max(mention.tokens) + 1)))
                # after the verb, a place that hangs on a word for no speaker
                # and is no institution speaks for no one (`свидетельствуют о
                # накоплении энергии в предгорьях`; `говорят в войсках` is the
                # verb's own, `сообщили источник в спецслужбах` the source's)
                owner = doc.tokens[i].head
                if p > verb + 1 and owner != verb and not (owner is not None and _may_speak(doc, owner)) \
                        and names_kind(doc, mention) not in ("organization", "media") \
                        and not _may_speak(doc, mention.head):
                    break
                if p < verb and (names_kind(doc, mention) == "organization" or _institution_noun(doc, mention.head)):
                    mention = _with_institution_tail(doc, mention, verb, excluded)
                    mention = _without_medium_told(doc, mention)
                # (the medium told, in the dative, is no gap: `В Кремле «Интерфаксу» подтвердили`;
                # nor the verb's own adverbial phrase, `В СК после получения анализа сообщили`)
                adverbial = _verbs_adverbials(doc, verb, max(mention.tokens) + 1, mention) if p < verb else set()
                gap = [k for k in range(max(mention.tokens) + 1, verb) if not _when(doc, k) and k not in excluded
                       and k not in aside and k not in adverbial and k not in own and doc.tokens[k].upos != "PUNCT"
                       and doc.tokens[k].feat("Case") != "Dat"]
                if p < verb and verb - p - extra > 4 and (
                        len(gap) > 2
                        or any(doc.tokens[k].text in (",", ";", ":") for k in range(max(mention.tokens) + 1, verb)
                               if k not in aside)
                        # far from the verb only an institution speaks, not
                        # `в середине января 2013 года` (`в пресс-службе
                        # губернатора Андрея Воробьева` is one: its head says so)
                        or names_kind(doc, mention) not in ("organization", "media", "group")
                        and not _institution_noun(doc, mention.head)):
                    break
                if any(norm(doc.tokens[c].lemma or "") == "свой" for c in doc.children(mention.head)):
                    break  # `Кларк в своем решении заявила`: the subject's own, never the speaker
                if p > verb:  # (before the verb, `_without_medium_told` above)
                    mention = _without_medium_told(doc, _without_addressee(doc, mention))
                return mention
            if token.upos not in ("ADJ", "DET", "PUNCT"):
                break
    return None


def _outside_relative(doc: Doc, verb: int, relative: int, region: range, excluded: set[int]) -> int:
    """A `который` found for a verb outside its relative clause stands for
    the noun the clause describes (`Goldman Sachs, который ранее ждал
    спада, повысил прогноз, отметив, что P`); inside it, it stays."""
    clause = doc.tokens[relative].head
    if clause is None or doc.tokens[clause].deprel != "acl:relcl" or verb in doc.subtree(clause):
        return relative
    noun = doc.tokens[clause].head
    return noun if noun is not None and noun in region and noun not in excluded else relative


def _verbs_adverbials(doc: Doc, verb: int, start: int, mention: MentionRef) -> set[int]:
    """The words between the institution's phrase (ending before `start`)
    and the verb when they are one prepositional adverbial (`после получения
    предварительного анализа МАК`, `по итогам проверки`): a preposition
    right after the phrase whose noun the parse did not hang on the phrase,
    then no punctuation, no finite verb and no nominative up to the verb.
    (The parse may hang such a phrase on a verb of the words reported.)"""
    first = doc.tokens[start] if start < verb else None
    if first is None or first.upos != "ADP" or first.head is None or first.head in mention.tokens \
            or doc.tokens[first.head].head in mention.tokens:
        return set()
    # (a country speaks for no one so: `в России до сих пор считают`)
    head = doc.tokens[mention.head]
    if any(n.type == "LOC" for n in overlapping_names(doc, head.start, head.end)):
        return set()
    words = range(start, verb)
    if any(doc.tokens[k].upos == "PUNCT" or _finite_verb(doc.tokens[k])
           or doc.tokens[k].feat("Case") == "Nom" and doc.tokens[k].upos in ("NOUN", "PROPN", "PRON")
           # (another place further on is the one nearer the verb: `в руководстве X в начале года в СМИ`)
           or k > start and doc.tokens[k].upos == "ADP" and _text(doc, k) in LOCATIVE
           for k in words):
        return set()
    return set(words)


def _participle_noun(doc: Doc, index: int, region: range, excluded: set[int]) -> Optional[int]:
    """The noun a participle phrase right after a preposition belongs to
    (`в размещенном в среду на сайте заявлении`): the participle's head, a
    few words on, with no comma or finite verb between; None otherwise."""
    if index not in region:
        return None
    token = doc.tokens[index]
    head = token.head
    if token.upos != "VERB" or token.feat("VerbForm") != "Part" or head is None or head <= index \
            or head not in region or head - index > 12 or head in excluded:
        return None
    noun = doc.tokens[head]
    if noun.upos not in ("NOUN", "PROPN") or noun.feat("Case") not in ("Loc", None):
        return None
    if any(doc.tokens[k].text in (",", ";", ":") or _finite_verb(doc.tokens[k]) for k in range(index + 1, head)):
        return None
    return head


def _organization_read_as_adjective(doc: Doc, index: int) -> bool:
    """A capitalised word the tagger read as an adjective that names an
    organisation alone (`сообщили в Горсуде`): the NER's organisation
    opens with it and no noun follows it."""
    token = doc.tokens[index]
    if token.upos != "ADJ" or not token.text[:1].isupper():
        return False
    if index + 1 < len(doc.tokens) and doc.tokens[index + 1].upos in ("NOUN", "PROPN"):
        return False  # `в Московском суде`
    return any(n.type == "ORG" and (n.start, n.end) == (token.start, token.end)
               for n in overlapping_names(doc, token.start, token.end))


def _institution_noun(doc: Doc, index: int) -> bool:
    """`пресс-служба`, `аппарат`, `министерство`: a noun for an institution."""
    from .. import names

    return names.lexicon_word(doc.tokens[index], "org_nouns") is not None


def _relative_aside(doc: Doc, p: int, verb: int) -> set[int]:
    """The tokens of a relative clause, a participle or a gerund phrase
    between a place and its verb, commas included (`в Рособрнадзоре, который
    проводит ЕГЭ, заявили`, `В компании X, представляющей интересы
    мигрантов, заявляют`, `В Кремле, комментируя сообщения о …, заявляли`):
    an aside, not a gap."""
    if p > verb:
        return set()
    for k in range(p + 1, verb - 2):
        opener = doc.tokens[k + 1]
        participle = (opener.feat("VerbForm") == "Part" or opener.upos == "ADJ" and opener.deprel.startswith("acl")) \
            and opener.feat("Variant") != "Short" and opener.feat("Case") not in ("Nom", None)
        gerund = opener.feat("VerbForm") == "Conv"
        if doc.tokens[k].text == "," and (_text(doc, k + 1).startswith("котор") or participle or gerund):
            close = next((j for j in range(verb - 1, k + 1, -1) if doc.tokens[j].text == ","), None)
            return set(range(k, close + 1)) if close is not None and close == verb - 1 else set()
    return set()


def _date_aside(doc: Doc, p: int, verb: int) -> set[int]:
    """The tokens of a date between commas after a place and before its
    verb, commas included (`В Минобороны в понедельник, 6 марта,
    подтвердили`): an aside, not a gap."""
    out: set[int] = set()
    k = p + 1
    while k < verb:
        if doc.tokens[k].text == ",":
            j = date_aside_end(doc, k, verb)
            if j is not None:
                out.update(range(k, j + 1))
                k = j
        k += 1
    return out


def _when(doc: Doc, k: int) -> bool:
    """A word of a time adverbial (`в понедельник`, `вчера`) between a
    speaker and its verb."""
    if doc.tokens[k].upos == "ADV" or _text(doc, k) in LOCATIVE_TIME:
        return True
    return _text(doc, k) in LOCATIVE and k + 1 < len(doc.tokens) and _text(doc, k + 1) in LOCATIVE_TIME


# nouns for what is said or thought, the subject of a passive report
_SAID_THINGS = frozenset({"предположение", "мнение", "версия", "слух", "мысль", "идея", "опасение", "сомнение",
                          "утверждение", "призыв", "требование", "прогноз", "оценка", "суждение"})


def _document_author(ctx: _Context, verb: int, bound: range) -> Optional[MentionRef]:
    from ..direct import document_mention

    return document_mention(ctx.doc, verb, _with_participle_phrase(ctx.doc, bound))


def _with_participle_phrase(doc: Doc, region: range) -> range:
    """`говорится в уведомлении, опубликованном на сайте Минфина США`: a
    participle phrase set off by a comma on a word of the region (the
    document) belongs to it, up to the next comma or the sentence's end."""
    end = region.stop
    if end + 1 >= len(doc.tokens) or doc.tokens[end].text != ",":
        return region
    participle = doc.tokens[end + 1]
    if participle.upos != "VERB" or participle.feat("VerbForm") != "Part" or participle.head not in region:
        return region
    sentence = doc.sentence_of(end).token_range
    k = end + 2
    while k < sentence.stop and doc.tokens[k].text not in (",", ";", ":", ".", "!", "?", "…"):
        k += 1
    return range(region.start, k)


def _authorial_or_first_person(ctx: _Context, verb: int) -> bool:
    """`Напомним, что`, `Я надеюсь, что`, `надо сказать, что`: the author's or
    the speaker's own voice, not a report of someone else's words."""
    doc = ctx.doc
    token = doc.tokens[verb]
    if token.feat("Person") in ("1", "2") or token.feat("VerbForm") == "Inf" and _dative_holder(doc, verb) is None \
            and _carrier_of_infinitive(doc, verb) is None or token.feat("Mood") == "Imp":
        return True
    for child in doc.children(verb):
        if doc.tokens[child].deprel.startswith("nsubj") and _text(doc, child) in FIRST_PERSON:
            return True
    # `я не знаю` parsed without the link: the pronoun right before the verb
    for k in (verb - 1, verb - 2):
        if k >= 0 and doc.tokens[k].sentence == token.sentence and _text(doc, k) in FIRST_PERSON \
                and doc.tokens[k].feat("Case") in ("Nom", None):
            return True
    # `«Не уверен, что ветераны мечтают о параде», — сказал X`: a short
    # adjective with no subject opening a sentence of someone's quoted words
    # is his own `я`, no one else's words
    quoted = next((span for span in ctx.direct_spans if span.start <= token.start < span.end), None)
    if token.upos == "ADJ" and token.feat("Variant") == "Short" and quoted is not None and not any(
            doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb)):
        # (at the start of the quote or of a sentence inside it)
        first = max(doc.sentences[token.sentence].first, doc.first_token_from(quoted.start))
        opening = [k for k in range(first, verb) if doc.tokens[k].upos != "PUNCT"]
        if all(_text(doc, k) in ("не", "я", "и", "а", "но") for k in opening):
            return True
    return False
