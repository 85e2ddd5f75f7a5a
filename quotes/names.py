"""Canonical names: a mention put in the nominative, and its kind.

`политолога Азера Гараева` → `Азер Гараев` (person); `пресс-службы ведомства`
→ `пресс-служба ведомства` (organization). Only the head of a phrase and the
words that agree with it are inflected; dependents in the genitive stay as
written (`министр обороны Израиля`).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable, Optional

import regex

from . import grammar, punctuation
from .mentions import (SURNAME_AS_GENITIVE, MentionRef, is_abbreviation, is_pronoun, is_short_abbreviation, norm,
                       noun_phrase, same_word)
from .model import Doc, NamedSpan, Token
from .parse.layout import unmix_scripts
from .parse.morphology import normal_forms, to_nominative

AGREEING = frozenset({"amod", "det", "nummod", "flat", "flat:name", "appos", "conj"})


@lru_cache(maxsize=1)
def _lexicon():
    return {
        "media_names": grammar.words("entities", "media", "names"),
        "media_nouns": grammar.words("entities", "media", "nouns"),
        "not_media_modifiers": grammar.words("entities", "media", "not_media_modifiers"),
        "org_nouns": grammar.words("entities", "organization", "nouns"),
        "document_nouns": grammar.words("entities", "document", "nouns"),
        "publication_places": grammar.words("entities", "document", "places"),
        "views": grammar.words("entities", "document", "views"),
        "not_authors": grammar.words("entities", "document", "not_authors"),
        "group_nouns": grammar.words("entities", "group", "nouns"),
        # the narrower and general nouns of [hypernyms] are roles too
        "roles": grammar.words("entities", "person", "roles") | grammar.words("entities", "hypernyms")
        | frozenset(w.lower() for w in grammar.load("entities").get("hypernyms", {})),
        "generic_org": grammar.words("entities", "generic", "organization"),
        "generic_media": grammar.words("entities", "generic", "media"),
        "media_sources": grammar.words("entities", "generic", "media_sources"),
        "anaphoric": grammar.words("entities", "synonyms", "anaphoric_complements"),
        "relations": grammar.words("entities", "relations", "nouns"),
    }


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    return {word: country for country, words in grammar.load("entities").get("countries", {}).items()
            for word in words}


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Every word that names a country (`украина`, `рф`, `французский`)."""
    return frozenset(_country_words())


def country_of(word: str) -> str:
    """The country a word names (`рф`, `российский` → `Россия`), else the word."""
    return _country_words().get(word, word)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The words that name countries and the countries' own names."""
    return country_words() | frozenset(_country_words().values())


def noun_countries(doc: Doc, index: int) -> frozenset[str]:
    """The countries a noun and its own dependents name (`грузинским
    лидером`)."""
    return countries(doc.tokens[k] for k in [index, *doc.children(index)])


def countries(tokens) -> frozenset[str]:
    """The countries the words name, by name, abbreviation or adjective
    (`Франции`, `РФ`, `французский`): what tells `израильский премьер` from
    the premier of Britain."""
    table = _country_words()
    found = set()
    for token in tokens:
        if token.upos in ("ADJ", "PROPN", "NOUN", "X"):
            country = table.get(norm(token.lemma or "")) or table.get(norm(token.text))
            if country is not None:
                found.add(country)
    return frozenset(found)


def _shape(word: str, original: str) -> str:
    if word.lower() == original.lower():
        return original  # a word the nominative leaves as it is keeps its letters (`ДжейСи&КейСи`, `iPhone`)
    # `МИД`, and `МИДа` inflected with a lower-case ending: an abbreviation
    stem = original[:max(2, min(len(word), len(original) - 1))]
    if original.isupper() and len(original) > 1 or stem.isupper() and len(stem) > 1 \
            and original[len(stem):].islower() and word.startswith(stem.lower()) and len(word) <= len(stem):
        return word.upper()
    if original[:1].isupper():
        parts = word.split("-")
        originals = original.split("-")
        if len(parts) == len(originals):
            return "-".join(
                p[:1].upper() + p[1:] if o[:1].isupper() else p
                for p, o in zip(parts, originals)
            )
        return word[:1].upper() + word[1:]
    return word


def nominative(token: Token) -> str:
    """One token in the nominative, in its original letter case."""
    return _nominative(token.text, token.upos, token.feat("Gender"), token.feat("Number"),
                       token.feat("Case"))


@lru_cache(maxsize=50_000)
def _nominative(text: str, upos: str, gender, number, case) -> str:
    if upos == "PUNCT" or not any(ch.isalpha() for ch in text) or not _is_cyrillic(text):
        return text
    return _shape(to_nominative(text, upos, gender, number, case), text)


def _is_cyrillic(word: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch.lower() == "ё" for ch in word)


def _join(doc: Doc, indices: list[int], words: dict[int, str]) -> str:
    parts = []
    previous = None
    for i in indices:
        token = doc.tokens[i]
        if previous is not None and doc.tokens[previous].end < token.start:
            parts.append(" ")
        parts.append(words.get(i, token.text))
        previous = i
    return "".join(parts).replace("\u00a0", " ")


def _same_case(word: Token, head: Token) -> bool:
    """Whether a word agrees in case with its head; an animate noun's
    accusative is its genitive (not a woman's singular), so the tagger may
    give the two words either (`цитирует итальянского премьера`)."""
    cases = {word.feat("Case"), head.feat("Case")}
    return len(cases) == 1 or cases == {"Acc", "Gen"} and head.feat("Animacy") == "Anim" \
        and not (head.feat("Gender") == "Fem" and head.feat("Number") == "Sing")


def phrase_nominative(doc: Doc, indices: Iterable[int], head: int) -> str:
    """The phrase with its head and the words agreeing with it in the
    nominative, its other words as written."""
    indices = sorted(indices)
    members = set(indices)
    noun = doc.tokens[head]
    if noun.feat("Case") == "Gen" and any(
            i < head and (doc.tokens[i].upos == "NUM" or norm(doc.tokens[i].text) in _QUANTIFIERS)
            and not norm(doc.tokens[i].text).startswith("одн") and doc.tokens[i].feat("Case") in (None, "Nom", "Acc")
            # (a number in digits counts a plural: `5 канала` is the channel's name)
            and (not doc.tokens[i].text[:1].isdigit() or noun.feat("Number") == "Plur")
            for i in indices):
        # `несколько участников заседания`, `двое очевидцев`: a counted noun
        # stays in the case its number asks for; the phrase, with its number
        # in the nominative, is its own name (`один`, which agrees, declines)
        return _join(doc, indices, {})
    several = next((i for i in indices if i < head and norm(doc.tokens[i].text) == "нескольких"), None)
    if several is not None and noun.feat("Case") in ("Gen", "Acc") and noun.feat("Number") == "Plur":
        # `по данным нескольких источников`, `со ссылкой на нескольких
        # экспертов`: `несколько источников`, the noun counted in the
        # genitive as before
        return _join(doc, indices, {several: _shape("несколько", doc.tokens[several].text)})
    inflect = {head}
    stack = [head]
    while stack:
        for child in doc.children(stack.pop()):
            if child in members and child not in inflect and doc.tokens[child].deprel in AGREEING:
                token = doc.tokens[child]
                if token.feat("Case") is None or _same_case(token, doc.tokens[head]):
                    inflect.add(child)
                    stack.append(child)
    # words before the head that agree in case (adjectives the parser missed)
    # and participles (`действующему в Чехии законодательству`), which take
    # the head's gender and number
    participles = set()
    for i in indices:
        token = doc.tokens[i]
        participle = token.upos == "VERB" and token.feat("VerbForm") == "Part"
        if i < head and (token.upos in ("ADJ", "DET") or participle) and token.feat("Case") is not None \
                and _same_case(token, doc.tokens[head]):
            inflect.add(i)
            if participle:
                participles.add(i)
    # (an adjective before a noun whose gender the tagger gave it wrong takes
    # the noun's: `российского железнодорожного руководства` is no
    # `российский железнодорожное руководство`)
    owner = doc.tokens[head]
    for i in indices:
        token = doc.tokens[i]
        if i in inflect and i < head and token.upos in ("ADJ", "DET") and owner.upos == "NOUN" \
                and owner.feat("Gender") and token.feat("Gender") and token.feat("Gender") != owner.feat("Gender") \
                and owner.feat("Number") != "Plur" and token.feat("Number") != "Plur":
            participles.add(i)
    words = {i: nominative(doc.tokens[i]) for i in indices if i in inflect and i not in participles}
    for i in inflect & members:
        token = doc.tokens[i]
        if token.upos == "NUM" and token.feat("Number") is None and norm(token.text).startswith(("мног", "немног")):
            # `многих аналитиков`: `многие` agrees as an adjective does (the
            # tagger gives the numeral no number, so it stayed `многих`)
            words[i] = _shape(to_nominative(token.text, "NUM", None, "Plur", token.feat("Case")), token.text)
    for i in participles:
        token, owner = doc.tokens[i], doc.tokens[head]
        words[i] = _shape(to_nominative(token.text, token.upos, owner.feat("Gender") or token.feat("Gender"),
                                        owner.feat("Number") or token.feat("Number"), token.feat("Case")), token.text)
    return _join(doc, indices, words)


