"""Reporting chains: through whom a quote reached us, outermost first.

- Relays of a sentence: `Как передает Day.Az, …`, `…, пишет X`, `сообщает X
  со ссылкой на Y` (X relays Y) — found by the indirect rules and attached to
  the attributions of their sentence. They are the outer layers.
- Relays of the speaker's own words: the medium spoken to (`сказал Trend`,
  `рассказала РИА Новости`, `сказал «Медузе»`), `в интервью X`, `в беседе с
  корреспондентом X`, `цитирует X`, `приводит X слова`. Inner layers.
- Frames: once a speaker's words came through a chain, the speaker's later
  quotes come through it too, until a new relay is named for that speaker.
- Nested quotes: a statement reported inside another quote has that quote's
  chain and speaker as its own outer layers.

A dateline (`ТАСС, 10 августа.`) and the publisher of the page are never
layers: only relays the text names around an attribution count.
"""

from __future__ import annotations

from typing import Optional

import regex

from . import layouts, names
from .attribution import Attribution, RelayRef, depth
from .intervals import Cover, overlapping_names
from .mentions import (CITING_LEMMAS, QUOTED_WORDS, QUOTING_LEMMAS, RECEIVING, MentionRef, credit_bracket,
                       genitive_after, gerunds_verb, noun_phrase, norm, quotes_him, subject_of)
from .indirect.context import MONTHS_GENITIVE
from .model import Cue, Doc, Relay

OUTER_RULES = ("relay.kak", "relay.trailing", "relay.link", "relay.quoting", "relay.anaphora")
RELATIVE_QUOTING_LEMMAS = QUOTING_LEMMAS | {"приводить", "привести", "передавать", "переводить", "перевести",
                                            "публиковать", "опубликовать", "ссылаться", "сослаться"}
_RELATIVE_QUOTING_STEMS = ("цитир", "процитир", "привод", "привел", "привёл", "привед", "перед", "перевод",
                           "перевел", "перевёл", "публик", "опублик", "ссыла", "сосла")
SENT_LEMMAS = frozenset({"поступить", "поступать", "поступивший", "направить", "прислать",
                         "передать", "распространить", "отправить"})
_MEDIA_PHRASE = regex.compile(
    r"\b(?:в\s+(?:[а-яё]+(?:ом|ем|ём|ой)\s+){0,2}интервью"
    # (`в интервью, опубликованном в четверг на сайте РТС`, `… данном телеканалу CNN`)
    r"(?:,?\s+(?:(?:опубликованн|размещенн|размещённ|вышедш)[а-яё]+(?:\s+[^\s,.;:]+){0,3}?\s+(?:в|на)"
    r"(?!\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|прошл|этом|минувш|начале|конце|середине"
    r"|январ|феврал|март|апрел|ма[ея]\b|июн|июл|август|сентябр|октябр|ноябр|декабр|\d))"
    r"(?:\s+(?:сайте|странице|страницах|издании|газете|журнале|блоге))?|данн[а-яё]+(?=\s+(?!(?:в|во|на|с|со|по|при|после|до|еще|ещё)\s)\S))(?=\s))?|"
    r"в\s+(?:беседе|разговоре)\s+с\s+(?:корреспондентом|журналистом|журналистами|корреспондентами)?|"
    # (not a question about a medium: `Отвечая на вопрос о правомочности работы сайта «Компромат.ру»`)
    r"отвечая\s+на\s+вопросы?(?!\s+(?:о|об|обо|про|по|насчет|касательно)\b)\s+"
    r"(?:корреспондента|журналиста|журналистов|корреспондентов)?|"
    r"в\s+(?:[а-яё]+(?:ом|ем|ём)\s+){0,2}эфире)\s*", regex.IGNORECASE)
_PUBLISHED = regex.compile(r"опубликованн|размещенн|размещённ|вышедш|данн", regex.IGNORECASE)
_PUBLISHED_ON = regex.compile(r"\b(?:сайте|странице|страницах|издании|газете|журнале|блоге)\s*$", regex.IGNORECASE)
# … and where only a medium may follow: `в комментарии для РБК`, `на запрос
# ТАСС`, `по запросу «Известий»`, `ответил на вопрос «Ведомостей»` (`в
# комментарии Минфина` is the ministry's)
_MEDIUM_ONLY_PHRASE = regex.compile(
    r"\b(?:в\s+(?:[а-яё]+(?:ом|ем|ём)\s+){0,2}комментари[ие](?:\s+для)?|(?:интервью|комментари[йяию])\s+для|"
    r"(?:в\s+ответ(?:е)?\s+)?на\s+(?:запрос|вопросы?)|по\s+запросу)"
    # (not a question about a medium: `на вопрос о судьбе «Ведомостей»`)
    r"(?!\s+(?:о|об|обо|про|по|насчет|касательно)\b)\s*", regex.IGNORECASE)


def _author_tokens(doc: Doc, attribution: Attribution) -> range:
    """The words around the cue that are not the quote's content: from the
    cue's clause start to the end of its sentence, content excluded."""
    cue = attribution.cue
    if cue is None:
        return range(0, 0)
    sentence = doc.sentence_of(cue.head)
    return sentence.token_range


def _in_content(attribution: Attribution, start: int) -> bool:
    return any(s.start <= start < s.end for s in attribution.spans)


def _speaker_tokens(attribution: Attribution) -> set[int]:
    return set(attribution.mention.tokens) if attribution.mention else set()


def _medium(doc: Doc, mention: MentionRef) -> bool:
    _, kind = names.canonical(doc, mention)
    return kind == "media"


def _foreign_name_to_verb(doc: Doc, i: int, verb: int, mention: MentionRef) -> bool:
    """`сказал Report агроном …`: a Latin-script name right after the verb,
    before its subject, is the medium spoken to."""
    token = doc.tokens[i]
    if i != verb + 1 or token.deprel.startswith("nsubj"):
        return False
    latin = regex.fullmatch(r"[A-Z][A-Za-z.\-&]+", token.text) is not None
    return latin and token.feat("Case") is None and len(mention.tokens) <= 3


def _quoted_addressee(doc: Doc, i: int, verb: int, mention: MentionRef) -> bool:
    """`заявил «Труду» политолог`, `рассказал "ГаЗеТе"`: a name in quote
    marks in the dative, spoken to by the verb of saying, is a medium the
    lexicon does not know (a person is never written in quote marks)."""
    token = doc.tokens[i]
    # (the mark opens the name, whose first word may be an adjective: `"Русской службе новостей"`)
    first = min([i, *(k for k in mention.tokens if doc.tokens[k].upos != "PUNCT")])
    if first == 0 or doc.tokens[first - 1].text not in ('"', "«", "„", "“") or not doc.tokens[first].text[:1].isupper():
        return False
    if token.feat("Case") != "Dat" or token.head != verb or token.deprel not in ("iobj", "obl", "obj"):
        return False
    return not any(n.type == "PER" for n in overlapping_names(doc, mention.start, mention.end))