# social networks by name: where a page is, not whose (`в группе «ВКонтакте»`)
SOCIAL_NETWORKS = frozenset({"facebook", "фейсбук", "twitter", "твиттер", "x", "instagram", "инстаграм",
                             "вконтакте", "одноклассники", "tiktok", "тикток", "telegram", "телеграм",
                             "youtube", "ютуб", "linkedin", "weibo", "threads"})


def petition_site(text: str) -> bool:
    """A site that hosts anyone's petitions, in any case (`на сайте
    Демократора`, `«Российской общественной инициативы»`): word by word,
    the stem of one of PETITION_SITES."""
    words = norm(text).strip("«»\"").split()
    return any(len(words) == len(site.split()) and all(
        w == s or len(s) > 4 and w.startswith(s[:-2]) for w, s in zip(words, site.split()))
        for site in PETITION_SITES)


# sites that host anyone's petitions: the words on them are their authors', not the site's
PETITION_SITES = frozenset({"change.org", "change", "avaaz", "avaaz.org", "демократор", "democrator.ru",
                            "российская общественная инициатива", "рои", "roi.ru", "онлайнпетиция.рф"})


_QUANTIFIERS = frozenset({"несколько", "много", "немного", "мало", "большинство", "множество", "ряд",
                          "часть", "сотни", "тысячи", "десятки", "двое", "трое", "четверо", "пятеро"})


def name_span_nominative(doc: Doc, start: int, end: int) -> str:
    """A person's name (every word declines together) in the nominative."""
    indices = [t.index for t in doc.tokens_in(start, end)]
    # `Джоэл Саймон (Joel Simon)`: the name as written in its own script, in
    # brackets, is no part of it
    bracket = next((n for n, i in enumerate(indices) if doc.tokens[i].text == "("), None)
    if bracket:
        indices = indices[:bracket]
    words = {}
    # `директор музея Александра Петрова`: a woman's name, already in the
    # nominative; so is one whose first name can only be a woman's in the
    # nominative (`Олимпиада Иванова`, whatever case the tagger gave the surname)
    woman = bool(indices) and (woman_read_as_genitive(doc, indices[0]) or len(indices) > 1 and (_womans_first_name(
        doc.tokens[indices[0]].text) or _read_as_womans_nominative(doc.tokens[indices[0]]))
        and womans_nominative(doc.tokens[indices[-1]].text))
    for i in indices:
        token = doc.tokens[i]
        if token.upos in ("PROPN", "NOUN", "ADJ", "X") and token.text[:1].isupper():
            word = token.text if _surname_read_as_plural(token) or woman else nominative(token)
            # `Ольга и Иван Смирновы`: one person's surname is singular
            if _PLURAL_SURNAME.search(word):
                word = word[:-1]
            words[i] = word
    # `Владимира и Людмилы Путиных`: a family's surname in the plural, in any
    # case, is each one's in the singular, a woman's with her `-а`
    # (only after `Имя и`: the tagger reads the plural as a singular, and
    # `Полевых`, `Боровых` are surnames of their own)
    stem = _pair_family_stem(doc, indices[0], indices[-1]) if len(indices) > 1 else None
    if stem is not None:
        words[indices[-1]] = stem + ("а" if _first_name_gender(doc.tokens[indices[0]].text) == "femn" else "")
    while indices and doc.tokens[indices[-1]].upos == "PUNCT" and len(indices) > 1:
        indices = indices[:-1]  # `Ван И.`: the sentence's full stop is not the name's
    # `Паноса Камменоса`: the dictionary declined the surname back (the case
    # ending dropped) but not the unknown first name with the same ending
    last = indices[-1] if indices else None
    if last is not None and last in words:
        original = doc.tokens[last].text
        ending = original[len(words[last]):] if original.startswith(words[last]) else ""
        if 0 < len(ending) <= 2:
            for i in indices[:-1]:
                text = doc.tokens[i].text
                if words.get(i) == text and text.endswith(ending) and len(text) > len(ending) + 2 \
                        and not _parses_known(text):
                    words[i] = text[:-len(ending)]
    # `цитирует Карасина`, `в заявлении Бульбова`: a Russian surname the
    # dictionary lacks, which the tagger reads as a man's in an oblique case
    # (or declines as an adjective: `Карасиным` is no `Карасиный`)
    token = doc.tokens[last] if last is not None and not woman else None
    if token is not None and (words.get(last) == token.text or words.get(last, "").endswith(("ый", "ий"))):
        ending = _OBLIQUE_SURNAME.search(token.text)
        verb = doc.tokens[token.head] if token.head is not None else None
        # (a subject the tagger reads in an oblique case: `цитирует Карасина
        # РБК`; a woman's surname is a subject in the nominative)
        subject = token.deprel.startswith("nsubj") and (verb is None or verb.feat("Gender") == "Fem")
        if ending and token.upos == "PROPN" and token.feat("Gender") == "Masc" and not subject \
                and token.feat("Case") in _OBLIQUE_ENDINGS.get(ending.group(2), ()):
            words[last] = token.text[:ending.start(2)]
    # `Эммануэля Макрона`: the dictionary declined the first name back from
    # the genitive but does not know the surname, which declines with it;
    # nor a surname it guessed a common noun for (`Себастиана Курца` is no
    # `Курец`) or read as a place (`Николая Кропачева` is no `Кропачево`)
    if last is not None and len(indices) > 1 and not woman:
        first_word = doc.tokens[indices[0]].text
        surname = doc.tokens[last].text
        made = words.get(last, surname)
        place = made.lower() == (surname[:-1] + "о").lower() and bool(_OBLIQUE_SURNAME.search(surname))
        if (made == surname or place or not _parses_known(surname)) \
                and first_word != words.get(indices[0], first_word) and genitive_first_name(first_word) \
                and _masculine_first_name(first_word) and surname.endswith("а") and len(surname) > 4 \
                and surname[-2] not in "аеёиоуыэюяь" and (place or not _parses_known(surname) or any(
                    p.tag.case == "gent" and p.normal_form == surname[:-1].lower().replace("ё", "е")
                    for p in _parses(surname))):
            words[last] = surname[:-1]
    # `Мари Дюпюи`, `Трэйси`, `Нэнси Пелоси`: a foreign name in `-и` does not
    # decline; the dictionary's guess of a `-ь` or `-я` word it is the
    # oblique form of (`марь`, `пелось`) is no name it knows
    for i, word in list(words.items()):
        original = doc.tokens[i].text
        if word != original and word[-1:] in ("ь", "я") and _INDECLINABLE_I.search(original) \
                and not any(p.is_known and ("Name" in p.tag or "Surn" in p.tag)
                            and p.normal_form == word.lower().replace("ё", "е") for p in _parses(original)):
            words[i] = original
    # (and the first name before `и` shares it: `Владимира` of `Владимира и
    # Людмилы Путиных` is Владимир Путин)
    shared = _family_shared(doc, indices)
    return _join(doc, indices, words) + (" " + shared if shared else "")


def _first_name_gender(word: str) -> Optional[str]:
    """`femn` or `masc`: the gender every reading of a first name agrees on."""
    genders = {p.tag.gender for p in _parses(word) if "Name" in p.tag}
    return genders.pop() if len(genders) == 1 and genders <= {"femn", "masc"} else None