def _dative_medium_misread(doc: Doc, i: int, verb: int) -> bool:
    """`объяснил "Коммерсанту-FM"`: a known medium's name whose Cyrillic
    part shows a dative ending, on the verb, which the tagger took for
    another case (the hyphen hides the word from it)."""
    token = doc.tokens[i]
    if token.head != verb or token.deprel not in ("obj", "iobj", "obl"):
        return False
    first = norm(token.text).split("-")[0]
    return first.endswith(("у", "ю")) and names._is_cyrillic(first) \
        and names._names_medium(doc, MentionRef(token.start, token.end, i, (i,)))


def _relative_on(doc: Doc, relative: int, speaker: set[int]) -> bool:
    """Whether the clause of `relative` (`который`) is on the speaker's
    phrase: the word before the comma that opens the clause is the
    speaker's (or there is no speaker to tell)."""
    k = relative - 1
    while k >= 0 and doc.tokens[k].text != "," and relative - k < 5:
        k -= 1
    if not speaker or k <= 0 or doc.tokens[k].text != ",":
        return True
    return k - 1 in speaker


# participles of asking someone, whose agent is the medium that asked
_ASKING = frozenset({"опросить", "опрашивать", "опрошенный", "опрашиваемый", "интервьюировать", "спросить"})


# verbs of citing words (active and passive), and the nouns for the words they cite
_CITING_VERBS = QUOTING_LEMMAS | CITING_LEMMAS | {"цитироваться", "приводиться"}
_CITED_WORDS = QUOTED_WORDS | {"замечание", "утверждение", "пояснение", "предположение", "прогноз", "версия"}


def _passive(token) -> bool:
    return token.feat("Voice") == "Pass" or norm(token.lemma or "").endswith("ся")


def _quoting_verb_over(doc: Doc, attribution: Attribution) -> Optional[int]:
    """The verb citing the words whose owner speaks: `приводит` of `Газета
    приводит мнение аналитика X, которая полагает, что P` (the speaker's
    verb in a relative clause on the owner) or of `приводит мнение X, что P`
    (the noun the cue), `цитируется` of `цитируется замечание X о том, что P`."""
    cue = attribution.cue
    k = cue.head
    if doc.tokens[k].deprel == "acl:relcl" and doc.tokens[k].head is not None:
        k = doc.tokens[k].head  # the owner the relative clause is on
    for _ in range(3):
        token = doc.tokens[k]
        if token.upos == "NOUN" and norm(token.lemma or "") in _CITED_WORDS:
            verb = token.head
            # (the words the object of one who cites, the subject of a passive:
            # as the subject of an active verb, `заявление привело к панике` leads to)
            if verb is not None and norm(doc.tokens[verb].lemma or "") in _CITING_VERBS and (
                    token.deprel == "obj" or token.deprel in ("nsubj", "nsubj:pass") and _passive(doc.tokens[verb])):
                return verb
            return None
        if token.deprel not in ("nmod", "appos", "flat:name") or token.head is None:
            return None
        k = token.head
    return None