# a family's surname in the plural: `Путины`, `Путиных`, `Ивановыми` (not `-ым`,
# a man's instrumental as well: `с Ольгой и Виктором Смирновым`)
_FAMILY_PLURAL = regex.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(?:ы|ых|ыми)$")


def _pair_family_stem(doc: Doc, second: int, surname: int) -> Optional[str]:
    """The stem of a family's surname in the plural (`Путин` of `Путиных`)
    at `surname`, where `second` is the second of two first names joined by
    `и` before it (`Владимира и Людмилы Путиных`); None otherwise."""
    tokens = doc.tokens
    if second < 2 or surname >= len(tokens) or norm(tokens[second - 1].text) != "и" \
            or not _first_name_gender(tokens[second - 2].text) or not _first_name_gender(tokens[second].text):
        return None
    family = _FAMILY_PLURAL.search(tokens[surname].text)
    return family.group(1) if family is not None else None


def _family_shared(doc: Doc, indices: list) -> Optional[str]:
    """The singular surname of `Владимира` in `Владимира и Людмилы Путиных`:
    a lone first name, then `и`, another first name and a family's surname in
    the plural; None otherwise."""
    if len(indices) != 1:
        return None
    k = indices[0]
    stem = _pair_family_stem(doc, k + 2, k + 3)
    if stem is None:
        return None
    return stem + ("а" if _first_name_gender(doc.tokens[k].text) == "femn" else "")


# a word ending in a consonant and `и` (not `-ии` of `Марии`)
_INDECLINABLE_I = regex.compile(r"[бвгджзклмнпрстфхцчшщ]и$")


_OBLIQUE_SURNAME = regex.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|е)$")
# the cases each ending is a man's in (`Карасину` is a woman's accusative too)
_OBLIQUE_ENDINGS = {"а": ("Gen", "Acc"), "у": ("Dat",), "ым": ("Ins",), "е": ("Loc",)}


@lru_cache(maxsize=20_000)
def name_tags(word: str) -> frozenset:
    """The dictionary's name tags (`Name`, `Surn`, `Patr`) of a word."""
    from .parse.morphology import vocab

    try:
        parses = vocab().parse(word)
    except ValueError:
        return frozenset()
    return frozenset(g for p in parses for g in ("Name", "Surn", "Patr") if g in p.tag)


def _masculine_first_name(word: str) -> bool:
    return any("Name" in p.tag and "masc" in p.tag for p in _parses(word))


def _parses_known(word: str) -> bool:
    return any(p.is_known for p in _parses(word))


_PLURAL_SURNAME = regex.compile(r"(?:ов|ев|ёв|ин|ын)ы$")


def _overlapping_names(doc: Doc, mention: MentionRef, kind: str):
    """`[n for n in names_of(doc) if n.type == kind and n overlaps mention]`,
    through an index by start (a scan per mention grows with the document)."""
    from .intervals import cached

    index = cached(doc.memo, "names_of.index", names_of(doc))
    return [n for n in index.overlapping(mention.start, mention.end) if n.type == kind]


_PARTICLES = ("то", "ка", "де", "таки", "либо", "нибудь")
_NOT_NOUNS = frozenset({"GRND", "VERB", "INFN", "ADVB", "PRCL", "CONJ", "PREP", "INTJ", "PRTF", "PRTS",
                        "ADJS", "COMP", "PRED", "NPRO"})


def names_of(doc: Doc) -> tuple[NamedSpan, ...]:
    """The NER spans with person names cleaned of what the tagger took for
    one: a common noun before the name (`Привязанность Бардина`, `Приезд
    Ливни`), a lone verb form or word with a particle (`Узнав`,
    `Пенсия-то`), a piece of a longer word (`PDA` of `4PDA`, `Moody` of
    `Moody's`)."""
    key = "names_of"
    if key not in doc.memo:
        cleaned = [c for c in (_clean(doc, n) for n in doc.names) if c is not None]
        words = _name_words(doc, cleaned)
        doc.memo[key] = tuple(part for n in cleaned for part in _two_people(doc, n, words))
    return doc.memo[key]


def people_cover(doc: Doc):
    """A cover of the people the text names (kept in `doc.memo`): whether an
    offset lies inside a person's name."""
    from .intervals import cached_cover

    return cached_cover(doc.memo, "speakers.people", names_of(doc),
                        lambda spans: ((n.start, n.end) for n in spans if n.type == "PER"))


def _name_words(doc: Doc, spans: list) -> tuple:
    """How often each word closes a person's name (`alone`), closes a name of
    several words (a surname) and opens one (a first name), counted once for
    the document."""
    alone, surnames, firsts = Counter(), Counter(), Counter()
    for span in spans:
        if span.type != "PER":
            continue
        alone.update(norm(nominative(t)) for t in doc.tokens_in(span.start, span.end)[-1:])
        words = _name_tokens(doc, span)
        if len(words) > 1:
            surnames[norm(nominative(words[-1]))] += 1
            firsts[norm(nominative(words[0]))] += 1
    return alone, surnames, firsts


def _name_tokens(doc: Doc, span: NamedSpan) -> list:
    return [t for t in doc.tokens_in(span.start, span.end) if t.upos != "PUNCT"]


def _two_people(doc: Doc, span: NamedSpan, counts: tuple) -> tuple:
    """`После Лаврова Трамп встретился`: the tagger made one name of two
    surnames side by side. Split where each side ends in the surname of a
    person the text names on its own elsewhere and the two sides stand in
    different cases (a name declines as a whole), or neither is a first name
    or a patronymic (`Вслед за Лавровым Керри`, the tagger's one case)."""
    if span.type != "PER":
        return (span,)
    tokens = _name_tokens(doc, span)
    if len(tokens) < 2:
        return (span,)
    # the words of the other names: the counts less this span's own
    own_last = [norm(nominative(t)) for t in doc.tokens_in(span.start, span.end)[-1:]]
    alone = counts[0] - Counter(own_last)
    # a surname is the last word of a full name elsewhere, never its first
    # (`Штеффи`, `Эми` alone are first names)
    surnames = counts[1] - Counter([norm(nominative(tokens[-1]))])
    firsts = counts[2] - Counter([norm(nominative(tokens[0]))])
    for k in range(1, len(tokens)):
        left, right = tokens[k - 1], tokens[k]
        cases = (left.feat("Case"), right.feat("Case"))
        if cases[0] == cases[1] and (None in cases or {"Name", "Patr"} & (name_tags(left.text) | name_tags(right.text))):
            continue  # (the same case: only two surnames, no first name, split)
        left_name, right_name = norm(nominative(left)), norm(nominative(tokens[-1]))
        if left_name in surnames and left_name not in firsts and right_name in alone and left_name != right_name:
            text = doc.text
            return (NamedSpan(span.start, left.end, "PER", text[span.start:left.end]),
                    NamedSpan(right.start, span.end, "PER", text[right.start:span.end]))
    return (span,)


_NAMED_THINGS = grammar.words("entities", "named_things", "nouns")


def in_a_things_name(doc: Doc, index: int) -> bool:
    """The word is part of a name in quote marks right after a noun for a
    ship, a plane, a train (`судно «Капитан Моргун»`; `[named_things]` of
    grammars/entities.toml)."""
    mark = index - 1
    while mark > 0 and index - mark <= 3 and doc.tokens[mark].text not in _MARKS \
            and doc.tokens[mark].upos in ("NOUN", "PROPN", "ADJ"):
        mark -= 1
    if mark < 1 or doc.tokens[mark].text not in _MARKS:
        return False
    return lex_lemma(doc.tokens[mark - 1]) in _NAMED_THINGS


def _clean(doc: Doc, span: NamedSpan) -> Optional[NamedSpan]:
    from .parse.layout import parser_text

    # a piece of a longer word: the span is no name of its own (read in the
    # parser's copy, where a dump's stray n beside a name is a space:
    # `Сергей Абанинnзаявилn`)
    text = parser_text(doc)
    if span.start > 0 and (text[span.start - 1].isalnum()) or \
            span.end < len(text) and (text[span.end].isalnum()
                                      or text[span.end] in "'’" and text[span.end + 1:span.end + 2].isalpha()):
        return None
    if span.type != "PER":
        return span
    tokens = [t for t in doc.tokens_in(span.start, span.end) if t.upos != "PUNCT"]
    if not tokens:
        return span
    if in_a_things_name(doc, tokens[0].index):
        return None  # `судно «Капитан Моргун»`: a ship, no person
    while len(tokens) > 1 and _common_word(tokens[0].text) and _first_of_sentence(doc, tokens[0]):
        tokens = tokens[1:]
    # a form of address, in any case (`Сэр Шон Коннери`, `Сэра Элтона Джона`):
    # the name is the rest, where it is a name of two words or more (`Мистер
    # Бин`, `Мисс Марпл` are names as they stand)
    while len(tokens) > 2 and _honorific(tokens[0].text) and tokens[1].text[:1].isupper():
        tokens = tokens[1:]
    # a post the name follows (`Политолог Аббас Галлямов`, `Инженер-конструктор
    # Сидоров`), and the genitive surname of whom the post or kin word before
    # the span is (`Адвокат Петрова Марина Шолохова`: Петров's lawyer is
    # Марина Шолохова)
    while len(tokens) > 1 and _leading_post(doc, tokens[0]) and any(t.upos == "PROPN" for t in tokens[1:]):
        tokens = tokens[1:]
    if len(tokens) >= 3 and _genitive_of_post_before(doc, tokens[0], tokens[1]):
        tokens = tokens[1:]
    if len(tokens) == 1 and _first_of_sentence(doc, tokens[0]):
        word = norm(tokens[0].text)
        if "-" in word and word.rsplit("-", 1)[1] in _PARTICLES:
            return None
        if _not_a_noun(word):
            return None
    # a post alone (`Экс-майор заявил`, `Политолог считает`), capitalised as
    # a title inside the sentence too (`— сказал Президент`, `заявил Генсек
    # СЕ`, an abbreviation of its body after it): no name, unless the
    # dictionary knows the word for one
    # (nor where it closes a longer name the text gives: `Дик Адвокат` …
    # `Адвокат заявил` is the coach)
    if lexicon_word_of(tokens[0].text, "roles") and not {"Surn", "Name"} & name_tags(tokens[0].text) \
            and all(is_abbreviation(t.text) for t in tokens[1:]) and not _surname_elsewhere(doc, tokens[0]):
        return None
    if tokens[0].start == span.start:
        return span
    return NamedSpan(tokens[0].start, span.end, span.type, doc.text[tokens[0].start:span.end])


def _surname_elsewhere(doc: Doc, token: Token) -> bool:
    """The word closes a person's name of two words or more that the NER
    found elsewhere in the text (by its nominative)."""
    key = "names.surnames_ner"
    if key not in doc.memo:
        doc.memo[key] = frozenset(norm(nominative(words[-1])) for n in doc.names if n.type == "PER"
                                  for words in [_name_tokens(doc, n)] if len(words) > 1)
    return norm(nominative(token)) in doc.memo[key]


def genitive_first_name(word: str) -> bool:
    """`Дмитрия`, `Павла`: a first name the dictionary reads first as a
    genitive (or the same accusative), so never its own subject; a foreign
    name the dictionary lacks (`Тоби`) tells nothing."""
    parses = [p for p in _parses(word) if "Name" in p.tag]
    return bool(parses) and parses[0].tag.case in ("gent", "accs")


DEMONYMS = grammar.words("entities", "demonyms", "nouns")
# a woman's first name that is also a man's genitive (`Валерия`, `Александра`;
# the dictionary reads `Дмитрия` as a woman's name too, so a list decides)
_WOMEN_OR_GENITIVE = grammar.words("entities", "women_names", "also_genitive")


def womans_nominative(word: str, first: bool = False) -> bool:
    """`Валерия`, `Петрова`: a word that may be a woman's first name (from
    the list, where `first`) or surname in the nominative."""
    if first:
        return word.lower().replace("ё", "е") in _WOMEN_OR_GENITIVE
    return any(p.tag.case == "nomn" and p.tag.gender == "femn" and "Surn" in p.tag for p in _parses(word))


def _womans_first_name(word: str) -> bool:
    """A first name the dictionary knows only as a woman's in the
    nominative (`Олимпиада`, `Анна`; not `Александра`, a man's genitive too)."""
    parses = [p for p in _parses(word) if "Name" in p.tag]
    return bool(parses) and all(p.tag.gender == "femn" and p.tag.case == "nomn" for p in parses)


def _read_as_womans_nominative(token) -> bool:
    """`Ярослава`, `Александра` tagged a feminine nominative: the tagger
    settled the first name's ambiguity, and the surname agrees with it
    (`заявила Ярослава Нилова` is no `Нилов`, whatever case it gave that)."""
    return token.upos == "PROPN" and token.feat("Case") == "Nom" and token.feat("Gender") == "Fem" \
        and womans_nominative(token.text, True)


_HONORIFICS = grammar.words("entities", "person", "honorifics")


def _honorific(word: str) -> bool:
    return norm(word) in _HONORIFICS or any(p.normal_form in _HONORIFICS for p in _parses(word))


def _leading_post(doc: Doc, token) -> bool:
    """A post opening a person's name span: written in lower case, or
    capitalised only as the sentence's first word."""
    if not (token.text[:1].islower() or _first_of_sentence(doc, token)):
        return False
    # (not a kin word: `Друг Вербер` is Вербер's friend, `Сын Альберт` not the
    # father Альберт the text named before)
    return is_role_noun(doc, token.index) and lexicon_word(token, "relations") is None


def _genitive_of_post_before(doc: Doc, token, following) -> bool:
    """`Адвокат Петрова Марина Шолохова`, `Начальник полиции Боулдера Керри
    Ямагучи`: a surname or place in the genitive on a post before the span
    (right before it or across the post's other words), a first name after it."""
    if token.index == 0 or not token.deprel.startswith("nmod") or token.head is None or token.head >= token.index:
        return False
    parses = _parses(token.text)
    if token.feat("Case") != "Gen" and not (parses and parses[0].tag.case == "gent"):
        return False  # (the tagger reads an unknown foreign place as it likes: the dictionary's first reading)
    post = doc.tokens[token.head]
    while post.deprel.startswith("nmod") and post.head is not None and post.head < post.index \
            and not is_role_noun(doc, post.index):
        post = doc.tokens[post.head]  # `начальник полиции Боулдера`: the place of the police, of the post
    if post.upos != "NOUN" or not (
            is_role_noun(doc, post.index) or lexicon_word(post, "relations") is not None):
        return False
    if any("Name" in p.tag for p in _parses(following.text)) and not any("Name" in p.tag for p in parses):
        return True
    # a place or a thing (`Боулдера`), then a name the dictionary knows only
    # as a surname (`Керри`)
    return bool(parses) and parses[0].tag.animacy == "inan" and following.upos == "PROPN" \
        and any("Surn" in p.tag for p in _parses(following.text))