def own_relays(doc: Doc, attribution: Attribution) -> list[RelayRef]:
    """The media the speaker spoke to: dative media, `в интервью X`,
    `цитирует X`, `приводит X слова`, `в комментарии для X`, and the one
    that asked the speaker (`эксперты, опрошенные X`)."""
    cue = attribution.cue
    if cue is None or cue.kind not in ("verb", "impersonal", "quoting", "source"):
        return []
    region = _author_tokens(doc, attribution)
    speaker = _speaker_tokens(attribution)
    found: list[RelayRef] = []
    taken: set[int] = set(speaker) | set(cue.tokens)
    verb = cue.head
    if cue.kind == "quoting":
        # `приводит Reuters слова судьи`: the medium is inside the phrase, the verb opens it
        verb = cue.tokens[0]
        taken = set(speaker) | {cue.tokens[0], cue.tokens[-1]}

    def add(head: int, rule: str) -> None:
        mention = noun_phrase(doc, head, region, taken)
        if set(mention.tokens) & taken or _in_content(attribution, mention.start):
            return
        found.append(RelayRef(mention, cue.start, cue.end, rule))
        taken.update(mention.tokens)

    quoting = _quoting_verb_over(doc, attribution)
    if quoting is not None and quoting in region and not _in_content(attribution, doc.tokens[quoting].start):
        # `Газета приводит мнение X, что P`, `В статье цитируется замечание
        # X о том, что P`, `— приводятся в сообщении слова X`: who quotes
        # the words, or where they are quoted, relays them
        passive = _passive(doc.tokens[quoting])
        for child in doc.children(quoting):
            token = doc.tokens[child]
            if child in taken or child not in region:
                continue
            if token.deprel == "nsubj" and not passive:
                add(child, "relay.quoting")
            elif (passive or not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(quoting))) \
                    and token.deprel == "obl" and token.feat("Case") == "Loc" and any(
                    norm(doc.tokens[c].text) in ("в", "во") for c in doc.children(child)):
                place = noun_phrase(doc, child, region, taken)
                last = max(place.tokens)
                if doc.tokens[last].upos == "ADJ" and last + 1 in region and last + 1 not in taken \
                        and doc.tokens[last + 1].upos == "NOUN" and not set(place.tokens) & taken \
                        and not _in_content(attribution, place.start) \
                        and not _in_content(attribution, doc.tokens[last + 1].start):
                    # (the noun the phrase's adjective goes with, however parsed:
                    # `в журнале Гессенского радио`)
                    place = MentionRef(place.start, doc.tokens[last + 1].end, child, tuple(place.tokens) + (last + 1,))
                    found.append(RelayRef(place, cue.start, cue.end, "relay.quoting"))
                    taken.update(place.tokens)
                else:
                    add(child, "relay.quoting")
    if cue.kind in ("verb", "impersonal", "quoting") and not _in_content(attribution, doc.tokens[verb].start):
        # `цитирует X`, `приводит X слова Y`: X relays
        if norm(doc.tokens[verb].lemma) in QUOTING_LEMMAS or cue.kind == "quoting" or quotes_him(doc, verb):
            before = len(found)
            for child in doc.children(verb):
                token = doc.tokens[child]
                if token.deprel.startswith("nsubj") and child in region and child not in taken:
                    add(child, "relay.quoting")
            if len(found) == before and cue.kind == "quoting":
                # `приводит Абди слова чиновника`, `вспомнил Абди слова`: the name
                # inside the phrase, whatever case the tagger gave it
                inside = next((i for i in cue.tokens if cue.tokens[0] < i < cue.tokens[-1] and i not in taken
                               and (doc.tokens[i].upos in ("PROPN", "X") or doc.tokens[i].upos == "NOUN"
                                    and doc.tokens[i].feat("Animacy") == "Anim")
                               and doc.tokens[i - 1].upos != "ADP"
                               and not _in_content(attribution, doc.tokens[i].start)), None)
                if inside is not None:
                    add(inside, "relay.quoting")
            if len(found) == before:
                for i in range(verb + 1, region.stop):
                    token = doc.tokens[i]
                    if i not in taken and token.upos in ("NOUN", "PROPN", "X") and not _in_content(attribution, token.start) \
                            and (token.feat("Case") in ("Nom", None)
                                 or token.upos != "NOUN" and _medium(doc, noun_phrase(doc, i, region, taken))):
                        add(i, "relay.quoting")
                        break
        # dative media: `сказал Trend`, `сообщил "Интерфаксу"`, `сказал ТАСС`
        # (and a dative right after the speaker's phrase: `сообщил его адвокат
        # Антон Дрель «Интерфаксу»`)
        near = verb + 6
        # (a gerund's report is told to whom its verb's is: `В полиции РИА
        # Новости отказались сообщить подробности, сказав, что P`)
        told = gerunds_verb(doc, verb)
        # (past a time after the speaker: `заявили в пресс-службе КГБ в понедельник «Интерфаксу»`)
        window = range(max(region.start, verb - 4), min(region.stop, max([near] + [k + 6 for k in speaker])))
        if told is not None:
            window = [*range(max(region.start, told - 4), min(told + 2, window.start)), *window]
        for i in window:
            token = doc.tokens[i]
            if i >= near and (token.feat("Case") != "Dat" and not (token.deprel == "iobj" and token.head == verb)
                              or not speaker or i <= max(speaker)):
                continue  # (after the speaker's phrase, what the verb is said to: `Виктор Васильев РИА "Новости"`)
            if token.deprel == "flat:foreign" and token.head is not None and token.head < i:
                # a word inside a foreign name (`корреспонденту The Guardian`,
                # `в New York Times`) is read with the name's first word
                if token.head in window or token.head in taken:
                    continue
                i, token = token.head, doc.tokens[token.head]
            if i in taken or token.upos not in ("PROPN", "NOUN", "X"):
                continue
            if token.feat("Case") not in ("Dat", None) and not names.is_media_name(token.text) \
                    and not (token.deprel == "iobj" and token.head == verb) \
                    and not _dative_medium_misread(doc, i, verb):
                continue  # (the parse's indirect object is a dative the tagger misread: `"Коммерсанту-FM"`)
            if i > 0 and norm(doc.tokens[i - 1].text) in ("в", "во", "на", "по", "с", "к", "о", "об",
                                                         "для", "за", "от", "при"):
                continue
            if token.deprel in ("nsubj", "nsubj:pass") and token.feat("Case") is None \
                    and not names.is_media_name(token.text) \
                    and not (token.upos == "X" and token.head == verb and _medium(doc, noun_phrase(doc, i, region, taken))
                             # `сказал Пайпс New York Times`: the parse made both subjects
                             and any(c != i and c in speaker and doc.tokens[c].deprel.startswith("nsubj")
                                     for c in doc.children(verb))):
                continue
            # (a known medium's name left out of the speaker's phrase before the
            # verb is whom it told, however the parse hung it: `В Минобороны ТАСС сообщили`)
            if token.deprel in ("flat", "flat:name", "flat:foreign", "appos", "nmod") \
                    and token.head is not None and token.head in taken \
                    and not (token.upos == "NOUN" and token.feat("Case") == "Dat") \
                    and not (i < verb and names.is_media_name(token.text)) \
                    and not (speaker and i > max(speaker) and names.is_media_name(token.text)):
                continue  # (an outlet's name after the speaker's whole phrase is whom he told: `сказал Котов «Би-би-си»`)
            mention = noun_phrase(doc, i, region, taken)
            if _in_content(attribution, mention.start) or set(mention.tokens) & taken:
                continue
            if _medium(doc, mention) or _foreign_name_to_verb(doc, i, verb, mention) \
                    or _quoted_addressee(doc, i, verb, mention):
                found.append(RelayRef(mention, cue.start, cue.end, "relay.dative"))
                taken.update(mention.tokens)
            elif token.upos == "NOUN" and token.feat("Case") == "Dat":
                # `сказал Русской службе «Голоса Америки»`: a desk of a medium
                for child in doc.children(i):
                    if child > i and child not in taken and doc.tokens[child].deprel.startswith(("nmod", "appos")):
                        outlet = noun_phrase(doc, child, region, taken)
                        if _medium(doc, outlet) and not set(outlet.tokens) & taken:
                            found.append(RelayRef(outlet, cue.start, cue.end, "relay.dative"))
                            taken.update(mention.tokens)
                        break
    # `рассказал источник РИА "Новости"`, `добавил собеседник издания`: the
    # medium the source spoke to
    medium = names.source_medium(doc, attribution.mention.head, cue.tokens) if attribution.mention else None
    if medium is not None and not _in_content(attribution, medium.start):
        found.append(RelayRef(medium, cue.start, cue.end, "relay.source_of"))
        taken.update(medium.tokens)
    # `сообщение, поступившее в «Интерфакс»`: words sent to a medium
    for i in range(verb + 1, region.stop):
        if norm(doc.tokens[i].text) not in ("в", "во") or i in taken or _in_content(attribution, doc.tokens[i].start):
            continue
        if not any(norm(doc.tokens[k].lemma) in SENT_LEMMAS for k in range(max(region.start, i - 4), i)):
            continue
        for j in range(i + 1, min(region.stop, i + 4)):
            if doc.tokens[j].upos in ("PROPN", "NOUN", "X") and j not in taken:
                mention = noun_phrase(doc, j, region, taken)
                if _medium(doc, mention):
                    found.append(RelayRef(mention, cue.start, cue.end, "relay.sent"))
                    taken.update(mention.tokens)
                break
    # `говорится в комментарии, который получил РБК от департамента`: the
    # medium that received the words, in a relative clause on the document
    # (the parse may make the medium the object: a document receives nothing)
    for i in region:
        token = doc.tokens[i]
        if token.upos != "VERB" or norm(token.lemma or "") not in RECEIVING \
                or _in_content(attribution, token.start) \
                or not any(norm(doc.tokens[k].text).startswith("котор") and not any(
                    doc.tokens[j].text == "," for j in range(k + 1, i)) for k in range(max(region.start, i - 5), i)):
            continue
        for c in doc.children(i):
            if doc.tokens[c].deprel.startswith(("nsubj", "obj")) and doc.tokens[c].upos in ("PROPN", "NOUN", "X") \
                    and c in region and c not in taken:
                mention = noun_phrase(doc, c, region, taken)
                if _medium(doc, mention) and not set(mention.tokens) & taken:
                    found.append(RelayRef(mention, cue.start, cue.end, "relay.sent"))
                    taken.update(mention.tokens)
    # `X, слова которого приводятся в сообщении пресс-службы, заявил`
    sentence_range = doc.sentence_of(cue.head).token_range
    for i in sentence_range:
        if norm(doc.tokens[i].text) != "слова" or i + 2 >= sentence_range.stop:
            continue
        if norm(doc.tokens[i + 1].text) not in ("которого", "которой", "которых"):
            continue
        for j in range(i + 2, min(sentence_range.stop, i + 7)):
            if norm(doc.tokens[j].text) in ("в", "во") and j + 1 < sentence_range.stop:
                document = j + 1
                owner = next((c for c in doc.children(document)
                              if doc.tokens[c].deprel.startswith("nmod") and c > document), None)
                head = owner if owner is not None else document
                mention = noun_phrase(doc, head, range(document, sentence_range.stop), taken)
                if not set(mention.tokens) & taken and not _in_content(attribution, mention.start):
                    found.insert(0, RelayRef(mention, doc.tokens[i].start, doc.tokens[j].start, "relay.words_cited"))
                    taken.update(mention.tokens)
                break
    # `по словам X, которого цитирует ИТАР-ТАСС`, `говорится в пресс-релизе,
    # который цитирует РИА "Новости"`: a medium quoting the speaker or the document
    for i in sentence_range:
        # the word's form first: lemmatising every word of the sentence is costly
        if not norm(doc.tokens[i].text).startswith(_RELATIVE_QUOTING_STEMS) \
                or norm(doc.tokens[i].lemma) not in RELATIVE_QUOTING_LEMMAS or i in taken \
                or _in_content(attribution, doc.tokens[i].start):
            continue
        children = doc.children(i)
        # `который цитирует X`, `слова которого приводит X`, `выдержки из
        # которой приводит InoPressa`, `статью которой переводит InoSMI`
        relative = [c for c in children if norm(doc.tokens[c].lemma) == "который"] + [
            g for c in children if doc.tokens[c].upos == "NOUN" and c < i for g in doc.children(c)
            if norm(doc.tokens[g].lemma) in ("который", "чей")]  # (`чьи слова приводит X`)
        if not relative:
            continue
        for child in children:
            token = doc.tokens[child]
            if child not in taken and child > i and (token.deprel.startswith("nsubj") or (
                    token.upos in ("PROPN", "NOUN", "X") and token.feat("Case") in ("Nom", None))):
                mention = noun_phrase(doc, child, sentence_range, taken | {i})
                if not set(mention.tokens) & taken and not _in_content(attribution, mention.start):
                    # (the medium quotes what the clause is on: the speaker, or
                    # a medium that relays him, `пишет The Independent, на
                    # которую ссылается InoPressa`, whose outer layer it is)
                    rule = "relay.quoting" if _relative_on(doc, relative[0], speaker) else "relay.quoting.outer"
                    found.append(RelayRef(mention, doc.tokens[i].start, doc.tokens[i].end, rule))
                    taken.update(mention.tokens)
                break
    # `X заявил, что P. Его слова приводит РИА Новости`: the next sentence
    # names the medium that quotes him
    # (`(Цитата по РБК.)` after the words: the sentence after the quote's end)
    last = max([doc.tokens[cue.head].sentence] + [doc.tokens[doc.first_token_from(span.end - 1)].sentence
                                                   for span in attribution.spans])
    cited = _words_cited_next(doc, last)
    if cited is not None and not set(cited[0].tokens) & taken:
        found.insert(0, RelayRef(cited[0], cited[1], cited[2], "relay.words_cited"))
        taken.update(cited[0].tokens)
    # `эксперты, опрошенные «Ведомостями»`, `Опрошенные РБК аналитики`: the
    # medium that asked the speaker (the agent of a participle on the speaker)
    for k in region:
        token = doc.tokens[k]
        if token.feat("VerbForm") != "Part" or norm(token.lemma or "") not in _ASKING \
                or not (token.head in speaker or k in speaker):
            continue
        for child in doc.children(k):
            if doc.tokens[child].feat("Case") != "Ins" or doc.tokens[child].upos not in ("NOUN", "PROPN", "X"):
                continue
            if k in speaker:
                # (inside the speaker's own phrase, which keeps its words)
                medium = noun_phrase(doc, child, range(k + 1, max(speaker) + 1), {k})
                if _medium(doc, medium) and not _in_content(attribution, medium.start):
                    found.append(RelayRef(medium, cue.start, cue.end, "relay.asked"))
            elif child not in taken and _medium(doc, noun_phrase(doc, child, region, taken)):
                add(child, "relay.asked")
    # `в интервью X`, `в беседе с корреспондентом X`
    sentence = doc.sentence_of(cue.head)
    matches = [(m, False) for m in _MEDIA_PHRASE.finditer(doc.text, sentence.start, sentence.end)]
    matches += [(m, True) for m in _MEDIUM_ONLY_PHRASE.finditer(doc.text, sentence.start, sentence.end)]
    for match, medium_only in matches:
        if _in_content(attribution, match.start()):
            continue
        # (an interview published or given names a medium only by a medium's
        # noun or a medium's name: not `опубликованном в Германии`, `данном
        # Владимиром Познером`)
        medium_only = medium_only or bool(_PUBLISHED.search(match.group(0))) \
            and not _PUBLISHED_ON.search(match.group(0))
        first = doc.first_token_from(match.end())
        if first >= region.stop or first in taken:
            continue  # `в интервью газете «Коммерсант»`: the dative medium is found
        head = genitive_after(doc, first - 1, region, taken)
        if head is None or any(doc.tokens[r.mention.head].head == head for r in found):
            continue  # (`в эфире телеканала «Дождь»`: the channel's name is found, no second layer)
        mention = noun_phrase(doc, head, region, taken)
        # (`на вопрос корреспондента Би-би-си Джона Суини`: a named
        # correspondent's question, at a press conference or in a crowd, is
        # no layer, and the correspondent none either)
        if norm(match.group(0).split()[-1]).startswith(("корреспондент", "журналист")) and any(
                n.type == "PER" for k in mention.tokens if k != head
                for n in overlapping_names(doc, doc.tokens[k].start, doc.tokens[k].end)):
            continue
        if _medium(doc, mention) or (doc.tokens[head].upos in ("PROPN", "X") and not medium_only):
            if not set(mention.tokens) & taken:
                found.append(RelayRef(mention, match.start(), match.end(), "relay.interview"))
                taken.update(mention.tokens)
    # `- сказал он (цитата по "Кавказ.Реалии")`, `заявил, что P (передает
    # ТАСС)`: the outlet credited in brackets, whose copy the words are
    for i in region:
        first = credit_bracket(doc, i) if doc.tokens[i].text == "(" else None
        if first is None or first in taken or _in_content(attribution, doc.tokens[i].start):
            continue
        mention = noun_phrase(doc, first, region, taken)
        if not set(mention.tokens) & taken and (_medium(doc, mention) or doc.tokens[first].upos in ("PROPN", "X")):
            found.append(RelayRef(mention, doc.tokens[i].start, doc.tokens[first - 1].end, "relay.credit"))
            taken.update(mention.tokens)
    return found


_POSSESSIVES = frozenset({"его", "ее", "их"})
_WORDS = frozenset({"слова", "высказывание", "высказывания", "заявление", "заявления"})


def _words_cited_next(doc: Doc, sentence: int) -> Optional[tuple[MentionRef, int, int]]:
    """`Его слова приводит РИА Новости.`, `(Цитата по РБК.)` right after the
    sentence: the medium, and where its cue starts and ends."""
    if sentence + 1 >= len(doc.sentences):
        return None
    tokens = doc.sentences[sentence + 1].token_range
    first = credit_bracket(doc, tokens.start) if doc.tokens[tokens.start].text == "(" else None
    if first is not None:
        # `(Цитата по РБК.)` standing after the words
        mention = noun_phrase(doc, first, tokens, set())
        return (mention, doc.tokens[tokens.start].start, doc.tokens[first - 1].end) if _medium(doc, mention) else None
    words = [k for k in tokens if doc.tokens[k].upos != "PUNCT"]
    if len(words) < 4 or norm(doc.tokens[words[0]].text) not in _POSSESSIVES \
            or norm(doc.tokens[words[1]].text) not in _WORDS \
            or norm(doc.tokens[words[2]].lemma) not in RELATIVE_QUOTING_LEMMAS:
        return None
    mention = noun_phrase(doc, words[3], tokens, set(words[:3]))
    if not _medium(doc, mention):
        return None
    return mention, doc.tokens[words[0]].start, doc.tokens[words[2]].end