def woman_read_as_genitive(doc: Doc, index: int) -> bool:
    """`Проректор Высшей школы экономики Валерия Касамара`, `директор музея
    Александра Петрова`: a woman's name in the nominative that the tagger
    read as a man's genitive (`Валерия` is `Валерий`'s too). It names the
    post before it where the noun it would be the genitive of is an
    institution or a thing (`школы`, `музея`), not a person (`брат шахтера
    Дмитрия Марьина`, `пресс-секретарь губернатора Евгения Смирнова` stay
    the man's), and where it is the subject of a feminine verb (`Ярослава
    Нилова заявила`: a genitive is no subject)."""
    token = doc.tokens[index]
    if token.upos != "PROPN" or token.feat("Case") not in ("Gen", "Acc") or not womans_nominative(token.text, True):
        return False
    surname = index + 1
    while surname + 1 < len(doc.tokens) and doc.tokens[surname + 1].upos == "PROPN" \
            and doc.tokens[surname + 1].deprel.startswith("flat"):
        surname += 1
    if surname >= len(doc.tokens) or doc.tokens[surname].upos != "PROPN" \
            or not (womans_nominative(doc.tokens[surname].text) or not _parses_known(doc.tokens[surname].text)
                    and doc.tokens[surname].text.endswith(("а", "я"))):
        return False
    k = index - 1
    while k >= 0 and (doc.tokens[k].upos == "ADJ" or doc.tokens[k].text in ("«", "»", '"')):
        k -= 1
    before = doc.tokens[k] if k >= 0 else None
    if before is not None and before.upos in ("NOUN", "PROPN") and (
            before.feat("Animacy") == "Anim" and before.upos == "NOUN" or is_role_noun(doc, k)
            or any(n.type == "PER" and n.start <= before.start < n.end for n in doc.names)):
        return False  # `брат шахтера Дмитрия Марьина`, `сына Петра Ярослава`: a man's genitive
    # `Ярослава Нилова заявила`, `Как сообщила Ярослава Нилова`: the subject
    # of a feminine verb is a woman in the nominative, whatever case the
    # tagger gave her name
    if token.deprel.startswith("nsubj") and token.head is not None \
            and doc.tokens[token.head].feat("Gender") == "Fem" and doc.tokens[token.head].feat("Number") != "Plur":
        return True
    if before is None or before.feat("Case") is None:
        return False
    # (`председатель комитета по труду Ярослава Нилова`: after a noun in
    # another case than the genitive the name is no complement of it either)
    if before.upos == "NOUN":
        if before.feat("Animacy") != "Inan" or is_role_noun(doc, k):
            return False
    # (or an institution's name or abbreviation: `директор ГМИИ`)
    elif before.upos != "PROPN" or not any(n.type == "ORG" and n.start <= before.start < n.end for n in doc.names):
        return False
    # the post the name hangs on, up the parse, is in the nominative: `по
    # словам главы комитета Ярослава Нилова` is the man's genitive
    seen, up = set(), token
    while up.head is not None and up.index not in seen and up.deprel.split(":")[0] in ("nmod", "appos", "flat"):
        seen.add(up.index)
        up = doc.tokens[up.head]
        if up.upos in ("NOUN", "PROPN") and is_role_noun(doc, up.index):
            # (not where the post's verb is a man's: `Представитель фонда
            # Руслана Байсарова заявил` is the man's genitive)
            verb = doc.tokens[up.head] if up.deprel.startswith("nsubj") and up.head is not None else None
            return up.feat("Case") == "Nom" and not (
                verb is not None and verb.upos in ("VERB", "AUX") and verb.feat("Gender") == "Masc"
                and verb.feat("Number") != "Plur")
    return False


@lru_cache(maxsize=20_000)
def _parses(word: str) -> tuple:
    from .parse.morphology import vocab

    try:
        return tuple(vocab().parse(word.lower().replace("ё", "е")))
    except ValueError:
        return ()


def _first_of_sentence(doc: Doc, token: Token) -> bool:
    """Capitalised for its place, not as a name: first in its sentence or
    after a quote mark or dash that opens one."""
    first = doc.sentence_of(token.index).first
    return all(doc.tokens[i].upos == "PUNCT" for i in range(first, token.index))


def _common_word(word: str) -> bool:
    """A dictionary word that is neither a name nor a noun for a living
    being: `Привязанность`, `Приезд` (but not `Лев`, `Вера`)."""
    parses = _parses(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    for p in parses:
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) or "anim" in p.tag or p.tag.POS != "NOUN":
            return False
    return True


def animate_common_noun(word: str) -> bool:
    """A dictionary noun for a living being, in every reading, and never a
    name: `Японец`, `Кубинец` capitalised at a sentence start, which the
    tagger reads as a name (not `Лев`, `Вера`)."""
    parses = _parses(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    return all(p.tag.POS == "NOUN" and "anim" in p.tag and not {"Name", "Surn", "Patr", "Geox", "Orgn"}
               & set(p.tag.grammemes) for p in parses)


def _not_a_noun(word: str) -> bool:
    """`Узнав`, `Однако`: every reading of the word is no noun."""
    parses = _parses(word)
    if not parses or not all(p.is_known for p in parses):
        return False
    return all(p.tag.POS in _NOT_NOUNS for p in parses)


@lru_cache(maxsize=1)
def _forms() -> dict[str, dict[str, str]]:
    """For each lexicon of grammars/entities.toml: every inflected form of its
    words → the word. Lexicon nouns are then recognised by their text, with no
    morphological analysis of every token they might be."""
    from .parse.morphology import vocab

    result: dict[str, dict[str, str]] = {}
    for category, words in _lexicon().items():
        if category == "media_names":
            continue
        forms: dict[str, str] = {}
        for word in sorted(words):
            forms.setdefault(word, word)
            if " " in word:
                continue
            try:
                parses = vocab()(word)
            except ValueError:
                continue
            own = [p for p in parses if p.normal.replace("ё", "е") == word]
            for parse in own:
                for form in parse.lexeme:
                    forms.setdefault(form.word.replace("ё", "е"), word)
            if not own:
                # a participle used as a noun (`подозреваемый`, `задержанный`,
                # `пострадавший`): the dictionary's word is the verb, so take
                # the forms of that participle alone (`подозреваемого`,
                # `подозреваемые`), not the verb's
                for parse in parses:
                    tag = parse.tag
                    if tag.POS != "PRTF" or not {"masc", "sing", "nomn"} <= tag.grammemes:
                        continue
                    for form in parse.lexeme:
                        if form.tag.POS == "PRTF" and form.tag.voice == tag.voice and form.tag.tense == tag.tense:
                            forms.setdefault(form.word.replace("ё", "е"), word)
        result[category] = forms
    return result


def lexicon_word(token: Token, category: str) -> Optional[str]:
    """The word of lexicon `category` that `token` is a form of, if any
    (`экс-сотрудник` is a form of `сотрудник` too: a former one; not
    `политики` of `санкционной политики`, the genitive of `политика` the
    tagger read, a thing, where `политик` is a post)."""
    hit = lexicon_word_of(token.text, category)
    if hit is not None and category == "roles" and hit.endswith("ик") and norm(token.lemma or "") == hit + "а" \
            and token.feat("Gender") == "Fem" and token.feat("Number") == "Sing":
        return None
    return hit


def lexicon_word_of(text: str, category: str) -> Optional[str]:
    """`lexicon_word` for a word as written, outside any parse (a word of an
    entity's name)."""
    forms = _forms()[category]
    word = norm(text)
    hit = forms.get(word)
    if hit is None and word.startswith(_FORMER_PREFIXES):
        hit = forms.get(word.split("-", 1)[1])
    if hit is None and category == "roles" and word.count("-") == 1:
        # `инженер-конструктор`, `хирурга-онколога`: a post of two nouns is
        # the first one's, where the second is a common noun too
        first, second = word.split("-")
        hit = forms.get(first)
        if hit is not None and second not in forms and not _common_noun(second):
            hit = None
    return hit


def _common_noun(word: str) -> bool:
    """Every reading of the word is a common noun (no name, surname or place)."""
    parses = [p for p in _parses(word) if p.score > 0.01]
    return bool(parses) and all(p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes
                                for p in parses)


_FORMER_PREFIXES = ("экс-",)


def _lexicon_form(word: str) -> Optional[str]:
    forms = _forms()
    for category in ("roles", "media_nouns", "org_nouns", "document_nouns", "group_nouns",
                     "generic_org", "generic_media", "anaphoric"):
        hit = forms[category].get(word)
        if hit is not None:
            return hit
    return None


def lex_lemma(token: Token) -> str:
    """A noun's lexicon word when it has one (no analysis needed), else its
    lower-case text: callers only ever compare it with lexicon words or with
    other words normalised the same way."""
    word = norm(token.text)
    hit = _lexicon_form(word)
    if hit is None and word.startswith(_FORMER_PREFIXES):
        # `экс-главы`, `экс-главой`: one former post, whatever its case
        prefix, rest = word.split("-", 1)
        if (base := _lexicon_form(rest)) is not None:
            hit = f"{prefix}-{base}"
    return hit or word


def complement_word(token: Token) -> str:
    """A word of a role's complement, as compared with the words another
    mention was introduced with: the lexicon word, else the dictionary form
    (`Украины` and `Украина` name one country, `Минфина` and `Минфин` one
    ministry, whatever case each phrase puts them in)."""
    word = norm(token.text)
    if len(token.text) >= 2 and token.text.isupper():
        return _lexicon_form(word) or word  # (an abbreviation as written: `СЕ`, not the pronoun `сие`)
    return _lexicon_form(word) or norm(token.lemma or word)


def complement_words(doc: Doc, indices: Iterable[int]) -> set[str]:
    """The `complement_word` of every noun and name among the tokens."""
    return {complement_word(doc.tokens[i]) for i in indices if doc.tokens[i].upos in ("NOUN", "PROPN", "X")}


# a site named by its address speaks as an outlet (`INTERFAX.RU` of a
# dateline, `Lenta.ru`, `NEWSru.com`)
_WEB_ADDRESS = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:ru|com|ua|by|kz|net|org|info|su|рф|uz|am|ge|az|md)",
                             regex.IGNORECASE)


def kind_of(doc: Doc, mention: MentionRef, name: Optional[str] = None) -> str:
    lex = _lexicon()
    head = doc.tokens[mention.head]
    lemma = lex_lemma(head)
    text = _strip_marks(norm(doc.text[mention.start:mention.end]))
    key = _strip_marks(norm(name or ""))
    if _overlapping_names(doc, mention, "PER") and not _plural(head):
        return "person"
    words = text.split()
    # `корреспондент иранского телеканала Al-Alam`: a person of the outlet
    # (the weekly «Корреспондент» is written in quote marks)
    person_of_outlet = lemma in lex["roles"] and head.upos == "NOUN" and not _plural(head) \
        and not (head.index > 0 and doc.tokens[head.index - 1].text in "«\"„“")
    if _agency_of_another_trade(doc, mention):
        return "organization"
    if lemma in lex["media_nouns"] or not person_of_outlet and (
            _WEB_ADDRESS.fullmatch(text) or _WEB_ADDRESS.fullmatch(key)
            or key in lex["media_names"] or any(" ".join(words[k:]) in lex["media_names"] for k in range(len(words)))
            or _names_medium(doc, mention) or _media_noun_and_name(doc, mention)):
        return "media"
    if lemma in lex["document_nouns"]:
        return "document"
    if lemma in lex["roles"] or lexicon_word(head, "roles"):
        # `эксперты ВТБ Капитал` are people of the bank, not the bank
        # (`экс-сотрудник Госдепа` a former one of the department)
        return "group" if _plural(head) else "person"
    if lemma in lex["media_sources"]:
        # `источник в ЦИК Абхазии` is someone in the commission, not it
        return "group" if _plural(head) else "unknown"
    orgs = _overlapping_names(doc, mention, "ORG")
    # (a name of several words the lexicon lists, in any case: `в Белом доме`)
    if lemma in lex["org_nouns"] or " ".join(norm(doc.tokens[i].lemma or doc.tokens[i].text) for i in mention.tokens
                                             if doc.tokens[i].upos != "PUNCT") in lex["org_nouns"] \
            or (orgs and not _person_of_org(doc, head, orgs)):
        return "organization"
    if lemma in lex["group_nouns"] or lemma in DEMONYMS:
        # `сказал россиянин`: one described, as a role describes him
        return "group" if _plural(head) else "person" if lemma in DEMONYMS else "unknown"
    if _plural(head):
        return "group"
    if head.feat("Animacy") == "Anim":
        return "person"
    if head.upos == "PROPN":
        return "organization" if _overlapping_names(doc, mention, "LOC") else "unknown"
    return "unknown"


def _person_of_org(doc: Doc, head: Token, orgs: list[NamedSpan]) -> bool:
    """`оперативный дежурный по Буйнакскому ГОВД`, `инспектор ГИБДД`: an
    animate common noun outside the organisation's name heads the phrase,
    so it names someone of the organisation (whatever the lexicon of posts
    lists), not the organisation (`orgs`: the ORG names over the phrase)."""
    if head.upos != "NOUN" or head.feat("Animacy") != "Anim" or norm(head.lemma or "") in _TRADES:
        return False  # (`застройщик ПИК`, `производитель Samsung`: the company)
    if any(n.start <= head.start < n.end for n in orgs):
        return False
    # (`Авиаперевозчик «Аэрофлот»`: the name set beside the noun is what it is)
    return not any(t.head == head.index and t.deprel in ("appos", "flat", "flat:name")
                   for n in orgs for t in doc.tokens_in(n.start, n.end))


_TRADES = grammar.words("entities", "organization", "trades")


def _agency_of_another_trade(doc: Doc, mention: MentionRef) -> bool:
    """The mention's first `агентство` is one of another trade."""
    inside = set(mention.tokens)
    first = next((i for i in mention.tokens if lexicon_word(doc.tokens[i], "media_nouns") == "агентство"), None)
    return first is not None and agency_of_another_trade(doc, first, inside)


def agency_of_another_trade(doc: Doc, index: int, within: Optional[set] = None) -> bool:
    """`консалтинговое агентство X`, `Федеральное агентство по туризму`: an
    `агентство` with an adjective of another trade (among `within`, where
    given) is no news agency (a `федеральный канал` is a medium)."""
    if lexicon_word(doc.tokens[index], "media_nouns") != "агентство":
        return False
    return any(norm(doc.tokens[c].lemma or "") in _lexicon()["not_media_modifiers"]
               for c in doc.children(index) if (within is None or c in within) and doc.tokens[c].upos == "ADJ")


def _strip_marks(text: str) -> str:
    return " ".join(text.replace("«", " ").replace("»", " ").replace('"', " ").replace("„", " ")
                    .replace("“", " ").replace("”", " ").split())


@lru_cache(maxsize=1)
def _media_keys() -> dict[str, list[tuple[str, ...]]]:
    """Media names as word tuples, indexed by the first three letters."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in _lexicon()["media_names"]:
        words = tuple(w for w in _strip_marks(name).replace("-", " ").split() if w)
        if words:
            index.setdefault(words[0][:3], []).append(words)
    return index


def _names_medium(doc: Doc, mention: MentionRef) -> bool:
    """A media name inside the mention, in any case form
    (`Русской службе «Голоса Америки»`, `«Медузе»`)."""
    # (a hyphen joins two words of a name: `"Коммерсанту-FM"` is one token;
    # a name starts with a token's first part, not inside it: `сине-белая`)
    words, inner = [], set()
    for i in mention.tokens:
        if doc.tokens[i].upos == "PUNCT" or doc.tokens[i].text in "«»\"„“”":
            continue
        for n, part in enumerate(p for p in norm(doc.tokens[i].text).split("-") if p):
            if n:
                inner.add(len(words))
            words.append(part)
    index = _media_keys()
    for i, word in enumerate(words):
        if i in inner:
            continue
        for key in index.get(word[:3], ()):
            if i + len(key) <= len(words) and all(same_word(k, w) for k, w in zip(key, words[i:])) \
                    and (len(key) > 1 or not regex.search(r"[а-яё]", key[0]) or _inflects(key[0], word)):
                return True
    return False


def _inflects(name: str, word: str) -> bool:
    """`word` is a case form of a one-word Cyrillic name: the name whole
    where it ends in a consonant (`Тренд`, `Тренда`; not `треть`), its stem
    where it ends in a vowel (`Медуза`, `Медузе`; not `Белом` for `Белта`).
    A Latin name does not decline."""
    stem = name[:-1] if name[-1:] in "аеёиоуыэюяь" else name
    return word.startswith(stem)


def _media_noun_and_name(doc: Doc, mention: MentionRef) -> bool:
    """`газета «Труд»`, `телеканал "Дождь"`, `агентство Reuters`: an outlet's
    type noun with its name right after it names an outlet, even one the
    lexicon does not know."""
    tokens = mention.tokens
    for n, i in enumerate(tokens[:-1]):
        if lexicon_word(doc.tokens[i], "media_nouns") is None:
            continue
        following = doc.tokens[tokens[n + 1]]
        if following.text in "«\"„“" and n + 2 < len(tokens) or following.upos in ("PROPN", "X") \
                and following.text[:1].isupper():
            return True
    return False


def _surname_read_as_plural(token: Token) -> bool:
    """`Казначеев`, `Кузнецов` read as a plural's genitive (казначей,
    кузнец): a surname's own plural genitive is `Кузнецовых`, so this one is
    a singular surname, in the nominative already."""
    return token.feat("Number") == "Plur" and token.feat("Case") == "Gen" \
        and bool(SURNAME_AS_GENITIVE["Masc"].search(token.text.lower()))


def _plural(token: Token) -> bool:
    return token.feat("Number") == "Plur"


def canonical(doc: Doc, mention: MentionRef) -> tuple[Optional[str], str]:
    """(canonical nominative name or None for a pronoun, kind)."""
    key = ("canonical", mention.start, mention.end, mention.head, mention.tokens)
    if key not in doc.memo:
        doc.memo[key] = _canonical(doc, mention)
    return doc.memo[key]


def _canonical(doc: Doc, mention: MentionRef) -> tuple[Optional[str], str]:
    head = doc.tokens[mention.head]
    if is_pronoun(head):
        return None, "unknown"
    # (`один из опрошенных Уилсоном молодых людей`, `Источник, близкий к
    # Игорю Сечину`, `адвокат, защищавший Олега Дерипаску`: a name inside a
    # modifier of the phrase's head is someone else)
    people = [p for p in _overlapping_names(doc, mention, "PER") if not in_modifier(doc, p, mention)]
    if _coordinated_people(doc, mention, people):
        # `Канцлер Ангела Меркель и президент Владимир Путин заявили`: both speak
        parts = [name_span_nominative(doc, max(p.start, mention.start), min(p.end, mention.end)) for p in people]
        return ", ".join(parts[:-1]) + " и " + parts[-1], "group"
    # `Как сообщил в суде Казначеев`: a surname, not a plural
    if people and (not _plural(head) or head.upos == "PROPN" and _surname_read_as_plural(head)):
        person = people[-1]
        start, end = max(person.start, mention.start), min(person.end, mention.end)
        return name_span_nominative(doc, start, end), "person"
    quoted = _quoted_name(doc, mention)
    foreign = _foreign_name_after_type(doc, mention) if quoted is None else None
    if quoted is not None:
        name = quoted
    elif foreign is not None:
        name = foreign
    else:
        name = phrase_nominative(doc, mention.tokens, mention.head)
        name = name.strip(" ,.;:—–-")
        if _unbalanced_marks(name):
            name = _strip_marks(name)  # a span cut inside a quoted name: `РИА "Новости`
    name = _known_medium_form(unmix_scripts(name))
    return name, kind_of(doc, mention, name)


_MODIFIERS = ("amod", "acl", "obl:agent")


def in_modifier(doc: Doc, name, mention: MentionRef) -> bool:
    """Whether the name hangs on the mention's head through a modifier: an
    adjective or participle phrase or a relative clause on the head
    (`близкий к Игорю Сечину`, `защищавший Олега Дерипаску`, `который снимал
    Андрея Козлова`), or is a participle's agent (`опрошенных Уилсоном`)."""
    tokens = doc.tokens_in(name.start, name.end)
    if not tokens:
        return False
    inside = set(mention.tokens)
    k, steps = tokens[0].index, 0
    while k is not None and k != mention.head and k in inside and steps < 12:
        token = doc.tokens[k]
        if token.deprel.startswith(_MODIFIERS) and not (name.start <= token.start < name.end
                                                        and token.deprel != "obl:agent"):
            return True
        k, steps = token.head, steps + 1
    return False