GENERIC_AUDIENCES = frozenset({"пресса", "журналист", "журналисты", "сми", "репортер", "репортеры",
                               "издание", "газета", "агентство", "корреспондент"})


def _relay_record(doc: Doc, ref: RelayRef, registry) -> Optional[Relay]:
    entity = registry.relay_entity(ref.mention)
    if entity is not None and names._strip_marks(norm(entity.name)) in GENERIC_AUDIENCES:
        return None  # `сказал прессе`: no medium in particular
    if layouts.is_publisher(doc, entity.name if entity is not None else doc.text[ref.mention.start:ref.mention.end]):
        return None  # `сообщил NEWSru.com` in a text from newsru.com: its own interview, no layer
    cue = Cue(doc.text[ref.cue_start:ref.cue_end], norm(doc.text[ref.cue_start:ref.cue_end]),
              ref.cue_start, ref.cue_end)
    if entity is None:
        name, kind = names.canonical(doc, ref.mention)
        if not name:
            return None
        return Relay(name, kind if kind != "person" else "media", None, cue,
                     ref.mention.to_mention(doc))
    return Relay(entity.name, entity.kind, entity.id, cue, ref.mention.to_mention(doc))


def _sentence(doc: Doc, attribution: Attribution) -> Optional[int]:
    if attribution.cue is not None:
        return doc.tokens[attribution.cue.head].sentence
    if attribution.mention is not None:
        return doc.tokens[attribution.mention.head].sentence
    return None


def build(doc: Doc, attributions: list[Attribution], registry) -> None:
    """Fill every attribution's `chain`."""
    explicit: dict[int, list[Relay]] = {}
    sentence_relays: dict[int, list[tuple[int, Relay, bool]]] = {}
    for index, attribution in enumerate(attributions):
        outer = [r for r in attribution.relays if r.rule.startswith(OUTER_RULES)]
        inner = [r for r in attribution.relays if not r.rule.startswith(OUTER_RULES)]
        own = own_relays(doc, attribution)
        outer = [r for r in own if r.rule == "relay.quoting.outer"] + outer
        inner += [r for r in own if r.rule != "relay.quoting.outer"]
        records = []
        # the medium that is the subject of its own clause (`, а WSJ со
        # ссылкой на источники заявляет, что Q`) relays that clause's words,
        # not those of a report before it in the sentence
        local = set()
        for ref in outer + inner:
            record = _relay_record(doc, ref, registry)
            if record is None:
                continue
            if attribution.speaker is not None and record.entity and record.entity == attribution.speaker.entity:
                continue
            if any(r.entity and r.entity == record.entity or r.name == record.name for r in records):
                continue
            records.append(record)
            if ref.rule == "relay.link":
                local.add(id(record))
        if records:
            explicit[index] = records
        sentence = _sentence(doc, attribution)
        if sentence is not None and attribution.parent is None:
            for record in records:
                sentence_relays.setdefault(sentence, []).append((index, record, id(record) in local))

    frames: dict[str, list[Relay]] = {}
    told = _told_before(doc, attributions, registry)
    order = sorted(range(len(attributions)), key=lambda i: (depth(attributions, i), attributions[i].start))
    for index in order:
        attribution = attributions[index]
        chain = list(explicit.get(index, []))
        # a relay named in the sentence applies to every quote of the sentence
        sentence = _sentence(doc, attribution)
        if attribution.parent is None:
            for other, record, local in sentence_relays.get(sentence, []):
                if local and attribution.end <= attributions[other].start:
                    continue
                if other != index and not any(r.name == record.name for r in chain) and \
                        (attribution.speaker is None or record.entity != attribution.speaker.entity):
                    chain.insert(0, record)
        speaker = attribution.speaker.entity if attribution.speaker else None
        if attribution.parent is not None:
            parent = attributions[attribution.parent]
            prefix = list(parent.chain)
            if parent.speaker is not None and parent.speaker.name:
                prefix.append(Relay(parent.speaker.name, parent.speaker.kind, parent.speaker.entity,
                                    parent.cue.to_cue(doc) if parent.cue else None,
                                    parent.speaker.mention))
            chain = prefix + [r for r in chain if not any(p.name == r.name for p in prefix)]
        elif chain:
            if speaker:
                frames[speaker] = chain
        elif speaker and _time_shifted(doc, attribution):
            pass  # said at another time: no relay of the speaker's news
        elif attribution.inherits and (anchor := _anchor(attributions, index)) is not None \
                and anchor.speaker is not None and anchor.speaker.entity == speaker:
            chain = list(anchor.chain)  # words going on from the quote before: its layers
        elif speaker and speaker in frames and not _cites_document(doc, attribution):
            chain = list(frames[speaker])
            if _told_the_press(doc, attribution) and any(r.kind not in _OUTLET_KINDS for r in chain):
                # (the outlets that pass the speaker's news on stay; from here
                # on the speaker is heard through them alone)
                chain = frames[speaker] = [r for r in chain if r.kind in _OUTLET_KINDS]
        elif speaker and (record := _told(told, speaker, doc, attribution, registry)) is not None:
            chain = [record]
            frames[speaker] = chain
        attribution.chain = _without_speaker(chain, attribution.speaker)
    _relayed_back(doc, attributions, explicit)
    _translated(doc, attributions, registry)


# `пишет Handelsblatt (перевод на сайте Inopressa.ru)`, `(перевод статьи на сайте X)`
_TRANSLATION = regex.compile(r"\(\s*перевод(?:\s+(?:статьи|материала|публикации|интервью|заметки|колонки))?"
                             r"\s+(?:[-—–]\s+)?(?:на\s+(?:сайте|портале)\s+|сайта\s+)([^()\n]{2,60}?)\s*\)", regex.IGNORECASE)


def _translated(doc: Doc, attributions: list[Attribution], registry) -> None:
    """A medium whose article a site translated (`пишет Handelsblatt
    (перевод на сайте Inopressa.ru)`, `По мнению немецкого издания (перевод
    статьи на сайте Inopressa.ru)`) is heard through that site: the site is
    a layer outside it, for every quote it speaks or relays."""
    for match in _TRANSLATION.finditer(doc.text):
        opening = match.start()
        tokens = doc.tokens_in(match.start(1), match.end(1))
        if not tokens:
            continue
        sentence = doc.tokens[doc.first_token_from(opening)].sentence
        # (a medium first, else one heard in the sentence, else the nearest
        # organisation: not a company named after the medium, `пишет
        # Handelsblatt, сделку одобрил совет директоров Siemens (перевод …)`)
        near = [event.entity for event in registry.earlier(opening)
                if doc.tokens[doc.first_token_from(event.start)].sentence == sentence
                and event.entity.kind in ("media", "organization")]
        heard = {a.speaker.entity for a in attributions if a.speaker is not None and a.cue is not None
                 and doc.tokens[doc.first_token_from(a.cue.start)].sentence == sentence} \
            | {r.entity for a in attributions for r in a.chain if r.entity and r.mention is not None
               and doc.tokens[doc.first_token_from(r.mention.start)].sentence == sentence}
        medium = next((e for e in near if e.kind == "media"), None) \
            or next((e for e in near if e.id in heard), None) or next(iter(near), None)
        if medium is None:
            continue
        site = MentionRef(tokens[0].start, tokens[-1].end, tokens[0].index, tuple(t.index for t in tokens))
        record = _relay_record(doc, RelayRef(site, opening + 1, opening + 1 + len("перевод"), "relay.translation"),
                               registry)
        if record is None or record.entity == medium.id:
            continue
        for attribution in attributions:
            chain = attribution.chain
            if any(r.name == record.name or record.entity and r.entity == record.entity for r in chain):
                continue
            at = next((k for k, r in enumerate(chain) if r.entity == medium.id), None)
            if at is not None:
                attribution.chain = chain[:at] + [record] + chain[at:]
            elif attribution.speaker is not None and attribution.speaker.entity == medium.id:
                attribution.chain = chain + [record]


def _cites_document(doc: Doc, attribution: Attribution) -> bool:
    """`Согласно сводкам Минобороны, P`, `P, следует из сводки МЧС`: a
    document the author cites, read, not passed on through the medium the
    speaker told before (`Как добавлено в сообщении` goes on with the
    statement the medium relayed: not this; nor `Согласно источнику`,
    `Согласно Шойгу`, no document: the person told the medium)."""
    cue = attribution.cue
    if cue is None or cue.kind != "according" \
            or not cue.rule.endswith(("soglasno", "sleduet_iz", "iz_sleduet", "v_sootvetstvii")):
        return False
    first = doc.first_token_from(cue.end)
    sentence = doc.tokens[first].sentence if first < len(doc.tokens) else -1
    noun = next((k for k in range(first, min(first + 5, len(doc.tokens)))
                 if doc.tokens[k].sentence == sentence and doc.tokens[k].upos in ("NOUN", "PROPN")), None)
    return noun is not None and names.is_document_noun(doc, noun)


def _anchor(attributions: list[Attribution], index: int) -> Optional[Attribution]:
    """The quote a floating one goes on from: the last outside any other
    that ends before it (as the speaker stage reads it)."""
    start = attributions[index].start
    before = [a for n, a in enumerate(attributions) if n != index and a.parent is None and a.end <= start]
    return max(before, key=lambda a: a.end, default=None)


# words opening a sentence that move it to another time than the report's
# (`Ранее он заявлял`, `Тогда Шкрели оправдался`): what it quotes was said
# before, not passed on by the medium of the speaker's quotes in the news
_TIME_SHIFT = regex.compile(r"(?:(?:а|но|и|при этом|так|однако|тем не менее|между тем|впрочем),?\s+)?"
                            r"(?:ранее|тогда(?!\s+же)|прежде(?!\s+(?:всего|чем))"
                            r"|позднее|позже|впоследствии|в прошлом (?:году|месяце)|в позапрошлом году"
                            # (`В конце января Порошенко предположил`, `В 2014 году он заявлял`)
                            r"|в (?:начале |конце |середине )?(?:" + "|".join(sorted(MONTHS_GENITIVE)) + ")"
                            # (`Тем не менее 30 августа Порошенко заявил`, `4 марта 2014 года на встрече`)
                            r"|\d{1,2}\s+(?:" + "|".join(sorted(MONTHS_GENITIVE)) + ")"
                            r"|в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
                            r"|в \d{4} году)\b",
                            regex.IGNORECASE)