def _foreign_name_after_type(doc: Doc, mention: MentionRef) -> Optional[str]:
    """`агентство Reuters`, `американская газета The New York Times`,
    `агентство БелТА` → `Reuters`, `The New York Times`, `БелТА`: a name after the word
    for an outlet's type (and its adjectives) is the outlet's name, as a
    quoted one is, so the outlet is one entity however it is introduced."""
    tokens = [doc.tokens[i] for i in mention.tokens]
    first = next((k for k, t in enumerate(tokens) if t.upos in ("X", "PROPN")), None)
    if not first or not all(t.upos in ("X", "PROPN", "NUM") or t.text in ("&", "-", ".") for t in tokens[first:]):
        return None
    types = [t for t in tokens[:first] if t.upos == "NOUN"]
    if not types and _latin(tokens[first].text) and all(t.upos == "ADJ" for t in tokens[:first]):
        # `британской Times`, `американский Forbes`: the adjectives say where
        # the outlet is from, the name is the outlet's
        return doc.text[tokens[first].start:tokens[-1].end]
    if len(types) != 1 or not lexicon_word(types[0], "generic_media") \
            or any(t.upos not in ("NOUN", "ADJ") for t in tokens[:first]):
        return None
    name = MentionRef(tokens[first].start, tokens[first].end, tokens[first].index, (tokens[first].index,))
    # a Russian name in apposition agrees with the type word (`агентству
    # БелТА`); one in another case is a complement (`газета Минобороны`)
    if not _latin(tokens[first].text) and not all(
            t.feat("Case") in (None, types[0].feat("Case")) and t.text[:1].isupper()
            and lexicon_word(t, "org_nouns") is None for t in tokens[first:] if t.upos == "PROPN") \
            or _overlapping_names(doc, name, "LOC"):
        return None  # (`Центральное телеграфное агентство Кореи`: whose agency)
    if not _latin(tokens[first].text) and any(n.start < tokens[first].start
                                              for n in _overlapping_names(doc, name, "ORG")):
        return None  # the type word is part of the name the tagger found
    return doc.text[tokens[first].start:tokens[-1].end]


def _latin(text: str) -> bool:
    return bool(regex.match(r"\p{Latin}", text))


def _coordinated_people(doc: Doc, mention: MentionRef, people) -> bool:
    """Two or more people joined by `и` (commas before it) as one subject:
    every name in the case of the phrase's head, so no name is a genitive
    complement (`адвокат Ивана Петрова и Сергея Сидорова` is one lawyer)."""
    if len(people) < 2:
        return False
    case = doc.tokens[mention.head].feat("Case")
    for person, following in zip(people, people[1:]):
        between = doc.tokens_in(person.end, following.start)
        if not any(t.upos == "CCONJ" and norm(t.text) == "и" for t in between) and \
                not all(t.text == "," or t.upos in ("NOUN", "ADJ", "PROPN") or t.text in punctuation.QUOTE_GLYPHS
                        for t in between):  # (`, замдиректора «Левада-центра» Алексей Гражданкин и`)
            return False
    if not any(t.upos == "CCONJ" and norm(t.text) == "и" for t in doc.tokens_in(people[0].end, people[-1].start)):
        return False
    return all(doc.tokens_in(p.start, p.end)[-1].feat("Case") in (case, None) for p in people)


def _known_medium_form(name: str) -> str:
    """`Голоса Америки` (a case form the tagger took for the nominative) →
    `Голос Америки`: a known medium's name, word for word, in its own form."""
    # words and what joins them (a hyphen is kept: `Интерфакса-Украина`)
    parts = regex.split(r"(\s+|-)", _strip_marks(name))
    words, joins = parts[0::2], [j if j == "-" else " " for j in parts[1::2]]
    if not words or not all(words):
        return name
    keys = _media_keys().get(norm(words[0])[:3], ())
    if tuple(norm(w) for w in words) in keys:
        return name
    for key in keys:
        # only Russian words decline: `Telegraf` is not `Telegraph`
        # (and a form of that very word: `тренер` is not the agency Тренд)
        if len(key) == len(words) and all(same_word(k, norm(w)) for k, w in zip(key, words)) \
                and all(k == norm(w) or _is_cyrillic(w) and normal_forms(w) & normal_forms(k)
                        for k, w in zip(key, words)) \
                and any(k != norm(w) for k, w in zip(key, words)):
            shaped = [_shape(k, w) for k, w in zip(key, words)]
            return shaped[0] + "".join(j + w for j, w in zip(joins, shaped[1:]))
    return name


def _unbalanced_marks(name: str) -> bool:
    return name.count('"') % 2 == 1 or name.count("«") != name.count("»")


_MARKS = "«»\"„“”"