def _time_shifted(doc: Doc, attribution: Attribution) -> bool:
    """The sentence of the attribution opens with a shift in time, or, for
    `об этом` taking up a sentence that is itself a report, that one does
    (`Тем не менее 30 августа Порошенко заявил, что P. Об этом украинский
    лидер заявил в ходе брифинга`: said then; not `Позднее стороны
    подпишут соглашение. Об этом заявил …`, whose time is the words')."""
    sentence = _sentence(doc, attribution)
    if sentence is None and attribution.inherits and attribution.spans:
        # (a heading's quote, named by no cue: `24 октября 2014 года, выступление …: «…»`)
        sentence = doc.tokens[doc.first_token_from(attribution.spans[0].start)].sentence
    if sentence is None:
        return False
    start = doc.tokens[doc.sentences[sentence].first].start
    inside = bool(attribution.spans) and attribution.spans[0].start - 2 <= start < attribution.spans[-1].end
    # (the sentence opening inside the words shifts nothing: `«… Тогда P», — сказал он`)
    if not inside and _TIME_SHIFT.match(doc.text, start) is not None:
        return True
    if attribution.type == "indirect" and attribution.spans and (first := doc.first_token_from(
            attribution.spans[0].start)) < len(doc.tokens) and doc.tokens[first].sentence < sentence:
        from .cues import speech_verb

        taken = doc.sentences[doc.tokens[first].sentence]
        return any(speech_verb(doc.tokens[k]) for k in taken.token_range) \
            and _TIME_SHIFT.match(doc.text, doc.tokens[taken.first].start) is not None
    return False


# the press spoken to: a statement of its own, no words another passed on
_PRESS = frozenset({"журналист", "журналистка", "репортер", "репортёр", "корреспондент", "пресса"})
# layers that pass news on, whatever the registry read them as (`Business Insider`)
_OUTLET_KINDS = ("media", "organization")


def _told_the_press(doc: Doc, attribution: Attribution) -> bool:
    """The cue's verb has the press for its addressee (`Ресин сообщил
    журналистам, что`, `сказал репортерам`): a statement made in public,
    not one more of the words a person (a source, a witness) passed on
    before; an outlet's relay goes on (`заявил Песков на брифинге
    журналистам`, as `Интерфакс` passes on the briefing; `источник …,
    сообщает ТАСС` keeps ТАСС)."""
    if attribution.cue is None:
        return False
    verb = attribution.cue.head
    return any(doc.tokens[c].feat("Case") == "Dat" and names.lex_lemma(doc.tokens[c]) in _PRESS
               for c in doc.children(verb))


def _relayed_back(doc: Doc, attributions: list[Attribution], explicit: dict) -> None:
    """`Такое предположение высказал адвокат Петр Ильин. Он не исключает,
    что P, пишет «Коммерсант»`: a relay named at a speaker's later quote in
    the same paragraph, with no other quote between them, carried those
    before it too. Only quotes with no layer of their own take it."""
    order = sorted((i for i, a in enumerate(attributions) if a.parent is None), key=lambda i: attributions[i].start)
    for position, index in enumerate(order):
        attribution = attributions[index]
        speaker = attribution.speaker.entity if attribution.speaker else None
        sentence = _sentence(doc, attribution)
        if attribution.chain or speaker is None or sentence is None:
            continue
        paragraph = doc.sentences[sentence].paragraph
        for later in order[position + 1:]:
            other = attributions[later]
            at = _sentence(doc, other)
            if at is None or doc.sentences[at].paragraph != paragraph or at - sentence > 2 \
                    or other.speaker is None or other.speaker.entity != speaker:
                break  # (someone else spoke between: the relay is theirs to tell)
            if later in explicit:
                attribution.chain = _without_speaker(list(explicit[later]), attribution.speaker)
                break
            if other.chain:
                break


def _told_before(doc: Doc, attributions: list[Attribution], registry) -> list[tuple[int, str, Relay]]:
    """`Глава компании Иван Сорокин подтвердил «Интерфаксу» сделку. По его
    словам, …`: a verb of saying with no quote of its own (or any verb with
    a channel of a medium: `в интервью «Известиям» назвал`), whose subject
    is someone who speaks and whose dative (or its channel's) is a medium:
    (sentence, the subject's entity, the medium as a layer), for that
    person's quotes after it."""
    from .cues import lexicon, surface_forms

    cue_heads = {a.cue.head for a in attributions if a.cue is not None}
    said = Cover((s.start, s.end) for a in attributions for s in a.spans)
    lex, forms = lexicon(), surface_forms()
    found = []
    for token in doc.tokens:
        if token.upos != "VERB" or token.index in cue_heads or token.feat("VerbForm") != "Fin" \
                or said.covers(token.start):
            continue
        children = doc.children(token.index)
        # (`дал интервью «Интерфаксу»`: an interview given is words said to the medium)
        speech = bool({"speech", "confirmation", "writing"} & lex.verbs.get(forms.get(norm(token.text), ""), set()))
        if not speech and not (norm(token.lemma or "") in _GIVING and any(
                doc.tokens[c].deprel == "obj" and names.lex_lemma(doc.tokens[c]) in _CHANNELS for c in children)
                or any(doc.tokens[c].deprel.startswith("obl") and _channel(doc.tokens[c]) for c in children)):
            continue  # (`в интервью «Известиям» назвал`: words said to the medium)
        region = doc.sentence_of(token.index).token_range
        # (the parse may hang the subject on the interview: `В интервью газете
        # «Труд» академик Роальд Зиннурович Сагдеев назвал`)
        subject = next((c for c in children if doc.tokens[c].deprel.startswith("nsubj")), None) \
            or subject_of(doc, token.index, region)
        ref = next((r for r in (_told_medium(doc, medium, token.index, region)
                                for medium in _channel_words(doc, token.index)) if r is not None), None)
        if subject is None or ref is None:
            continue
        who = noun_phrase(doc, subject, region, {token.index})
        # (the person the phrase names, not an institution of its complement:
        # `заместитель директора РАЭК Сергей Гребенников`)
        overlapping = [e for e in registry.events if e.start < who.end and who.start < e.end]
        overlapping.sort(key=lambda e: (e.entity.kind != "person", -(min(e.end, who.end) - max(e.start, who.start))))
        entity = overlapping[0].entity.id if overlapping else None
        if entity is None:
            # (a phrase an entity took up later holds no event of its own:
            # `«Дождю» подтвердили несколько источников … утверждают собеседники`)
            entity = next((e.id for e in registry.entities
                           if any(m.start == who.start and m.end == who.end for m in e.mentions)), None)
        pronoun = norm(doc.tokens[subject].text)
        if entity is None and pronoun in _SUBJECT_PRONOUNS:
            # `Он заявил «Интерфаксу» о …`: whoever speaks next, of its gender
            entity = "pronoun:" + _SUBJECT_PRONOUNS[pronoun]
        record = _relay_record(doc, RelayRef(ref, token.start, token.end, "relay.told"), registry)
        if entity is not None and record is not None:
            found.append((token.sentence, entity, record))
            if any(_points_back(doc, c) for c in children):
                # `Он заявил это в интервью агентству «Прайм»`: of the words just quoted too
                found.append((token.sentence - 1, entity.replace("pronoun:", "pronoun-back:"), record))
    return found


_SUBJECT_PRONOUNS = {"он": "Masc", "она": "Fem"}
# verbs of giving an interview, and the nouns of a medium's channel a speaker
# says words in (`в интервью агентству`, `в эфире телеканала`)
_GIVING = frozenset({"дать", "давать"})
_CHANNELS = frozenset({"интервью", "эфир", "беседа", "программа", "передача", "комментарий"})


def _channel(token) -> bool:
    """A noun of a medium's channel (`интервью`, `эфире`, `беседе`), by the
    dictionary's lemma (the lexicon's knows `интервью` alone)."""
    return names.lex_lemma(token) in _CHANNELS or norm(token.lemma or "") in _CHANNELS


def _channel_words(doc: Doc, verb: int) -> list[int]:
    """The words that may name the medium a verb of saying speaks to: its
    dative, the dative or genitive a channel noun holds (`в интервью
    порталу X`, `в эфире телеканала X`, `дал интервью X`), and a dative the
    parse hung on a topic before the verb (`О планах компании газете X
    рассказал`)."""
    out = []
    # (`О создании комиссии ТАСС рассказал X`: an abbreviation right before
    # the verb, whatever the parse hung it on, with the subject after the verb)
    before = doc.tokens[verb - 1] if verb > 0 else None
    if before is not None and before.upos == "PROPN" and not before.deprel.startswith("nsubj") \
            and any(doc.tokens[c].deprel.startswith("nsubj") and c > verb for c in doc.children(verb)):
        out.append(verb - 1)
    for c in doc.children(verb):
        token = doc.tokens[c]
        # (an abbreviation shows no case: `РБК рассказал`, the parse's indirect object)
        if token.upos in ("NOUN", "PROPN") and (token.feat("Case") == "Dat" or token.deprel == "iobj"
                                                and token.upos == "PROPN"):
            out.append(c)
        elif token.upos == "NOUN" and (_channel(token) or token.deprel.startswith("obl")):
            channel = _channel(token)
            for g in doc.children(c):
                word = doc.tokens[g]
                with_ = channel and word.feat("Case") == "Ins" and any(
                    norm(doc.tokens[k].text) in ("с", "со") and doc.tokens[k].deprel == "case" for k in doc.children(g))
                if word.upos in ("NOUN", "PROPN") and (with_ or not any(doc.tokens[k].deprel == "case"
                                                                        for k in doc.children(g))) \
                        and (word.feat("Case") == "Dat" or channel and word.feat("Case") == "Gen" or with_):
                    out.append(g)  # (`в беседе с «Российской газетой»`)
    return out


def _told_medium(doc: Doc, medium: int, verb: int, region: range) -> Optional[MentionRef]:
    """The phrase of a medium spoken to at `medium`, if it names one: a
    medium, a quoted addressee, or a noun for a medium with its name
    (`порталу Хартия'97`); it ends before its topic (`порталу «Хартия» о
    причинах конфликта`) and keeps what is written on to it."""
    topics = {k for c in doc.children(medium) if c > medium and any(
        doc.tokens[g].deprel == "case" for g in doc.children(c)) for k in range(c, region.stop)}
    ref = noun_phrase(doc, medium, region, {verb} | topics)
    if _medium(doc, ref) or _quoted_addressee(doc, medium, verb, ref) or len(ref.tokens) > 1 \
            and names.lexicon_word(doc.tokens[medium], "media_nouns") is not None \
            and any(doc.tokens[k].text[:1].isupper() for k in ref.tokens if k > medium):
        return _with_glued_tail(doc, ref)
    return None


def _with_glued_tail(doc: Doc, ref: MentionRef) -> MentionRef:
    """`порталу Хартия'97`, `сайту N+1`: the words written on to the name
    with no space between are part of it, whatever the parse hung them on."""
    last = max(ref.tokens)
    tokens = list(ref.tokens)
    while last + 1 < len(doc.tokens) and doc.tokens[last + 1].start == doc.tokens[last].end \
            and doc.tokens[last + 1].text not in (",", ".", ";", ":", "!", "?", "»", '"', ")", "…"):
        last += 1
        tokens.append(last)
    if last == max(ref.tokens):
        return ref
    return MentionRef(ref.start, doc.tokens[last].end, ref.head, tuple(sorted(set(tokens))))


def _points_back(doc: Doc, child: int) -> bool:
    """`заявил это`, `Эти слова он произнес`: the verb's object points back
    to the words just quoted."""
    token = doc.tokens[child]
    if token.deprel != "obj":
        return False
    word = norm(token.text)
    return word == "это" or names.lex_lemma(token) in ("слово", "заявление", "мнение", "фраза") and any(
        norm(doc.tokens[d].text) in ("эти", "это", "такие", "такое", "эту", "такую") for d in doc.children(child))


def _told(told: list, speaker: str, doc: Doc, attribution: Attribution, registry) -> Optional[Relay]:
    """The medium the speaker told in this sentence or the one before, by a
    verb of saying with no quote (`_told_before`); told by `он`/`она`, the
    next sentence's speaker of that gender."""
    if attribution.parent is not None:
        return None
    # (where the quote begins: `«…», — сказал он` after a long quote)
    starts = [s.start for s in attribution.spans] + ([attribution.mention.start] if attribution.mention else [])
    if not starts:
        return None
    sentence = doc.tokens[doc.first_token_from(min(starts))].sentence
    gender = next((e.gender for e in registry.entities if e.id == speaker), None)
    return next((record for at, entity, record in reversed(told)
                 if 0 <= sentence - at <= 1 and (entity == speaker or sentence - at == 1
                                                 and entity == f"pronoun:{gender}"
                                                 or sentence == at and entity == f"pronoun-back:{gender}")), None)


def _without_speaker(chain: list[Relay], speaker) -> list[Relay]:
    """No one relays their own words (`Петров подчеркнул, что, по его
    мнению, …` is Петров, not Петров through Петров): layers that are the
    speaker's entity, or carry its name, go; so do repeated layers."""
    if speaker is None:
        return chain
    kept: list[Relay] = []
    for record in chain:
        if speaker.entity and record.entity == speaker.entity:
            continue
        if speaker.name and norm(record.name) == norm(speaker.name):
            continue
        if any(r.entity and r.entity == record.entity or _same_relay(r.name, record.name) for r in kept):
            continue
        kept.append(record)
    return kept


_TYPE_WORDS = frozenset({"агентство", "информагентство", "газета", "издание", "телеканал", "радиостанция",
                         "журнал", "портал", "сайт", "агентства", "газеты", "издания", "телеканала"})


def _same_relay(a: str, b: str) -> bool:
    """`агентство ТАСС` and `ТАСС` are one layer: the same name once the
    word for the medium's type is set aside."""
    def words(name: str) -> tuple[str, ...]:
        return tuple(w for w in names._strip_marks(norm(name)).split() if w not in _TYPE_WORDS)
    x, y = words(a), words(b)
    return bool(x) and x == y