def _quoted_name(doc: Doc, mention: MentionRef) -> Optional[str]:
    """`«Коммерсанту»` → `Коммерсант`; `газета «Спорт-Экспресс»` →
    `Спорт-Экспресс`; `РИА "Новости"` → `РИА Новости`: a name in quote marks,
    without the marks and the word for its type."""
    tokens = [doc.tokens[i] for i in mention.tokens]
    marks = [k for k, t in enumerate(tokens) if t.text in _MARKS]
    if len(marks) < 2:
        return None
    first, last = marks[0], marks[-1]
    inside = [t for t in tokens[first + 1:last] if t.text not in _MARKS]
    before = [t for t in tokens[:first]]
    after = [t for t in tokens[last + 1:] if t.upos != "PUNCT"]
    if not inside or after:
        return None
    if not before:
        # the name stands alone and declines (`«Советскому спорту»`): nominative
        nouns = [t.index for t in inside if t.upos in ("PROPN", "NOUN")]
        if not nouns or len(inside) > 3:
            return _join(doc, [t.index for t in inside], {})
        # the first noun heads it, after its adjectives; a later one is its
        # complement (`«Федеральное агентство новостей»`, `«Эхо Москвы»`)
        return phrase_nominative(doc, [t.index for t in inside], nouns[0])
    # `РИА "Новости"`, `агентству РИА «Новости»`: an abbreviation just before
    # the marks is part of the name
    abbreviation = before[-1].text + " " if is_short_abbreviation(before[-1].text) else ""
    if len(before) == 1 and abbreviation:
        return abbreviation + _join(doc, [t.index for t in inside], {})
    lex = _lexicon()
    head = doc.tokens[mention.head]
    if head in before and head.upos == "NOUN" and head.feat("Animacy") == "Anim" \
            and not is_role_noun(doc, head.index):
        return None  # `Посетители музея «Эрмитаж»`, `клиенты банка «Восток»`: people of their own
    if head in before and head.upos == "NOUN" and head.feat("Number") == "Sing" and is_role_noun(doc, head.index) \
            and lex_lemma(head) not in _SPEAK_FOR_BODY:
        return None  # `Председатель партии «Яблоко»`, `Директор театра «Современник»`: a person, the body's post
    if head in before and any(t.deprel == "conj" and t.head == head.index for t in before):
        return None  # `Представитель Минфина и глава компании «Нефтегаз»`: two people
    if head in before and lexicon_word(head, "media_sources") is not None:
        return None  # `Источник в компании «Роснефть»`: a source of its own, as `источник в правительстве`
    heads = {lex_lemma(t) for t in before}
    if heads & (lex["media_nouns"] | lex["org_nouns"] | {"компания", "фирма", "холдинг", "фонд"}):
        # a name in apposition keeps its form (`газете «Спорт-Экспресс»`);
        # one in the genitive is whose the unit is (`пресс-служба «Арсенала»`),
        # named in the nominative
        declined = [t for t in inside if t.upos in ("NOUN", "PROPN", "ADJ")]
        if not abbreviation and declined and len(inside) <= 3 and before[-1].feat("Case") != "Gen" \
                and all(t.feat("Case") == "Gen" for t in declined):
            nouns = [t.index for t in declined if t.upos in ("NOUN", "PROPN")]
            if nouns:
                return phrase_nominative(doc, [t.index for t in inside], nouns[0])
        return abbreviation + _join(doc, [t.index for t in inside], {})
    return None


# the posts whose holder speaks for the body (`представитель компании «Лукойл»`
# may be the company); any other post's holder is a person (`председатель`)
_SPEAK_FOR_BODY = frozenset({"представитель", "представительница", "пресс-секретарь", "спикер"})


# the lexicons of words for an outlet or an institution
OUTLET_LEXICONS = ("media_nouns", "org_nouns", "generic_media", "generic_org")


def names_an_outlet(token: Token) -> bool:
    """A word for an outlet or an institution (`газета`, `радиостанция`,
    `компания`, `ведомство`): a name in apposition or in quote marks after
    it is that outlet's."""
    return any(lexicon_word(token, category) is not None for category in OUTLET_LEXICONS)


def institution_noun(token: Token) -> bool:
    """A word for an institution, its own or a generic one (`пресс-служба`,
    `министерство`, `ведомство`)."""
    return bool(lexicon_word(token, "org_nouns") or lexicon_word(token, "generic_org"))


@lru_cache(maxsize=1)
def outlet_words() -> frozenset:
    """Every word of the outlet and institution lexicons (`OUTLET_LEXICONS`)."""
    return frozenset().union(*(_lexicon()[category] for category in OUTLET_LEXICONS))


def is_role_noun(doc: Doc, index: int) -> bool:
    return lexicon_word(doc.tokens[index], "roles") is not None


def can_write(doc: Doc, index: int) -> bool:
    """A common noun for someone who may have written a document: a person,
    a post, a group, a body, an outlet (`заявление министерства`, `письмо
    депутатов`; not `спецификация заказа`)."""
    token = doc.tokens[index]
    return is_role_noun(doc, index) or token.feat("Animacy") == "Anim" or any(
        lexicon_word(token, table) for table in ("group_nouns", "org_nouns", "generic_org", "media_nouns"))


# case endings a short stem of [members] may take (`МИДа`, `Рады`, `армией`)
_MEMBER_ENDINGS = frozenset({"", "а", "ы", "е", "у", "ой", "ом", "и", "ам", "ами", "ах", "ов", "ю", "я", "ей"})


@lru_cache(maxsize=1)
def _members() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {noun: tuple(tuple(stem.lower().split()) for stem in stems)
            for noun, stems in grammar.load("entities").get("members", {}).items()}


def has_institution(lemma: str) -> bool:
    """Whether a noun names the people of some institution (`прокурор`,
    `следователь`, `депутат`: [members] of the entities grammar)."""
    return lemma in _members()


def _stem_fits(stem: str, word: str) -> bool:
    if len(stem) < 5:  # an abbreviation or a short word: the whole word, but for its ending
        return word.startswith(stem) and word[len(stem):] in _MEMBER_ENDINGS
    return word.startswith(stem)


def names_institution_of(lemma: str, text: str) -> bool:
    """Whether `text`, an institution's name or mention, names the one whose
    people the noun `lemma` names (`прокуроры`: `Генпрокуратура`,
    `Главная военная прокуратура`; `депутаты`: `Верховной Рады`)."""
    words = [norm(w) for w in regex.findall(r"\w[\w-]*", text)]
    for phrase in _members().get(lemma, ()):
        n = len(phrase)
        if any(all(_stem_fits(s, w) for s, w in zip(phrase, words[k:k + n])) for k in range(len(words) - n + 1)):
            return True
    return False


def is_media_name(name: str) -> bool:
    return norm(name).strip("«»\"") in _lexicon()["media_names"]


def is_document_noun(doc: Doc, index: int) -> bool:
    return lexicon_word(doc.tokens[index], "document_nouns") is not None


@lru_cache(maxsize=None)
def document_kin(lemma: str) -> frozenset[str]:
    """The other names of a document of one kind (`[document] kin`):
    `обращение` for `письмо`, `исследование` for `доклад`."""
    groups = grammar.load("entities")["document"].get("kin", ())
    return frozenset(w for group in groups if lemma in group for w in group if w != lemma)


def source_medium(doc: Doc, head: int, exclude: Iterable[int] = ()) -> Optional[MentionRef]:
    """`источник РИА "Новости"`, `собеседник издания`: the medium in the
    genitive after a source noun (`[generic] media_sources`), if any. The
    speaker stage cuts it from the source's mention, the chain stage makes it
    a layer."""
    if not lexicon_word(doc.tokens[head], "media_sources"):
        return None
    stop = doc.sentence_of(head).token_range.stop
    for child in doc.children(head):
        token = doc.tokens[child]
        # `источник РИА "Новости"` (a genitive), `источник «Прайм»` (a name in
        # apposition, whatever relation the parse gave it: `собеседники
        # «Коммерсант FM»`, a nominative name in quote marks read as nmod)
        quoted_name = child > 0 and doc.tokens[child - 1].text in punctuation.QUOTE_GLYPHS and token.text[:1].isupper() \
            and token.feat("Case") in ("Nom", None) and not any(doc.tokens[c].deprel == "case" for c in doc.children(child))
        if child <= head or not token.deprel.startswith(("nmod", "appos")) \
                or token.deprel.startswith("nmod") and token.feat("Case") not in ("Gen", None) and not quoted_name \
                or token.upos not in ("NOUN", "PROPN", "X"):
            continue
        medium = noun_phrase(doc, child, range(child, stop), exclude)
        if canonical(doc, medium)[1] == "media":
            return medium
    return None


@lru_cache(maxsize=1)
def document_issuers() -> frozenset:
    """Verbs whose subject issued the document they take (`опубликовать`)."""
    return grammar.words("entities", "document", "issuers")


def publication_places() -> frozenset:
    """The lexicon's places of publication, in their dictionary form."""
    return frozenset(_lexicon()["publication_places"])


def is_publication_place(doc: Doc, index: int) -> bool:
    """`сайт`, `страница`, `аккаунт`: where an owner publishes."""
    return lexicon_word(doc.tokens[index], "publication_places") is not None
