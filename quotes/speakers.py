"""Speakers as document entities: names, pronouns, role nouns, institutions.

Every speaker mention is tied to one document entity with a canonical
nominative name, the fullest form the text gives:

- names: people are one entity per surname and first name (`Азер Гараев`,
  `Гараев`, `А. Гараев`, `A.Гараев`); a bare surname goes to the person of
  that surname whose gender agrees (`Бут рассказала` → Алла Бут);
- pronouns (`он`, `его`, `она`, `они`) go to the speaker of the attribution
  before, else the subject of the sentence before, else the nearest entity
  named before, agreeing in gender and number; never to the speaker of the
  quote they stand in;
- role nouns (`политолог`, `российский лидер`, `собеседник агентства`) go to
  the person introduced with that role, else the last person who spoke;
- generic institutions (`ведомство`, `пресс-служба ведомства`, `газета`) go to
  the institution named last; `в Минобороны` is the ministry itself;
- unnamed sources (`источник`, `эксперты`, `очевидцы`) are entities of their own.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from typing import Optional

import attrs
import regex

from . import antecedents, chains, grammar, names, ranker
from .attribution import Attribution, depth
from .intervals import Cover, GrowingCover, cached_cover, names_index, overlapping_names
from .mentions import (ACTING, THIRD_PERSON_POSSESSIVES, MentionRef, _may_speak, complement_of_noun,
                       described_noun, genitive_form, gerunds_verb, is_abbreviation, is_pronoun, relation_noun,
                       latin_script, norm, noun_phrase, one_of,
                       participle_agreement,
                       same_word, surname_read_as_genitive, womans_surname)
from .model import Doc, Entity, Mention, Speaker, Token
from .punctuation import QUOTE_GLYPHS
from .parse.morphology import adjective_genders, vocab

PRONOUN_AGREEMENT = {
    "он": ("Masc", "Sing"), "его": ("Masc", "Sing"), "него": ("Masc", "Sing"),
    "ему": ("Masc", "Sing"), "нему": ("Masc", "Sing"), "им": ("Masc", "Sing"),
    "нем": ("Masc", "Sing"),
    "она": ("Fem", "Sing"), "ее": ("Fem", "Sing"), "нее": ("Fem", "Sing"),
    "ей": ("Fem", "Sing"), "ней": ("Fem", "Sing"),
    "они": (None, "Plur"), "их": (None, "Plur"), "них": (None, "Plur"), "ими": (None, "Plur"),
    "оно": ("Neut", "Sing"),
    # a demonstrative subject stands for someone named before, as a pronoun
    # does (`Та заявила, что …` is no person named `та`)
    "тот": ("Masc", "Sing"), "та": ("Fem", "Sing"), "те": (None, "Plur"),
}
# a part of a group named before, standing alone (`Представители приюта
# по-разному объясняли … Одни объясняли … Другие говорили`)
_PARTITIVES = frozenset({"одни", "другие", "некоторые"})
_DEMONSTRATIVES = frozenset({"тот", "та", "те"})
RELATIVES = frozenset({"который", "которая", "которое", "которые", "которого", "которой",
                       "которых", "которому", "которым", "котором", "которую"})
# people who speak for an institution: `представители ведомства` are the ведомство
_SPOKESPEOPLE = frozenset({"представитель", "сотрудник", "руководство"})
COMMUNICATIONS = frozenset({"сообщение", "заявление", "пресс-релиз", "релиз", "коммюнике",
                            "обращение", "письмо", "материал", "публикация", "статья"})
# documents that are no statement of their own but have an author (`опубликовала
# отчет` … `говорится в отчете`), and nouns that stand for any document named
# before (`заявление гособвинителя` … `отмечается в документе`)
REPORTS = frozenset({"доклад", "отчет", "исследование", "документ", "проект"})
DOCUMENT_HYPERNYMS = frozenset({"документ", "текст"})
# the communications a medium writes itself (a report, an article)
MEDIA_WRITTEN = frozenset({"сообщение", "материал", "публикация", "статья"})
# someone's written word a hypernym may stand for (`в комментарии МИД` …
# `отмечается в документе`)
_COMMENTS = frozenset({"комментарий", "справка", "нота", "телеграмма", "меморандум"})
# what someone writes himself, and the verbs of writing (`пишет X`)
_WRITINGS = grammar.words("entities", "document", "writings")
_WRITING_VERBS = frozenset({"писать", "написать"})


@lru_cache(maxsize=1)
def _lexicon():
    table = grammar.load("entities")
    groups = [frozenset(g) for g in table["synonyms"]["groups"]]
    return {
        "generic_org": frozenset(table["generic"]["organization"]),
        "generic_media": frozenset(table["generic"]["media"]),
        "org_heads": tuple(table["generic"]["organization_heads"]),
        "synonyms": groups,
        "hypernyms": {general: frozenset(narrower) for general, narrower in table.get("hypernyms", {}).items()},
        "former": tuple(table["synonyms"]["former"]),
        # the trades and ranks many hold at once: the general nouns named and their narrower ones
        "trades": frozenset(w for general in table["synonyms"].get("trades", ())
                            for w in (general, *table.get("hypernyms", {}).get(general, ())))
        - frozenset(table["synonyms"].get("commands", ())),
        "anaphoric": frozenset(table["synonyms"]["anaphoric_complements"]),
        "media_types": {noun: frozenset(keys) for noun, keys in table["media"].get("types", {}).items()},
        "deputies": dict(table.get("deputies", {})),
        "head_of": dict(table["heads"]["of"]),
        "ministry_titles": frozenset(table["heads"].get("ministry_titles", ())),
        "state_posts": frozenset(table["heads"].get("state_posts", ())),
        "government_chaired": frozenset(table["heads"].get("government_chaired", ())),
        "institutions": frozenset(table["heads"].get("institutions", ())),
        "ministries": {short: frozenset(fields) for short, fields in table.get("ministries", {}).items()},
        "parties": {short: frozenset(members) for short, members in table.get("parties", {}).items()},
    }


def _with_deputy_heads(words: set) -> set:
    """`замминистра энергетики` reads as `заместитель министра энергетики`:
    the head a deputy's title holds joins its complement."""
    deputies = _lexicon()["deputies"]
    return words | {deputies[w] for w in words if w in deputies}


# media in the plural: a group of outlets, never the one a singular noun means
_PLURAL_MEDIA = frozenset({"сми", "газеты", "издания", "агентства", "информагентства", "журналы", "телеканалы",
                           "сайты", "таблоиды", "медиа"})
# type nouns that name the same type of medium
MEDIA_TYPE_SYNONYMS = {"портал": "сайт", "канал": "телеканал", "информагентство": "агентство",
                       "интернет-издание": "сайт"}


def _media_type(entity: "_Entity", doc: Doc) -> Optional[str]:
    """`агентство`, `газета`, … for a medium: from the type noun it was named
    with (`агентство Bloomberg`), else from the lexicon of known media."""
    types = _lexicon()["media_types"]
    places = names.publication_places()
    for mention in entity.mentions:
        found = [MEDIA_TYPE_SYNONYMS.get(noun, noun) for word in norm(mention.text).split()
                 for noun in tuple(types) + ("портал", "информагентство", "интернет-издание")
                 if word.startswith(noun[:-1]) and len(word) <= len(noun) + 2]
        if found:
            # `сайт американской газеты New York Post` is a newspaper's
            return next((t for t in found if t not in places), found[0])
    return _known_media_type(entity)


def _known_media_type(entity: "_Entity") -> Optional[str]:
    """The type of a medium the lexicon of known media lists (`Итоги`: a magazine)."""
    key = names._strip_marks(norm(entity.name))
    for noun, keys in _lexicon()["media_types"].items():
        if key in keys or entity.key in keys:
            return noun
    return None


_FORMER_STEMS = ("прежн", "бывш", "предыдущ", "покойн", "будущ", "свергнут", "отставн", "низложен")
# roles that head an institution ([heads] in grammars/entities.toml): one
# person's `председатель ЦИК` is the same person's `глава ЦИК` or
# `руководитель ЦИК` when the complement agrees
HEAD_ROLES = grammar.words("entities", "heads", "roles")
GENERAL_HEADS = grammar.words("entities", "heads", "general")
POSTS = HEAD_ROLES - GENERAL_HEADS  # posts of their own: a minister, a president


def heads_match(a: str, b: str) -> bool:
    """Two head roles that may be one post: the same, synonyms, or one a
    general head noun (`глава ЦИК` … `председатель ЦИК`). A minister is no
    president, a governor no company director."""
    return a in HEAD_ROLES and b in HEAD_ROLES and (a in GENERAL_HEADS or b in GENERAL_HEADS or _same_role(a, b))


def heads_other_institution(roles, context, lemma: str, written: str, complement) -> bool:
    """Whether someone known only as the head of an institution (`глава фонда
    Александр Браверман`, `глава Центробанка России Сергей Игнатьев`,
    `директор компании`) is ruled out for a state post a noun names (`премьер`,
    `президент России`): a bank's or a fund's head is no premier. Only the
    noun as written counts (a `глава республики` may be the `глава Чечни`),
    only the institutions of [heads] (a government's head is the premier),
    and `президент` only with a country (a federation has a president of
    its own)."""
    lex = _lexicon()
    roles = set(roles)
    if written not in lex["state_posts"] or roles & lex["state_posts"] or not roles & HEAD_ROLES:
        return False  # (`глава республики` is still the `глава Чечни`)
    if written == "президент" and not set(complement) & names.country_words():
        return False
    return bool((set(context) & lex["institutions"]) - set(complement))


def heads_other_country_post(roles, context, written: str, named: set) -> bool:
    """The other way round: `Президент Microsoft`, `президент ЦСКА` (a post
    whose complement names a company or a club, no country) is not the
    `президент Франции` named before, known by his country alone."""
    lex = _lexicon()
    countries = names.country_words()
    return written in lex["state_posts"] and written in set(roles) and bool(named) \
        and not named & (countries | lex["anaphoric"]) \
        and bool(set(context) & countries) and not set(context) & lex["institutions"]


# a workplace of any trade, whose people's words are not a body's words
# unless the text says which (`представители предприятия`), and nouns of
# a side or of the powers that be, no one body (`представители оппозиции`)
_WORKPLACES = frozenset({"предприятие", "фирма", "завод", "фабрика", "комбинат", "учреждение",
                         "оппозиция", "власть", "общественность"})


# plural or collective nouns of those who speak for a body, not just work in it
_SPEAK_FOR = _SPOKESPEOPLE - {"сотрудник"} | {"представительница"}


# nouns of quantity that stand for the people they count (`ряд сотрудников`)
_QUANTITY_NOUNS = frozenset({"ряд", "большинство", "часть", "множество", "масса", "десяток", "сотня", "тысяча",
                             "половина", "треть", "четверть", "меньшинство"})


def _counts_people(doc: Doc, index: int) -> bool:
    """A noun of quantity with people in the genitive plural under it
    (`ряд сотрудников`, `большинство жителей`)."""
    token = doc.tokens[index]
    if token.upos not in ("NOUN", "PROPN") or norm(token.lemma or "") not in _QUANTITY_NOUNS:
        return False
    return any(doc.tokens[c].upos == "NOUN" and doc.tokens[c].feat("Case") == "Gen"
               and doc.tokens[c].feat("Number") == "Plur" and doc.tokens[c].feat("Animacy") == "Anim"
               for c in doc.children(index) if c > index)


def _named_after(doc: Doc, index: int):
    """The first word of the person's name a role noun introduces (`член
    комиссии Марина Петрова`: `Марина`), read by position, not by the parse's
    apposition; None where no name in its case follows it in its phrase
    (`адвокат Иванова` names whom the lawyer serves)."""
    sentence = doc.tokens[index].sentence
    for j in range(index + 1, min(len(doc.tokens), index + 9)):
        token = doc.tokens[j]
        if token.sentence != sentence or token.upos in ("PUNCT", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            break
        if token.upos == "PROPN" and any(n.type == "PER" for n in overlapping_names(doc, token.start, token.end)):
            return token if token.feat("Case") == doc.tokens[index].feat("Case") else None
    return None


def _other_case(token, nearest) -> bool:
    """Whether a role noun further back is in another case than the role
    nearest a name, neither a genitive (a complement: `помощник министра`)."""
    cases = (token.feat("Case"), nearest.feat("Case"))
    return None not in cases and cases[0] != cases[1] and "Gen" not in cases \
        and not genitive_form(token) and not genitive_form(nearest)


COMPOUND_PREPOSITIONS = grammar.words("entities", "compound_prepositions", "phrases")


def _in_compound_preposition(doc: Doc, index: int) -> bool:
    """`в пользу`, `в ходе`: a noun that is part of a preposition."""
    return index > 0 and f"{norm(doc.tokens[index - 1].text)} {norm(doc.tokens[index].text)}" in COMPOUND_PREPOSITIONS


def _within_role_phrase(doc: Doc, noun: int) -> bool:
    """Whether a noun is a role noun or another noun of a person (`друг
    лидера`), or lies in one's complement, a few genitives down (`глава
    администрации`): not `слова бывшего начальника`, whose `слова` hangs
    on the verb."""
    for _ in range(4):
        token = doc.tokens[noun]
        if token.upos != "NOUN":
            return False
        if names.is_role_noun(doc, noun) or token.feat("Animacy") == "Anim" or relation_noun(doc, noun):
            return True
        if token.deprel != "nmod" or token.head is None or token.head >= noun:
            return False
        noun = token.head
    return False


def _chairs_government(words) -> bool:
    """Whether a `председатель`'s complement is a government and no more
    than its country (`правительства Испании`): he is then its premier."""
    lexicon = _lexicon()
    return bool(words & lexicon["government_chaired"]) and not (
        words - lexicon["government_chaired"] - lexicon["anaphoric"] - names.country_words())


def _post_named(words) -> Optional[str]:
    """The post a general head noun names with a complement that points
    back ([heads.of]): `глава государства` the president, `глава региона`
    the governor."""
    head_of = _lexicon()["head_of"]
    return next((head_of[w] for w in sorted(words) if w in head_of), None)


def _names_ministry(words) -> bool:
    """Whether a head noun's complement names a ministry (`Минфина`, `МИД`,
    `министерства финансов`): the head is then its minister."""
    lexicon = _lexicon()
    return any(w in lexicon["ministries"] or w in lexicon["ministry_titles"] for w in words)


def _heads_a_unit(words) -> bool:
    """`начальник областного управления МЧС`, `глава департамента Минфина`:
    the head of a body inside the ministry the complement names, no
    minister."""
    lexicon, units = _lexicon(), names._lexicon()["org_nouns"]
    return any(w in units and w not in lexicon["ministries"] and w not in lexicon["ministry_titles"]
               and w not in ("министерство", "ведомство") and w not in _STATE_WORDS for w in words)


# words of a state's own name, never a unit of its ministry (`Минфин Российской Федерации`)
_STATE_WORDS = frozenset({"федерация", "союз", "республика", "королевство", "штат", "конфедерация"})


# members of an elected body, one of whom a post in it introduces (`председатель
# комитета Госдумы` is a `депутат`; a `дипломат` or `чиновник` of a ministry
# is rarely its minister: on RuCoCo's train split both linked wrong)
_ELECTED_MEMBERS = frozenset({"депутат", "парламентарий", "сенатор"})
# nouns for anyone who works for a body: its former one is whoever held a former post of it
_MEMBER_NOUNS = frozenset({"сотрудник", "сотрудница", "работник", "работница", "служащий", "чиновник"})


def _with_ministry_fields(words) -> set:
    """Complement words with the fields a ministry's short name stands for
    (`минфин` → `финансы`), and a party's with the noun for its members
    (`лдпр` → `либерал-демократ`)."""
    ministries, parties = _lexicon()["ministries"], _lexicon()["parties"]
    return set(words).union(*(ministries[w] for w in words if w in ministries),
                            *(parties[w] for w in words if w in parties))


def complements_agree(complement, context) -> bool:
    """Whether a role's complement names what another mention was introduced
    with: a word in common, a ministry's short name counting as its field
    (`министр финансов` … `глава Минфина`). Where both name more than a
    country, the country alone is no agreement (`глава Службы безопасности
    Украины` is not the `глава МВД Украины`)."""
    # a country by any of its words: `России` is the `РФ`, `российский`
    complement = {names.country_of(w) for w in _with_ministry_fields(complement)}
    context = {names.country_of(w) for w in _with_ministry_fields(context)}
    shared = complement & context
    countries = names.country_names()
    vague = _lexicon()["anaphoric"]
    if shared and shared <= countries and complement - countries - vague and context - countries - vague:
        return False
    return bool(shared)


def _acronyms(doc: Doc, indices: range) -> list[str]:
    """The initials of the words ending an introduction: `президент
    Всероссийской федерации легкой атлетики` also names `ВФЛА`, `министр
    иностранных дел` `МИД`."""
    words = [doc.tokens[k].text for k in indices
             if doc.tokens[k].text[:1].isalpha() and doc.tokens[k].upos not in ("ADP", "CCONJ")]
    found = []
    for k in range(len(words) - 1):
        for end in range(k + 2, min(len(words), k + 6) + 1):
            found.append("".join(w[0] for w in words[k:end]).lower().replace("ё", "е"))
    return found


# words a name's initials pass over (`Комитет по защите прав`, `Союз правых сил`)
_NOT_INITIALLED = frozenset({"и", "в", "во", "на", "по", "о", "об", "при", "за", "для", "с", "со", "of", "the", "and"})


def _initials(name: str) -> Optional[str]:
    """The initials of a name of two to five words, lower-cased (`Российская
    газета` → `рг`, `Союз правых сил` → `спс`); None for one word."""
    words = [w for w in regex.split(r"[\s\-]+", name.strip("«»\"")) if w[:1].isalpha()
             and w.lower() not in _NOT_INITIALLED]
    if not 2 <= len(words) <= 5:
        return None
    return "".join(w[0] for w in words).lower().replace("ё", "е")


def _abbreviations(doc: Doc) -> frozenset:
    """The words the text writes in capitals (`СБУ`, `МВД`), lower-cased: the
    initials of a title count as its word only where the text uses them."""
    found = doc.memo.get("speakers.abbreviations")
    if found is None:
        found = doc.memo["speakers.abbreviations"] = frozenset(
            norm(t.text) for t in doc.tokens if is_abbreviation(t.text))
    return found


_FIRST_PERSON_SINGULAR = frozenset({"я", "меня", "мне", "мной", "мною"})
_SECOND_PERSON_SINGULAR = frozenset({"ты", "тебя", "тебе", "тобой", "тобою"})
# `другой`, `иной`: a generic noun so modified names another institution
_OTHER = frozenset({"другой", "иной"})


def _counted_group(doc: Doc, verb: int) -> Optional[int]:
    """`более 630 членов комиссий подписали обращение`, `Свыше 200 врачей
    подписали письмо`: people counted before the verb are its subject,
    whatever the parse made of them (an adverb `более` as the subject, the
    people its oblique; or the people an object)."""
    heads = [verb] + [c for c in doc.children(verb) if c < verb and doc.tokens[c].deprel.startswith("nsubj")
                      and doc.tokens[c].upos == "ADV"]
    for head in heads:
        for c in doc.children(head):
            token = doc.tokens[c]
            if c < verb and token.upos == "NOUN" and token.feat("Case") == "Gen" and token.feat("Number") == "Plur" \
                    and token.feat("Animacy") == "Anim" and any(doc.tokens[n].upos == "NUM" for n in doc.children(c)) \
                    and not any(doc.tokens[n].deprel == "case" and norm(doc.tokens[n].text) not in _APPROXIMATORS
                                for n in doc.children(c)):
                return c  # (not one behind its preposition: `Для 300 беженцев составили обращение`)
    return None


# words that only bound a count (`около 300 врачей`, `свыше 200 врачей`)
_APPROXIMATORS = frozenset({"около", "свыше", "порядка", "до", "более", "менее", "почти", "примерно"})


def _after_preposition(doc: Doc, noun: int) -> bool:
    """`петиция против реформы`, `доклад о бедности`: a genitive behind a
    preposition is what a document is about, not whose it is (`письмо от
    жителей` is theirs all the same)."""
    return any(doc.tokens[c].deprel == "case" and norm(doc.tokens[c].text) != "от" for c in doc.children(noun))


def _former_lemma(token) -> str:
    """`экс-министра` → `министр` (lex_lemma already gives a former post's
    lexicon form, `экс-министр`)."""
    word = names.lex_lemma(token)
    return word[len("экс-"):] if word.startswith("экс-") else word


def _is_former(word: str) -> bool:
    """`прежний`, `бывший`, `экс-министр`: a role someone no longer holds."""
    return word in _lexicon()["former"] or word.startswith("экс-")


def family_noun(lemma: str) -> bool:
    """A word for kin (`жена`, `сын`): whose it is, the text says nearby."""
    return lemma in ("жена", "супруга", "муж", "супруг", "мать", "отец", "сын", "дочь")


def _same_role(a: str, b: str) -> bool:
    """Synonyms (`юрист` … `адвокат`), or one the general noun of the other
    (`теннисистка` … `спортсменка`)."""
    if a == b:
        return True
    if _one_role(a, b) or any(_one_role(part, b) for part in _compound_roles(a)) \
            or any(_one_role(a, part) for part in _compound_roles(b)):
        return True
    return False


def _one_role(a: str, b: str) -> bool:
    hypernyms = _lexicon()["hypernyms"]
    if a == b or b in hypernyms.get(a, ()) or a in hypernyms.get(b, ()):
        return True
    return any(a in g and b in g for g in _lexicon()["synonyms"])


def _compound_roles(word: str) -> tuple[str, ...]:
    """`студент-блоггер`, `врач-волонтер`: two roles joined, a compound the
    lexicon does not know as a post of its own (unlike `премьер-министр`,
    `вице-премьер`), is each of them (`Студент-блоггер` … `Блоггер`)."""
    if word.count("-") != 1:
        return ()
    roles = names._lexicon()["roles"]
    parts = tuple(word.split("-"))
    if parts[0] in _TITLE_FIRST_PARTS:
        return ()  # a fixed title: `член-корреспондент`, `капитан-лейтенант`, `генерал-губернатор`
    return parts if word not in roles and all(part in roles for part in parts) else ()


# first parts of titles of two nouns that are one post, neither of its parts
_TITLE_FIRST_PARTS = frozenset({"член", "генерал", "капитан", "министр", "вице", "контр", "штаб", "обер",
                                "премьер", "лейтенант", "майор", "полковник", "адмирал", "старший", "главный"})


@lru_cache(maxsize=4096)
def _role_family(role: str) -> frozenset:
    """Every `r` with `_same_role(r, role)`: the role, its synonyms, its
    general nouns and, for a general noun, the narrower ones."""
    family = {role}
    for group in _lexicon()["synonyms"]:
        if role in group:
            family |= group
    for general, narrower in _lexicon()["hypernyms"].items():
        if role == general:
            family |= narrower
        elif role in narrower:
            family.add(general)
    return frozenset(family)


@attrs.define
class _Entity:
    id: str
    name: str
    kind: str
    key: str
    gender: Optional[str] = None
    number: str = "Sing"
    # gender read off a verb or pronoun that agrees with the name, not guessed
    # from a surname ending (`Джил Мартин` looks masculine, `заявила Мартин`)
    gender_sure: bool = False
    surname: Optional[str] = None
    first: Optional[str] = None
    roles: set = attrs.Factory(set)
    mentions: list = attrs.Factory(list)
    canonical: Optional[Mention] = None
    spoke: bool = False
    relays: bool = False
    animate: bool = False
    # named only in a memorial name (`мечеть имени Ахмата Кадырова`): not the
    # one a bare surname later means, where someone else has that surname
    memorial: bool = False

    def freeze(self, doc: Doc) -> Entity:
        unique = sorted({(m.start, m.end) for m in self.mentions})
        mentions = tuple(Mention(doc.text[s:e], s, e) for s, e in unique)
        # where no name was written, the first mention stands for the entity
        canonical = self.canonical or (mentions[0] if mentions else None)
        return Entity(self.id, self.name, self.kind, mentions, canonical)


@attrs.frozen
class _Event:
    """An entity named in the text at an offset (for recency and salience)."""

    start: int
    end: int
    entity: _Entity
    speaker: bool = False
    subject: bool = False


def split_person_name(full: str) -> tuple[Optional[str], Optional[str]]:
    """(first name, surname) of a nominative person name; initials dropped."""
    words = [w for w in regex.split(r"[\s.]+", norm(full)) if w]
    full_words = [w for w in words if len(w) > 1]
    if not full_words:
        return None, (words[-1] if words else None)
    surname = full_words[-1]
    first = full_words[0] if len(full_words) >= 2 else None
    return first, surname


def _name_parts(full: str) -> tuple[Optional[str], Optional[str]]:
    """(first name, surname), the surname first where only it has a
    surname's ending (`Лабазанов Чингиз`)."""
    first, surname = split_person_name(full)
    if first and surname and _SURNAME.search(first) and not _SURNAME.search(surname) \
            and len(full.split()) == 2 and "Surn" in names.name_tags(first) and "Name" in names.name_tags(surname):
        return surname, first
    return first, surname


_SURNAME = regex.compile(r"(?:ов|ев|ин|ын|ский|цкий|ова|ева|ина|ына|ская|цкая)$")
_MASC_SURNAME = regex.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ой)$")
_FEM_SURNAME = regex.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая)$")


def person_gender(full: str) -> Optional[str]:
    """A person's gender from the name: a Russian surname ending, else a first
    name the dictionary knows with one gender; None for names it cannot tell
    (`Мегуми Игараси`)."""
    first, surname = split_person_name(full)
    if first:
        # a first name the dictionary knows as one, of one gender (`Мегуми`
        # is also a place, `Саша` is either; `Джил Мартин` is a woman)
        genders = {p.tag.gender for p in names._parses(first)
                   if "Name" in p.tag and p.tag.case == "nomn" and p.normal_form == first}
        genders = {{"masc": "Masc", "femn": "Fem"}.get(g) for g in genders}
        if len(genders) == 1 and None not in genders:
            return genders.pop()
    if surname:
        if _FEM_SURNAME.search(surname):
            return "Fem"
        if _MASC_SURNAME.search(surname):
            return "Masc"
    return None


_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")


def _declined_masculine(token, nominative: str) -> Optional[str]:
    """`Солтысу`, `Кравцу`: a surname ending in a consonant that the text
    declines, as a masculine noun does, is a man's (a woman's does not
    decline: `Анн Уинтертон`, `с Анн Уинтертон`); the tagger's case and
    gender in context must agree (`Макеба была` is no genitive of `Макеб`)."""
    word, base = token.text.lower(), nominative.split()[-1].lower()
    if token.feat("Gender") != "Masc" or token.feat("Case") in (None, "Nom") or base[-1:] not in _CONSONANTS \
            or token.deprel.startswith("nsubj"):  # a subject is in the nominative, whatever the tag
        return None
    stems = (base, base[:-2] + base[-1]) if base[-2:-1] in "еоё" else (base,)  # `Кравец` → `Кравцу`
    return "Masc" if any(word == stem + ending for stem in stems for ending in _MASCULINE_ENDINGS) else None


_MASCULINE_ENDINGS = ("а", "у", "ом", "е", "ым", "ем", "я", "ю")


class Registry:
    """The document's entities, and the timeline of where each is named."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.entities: list[_Entity] = []
        self.events: list[_Event] = []
        self.by_key: dict[str, _Entity] = {}
        # the short names of institutions introduced with a place (`МВД` of
        # `МВД России`): the entity, or None where two share the short name
        self.short_names: dict[str, Optional[_Entity]] = {}
        self.roles: list[tuple[int, str, _Entity]] = []  # (offset, role lemma, entity)
        self.former_roles: list[tuple[int, str, _Entity]] = []  # roles the person held before
        self.pending_former: list[str] = []
        self.role_context: dict[str, set] = {}  # entity id -> words of its introductions
        self.context: dict = {}
        self.context_countries: dict = {}
        self.context_nationalities: dict = {}
        self.countries: dict[str, set] = {}  # entity id -> the countries its introductions name
        self.nationalities: dict[str, set] = {}  # ... by adjective (`голландский тренер`)
        self.resolver = None
        # one entity per mention: the span's owner; a later, better informed
        # decision (a speaker's resolution) moves the span to its entity
        self.owner: dict[tuple[int, int], _Entity] = {}
        # people by the first two letters of their surname: words that are
        # `same_word` share them, so a look-up need not compare every entity
        self._by_surname: dict[str, list[tuple[int, _Entity]]] = {}
        self._ends: dict[str, list[int]] = {}  # entity id -> ends of its events, sorted
        self._role_index: dict[int, tuple[int, dict]] = {}  # see latest_roles
        # the timeline's order as keys: `keys[k]` is `(events[k].start, n)`,
        # `n` counting the events as they came; per entity, its events with
        # those keys in the same order; the longest event (see `prefix_end`)
        self.keys: list[tuple[int, int]] = []
        self.by_entity: dict[str, list[tuple[tuple[int, int], _Event]]] = {}
        self.longest = 0
        self.held = GrowingCover()  # every span some entity holds (`owner`'s keys)
        self.memo: dict = {}  # other modules' caches of what they read here (antecedents)
        self._seed()

    def entity(self, entity_id: str) -> Optional[_Entity]:
        """The entity of an id (`e7` is the seventh made)."""
        number = int(entity_id[1:]) - 1
        found = self.entities[number] if 0 <= number < len(self.entities) else None
        return found if found is not None and found.id == entity_id else None

    def attach(self, entity: _Entity, mention: Mention) -> None:
        """Record `mention` as `entity`'s, taking it from any other owner."""
        key = (mention.start, mention.end)
        previous = self.owner.get(key)
        if previous is None:
            self.held.add(mention.start, mention.end)
        elif previous is not entity:
            previous.mentions = [m for m in previous.mentions if (m.start, m.end) != key]
            if previous.canonical is not None and (previous.canonical.start, previous.canonical.end) == key:
                previous.canonical = None
        self.owner[key] = entity
        entity.mentions.append(mention)

    # --- building ------------------------------------------------------------

    def _new(self, name: str, kind: str, key: str, **fields) -> _Entity:
        entity = _Entity(f"e{len(self.entities) + 1}", name, kind, key, **fields)
        if entity.surname:
            self._by_surname.setdefault(entity.surname[:2], []).append((len(self.entities), entity))
        self.entities.append(entity)
        return entity

    def _people_like(self, *words: str) -> list[_Entity]:
        """The people (in the order they were made) whose surname may be
        `same_word` with one of `words`: the same first two letters."""
        found = {}
        for word in words:
            for n, entity in self._by_surname.get(word[:2], ()):
                found[n] = entity
        return [found[n] for n in sorted(found) if found[n].kind == "person"]

    def _seed(self) -> None:
        doc = self.doc
        for span in names.names_of(doc):
            tokens = doc.tokens_in(span.start, span.end)
            if not tokens:
                continue
            mention = Mention(span.text, span.start, span.end)
            if span.type == "PER":
                full = names.name_span_nominative(doc, span.start, span.end)
                # the surnames of people named before that look like this one
                written, base = norm(tokens[-1].text), norm(full.split()[-1])
                known = {norm(e.surname) for e in self._people_like(base, written) if e.surname}
                # (`у дома Лофнеров`: a family, whose plural tells no one's gender,
                # however tagged: the surname of someone named before, plus `-ов`)
                family = tokens[-1].feat("Number") == "Plur" or any(base in (k + "ов", k + "ых") for k in known)
                gender = person_gender(full) if not family else None
                if gender is None and not family and not known & {written, base}:
                    # (`Макеба` after `Зензиле Макеба` is her, however tagged;
                    # `Лофнера` is none of the Лофнеры named before in particular)
                    gender = _declined_masculine(tokens[-1], full)
                known_before = len(self.entities)
                entity = self.person(full, gender, mention, written=tokens[-1].text)
                if entity is None:
                    continue
                before = tokens[0].index - 1
                while before >= 0 and doc.tokens[before].text == ".":
                    before -= 1
                memorial = before >= 0 and norm(doc.tokens[before].text) in ("имени", "им")
                if len(self.entities) > known_before:  # made for this name
                    entity.memorial = memorial
                elif not memorial:
                    entity.memorial = False
                if entity.gender is None:
                    # `Анн Уинтертон рассказала`: the words agreeing with a
                    # name whose form tells no gender
                    entity.gender = _agreeing_gender(doc, tokens)
                    entity.gender_sure = entity.gender is not None
                self.pending_former = []
                for role in self.role_words(tokens[0].index, tokens[-1].index) + _one_of_the_others(doc, tokens[-1].index):
                    entity.roles.add(role)
                    self.roles.append((span.start, role, entity))
                for role in self.pending_former:
                    self.former_roles.append((span.start, role, entity))
                self.role_context.setdefault(entity.id, set()).update(
                    self.context.get((tokens[0].index, tokens[-1].index), []))
                self.countries.setdefault(entity.id, set()).update(
                    self.context_countries.get((tokens[0].index, tokens[-1].index), ()))
                self.nationalities.setdefault(entity.id, set()).update(
                    self.context_nationalities.get((tokens[0].index, tokens[-1].index), ()))
            elif span.type == "ORG":
                ref = MentionRef(span.start, span.end, tokens[-1].index, tuple(t.index for t in tokens))
                head = _head_of(doc, ref)
                ref = attrs.evolve(ref, head=head)
                short = None
                if (tail := _genitive_name_tail(doc, ref)) is not None:
                    # `Районный суд Самары`, `Институт физики Земли РАН`: the place or
                    # body NER cut off is the institution's name too
                    short = names.canonical(doc, ref)[0]
                    ref = attrs.evolve(ref, end=doc.tokens[tail].end,
                                       tokens=ref.tokens + tuple(range(ref.tokens[-1] + 1, tail + 1)))
                name, kind = names.canonical(doc, ref)
                if not name:
                    continue
                entity = self.named(name, kind if kind in ("media", "organization") else "organization",
                                    mention)
                if short and _org_key(short) != entity.key:
                    # (a later bare `МВД` is the `МВД России` named, where no other shares it)
                    self._short_name(_org_key(short), entity)
                initials = _initials(name)
                if initials and initials != entity.key and initials in _abbreviations(doc):
                    # (`Российская газета` … `пишет РГ`: the initials the text writes
                    # in capitals, where no other name has them)
                    self._short_name(initials, entity)
                words = entity.key.split()
                if entity.kind == "media" and len(words) == 2 and words[1] in _MEDIA_TYPE_WORDS \
                        and doc.tokens[ref.tokens[0]].upos == "ADJ":
                    # (`Издание «Новая газета»` … `«Новая» утверждает`: the adjective
                    # alone is the outlet, where no other name has it)
                    self._short_name(words[0], entity)
            else:
                continue
            self.events.append(_Event(span.start, span.end, entity))
        self.events.sort(key=lambda e: e.start)
        for n, event in enumerate(self.events):
            self._ends.setdefault(event.entity.id, []).append(event.end)
            self.keys.append((event.start, n))
            self.by_entity.setdefault(event.entity.id, []).append(((event.start, n), event))
            self.longest = max(self.longest, event.end - event.start)
        for ends in self._ends.values():
            ends.sort()

    def _short_name(self, key: str, entity: "_Entity") -> None:
        """`key` names `entity` too, unless another entity had it first (then none)."""
        known = self.short_names.get(key, entity)
        self.short_names[key] = entity if known is entity else None

    def role_words(self, first: int, last: int) -> list[str]:
        doc = self.doc
        sentence = doc.tokens[first].sentence
        found: list[str] = []
        nearest_role = None  # the role noun nearest the name
        # `Адвокат Ивана Петрова`, `Помощник министра Сергея Шойгу`: a name in
        # the genitive holds no role noun of another case before it (the
        # lawyer is not Петров); `министра` agrees with it and is his
        complement = _genitive_complement(doc, first)
        j, steps, crossed, former_past = first - 1, 0, None, False
        name_case = doc.tokens[first].feat("Case")
        described = False
        # `спросил президент у Игнатьева`, `встретился министр с Петровым`: a
        # name right after its preposition is someone the words before speak
        # of or to; their role noun is the subject's, not his
        # (either way no words before are his: his roles and context stay empty)
        reads_before = not (j >= 0 and doc.tokens[j].upos == "ADP" and doc.tokens[j].head == first)
        # `личный фотограф Саакашвили Ираклий Геденидзе`: a name with another
        # person's name right after it, the first in the genitive or in the
        # second's case, is whose the role is (an indeclinable one shows no
        # genitive); the role is the next name's (not a name followed by one
        # in another case: `Мэр Москвы Сергей Собянин Юрию Лужкову ответил`)
        if last + 1 < len(doc.tokens) and doc.tokens[last + 1].sentence == sentence \
                and doc.tokens[last + 1].upos in ("PROPN", "X") \
                and (doc.tokens[first].feat("Case") in (None, "Gen")
                     or doc.tokens[last + 1].feat("Case") in (None, doc.tokens[first].feat("Case"))) and any(
                    n.type == "PER" and n.start >= doc.tokens[last].end
                    for n in overlapping_names(doc, doc.tokens[last + 1].start, doc.tokens[last + 1].end)):
            reads_before = False
        while reads_before and j >= 0 and steps < 14 and doc.tokens[j].sentence == sentence:
            token = doc.tokens[j]
            if token.text == ")":
                # `президент Российского футбольного союза (РФС) Вячеслав Колосков`
                opening = next((k for k in range(j - 1, max(-1, j - 5), -1) if doc.tokens[k].text == "("), None)
                if opening is not None and opening > 0 and doc.tokens[opening].sentence == sentence:
                    j, steps = opening - 1, steps + (j - opening) + 1
                    continue
            if token.text in (",", "—", "–") and crossed is None and self._role_phrase_before(j):
                # `Бывший министр финансов России, глава ЦСР Алексей Кудрин`:
                # the former role of an apposition chain is his too (only
                # that one is read past the comma: a later `экс-министр`)
                crossed = j
                j, steps = j - 1, steps + 1
                continue
            if token.text in (",", ".", ":", ";", "—", "–", "(", ")") or token.upos in ("VERB", "AUX"):
                break
            if token.upos == "ADP" and nearest_role is not None and token.head == nearest_role:
                # `сенатора в письме к торговому представителю США Сьюзан Шваб`:
                # the preposition of the post's own phrase; the words before
                # it are someone else's
                break
            if token.upos == "PROPN" and (token.feat("Case") not in (None, "Gen") or found) \
                    and any(n.type == "PER" for n in overlapping_names(doc, token.start, token.end)):
                # `предложил президенту РФ Владимиру Путину глава Минсельхоза
                # Александр Ткачев`: the roles before another person's name are
                # that person's (not before one in the genitive: `пресс-секретарь
                # Путина Дмитрий Песков`, `адвокат Юровой Руслан Коблев`, unless
                # this name has its role already: `президента Литвы Валдаса
                # Адамкуса и президента Польши Леха Качиньского`)
                break
            if token.upos == "NOUN" and token.feat("Animacy") == "Anim" \
                    and token.feat("Case") == name_case and name_case not in (None, "Gen") and not found:
                # `с премьером и председателем партии студентка Дарья Хлынова`:
                # a noun of hers in her case, a role or not; a
                # post before it in another case is someone else's (`глава
                # фракции коммунист Иван Петров` is his)
                described = True
            # (`Замминистра` opening a sentence, `Патриарх` written with a
            # capital, are tagged names: a role all the same outside a name)
            if described and names.is_role_noun(doc, j) and token.feat("Case") not in (None, name_case):
                break
            if names.is_role_noun(doc, j) and (token.upos == "NOUN" or token.upos == "PROPN" and (
                    j == doc.sentence_of(j).first or not overlapping_names(doc, token.start, token.end))):
                # `пресс-секретарь президента Дмитрий Песков`: a role noun that
                # depends on another role noun is its complement, not the role
                # (nor a former role of his: `адвокат экс-главы ЮКОСа Юрий Шмидт`)
                # (the genitive name's own role: `советник президента России
                # Владимира Путина`)
                complement_role = token.head is not None and token.head != j and token.head < first \
                    and token.deprel == "nmod" and names.is_role_noun(doc, token.head) \
                    and doc.tokens[token.head].upos == "NOUN" and not (complement and token.feat("Case") == "Gen") \
                    and not (token.feat("Case") == name_case and name_case not in (None, "Gen")
                             and doc.tokens[token.head].feat("Case") != name_case)  # (in her case: hers)
                # (nor one in the genitive under any noun before it, where the
                # name is in another case: `глава администрации президента
                # России Сергей Иванов` is no president)
                complement_role = complement_role or complement_of_noun(doc, token) \
                    and name_case not in (None, "Gen") and _within_role_phrase(doc, token.head)
                # a name in the genitive holds no role noun of another case
                others = complement and token.feat("Case") not in (None, "Gen") and not genitive_form(token)
                # (`экс-` is the noun's own: a sentence may open with it; a
                # `бывший` before it is its own where it agrees: not `Бывший
                # советник президента`)
                if not complement_role and not others and (norm(token.text).startswith("экс-") or any(
                        (_is_former(norm(doc.tokens[k].text)[:6]) or norm(doc.tokens[k].text).startswith(_FORMER_STEMS))
                        and doc.tokens[k].feat("Case") in (None, token.feat("Case"))
                        for k in range(max(0, j - 2), j))):
                    # `бывший министр финансов Алексей Кудрин`: a former role
                    # names him for a later `экс-министр`, never for `министр`
                    self.pending_former.append(_former_lemma(token))
                    former_past = crossed is not None
                    break
                if crossed is not None:
                    j -= 1
                    steps += 1
                    continue
                if not complement_role and not _genitive_after_role(doc, j) and not others:
                    if nearest_role is not None and _other_case(token, doc.tokens[nearest_role]):
                        # `с премьером и председателем партии студентка Дарья
                        # Хлынова`: a role in another case is someone else's
                        break
                    found.append(names.lex_lemma(token))
                    nearest_role = j if nearest_role is None else nearest_role
            j -= 1
            steps += 1
        if crossed is not None and not former_past:
            j = crossed  # no former role past the comma: its words are no complement of his
        # the countries of a role phrase only: `на белорусском телевидении
        # Саакашвили` tells nothing of him
        self.context_countries[(first, last)] = names.countries(doc.tokens[k] for k in range(j + 1, first)) \
            if found or self.pending_former else frozenset()
        # (its adjectives only: `голландский тренер`, a nationality)
        self.context_nationalities[(first, last)] = names.countries(
            doc.tokens[k] for k in range(j + 1, first) if doc.tokens[k].upos == "ADJ") \
            if found or self.pending_former else frozenset()
        self.context[(first, last)] = list(_with_deputy_heads(names.complement_words(doc, range(j + 1, first)))) \
            + _acronyms(doc, range(j + 1, first))
        if nearest_role is not None and found[0] in GENERAL_HEADS:
            # `глава военного ведомства Панос Камменос` is a minister (not `глава МИД республики`)
            own = names.complement_words(doc, range(nearest_role + 1, first))
            if not own - _lexicon()["anaphoric"] - names.country_words() and (post := _post_named(own)):
                found.append(post)
            elif _names_ministry(own) and not _heads_a_unit(own):
                found.append("министр")  # `главы Минфина РФ Антона Силуанова`
        if nearest_role is not None and found[0] == "председатель" and _chairs_government(
                names.complement_words(doc, range(nearest_role + 1, first))):
            found.append("премьер")  # `председатель правительства Испании Педро Санчес`
        # apposition after the name: `Ольга Андреева, эксперт проекта`
        k = last + 1
        if k + 1 < len(doc.tokens) and doc.tokens[k].text == "," and doc.tokens[k + 1].sentence == sentence:
            for m in range(k + 1, min(len(doc.tokens), k + 4)):
                if names.is_role_noun(doc, m) and doc.tokens[m].upos == "NOUN":
                    if any(norm(doc.tokens[x].text).startswith(_FORMER_STEMS + ("экс-",)) for x in range(k + 1, m + 1)):
                        # `Михаил Ходорковский, бывший глава ЮКОСа`: a post he
                        # held, for a later `экс-глава ЮКОСа`, never the
                        # `глава компании` now; its complement is his context
                        self.pending_former.append(_former_lemma(doc.tokens[m]))
                        self.context[(first, last)] = self.context.get((first, last), []) + list(
                            _with_deputy_heads(names.complement_words(doc, range(m + 1, _apposition_end(doc, m)))))
                        break
                    found.append(names.lex_lemma(doc.tokens[m]))
                    # `Михаил Саакашвили, грузинский лидер`
                    self.context_countries[(first, last)] = self.context_countries[(first, last)] \
                        | names.noun_countries(doc, m)
                    self.context_nationalities[(first, last)] = self.context_nationalities[(first, last)] \
                        | names.countries(doc.tokens[c] for c in doc.children(m) if doc.tokens[c].upos == "ADJ")
                    break
                if doc.tokens[m].upos not in ("ADJ", "DET"):
                    break
        return found

    def _role_phrase_before(self, comma: int) -> bool:
        """Whether the words before `comma`, back to the sentence start or a
        verb, are a role phrase of their own (a role noun, no person's name,
        no other punctuation): the first link of an apposition chain."""
        doc = self.doc
        sentence = doc.tokens[comma].sentence
        k, role = comma - 1, False
        while k >= 0 and doc.tokens[k].sentence == sentence:
            token = doc.tokens[k]
            if token.upos in ("VERB", "AUX"):
                break
            if token.upos == "PUNCT" and token.text not in "()" \
                    or any(n.type == "PER" for n in overlapping_names(doc, token.start, token.end)):
                return False
            role = role or names.is_role_noun(doc, k) and token.upos == "NOUN"
            k -= 1
            if comma - k > 8:
                return False
        return role

    def person(self, full: str, gender: Optional[str], mention: Optional[Mention],
               sure: bool = False, at: Optional[int] = None, written: Optional[str] = None) -> Optional[_Entity]:
        """The person `full` names (a new one where none fits); `sure` when
        the gender comes from an agreeing verb or pronoun; `at`, where the
        name is read after every name was seeded: a person named before it
        is meant before one named only later (`пишет Мубарак` is Хосни
        Мубарак, not Сюзан Мубарак of a later quote); `written`, the surname
        as the text has it (`Миронову`, which either gender may be)."""
        first, surname = _name_parts(full)
        if not surname:
            return None
        family = self.family(written) if not first and written else None
        if family is not None:
            if mention is not None:
                self.attach(family, mention)
            return family
        entity = self._find_person(first, surname, gender, sure, at, written)
        if entity is None:
            entity = self._new(full, "person", surname, gender=gender, surname=surname, first=first,
                               gender_sure=sure and gender is not None)
            entity.canonical = mention
        else:
            if first and not entity.first:
                entity.first = first
            if _better_name(full, entity.name):
                entity.name = full
                entity.canonical = mention or entity.canonical
            if gender and (entity.gender is None or sure and not entity.gender_sure):
                entity.gender = gender
                entity.gender_sure = sure
        if mention is not None:
            self.attach(entity, mention)
        return entity

    def family(self, written: str) -> Optional[_Entity]:
        """`Кругловы заявили`, `по словам Кругловых`: a surname in the plural
        of a person named before is the family, a group of its own, not one
        of them (`Эльвира Круглова`)."""
        word = norm(written)
        for entity in reversed(self._people_like(word)):
            base = norm(entity.surname or "")
            if entity.gender == "Fem" and _FEM_SURNAME.search(base):
                base = base[:-1]
            if len(base) > 4 and base.endswith(("ов", "ев", "ёв", "ин", "ын")) \
                    and word in {base + tail for tail in ("ы", "ых", "ым", "ыми")}:
                key = "семья " + base
                group = self.by_key.get(key)
                if group is None:
                    group = self._new(base[:1].upper() + base[1:] + "ы", "group", key)
                    self.by_key[key] = group
                return group
        return None

    def _find_person(self, first: Optional[str], surname: str, gender: Optional[str],
                     sure: bool = False, at: Optional[int] = None, written: Optional[str] = None) -> Optional[_Entity]:
        if first:
            # `Лабазанов Чингиз` is `Чингиз Лабазанов`
            for e in reversed(self._people_like(surname, first)):
                if e.first and same_word(e.first, first) and _same_surname(e.surname, surname) \
                        or e.first and same_word(e.first, surname) and same_word(e.surname, first):
                    return e
        candidates = [e for e in self._people_like(surname) if _same_surname(e.surname, surname)]
        if first:
            candidates = [e for e in candidates if not e.first]
        if gender:
            agreeing = [e for e in candidates if e.gender in (None, gender)]
            if not agreeing:
                # the same surname written the same way: its ending tells no
                # gender apart unless both genders were read off agreement
                # (not a woman's form the verb tells of a man's: `Сутягина отметила`
                # is no Игорь Сутягин)
                agreeing = [e for e in candidates if e.surname == surname and not (sure and e.gender_sure)
                            and not (sure and gender == "Fem" and written and norm(written) != norm(e.surname))]
            if not agreeing and not sure and written and not first:
                # `Вера Миронова … спросил Миронову`: a form the known person's
                # surname takes in her own gender (the tagger guessed the other;
                # a first name tells it: `Светлана Сутягина` is no `Сутягин`)
                agreeing = [e for e in candidates if e.gender and e.surname
                            and norm(written) in _surname_forms(norm(e.surname), e.gender)]
            candidates = agreeing or ([] if any(e.gender for e in candidates) else candidates)
        if not candidates and not first:
            # `Тайгер`, `Харуки` alone: the one person named in full with that
            # first name, where no one has it for a surname
            named = [e for e in self.entities if e.kind == "person" and e.first and e.surname
                     and same_word(e.first, surname) and (not gender or e.gender in (None, gender))]
            if len({e.id for e in named}) == 1:
                candidates = named
        if not candidates and len(surname) >= 7 and not names._parses_known(norm(surname)):
            # a surname misspelt by one slip (`Гернстермайер` for `Билл
            # Герстенмайер`, `Горшнев` for `Михаил Горшенев`): the one person
            # named in full whose surname it is, of the same first name if any
            # (a surname the dictionary knows is one of its own: `Зелинский`
            # is not `Зеленский`, `Мурадов` not `Муратов`)
            slipped = [e for e in self._people_like(surname) if e.surname and e.first
                       and (not first or same_word(e.first, first)) and (not gender or e.gender in (None, gender))
                       and _one_slip(norm(e.surname), norm(surname))]
            if len({e.id for e in slipped}) == 1:
                candidates = slipped
        if at is not None:
            candidates = [e for e in candidates if self.named_before(e.id, at)] or candidates
        if not first:
            # (`мечети имени Ахмата Кадырова` … `сказал Кадыров`: the living one)
            candidates = [e for e in candidates if not e.memorial] or candidates
        if written:
            # `Навального` is not Юлия Навальная's, `Трампа` not Мелания Трамп's
            candidates = [e for e in candidates if _form_fits(e, written)] or candidates
        # a bare surname is the person the text names most (`Мубарак` after
        # his wife `Сюзан Мубарак` is named once), the latest on a tie; while
        # the names are seeded, before any event is placed, most so far
        return max(reversed(candidates), key=lambda e: len(self.by_entity.get(e.id) or e.mentions)) \
            if candidates else None

    def named(self, name: str, kind: str, mention: Optional[Mention]) -> _Entity:
        key = _org_key(name)
        entity = self.by_key.get(key) or self.short_names.get(key)
        if entity is None:
            entity = self._new(name, kind, key)
            entity.canonical = mention
            self.by_key[key] = entity
        elif len(name) > len(entity.name) and kind == entity.kind:
            entity.name = name
        if entity.kind == "organization" and kind == "media":
            entity.kind = "media"  # `Труд` the tagger took for an organisation, then `газета «Труд»`
        if mention is not None:
            self.attach(entity, mention)
        return entity

    def note(self, start: int, end: int, entity: _Entity, speaker: bool = False) -> None:
        # after equal starts, where a stable sort of the appended event puts it
        event = _Event(start, end, entity, speaker=speaker)
        key = (start, len(self.keys))
        at = bisect_right(self.keys, key)
        self.events.insert(at, event)
        self.keys.insert(at, key)
        insort(self.by_entity.setdefault(entity.id, []), (key, event), key=_timeline_key)
        self.longest = max(self.longest, end - start)
        insort(self._ends.setdefault(entity.id, []), end)

    def prefix_end(self, offset: int) -> int:
        """How many events a walk over the timeline reads before the first
        that ends after `offset` (it stops there): no event starting
        `longest` or more before `offset` ends after it, so the walk is
        resumed just before those."""
        events = self.events
        k = bisect_right(events, offset - self.longest, key=_event_start)
        while k < len(events) and events[k].end <= offset:
            k += 1
        return k

    def read_before(self, entity_id: str, prefix: int) -> int:
        """How many of the entity's events are among `events[:prefix]`."""
        own = self.by_entity.get(entity_id, ())
        if prefix >= len(self.keys):
            return len(own)
        return bisect_left(own, self.keys[prefix], key=_timeline_key)

    def latest_roles(self, roles: list, before: int, family: frozenset):
        """What `sorted(roles, key=-start)` yields starting before `before`
        with a role in `family`, lazily: latest first, equal starts in the
        order they were noted. Each role word keeps its entries sorted, so a
        look-up reads only that role's entries, from `before` back."""
        synced, index = self._role_index.get(id(roles), (0, {}))
        for k in range(synced, len(roles)):  # the roles noted since the last look-up
            insort(index.setdefault(roles[k][1], []), (-roles[k][0], k, roles[k]))
        self._role_index[id(roles)] = (len(roles), index)
        streams = []
        for role in family:
            entries = index.get(role)
            if entries:
                streams.append(_tail(entries, bisect_right(entries, (-before, math.inf))))
        for _, _, entry in heapq.merge(*streams):
            yield entry

    def named_before(self, entity_id: str, offset: int) -> int:
        """How many events of the entity end by `offset` (a binary search)."""
        return bisect_right(self._ends.get(entity_id, ()), offset)

    def between(self, low: int, high: int) -> list[_Event]:
        """The events starting in `[low, high]`, in timeline order."""
        key = _event_start
        return self.events[bisect_left(self.events, low, key=key):bisect_right(self.events, high, key=key)]

    def earlier(self, offset: int):
        """`before(offset)` lazily, nearest first: a caller that stops early
        reads only the events it needs."""
        events = self.events
        for k in range(bisect_right(events, offset, key=_event_start) - 1, -1, -1):
            if events[k].end <= offset:
                yield events[k]

    # --- lookups -------------------------------------------------------------

    def relay_entity(self, mention: MentionRef) -> Optional[_Entity]:
        """The entity a relay's mention names (`Trend`, `британскому изданию`)."""
        stub = Attribution("indirect", [], "relay", 0.0, mention=mention)
        entity = self.resolver.entity_for(stub) if self.resolver else None
        if entity is not None:
            entity.relays = True
            self.attach(entity, mention.to_mention(self.doc))
            if entity.kind in ("unknown", "person") and names.kind_of(self.doc, mention) == "media":
                entity.kind = "media"
        return entity

    def frozen(self) -> list[Entity]:
        """The entities worth reporting: people, and whoever speaks or relays."""
        return [e.freeze(self.doc) for e in self.entities
                if (e.kind == "person" and e.mentions) or e.spoke or e.relays]

    def before(self, offset: int) -> list[_Event]:
        """Events before `offset`, nearest first."""
        return [e for e in reversed(self.events) if e.end <= offset]


def _agrees_in_gender(doc: Doc, candidate, gender: str) -> bool:
    """A candidate of the pronoun's own gender, by its name or its noun's form."""
    kind, what, _ = candidate
    if kind == "entity":
        return what.gender == gender
    return doc.tokens[what].feat("Gender") == gender


_OTHERS = frozenset({"еще", "ещё", "другие", "других", "другими", "другим", "остальные", "остальных"})


def _one_of_the_others(doc: Doc, last: int) -> list[str]:
    """`Алпарслан Челик и еще 14 подозреваемых`, `Иванов и другие депутаты`:
    the person is one of the group the phrase counts, so he holds its role
    (a later `подозреваемый` may be him)."""
    k = last + 1
    if k + 1 >= len(doc.tokens) or norm(doc.tokens[k].text) != "и" or norm(doc.tokens[k + 1].text) not in _OTHERS:
        return []
    for j in range(k + 2, min(len(doc.tokens), k + 5)):
        token = doc.tokens[j]
        if token.upos == "NOUN":
            return [names.lex_lemma(token)] if names.is_role_noun(doc, j) and token.feat("Number") == "Plur" else []
        if token.upos not in ("NUM", "ADJ", "DET"):
            return []
    return []


def _made_for(doc: Doc, noun: int) -> bool:
    """The noun has a complement of `к`/`для` (`материалы к заседанию ГКРЧ`,
    `документ для Совбеза`)."""
    return any(doc.tokens[c].deprel.startswith("nmod") and doc.tokens[c].upos in ("NOUN", "PROPN")
               and any(norm(doc.tokens[a].text) in ("к", "для") and doc.tokens[a].upos == "ADP"
                       for a in doc.children(c))
               for c in doc.children(noun))


def _apposition_end(doc: Doc, role: int) -> int:
    """Where the words of an apposition's role noun end (`, бывший глава НК
    ЮКОС,`): at the next mark of punctuation or verb of its sentence, ten
    words on at most."""
    sentence = doc.tokens[role].sentence
    k = role + 1
    while k < min(len(doc.tokens), role + 11) and doc.tokens[k].sentence == sentence \
            and doc.tokens[k].text not in (",", ".", ";", ":", "—", "–", "(", ")") \
            and doc.tokens[k].upos not in ("VERB", "AUX"):
        k += 1
    return k


def _undeclined_complement(token: Token) -> bool:
    """`пресс-секретарь аль-Файеда`: a foreign name the tagger could not
    decline (no case), hung on the noun as its complement."""
    return token.feat("Case") is None and token.deprel.startswith("nmod")


def _genitive_complement(doc: Doc, i: int) -> bool:
    """Token `i` (a name's first word) is a genitive complement in the
    parse: `адвокат Ивана Петрова` (nmod), `помощник министра Сергея Шойгу`
    (apposition to a genitive); not `агент … Тоби Иди` (apposition to the
    nominative role, whatever case the tagger gave the foreign name)."""
    token = doc.tokens[i]
    if _undeclined_complement(token):
        return True
    if token.feat("Case") != "Gen" or names.woman_read_as_genitive(doc, i):
        return False
    if token.deprel == "conj" and token.head is not None and token.head < i:
        # `адвокат Ивана Петрова и Сергея Сидорова`: the second name is what the first is
        return _genitive_complement(doc, token.head)
    if token.deprel.startswith("nmod"):
        return True
    if token.deprel != "appos" or token.head is None:
        return False
    # hung on a genitive noun, or on a nominative one though the first name
    # can only be a genitive (`Брат пропавшего шахтера Дмитрия Марьина`)
    return doc.tokens[token.head].feat("Case") == "Gen" or \
        doc.tokens[token.head].feat("Case") == "Nom" and names.genitive_first_name(token.text)


def _named_in_genitive(doc: Doc, name) -> bool:
    """A name span whose first word is a genitive complement."""
    tokens = doc.tokens_in(name.start, name.end)
    return bool(tokens) and _genitive_complement(doc, tokens[0].index)


def _genitive_after_role(doc: Doc, j: int) -> bool:
    """`заместитель начальника службы Льюис Рамзи`: a role noun in the
    genitive right after another role noun (adjectives between) is that
    role's complement, whatever the parse says."""
    if doc.tokens[j].feat("Case") != "Gen":
        return False
    k = j - 1
    while k >= 0 and doc.tokens[k].upos == "ADJ":
        k -= 1
    return k >= 0 and doc.tokens[k].upos == "NOUN" and names.is_role_noun(doc, k)


def _tail(items: list, first: int):
    """`items[first:]` without copying it."""
    for k in range(first, len(items)):
        yield items[k]


def _event_start(event: "_Event") -> int:
    return event.start


def _timeline_key(entry: tuple) -> tuple[int, int]:
    return entry[0]


def _resolved_start(resolved: tuple) -> int:
    return resolved[0]


def _agrees_with_relative(relative: Token, noun: Token) -> bool:
    """`которая` agrees with its noun in gender and number (`Липман`, not
    `мнение`); a form that tells neither agrees with anything."""
    for feature in ("Number", "Gender"):
        a, b = relative.feat(feature), noun.feat(feature)
        if a and b and a != b and not (feature == "Gender" and relative.feat("Number") == "Plur"):
            return False
    return True


def _nominative_from_subject(entity: _Entity, surname: str) -> None:
    """`Паноса Камменоса` (a foreign name the dictionary cannot decline) is
    `Панос Камменос` once the text names him as a subject, `Камменос`: the
    surname as the subject writes it, the first name without the same
    ending."""
    words = entity.name.split()
    if len(words) < 2 or words[-1] == surname or not _same_surname(norm(words[-1]), norm(surname)):
        return
    old = words[-1]
    if not old.startswith(surname) or len(old) - len(surname) > 2:
        return
    ending = old[len(surname):]
    words = [w[:-len(ending)] if w.endswith(ending) and len(w) > len(ending) + 2 else w for w in words[:-1]]
    entity.name = " ".join(words + [surname])


# compiled once: the module's cache look-up costs more than the match
_SPACES = regex.compile(r"[\s]+")
_INITIAL = regex.compile(r"\p{L}\.?")


def _better_name(new: str, old: str) -> bool:
    """A fuller name: more words, none of them initials."""
    def score(name: str) -> tuple[int, int]:
        words = [w for w in _SPACES.split(name) if w]
        initials = sum(1 for w in words if _INITIAL.fullmatch(w) or "." in w)
        return (len(words) - initials, -initials)
    return score(new) > score(old)


def _org_key(name: str) -> str:
    return regex.sub(r"[«»\"„“”'\s]+", " ", norm(name)).strip()


def _genitive_name_tail(doc: Doc, ref: MentionRef) -> Optional[int]:
    """The last word of the names right after an institution's name that
    NER cut off and the parse hangs on it in the genitive (`Районный суд`
    + `Самары`, `Институт физики` + `Земли РАН`), not a medium's; None
    where there is none."""
    inside = set(ref.tokens)
    end, last = ref.end, None
    for n in names_index(doc).after(end):
        tokens = doc.tokens_in(n.start, n.end)
        if n.type not in ("LOC", "ORG") or not tokens or doc.text[end:n.start].strip():
            break
        first = tokens[0]
        if not (first.deprel.startswith("nmod") and first.head in inside and first.feat("Case") in ("Gen", None)):
            break
        if n.type == "ORG" and names.is_media_name(doc.text[n.start:n.end]):
            break  # (a medium right after is whom it told: `В МВД ТАСС рассказали`)
        inside |= {t.index for t in tokens}
        end, last = n.end, tokens[-1].index
    return last


def _head_of(doc: Doc, ref: MentionRef) -> int:
    inside = set(ref.tokens)
    for i in ref.tokens:
        head = doc.tokens[i].head
        if head is None or head not in inside:
            return i
    return ref.tokens[0]


_PERSONAL_RELATIONS = grammar.words("entities", "relations", "personal")


_AGENTS = grammar.words("entities", "relations", "agents")


def _reported_earlier(doc: Doc, attribution: Attribution) -> bool:
    """Earlier news, whoever gave it: `сообщалось` (`Как сообщалось`,
    `Ранее сообщалось, что`), or a past impersonal report said to be earlier
    (`Как указывалось ранее`); not a statement's own past voice (`Отмечалось,
    что P` retells it), nor a document's short participle (`как указано`)."""
    cue = doc.tokens[attribution.cue.head]
    word = norm(cue.text)
    sentence = doc.sentence_of(cue.index)
    if word == "сообщалось" and not any(norm(doc.tokens[k].text) in _ALSO for k in range(sentence.first, cue.index)):
        return True  # (`Также сообщалось, что P` goes on with the statement)
    near = range(max(sentence.first, cue.index - 3), min(sentence.last + 1, cue.index + 3))
    return word.endswith("лось") and any(norm(doc.tokens[k].text) in _EARLIER for k in near)


# words that put a report before this news: `Как указывалось ранее` (not
# `Как уже отмечалось`, which may point back into the same text)
_EARLIER = frozenset({"ранее", "прежде", "раньше"})
# words that make a report go on with the one before (`Также сообщалось`, `При этом сообщалось`)
_ALSO = frozenset({"также", "кроме", "того", "этом", "еще", "ещё"})
_INTERLOCUTORS = frozenset({"собеседник", "собеседница"})
# present impersonal verbs that go on with a document just quoted (`Отмечается, что`)
_DOCUMENT_GOES_ON = frozenset({"отмечаться", "подчеркиваться", "подчёркиваться", "уточняться", "говориться",
                               "указываться", "добавляться", "констатироваться", "говорить", "отмечать",
                               "подчеркивать", "уточнять", "указывать", "добавлять"})
# words before an impersonal report that goes on with the one before (`Также отмечается`)
_GOING_ON = frozenset({"также", "кроме", "того", "в", "свою", "очередь", "при", "этом", "и", "еще", "ещё"})
# verbs that deny a report: no report of their own to go on with
_DENIALS = frozenset({"опровергнуть", "опровергать", "отрицать", "отвергнуть", "отвергать", "откреститься",
                      "отказаться", "отказываться"})
# a surname's nominative of either gender (`собеседница Смирнова` is the
# interlocutor herself, `собеседник Смирнова` Смирнов's)
_NOMINATIVE_SURNAME = {"Fem": regex.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$"),
                       "Masc": regex.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ий)$")}


def _own_surname(head: Token, word: Token) -> bool:
    """A surname in the nominative of the noun's own gender, apposed to it
    (`собеседница Смирнова`), not a complement (`собеседник Смирнова`)."""
    pattern = _NOMINATIVE_SURNAME.get(head.feat("Gender") or "")
    return pattern is not None and word.feat("Case") in ("Nom", None) and bool(pattern.search(word.text.lower()))


def _someone_named_before(doc: Doc, name, head: Token) -> bool:
    """`Алексей Пичугин` … `по словам защитника Пичугина`: a bare surname in
    the genitive after a noun for someone who acts for another is the
    person the text named in full before, where it did not name them with
    that noun (`адвокат Иван Петров` … `по словам адвоката Петрова` is
    the lawyer)."""
    if names.lex_lemma(head) not in _AGENTS:
        return False
    words = [t for t in doc.tokens_in(name.start, name.end) if t.upos != "PUNCT"]
    # (`собеседник` names whom one spoke with: a bare surname after it is the
    # other side in any case the tagger gave it, `говорит собеседник Дрю-Хани`)
    undeclined = bool(words) and (_undeclined_complement(words[0]) or names.lex_lemma(head) in _INTERLOCUTORS
                                  and words[0].head == head.index and not _own_surname(head, words[0]))
    if len(words) != 1 or words[0].index <= head.index or not (words[0].feat("Case") == "Gen" or undeclined):
        return False
    surname = norm(names.nominative(words[0]))
    for other in names.names_of(doc):
        if other.type != "PER" or other.end > head.start:
            continue
        earlier = [t for t in doc.tokens_in(other.start, other.end) if t.upos != "PUNCT"]
        if len(earlier) < 2:
            continue
        known = norm(names.nominative(earlier[-1]))
        if known != surname and not (undeclined and same_word(known, surname)):
            continue  # (an undeclined form: `аль-Файеда` is the `аль-Файед` named)
        before = earlier[0].index - 1
        if before < 0 or names.lex_lemma(doc.tokens[before]) != names.lex_lemma(head):
            return True
    return False


def _personal_relation(doc: Doc, token: Token) -> bool:
    """`подруга`, `брат`, `мать`: kin or someone close to someone not yet
    said (`ее подруга Татьяна`, `его жена` say whose: the name after is hers)."""
    if (token.lemma or "").lower() not in _PERSONAL_RELATIONS and names.lex_lemma(token) not in _PERSONAL_RELATIONS:
        return False
    return not any(doc.tokens[c].upos in ("DET", "PRON") and c < token.index for c in doc.children(token.index))


def _names_head(doc: Doc, name, mention: MentionRef) -> bool:
    """`политолог Азер Гараев` names the speaker; `супруга Виктора Бута` names
    someone else in the genitive."""
    head = doc.tokens[mention.head]
    if name.start <= head.start < name.end:
        return True
    tokens = doc.tokens_in(name.start, name.end)
    if tokens and names.woman_read_as_genitive(doc, tokens[0].index):
        # `представитель компании Александра Галимова`: a woman's nominative
        # the tagger read as a man's genitive holds the post
        return True
    if head.upos == "NOUN" and not names.is_role_noun(doc, mention.head) and tokens \
            and tokens[0].head == mention.head and tokens[0].deprel == "nmod":
        # `заявлении семьи Лофнера`, `штаба Навального`: a name in the
        # genitive of a noun for no person is its complement, in any case
        return False
    if tokens and tokens[0].head == mention.head and _personal_relation(doc, head) \
            and tokens[0].feat("Case") == "Gen" and tokens[0].index > mention.head:
        return False  # `по словам подруги Ани`: the friend's, whatever case the friend is in
    if _someone_named_before(doc, name, head):
        return False
    if _verb_disagrees(doc, name, head):
        return False
    # `Помощник министра Сергея Шойгу`: an indeclinable surname takes any
    # case from the tagger; the first name's genitive complement tells
    # (an animate man's accusative is his genitive: `со ссылкой на помощника
    # президента Игоря Белова` names the aide, as `по словам помощника` does)
    head_cases = {head.feat("Case")}
    if head.feat("Case") in ("Acc", "Gen") and head.feat("Animacy") == "Anim" \
            and (head.feat("Gender") == "Masc" or head.feat("Number") == "Plur"):
        head_cases = {"Acc", "Gen"}
    if _named_in_genitive(doc, name) and not head_cases & {None, "Gen"}:
        return False
    cases = {t.feat("Case") for t in tokens if t.feat("Case")}
    if tokens and tokens[0].head == mention.head and tokens[0].deprel == "appos" \
            and (all(_indeclinable(t.text) for t in tokens) or _womans_undeclined(tokens)):
        # `заявила прокурор Кириенко`, `по выражению представителя США в ООН
        # Сьюзан Райс`: a form every case shares, whatever the tagger said
        return True
    return not cases or bool(head_cases & cases) or head.feat("Case") is None


def _dash_apposition(doc: Doc, token) -> bool:
    """`пришел и представитель «Справедливой России» - депутат Геннадий
    Гудков`: a nominative noun after a dash that the parse made a
    parataxis of the nominative noun before it names the same one."""
    if token.deprel != "parataxis" or token.upos not in ("NOUN", "PROPN") or token.feat("Case") != "Nom" \
            or token.head is None or token.head > token.index:
        return False
    head = doc.tokens[token.head]
    if head.upos not in ("NOUN", "PROPN") or head.feat("Case") != "Nom":
        return False
    first = min(k for k in doc.subtree(token.index) if doc.tokens[k].upos != "PUNCT")
    return first - 1 > token.head and doc.tokens[first - 1].text in ("-", "–", "—")


def _a_source(doc: Doc, k: int) -> bool:
    """The medium named at token `k` gives words or acts: whose `собеседник`
    or `источник` it is (`Один из собеседников Forbes`), whose data (`по
    данным X`), a subject (`Газета Le Figaro увидела`), or the one a verb of
    speech told (`объяснил «Коммерсанту-FM»`); not a medium the news is
    about (`заблокировал сайт «Медузы»`, `журналисты «Новой газеты»`)."""
    from .cues import speech_verb

    top = doc.tokens[doc.apposition_top(k)]
    head = doc.tokens[top.head] if top.head is not None else None
    if head is None:
        return False
    if top.deprel.startswith("nmod") and names.lex_lemma(head) in _SOURCE_NOUNS:
        return True
    # (its own journalists, subject of a report or a finding: `Журналисты «МК»
    # опубликовали материал`, `корреспондент Reuters выяснил`)
    if top.deprel.startswith("nmod") and names.lex_lemma(head) in _MEDIA_STAFF \
            and head.deprel.startswith("nsubj") and head.head is not None \
            and (speech_verb(doc.tokens[head.head]) or norm(doc.tokens[head.head].lemma or "") in _FINDING_VERBS):
        return True
    # (the tagger may read an indeclinable name the verb told as its object)
    return top.deprel.startswith("nsubj") or speech_verb(head) and (
        top.feat("Case") == "Dat" or top.deprel in ("obj", "iobj"))


# the people of a medium who write for it (`журналисты «МК»`, `обозреватель Reuters`)
_MEDIA_STAFF = frozenset({"журналист", "журналистка", "автор", "редакция"}) | frozenset(
    w for noun in ("журналист", "журналистка") for w in grammar.load("entities")["hypernyms"][noun])
# verbs of what journalists found or published (`опубликовали материал`, `выяснили`)
_FINDING_VERBS = frozenset({"опубликовать", "публиковать", "выяснить", "узнать", "обнаружить", "раскрыть",
                            "изучить", "подсчитать", "установить"})

# nouns whose genitive medium gives the words (`собеседник Forbes`, `по данным РБК`)
_SOURCE_NOUNS = frozenset(grammar.words("entities", "generic", "media_sources")) \
    | {"данные", "информация", "сведения"}


def _one_of_them(doc: Doc, noun: int) -> Optional[int]:
    """The `один` of `одной из сотрудниц` whose group `noun` names."""
    head = doc.tokens[noun].head
    if head is None or head >= noun or not one_of(doc, head, range(head, noun + 1)):
        return None
    return head


def _verb_disagrees(doc: Doc, name, head: Token) -> bool:
    """`Помощник Хиллари Клинтон … заявил`: the noun is the subject of a
    past verb whose gender is not the named person's (a name no case
    shows): the name is its complement, whose assistant it is (`Адвокат
    Мари Дюпон заявила` is the lawyer herself)."""
    verb = doc.tokens[head.head] if head.head is not None and head.deprel.startswith("nsubj") else None
    if verb is None or verb.upos not in ("VERB", "AUX") or verb.feat("Number") != "Sing" \
            or verb.feat("Gender") not in ("Masc", "Fem") or name.start <= head.start:
        return False
    # (the parse, reading the agreement, hung the name on the noun as its complement)
    first = doc.tokens_in(name.start, name.end)[:1]
    if not first or first[0].head != head.index or first[0].deprel != "nmod":
        return False
    gender = person_gender(doc.text[name.start:name.end])
    return gender is not None and gender != verb.feat("Gender")


def _in_subjects_description(doc: Doc, start: int) -> bool:
    """A name inside a modifier of a subject that names a person by a noun
    (`Адвокат, защищавший Олега Дерипаску, ответил`, `Источник, близкий к
    Игорю Сечину, не стал …`), the subject of its relative clause too
    (`Врач, которого пригласил Сергей Иванов, осмотрел …`): the subject is what the sentence is about;
    the person who describes it is no antecedent of the next pronoun."""
    k, steps, modified = doc.first_token_from(start), 0, False
    while k is not None and steps < 8:
        token = doc.tokens[k]
        # (`Эксперт, которого …`: a noun opening its sentence the tagger read as a name)
        if modified and token.deprel.startswith("nsubj") and (token.upos == "NOUN" or token.upos == "PROPN" and (
                names._first_of_sentence(doc, token) and names.animate_common_noun(token.text))):
            return bool(token.feat("Animacy") == "Anim" or token.upos == "PROPN" or names.lexicon_word(token, "roles")
                        or names.lexicon_word(token, "media_sources"))
        if token.deprel.startswith(("acl", "amod")):
            modified = True
        elif token.deprel.startswith("nsubj") and not modified and token.head is not None \
                and doc.tokens[token.head].deprel.startswith("acl"):
            pass  # the subject of the modifier itself: `Врач, которого пригласил Сергей Иванов, …`
        elif token.deprel.startswith(("nsubj", "root", "conj", "parataxis", "ccomp")):
            return False
        k, steps = token.head, steps + 1
    return False


_SURNAME_ENDINGS = {"Masc": {"ов": ("", "а", "у", "ым", "е"), "ев": ("", "а", "у", "ым", "е"),
                             "ёв": ("", "а", "у", "ым", "е"), "ин": ("", "а", "у", "ым", "е")},
                    "Fem": {"ова": ("а", "ой", "у"), "ева": ("а", "ой", "у"), "ёва": ("а", "ой", "у"),
                            "ина": ("а", "ой", "у")}}


def _same_surname(a: str, b: str) -> bool:
    """One surname, perhaps inflected (`same_word`), not two that only one's
    `-вич` tells apart (`Абрамович`, `Абрамов`; `Петрович`, `Петров`): no
    case ending adds `-ич`."""
    return same_word(a, b) and ("вич" in norm(a)) == ("вич" in norm(b))


def _one_slip(a: str, b: str) -> bool:
    """Two spellings of one surname of seven letters or more (`Сечин` and
    `Сечкин` are two): one letter left out, added, changed or two swapped
    (two slips in a surname of ten letters or more), the same last two
    letters (`Иванов` and `Иванова` are a man and a woman), and neither the
    other's beginning (`Абрамов`, `Абрамович`)."""
    if a == b or min(len(a), len(b)) < 7 or a[-2:] != b[-2:] or a.startswith(b) or b.startswith(a):
        return False
    allowed = 2 if min(len(a), len(b)) >= 10 else 1
    if abs(len(a) - len(b)) > allowed:
        return False
    # optimal string alignment distance
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1] <= allowed


def _surname_forms(surname: str, gender: str) -> frozenset[str]:
    """The case forms of a Russian surname in `-ов`, `-ев`, `-ин` (and their
    feminines in `-ова`, `-ина`) in its own gender; empty for others."""
    for ending, tails in _SURNAME_ENDINGS.get(gender, {}).items():
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            stem = surname[:-1] if gender == "Fem" else surname
            return frozenset(stem + tail for tail in tails)
    return frozenset()


def _form_fits(entity: "_Entity", written: str) -> bool:
    """Whether `written` is a case form the surname of `entity` takes in its
    gender: a woman's `-ова`, `-ина` or `-ая` declines in her own endings, a
    woman's surname ending in a consonant not at all (`Мелания Трамп`), a
    man's `-ов`, `-ин`, `-ый` in his. True where neither tells."""
    word, surname = norm(written), norm(entity.surname or "")
    if not surname or entity.gender not in ("Masc", "Fem"):
        return True
    forms = _surname_forms(surname, entity.gender)
    if forms:
        # (a foreign man's `-ин` takes `-ом`: `с Чаплином`)
        return word in forms or entity.gender == "Masc" and word == surname + "ом"
    stem = surname[:-2]
    if entity.gender == "Fem":
        if surname.endswith("ая") and len(surname) > 4:
            return word in {stem + "ая", stem + "ой", stem + "ую"}
        if surname[-1] in _CONSONANTS:
            return word == surname
        return True
    if surname.endswith(("ый", "ий", "ой")) and len(surname) > 4:
        return word in {stem + tail for tail in (surname[-2:], "ого", "его", "ому", "ему", "ым", "им", "ом", "ем")}
    return True


def _womans_undeclined(tokens) -> bool:
    """A woman's name whose words end in a consonant, which never decline
    (`Сьюзан Райс`, `Кэтрин Эштон`): the tagger's case of it is a guess."""
    words = [t.text for t in tokens if t.upos != "PUNCT"]
    return bool(words) and person_gender(" ".join(words)) == "Fem" \
        and all(norm(w)[-1:] in _CONSONANTS for w in words)


def _indeclinable(word: str) -> bool:
    """A name whose form every case shares (`Кириенко`, `Черных`, `Шойгу`,
    `Дюпре`): the tagger's case of it is a guess."""
    word = norm(word)
    return len(word) > 2 and (word.endswith(("о", "и", "у", "ю", "э", "е")) or word.endswith(("ых", "их")))


def _agreement(doc: Doc, mention: MentionRef, attribution: Attribution) -> tuple[Optional[str], Optional[str]]:
    token = doc.tokens[mention.head]
    word = norm(token.text)
    if word in PRONOUN_AGREEMENT:
        return PRONOUN_AGREEMENT[word]
    if word in _PARTITIVES:
        return None, "Plur"
    gender, number = token.feat("Gender"), token.feat("Number")
    # the verb agrees with its subject: `Бут рассказала`
    if attribution.cue is not None and attribution.cue.kind == "verb":
        verb = doc.tokens[attribution.cue.head]
        verb_gender, verb_number = _verb_agreement(verb)
        if verb_gender and verb_number == "Sing" and mention.start < attribution.cue.start + 200:
            if mention.head in doc.children(verb.index) or abs(verb.index - mention.head) <= 3:
                gender = verb_gender
        if verb_number == "Plur" and abs(verb.index - mention.head) <= 3:
            number = "Plur"
    return gender, number


def _verb_agreement(verb: Token) -> tuple[Optional[str], Optional[str]]:
    """(gender, number) a verb of saying shows of its subject; a
    participle's by its ending, which the tagger may misread
    (`Рожкова, утверждавшая, что` tagged masculine), none in an oblique case."""
    if verb.feat("VerbForm") == "Part" and verb.feat("Variant") != "Short":
        return participle_agreement(verb.text) or (None, None)
    return verb.feat("Gender"), verb.feat("Number")


def _verb_gender(doc: Doc, mention: MentionRef, attribution: Attribution) -> Optional[str]:
    """The gender of a past singular reporting verb next to its subject
    (`заявила Мартин`): evidence of the person's gender that a surname's
    ending is not."""
    if attribution.cue is None or attribution.cue.kind != "verb":
        return None
    verb = doc.tokens[attribution.cue.head]
    verb_gender, verb_number = _verb_agreement(verb)
    if verb_number != "Sing" or not verb_gender:
        return None
    if not (mention.head in doc.children(verb.index) or abs(verb.index - mention.head) <= 3):
        return None
    # `глава Минсельхоза Оксана Лут сказал`: a masculine verb may agree with
    # the role noun; a feminine one always speaks of the person
    head = doc.tokens[mention.head]
    if verb_gender == "Masc" and not names.people_cover(doc).covers(head.start):
        return None
    return verb_gender


# feminine nouns said of men too (`звезда Голливуда Том Круз`)
_EPICENE = frozenset({"звезда", "знаменитость", "личность", "персона", "легенда", "жертва", "сирота",
                      "фигура", "особа", "величина", "надежда", "гордость",
                      # common gender (`убийце Солтысу`): feminine in form, a man's too
                      "убийца", "коллега", "судья", "глава", "староста", "пьяница", "бродяга", "работяга",
                      "воротила", "невежда", "зануда", "умница", "левша", "самоучка", "выскочка"})


def _agreeing_gender(doc: Doc, tokens: list) -> Optional[str]:
    """The gender the words agreeing with a name tell: a past singular verb
    whose subject it is (`Уинтертон не дала`, `Марин Ле Пен заявила`), an
    adjective on it (`61-летняя Анн`), a feminine noun it stands in apposition
    to (`дочь политика Марин Ле Пен`)."""
    inside = {t.index for t in tokens}
    head = next((t for t in tokens if t.head is None or t.head not in inside), tokens[-1])
    if head.feat("Number") == "Plur":
        return None
    nominative = head.feat("Case") in ("Nom", None)

    def verb_gender(i: int) -> Optional[str]:
        verb = doc.tokens[i]
        if verb.upos not in ("VERB", "AUX") or verb.feat("Number") != "Sing" \
                or verb.feat("Gender") not in ("Masc", "Fem"):
            return None
        return verb.feat("Gender")

    # the subject is the name, or the post it stands in apposition to
    # (`Вице-президент парламента Мэред Макгиннесс … сделала`)
    subject = head
    if head.deprel.split(":")[0] in ("appos", "flat") and head.head is not None \
            and doc.tokens[head.head].upos == "NOUN" and doc.tokens[head.head].deprel.startswith("nsubj"):
        subject = doc.tokens[head.head]
    if subject.deprel.startswith("nsubj") and subject.head is not None:
        # the parser's verb, unless it has a subject of its own besides
        subjects = [c for c in doc.children(subject.head)
                    if c != subject.index and doc.tokens[c].deprel.startswith("nsubj")]
        if not subjects and abs(subject.head - head.index) <= 6:
            found = verb_gender(subject.head)
            if found:
                return found
    if nominative:
        # the verb right after the name: `Марин Ле Пен заявила`
        after = tokens[-1].index + 1
        if after < len(doc.tokens) and doc.tokens[after].sentence == head.sentence:
            found = verb_gender(after)
            if found:
                return found
    for t in tokens:
        for c in doc.children(t.index):
            child = doc.tokens[c]
            if c not in inside and child.deprel == "amod" and child.upos == "ADJ" \
                    and child.feat("Number") == "Sing" and child.feat("Gender") in ("Masc", "Fem") \
                    and child.index < tokens[0].index:
                # the form's own gender where the dictionary knows it (the
                # tagger read `65-летнюю Аун Сан Су Чжи` as masculine)
                allowed = adjective_genders(child.text) & {"Masc", "Fem"}
                if not allowed or child.feat("Gender") in allowed:
                    return child.feat("Gender")
                if len(allowed) == 1:
                    return next(iter(allowed))
    if head.deprel == "appos" and head.head is not None:
        noun = doc.tokens[head.head]
        if noun.upos == "NOUN" and noun.feat("Gender") == "Fem" and noun.feat("Animacy") == "Anim" \
                and noun.feat("Number") == "Sing" and names.lex_lemma(noun) not in _EPICENE \
                and norm(noun.lemma or "") not in _EPICENE:
            return "Fem"
    return None


def _named(entity: _Entity) -> int:
    """A person the text names outranks a description."""
    return 2 if entity.kind == "person" and entity.surname else 0


def _role_agreement(doc: Doc, mention: MentionRef, attribution: Attribution) -> tuple[Optional[str], Optional[str]]:
    """Role nouns are masculine for women too (`эксперт указала`): only a
    feminine noun or verb tells the gender."""
    gender, number = _agreement(doc, mention, attribution)
    if gender == "Masc" and doc.tokens[mention.head].feat("Gender") == "Masc":
        verb_gender = None
        if attribution.cue is not None and attribution.cue.kind == "verb":
            verb_gender = doc.tokens[attribution.cue.head].feat("Gender")
        gender = verb_gender
    return gender, number


def in_participle(doc: Doc, mention: MentionRef, i: int) -> bool:
    """Token `i` lies in the phrase of a participle that modifies the noun
    (`восстановленный на работе журналист`, `работающая двадцать лет
    хирург`): its words tell what befell the person, not the post."""
    inside = set(mention.tokens)
    k = doc.tokens[i].head
    while k is not None and k in inside and k != mention.head:
        if doc.tokens[k].feat("VerbForm") == "Part" or (doc.tokens[k].deprel or "").startswith("acl"):
            return True  # (`acl`: a capital participle the tagger took for a name)
        k = doc.tokens[k].head
    return False


def _complement_words(doc: Doc, mention: MentionRef) -> set:
    """The nouns and names of a role or group noun's phrase after its head,
    outside a participle's phrase: a noun before it lies in a modifier
    (`восстановленный на работе журналист`, `уволенный из клуба тренер`)
    and says nothing of the post."""
    return names.complement_words(doc, (i for i in mention.tokens
                                         if i > mention.head and not in_participle(doc, mention, i)))


def _sentence_initial(doc: Doc, mention: MentionRef) -> bool:
    """The pronoun opens its sentence (`Он считает`), punctuation and
    conjunctions aside: it continues the topic of the sentence before."""
    head = doc.tokens[mention.head]
    first = doc.sentences[head.sentence].first
    for i in range(first, mention.head):
        if doc.tokens[i].upos not in ("PUNCT", "CCONJ", "SCONJ", "ADV", "PART"):
            return False
    return True


def _modal_holder(doc: Doc, i: int) -> bool:
    """`Пескову пришлось дать комментарий`: the dative of an impersonal modal
    verb does what the infinitive says, a subject in all but case."""
    from .indirect.lexicon import MODAL_DATIVE

    token = doc.tokens[i]
    if token.feat("Case") != "Dat":
        return False
    if token.deprel in ("iobj", "obl", "nsubj") and token.head is not None \
            and norm(doc.tokens[token.head].lemma or "") in MODAL_DATIVE:
        return True
    # the parse hung the dative elsewhere (`…, и пресс-секретарю президента
    # Дмитрию Пескову пришлось …` made a conjunct of a noun before): the verb
    # right after its phrase
    sentence = doc.tokens[i].sentence
    for k in range(i + 1, min(len(doc.tokens), i + 8)):
        word = doc.tokens[k]
        if word.sentence != sentence or word.upos == "PUNCT":
            return False
        if word.upos in ("VERB", "AUX"):
            return norm(word.lemma or "") in MODAL_DATIVE
        if word.upos not in ("NOUN", "PROPN", "ADJ", "DET") or word.feat("Case") not in ("Dat", "Gen"):
            return False
    return False


def in_turn(doc: Doc, mention: MentionRef) -> bool:
    """`В свою очередь, член партии заявил`, `Он, со своей стороны, отметил`,
    `сказал на это X`: the speaker answers the one before, so is someone
    else than the last speaker (the phrase in the mention's sentence, a few
    words from it)."""
    sentence = doc.sentences[doc.tokens[mention.head].sentence]
    words = [norm(doc.tokens[i].text) for i in sentence.token_range]
    first = min(mention.tokens) - sentence.first
    last = max(mention.tokens) - sentence.first
    for k in range(len(words) - 2):
        if (words[k], words[k + 1], words[k + 2]) in _IN_TURN and (first - 6 <= k <= last + 4):
            return True
    # `сказал на это первый вице-премьер`: an answer, right after its verb
    for k in range(max(1, first - 4), first):
        if (words[k], words[k + 1]) == ("на", "это") and doc.tokens[sentence.first + k - 1].upos == "VERB":
            return True
    return False


def _names_entity(doc: Doc, noun: int, entity: "_Entity") -> bool:
    """The noun's phrase is (or holds) a mention of the entity (`Министр` of
    `Министр Иван Петров`)."""
    phrase = noun_phrase(doc, noun, doc.sentence_of(noun).token_range)
    return any(m.start < phrase.end and phrase.start < m.end for m in entity.mentions)


_IN_TURN = frozenset({("в", "свою", "очередь"), ("со", "своей", "стороны")})


def _pronoun_traits(entity: Optional["_Entity"], gender: Optional[str], sentence_initial: bool) -> dict:
    """Pronoun-model features of one candidate beyond distance and salience:
    a person whose gender the text never told (`Анн Уинтертон` for `он`),
    a medium (`сообщило издание`: the source, seldom what `их` stands for),
    and whether the pronoun opens its sentence."""
    return dict(
        gender_unknown=bool(entity is not None and gender and entity.gender is None
                            and entity.kind in ("person", "unknown")),
        media=bool(entity is not None and entity.kind == "media"),
        initial=sentence_initial)


def _span_head(doc: Doc, start: int, end: int):
    """A span's head noun (`пресс-служба` of `пресс-служба МВД`)."""
    tokens = doc.tokens_in(start, end)
    inside = {t.index for t in tokens}
    for token in tokens:
        if token.upos in ("NOUN", "PROPN") and (token.head is None or token.head not in inside):
            return token
    return None


_INTERVIEW_VERBS = grammar.words("entities", "interview", "verbs")
_INTERVIEWERS = grammar.words("entities", "interview", "askers")
_ANSWERING = frozenset({"ответить", "отвечать"})


def interviewee_name(doc: Doc):
    """The person an interview is with, as its lead says (`поговорил с
    Валерией Касамарой`, `побеседовала с X`, `X ответила на вопросы`): a
    name joined by `с` to a verb of conversation, or the subject of
    answering questions, in the first four paragraphs that hold text; None
    where the text is no interview. Read once per document."""
    key = "speakers.interviewee"
    if key in doc.memo:
        return doc.memo[key]
    found = None
    lines = [p for p in doc.paragraphs if doc.text[p.start:p.end].strip()][:4]
    end = lines[-1].end if lines else 0
    for name in doc.names:
        if name.type != "PER" or name.start >= end:
            continue
        token = doc.tokens[doc.apposition_top(doc.first_token_from(name.start))]
        verb = token.head
        lemma = (doc.tokens[verb].lemma or "").lower() if verb is not None else ""
        if lemma not in _INTERVIEW_VERBS and lemma not in _ANSWERING:
            continue
        opening = next((p.start for p in lines if p.start <= token.start < p.end), token.start)
        before = doc.text[opening:doc.tokens[verb].start]
        if before.count("«") > before.count("»"):
            continue  # inside someone's words (`«Мы часто общаемся с X»`)
        if lemma in _ANSWERING:
            # `Валерия Касамара ответила на вопросы «Медузы»`, one person
            # (not `Юрчихин, Калери и Скрипочка ответят`) to the outlet's
            if token.deprel.startswith("nsubj") and doc.tokens[verb].feat("Number") != "Plur" \
                    and not any(doc.tokens[c].deprel == "conj" for c in doc.children(token.index)) \
                    and any(_outlets_questions(doc, c) for c in doc.children(verb)):
                found = name
                break
            continue
        # the one who talks with the person is the outlet's (`корреспондент
        # «Медузы»`, `обозреватель`, `мы`, the outlet): `Трамп поговорил с
        # Путиным` is a call, no interview
        asker = next((doc.tokens[c] for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj")), None)
        if asker is None or not ((asker.lemma or "").lower() in _INTERVIEWERS or norm(asker.text) == "мы"
                                 or names.is_media_name(asker.text)):
            continue
        if any(norm(doc.tokens[c].text) in ("с", "со") for c in doc.children(token.index)):
            found = name
            break
    if found is not None:
        # the same name in the nominative (`Валерия Касамара` before `поговорил
        # с Валерией Касамарой`) names the person in its own form
        lemmas = _name_lemmas(doc, found)
        found = next((n for n in doc.names if n.type == "PER" and n.start < end and _name_lemmas(doc, n) == lemmas
                      and doc.tokens[doc.first_token_from(n.start)].feat("Case") == "Nom"), found)
    doc.memo[key] = found
    return found


def _outlets_questions(doc: Doc, index: int) -> bool:
    """`вопросы «Медузы»`, `вопросы нашего корреспондента`: questions an
    outlet or one of its people asked."""
    token = doc.tokens[index]
    if (token.lemma or "").lower() != "вопрос" or token.feat("Number") != "Plur":
        return False

    def outlet(k: int) -> bool:
        word = doc.tokens[k]
        return names.is_media_name(word.text) or names.is_media_name(word.lemma or "")

    return any((doc.tokens[c].lemma or "").lower() in _INTERVIEWERS or outlet(c)
               or norm(doc.tokens[c].text) in ("наши", "наших", "нашего", "нашей")
               or any(outlet(k) for k in doc.children(c))
               for c in doc.children(index))


def _name_lemmas(doc: Doc, name) -> tuple:
    return tuple((t.lemma or t.text).lower() for t in doc.tokens_in(name.start, name.end) if t.upos != "PUNCT")


def _side_of_argument(doc: Doc, index: int) -> bool:
    """`с одной стороны`, `с другой стороны`: the sides of an argument, not
    a party to it (`стороны договорились`)."""
    token = doc.tokens[index]
    if names.lex_lemma(token) != "сторона" or token.feat("Number") == "Plur":
        return False
    children = [norm(doc.tokens[c].text) for c in doc.children(index)]
    return any(w in ("с", "со") for w in children) and any(w in ("одной", "другой") for w in children)


def _institution_fits(doc: Doc, entity: "_Entity", start: int, end: int, gender: Optional[str],
                      number: Optional[str]) -> bool:
    """A feminine or neuter singular pronoun may stand for an institution
    whose head noun has its gender (`сказали в пресс-службе МВД. По ее
    данным`, `Генпрокуратура подчеркивает. По ее мнению`, `представительство
    Канады … Оно опубликовало`); `он` is left to people."""
    if number == "Plur" or gender not in ("Fem", "Neut") or entity.kind not in ("organization", "media"):
        return False
    head = _span_head(doc, start, end)
    if head is None or head.feat("Gender") != gender or names.lexicon_word(head, "group_nouns"):
        return False
    # `вторая группа экспертов` is people
    if any(doc.tokens[i].upos == "NOUN" and doc.tokens[i].feat("Animacy") == "Anim"
           and doc.tokens[i].feat("Number") == "Plur" for i in doc.children(head.index)):
        return False
    # `вторая группа` (of experts, said before) is people too: a `группа` is an
    # institution only with its name (`группа ВТБ`, `группа "Ленинград"`)
    if names.lex_lemma(head) in _GROUPS_OF_PEOPLE:
        return any(doc.tokens[i].upos == "PROPN" or doc.tokens[i].text in ('"', "«")
                   for i in doc.children(head.index))
    return True


# organisation nouns that as often name a group of people
_GROUPS_OF_PEOPLE = frozenset({"группа"})


def _counted(doc: Doc, i: int) -> bool:
    """A noun a numeral above one counts (`два человека`, `пятеро
    задержанных`): many, whatever its grammatical number."""
    for c in doc.children(i):
        child = doc.tokens[c]
        if child.deprel.startswith("nummod") and norm(child.text) not in _ONE:
            return True
    return False


_ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "1"})


def _recency(features: dict, latest: dict, latest_subject: dict) -> None:
    """The candidate met last before the pronoun, and the subject met last:
    `… поддержку у генсека Кофи Аннана. Он считает` is Annan's."""
    if latest:
        nearest = max(latest.values())
        for key, at in latest.items():
            features[key]["nearest"] = at == nearest
    if latest_subject:
        nearest = max(latest_subject.values())
        for key, at in latest_subject.items():
            features[key]["nearest_subject"] = at == nearest
            features[key]["initial_subject"] = at == nearest and features[key].get("initial", False)


def _compatible(entity: _Entity, gender: Optional[str], number: Optional[str],
                persons_only: bool = False) -> bool:
    if persons_only and not (entity.kind == "person" or entity.kind == "unknown" and entity.animate):
        return False
    if number == "Plur":
        # (a medium named in the singular is no `они`: `сообщает Интерфакс. Они …`)
        return entity.number == "Plur" or entity.kind in ("group", "organization") \
            or entity.kind == "media" and not _singular_medium(entity)
    if entity.number == "Plur":
        return False
    if gender and entity.gender and gender != entity.gender:
        return False
    return True


# the nouns of a medium's findings (`по его данным`), not of a person's words
DATA_NOUNS = frozenset({"данные", "информация", "сведения", "сведение", "версия"})


def _governs_name(doc: Doc, noun: int, start: int, end: int) -> bool:
    """The noun and the name in `[start, end)` are one phrase: a word of the
    name hangs on the noun, or the noun on one of the name's words."""
    inside = [t.index for t in doc.tokens_in(start, end)]
    return any(doc.tokens[i].head == noun for i in inside) or doc.tokens[noun].head in inside


def _singular_medium(entity: _Entity) -> bool:
    return _singular_name(entity.name)


@lru_cache(maxsize=4096)
def _singular_name(name: str) -> bool:
    """A medium's name that is singular (`Интерфакс`, `ТАСС`, `Reuters`,
    `Российская газета`), not `Известия`, `Ведомости`, `Новые известия`;
    read once per name, as pronouns ask it of every medium near them."""
    words = name.split()
    if not words:
        return False
    if latin_script(name) or len(words) == 1 and words[0].isupper():
        return True  # `Los Angeles Times`, `Reuters`, `ТАСС`
    # (of several words, the first tells: `Российская газета`, not `Новые известия`)
    word = words[0]
    try:
        forms = vocab()(word.lower())
    except ValueError:
        return False
    return bool(forms) and all(f.feats.get("Number") != "Plur" for f in forms if f.pos in ("NOUN", "PROPN", "ADJ"))


def _within_any(mention: Mention, others) -> bool:
    return any(o.start <= mention.start and mention.end <= o.end and o != mention for o in others)


class _Resolver:
    def __init__(self, doc: Doc, registry: Registry, attributions: list[Attribution]):
        self.doc = doc
        self.registry = registry
        self.attributions = attributions
        self.resolved: list[tuple[int, _Entity, Attribution]] = []
        self.spoke_at: dict[str, list[int]] = {}  # entity id -> the anchors of `resolved` it has, sorted
        self._content_spans = None
        self._direct_spans = None
        # organisations a relay's own words call a medium (`портал «Центр-1»`)
        self.relayed_media: set[str] = set()

    # --- one mention ---------------------------------------------------------

    def _woman_of_a_family(self, surname: Token, mention: MentionRef) -> Optional[_Entity]:
        """`Сутягина отметила`, a woman's surname subject of a feminine verb,
        after `мать Игоря Сутягина Светлана рассказала`: the woman the text
        introduced by the man of her family, who spoke before."""
        word = norm(surname.text)
        before = mention.start
        for _, entity, attribution in reversed(self.resolved):
            spoken = attribution.speaker.mention if attribution.speaker else None
            # (only one known by her first name alone: `Дочь Игоря Сутягина
            # Анна Лебедева` has a surname of her own)
            if entity.kind != "person" or entity.gender == "Masc" or entity.first and entity.surname \
                    or spoken is None or spoken.start >= before:
                continue
            words = self.doc.tokens_in(spoken.start, spoken.end)
            if any(norm(t.text) == word for t in words[1:]) \
                    and any(names.lex_lemma(t) in _PERSONAL_RELATIONS for t in words):
                return entity
        return None

    def entity_for(self, attribution: Attribution) -> Optional[_Entity]:
        doc = self.doc
        mention = attribution.mention
        head = doc.tokens[mention.head]
        word = norm(head.text)
        if word in RELATIVES:
            return self.relative(mention, attribution)
        if is_pronoun(head) or word in PRONOUN_AGREEMENT:
            return self.pronoun(mention, attribution)
        if word in _PARTITIVES and len(mention.tokens) == 1 and not self._inside_content(mention.start):
            # (a group of people, never a body: `Некоторые говорят` is no
            # organisation named before; else the words' own group, as before)
            whole = self.pronoun(mention, attribution)
            # (not a part named so itself: `другие` after `Одни эксперты` are the others)
            if whole is not None and (whole.kind == "group" or whole.number == "Plur" and whole.animate) \
                    and norm(whole.name.split()[0]) not in _PARTITIVES | {"часть", "одна", "один"}:
                return whole
        if norm(head.lemma or "") == "последний" and head.upos == "ADJ" and len(mention.tokens) == 1 \
                and head.feat("Number") != "Plur":
            # `Хасан Фадлалла и Набиль Каук. По словам последнего`: the latter
            latter = self._the_latter(mention)
            if latter is not None:
                return latter
        if word in _BOTH and len(mention.tokens) == 1:
            # `Президент и вице-президент будут приглашены. Оба подтвердили`
            pair = self._the_two(mention, word == "обе")
            if pair is not None:
                return pair
        people = [n for n in names._overlapping_names(doc, mention, "PER") if _names_head(doc, n, mention)]
        name, kind = names.canonical(doc, mention)
        if not name:
            return None
        if kind == "person" and not people and head.upos != "PROPN" and (genitive := [
                n for n in names._overlapping_names(doc, mention, "PER")
                if _named_in_genitive(doc, n) or _someone_named_before(doc, n, head) or _verb_disagrees(doc, n, head)]):
            # `Супруга Виктора Бута`, `адвокат Ивана Петрова`: the name in the
            # genitive is someone else; the speaker is the phrase
            owner = genitive[0] if _personal_relation(doc, head) or _someone_named_before(doc, genitive[0], head) \
                else None
            if owner is not None and owner.start > head.start:
                # `брат Ивана Петрова`: the owner's name stays in the genitive
                before = [i for i in mention.tokens if doc.tokens[i].end <= owner.start]
                name = (names.phrase_nominative(doc, before, mention.head) + " "
                        + doc.text[owner.start:mention.end]).strip(" ,.;:—–-") or name
            else:
                name = names.phrase_nominative(doc, mention.tokens, mention.head).strip(" ,.;:—–-") or name
            if head.upos == "NOUN" and not names.is_role_noun(doc, mention.head):
                # `семья Лофнера` is a group, `штаб Навального` an organization
                kind = "organization" if names.lexicon_word(head, "org_nouns") else "group"
        if people and kind == "person" and len(mention.tokens) == 1 and head.upos == "PROPN" \
                and attribution.cue is not None and head.head == attribution.cue.head \
                and head.deprel.startswith("nsubj") and head.feat("Case") in ("Nom", None) \
                and _agreement(doc, mention, attribution)[1] == "Plur" \
                and _verb_gender(doc, mention, attribution) is None:
            # `Тори рассчитывают, что P`: one word the NER took for a name, the
            # subject of a plural verb, is a group, no person (never `Тони`
            # Блэр by a letter)
            people, kind = [], "group"
        if kind in ("unknown", "person") and not people and attribution.cue is not None \
                and _agreement(doc, mention, attribution)[1] == "Plur":
            kind = "group"  # `Синоптики предупредили`: the verb tells the number
        if people and kind == "person":
            person = people[-1]
            start, end = max(person.start, mention.start), min(person.end, mention.end)
            full = names.name_span_nominative(doc, start, end)
            cue = attribution.cue
            if cue is not None and cue.head is not None and doc.tokens_in(start, end)[-1:] == [head] \
                    and surname_read_as_genitive(doc, doc.tokens[cue.head], head):
                # `Как сообщила в суде Козлова`: the subject as written, not `Козлов`
                full = " ".join(full.split()[:-1] + [head.text])
            # the tagger's gender of a foreign name is a guess (`Игараси`):
            # an agreeing verb or the name itself tells it
            verb_gender = _verb_gender(doc, mention, attribution)
            gender = verb_gender or person_gender(full)
            last = doc.tokens_in(start, end)
            if verb_gender == "Fem" and len(last) == 1 and womans_surname(last[0].text):
                # `Сутягина отметила`, the man `Игорь Сутягин` named before: a
                # woman of that name named before, else the woman the text
                # introduced by the man of her family, else one of her own
                known = self.registry._find_person(None, norm(full).split()[-1], "Fem", True, written=last[0].text)
                no_woman = known is None or known.gender == "Masc"
                kin = self._woman_of_a_family(last[0], mention)
                # (the one known only as the man in her own description, `жена
                # Ивана Петрова Мария`, where the tagger read `Ивана` a woman's name)
                if kin is not None and (no_woman or all(
                        _within_any(m, kin.mentions) for m in known.mentions if m.end <= mention.start)):
                    return kin
                if no_woman:
                    full = last[0].text
            entity = self.registry.person(full, gender, None, verb_gender is not None, at=mention.start,
                                          written=last[-1].text if last else None)
            if entity is not None and last and last[-1].deprel.startswith("nsubj") \
                    and last[-1].feat("Case") in ("Nom", None):
                _nominative_from_subject(entity, last[-1].text)
            if entity is not None:
                role = self._role_in(mention)
                if role:
                    entity.roles.add(role)
                    self.registry.roles.append((mention.start, role, entity))
            return entity
        if kind == "person" and self._bare_surname(mention):
            gender, _ = _agreement(doc, mention, attribution)
            sure = _verb_gender(doc, mention, attribution) is not None
            family = self.registry.family(doc.tokens[mention.head].text)
            if family is not None:
                return family
            entity = self.registry._find_person(None, norm(name).split()[-1], gender, sure,
                                                written=doc.tokens[mention.head].text)
            if entity is not None:
                if sure and not entity.gender_sure:
                    entity.gender, entity.gender_sure = gender, True
                return entity
            if sure and gender == "Fem" and womans_surname(head.text) and norm(head.text) != norm(name):
                kin = self._woman_of_a_family(head, mention)
                if kin is not None:
                    return kin
                name = head.text  # (her own form, not the man's: `Сутягина`)
            return self.registry.person(name, gender, None, sure, at=mention.start)
        if not people and (head.upos in ("NOUN", "ADJ", "PROPN") or head.feat("VerbForm") == "Part") \
                and head.feat("Number") != "Plur":
            undergoer = self._undergoer(mention)
            if undergoer is not None:
                return undergoer
        lemma = names.lex_lemma(head)
        if lemma == "автор" and (written := self._authors_document(mention, attribution)) is not None:
            return written
        if lemma in _SPOKESPEOPLE and (speaking := self._spokespeople_of(mention, attribution)) is not None:
            return speaking
        if lemma in names._TRADES and self._generic(mention, lemma):
            # `Ателье Hennessey представило Venom F5 … По данным
            # производителя`: a company's trade standing alone is the company
            # of that kind named before (the tagger reads it as a person)
            found = self.generic(mention, attribution, lemma)
            if found is not None:
                return found
        if kind == "person" and (names.is_role_noun(doc, mention.head) or head.upos in ("NOUN", "ADJ", "VERB")) \
                or kind == "unknown" and lemma == "источник" and len(mention.tokens) == 1:
            # (a bare `Источник отметил` is the source heard before, as `собеседник агентства` is)
            return self.role(mention, attribution, name, lemma)
        # (`в материалах к заседанию ГКРЧ`, `в документе для Совбеза`: a document
        # made for something the text names is no bare one pointing back)
        bare = len([i for i in mention.tokens if doc.tokens[i].upos != "PUNCT"]) == 1 \
            and not _made_for(doc, mention.head)
        if kind == "document" and bare and (lemma in COMMUNICATIONS or lemma in REPORTS | DOCUMENT_HYPERNYMS | _COMMENTS
                                            or lemma in _DOCUMENT_ACTS):
            # `говорится в сообщении`, `Согласно заявлению`, `отмечается в
            # документе`: the owner of the statement named last
            owner = self._statement_owner(mention, lemma, attribution)
            if owner is None and lemma in _DOCUMENT_ACTS:
                owner = self._act_owner(mention, lemma, attribution)
            if owner is not None:
                return owner
        if kind == "document" and bare and lemma in _ENACTMENTS | {"документ"} \
                and (named := self._enactment_named_before(mention, lemma)) is not None:
            # `Закон о суверенном Рунете вступил в силу. Согласно закону, P`
            return named
        if kind == "document" and lemma in COMMUNICATIONS and not attribution.rule.startswith("indirect.according") \
                and bare:
            # else whoever issued the statements before
            # (a medium writes reports and articles; a press release, a statement,
            # a letter is an institution's or a person's, and a medium that only
            # relayed the news before is not its author: only one named as the
            # statement's author is, `говорится в заявлении ЦТАК`)
            issuers = ("organization", "media", "document") if lemma in MEDIA_WRITTEN else ("organization", "document")
            for start, entity, other in self._spoke_before(mention.start):
                if start < mention.start and entity.key not in ("сообщение", "заявление") and (
                        entity.kind in issuers or self._stated(other)):
                    return entity
            author = self.document_author() or self._issuer_before(mention)
            if author is not None:
                return author
        if lemma in PRESS_SERVICES and not people:
            holder = self._press_service_holder(mention) or self._press_service_institution(mention, attribution)
            if holder is not None:
                return holder
        # (`Интернет-компании рассказали`: many, whatever number the tagger gave the noun)
        # (not `в ведомстве сообщили`, whose plural verb has no subject)
        many = lemma in _lexicon()["generic_org"] and head.feat("Case") in ("Nom", None) \
            and head.deprel.startswith("nsubj") and _agreement(doc, mention, attribution)[1] == "Plur"
        if not many and self._generic(mention, lemma) \
                or lemma in SPEAKING_BODIES and self._body_of_generic(mention):
            found = self.generic(mention, attribution, lemma)
            if found is not None:
                return found
        elif kind in ("organization", "group") and len(mention.tokens) == 1 and norm(head.text) == "власти":
            # `Московские власти закрыли парк. … Власти пообещали`: the
            # authorities named just before
            found = self._institution_of_type("власти", mention.start, attribution) \
                or self._authorities_before(mention)
            if found is not None:
                return found
        elif kind == "organization" and (office := self._office_named_before(mention)) is not None:
            # `сообщает ГУ МЧС РФ по Приморскому краю. … сообщает региональный
            # главк МЧС`: the regional office of that service named just before
            return office
        elif kind == "organization" and len(mention.tokens) == 1 and (head.upos == "NOUN" or _type_noun_as_name(head)) \
                and names.lexicon_word(head, "org_nouns") and head.feat("Number") != "Plur":
            # `Мосгорсуд … сообщили в суде`, `прокуратура Москвы … в прокуратуре`:
            # a bare type noun is the institution of that type just named
            # (capitalised too: `Совет по шведскому языку … решили в Совете`)
            found = self._institution_of_type(lemma, mention.start, attribution, leading=head.upos == "PROPN")
            if found is not None:
                return found
        if kind == "group" and head.upos == "NOUN" and (names.is_role_noun(doc, mention.head)
                                                        or names.lexicon_word(head, "group_nouns")):
            # `эксперты` after `эксперты ВТБ Капитал`: the learned ranker
            decided = antecedents.choose(self, mention, attribution, lemma, _complement_words(doc, mention),
                                         None, "Plur", self._excluded(attribution), plural=True)
            if decided is not None and decided is not antecedents.NEW:
                found = antecedents.take(self, decided, attribution)
                if found is not None:
                    return found
        entity = self.registry.named(name, kind, None)
        # `один из собеседников`, `одна из участниц`: one person of the group
        # the noun after `из` names, animate as it is, of the numeral's gender
        # (a pronoun after her words is hers: `По ее словам`)
        whole = range(min(mention.tokens), max(mention.tokens) + 1)
        # (`один из наших собеседников`: a possessive after `из` too)
        member = mention.head + 2 in whole and norm(head.lemma or "") == "один" \
            and norm(doc.tokens[mention.head + 1].text) == "из"
        # (the group's noun past its adjectives: `один из наших собеседников`)
        group = next((k for k in range(mention.head + 2, whole.stop) if doc.tokens[k].upos == "NOUN"), None) \
            if member else None
        entity.animate = entity.animate or head.feat("Animacy") == "Anim" \
            or names.lexicon_word(head, "group_nouns") is not None \
            or group is not None and doc.tokens[group].feat("Animacy") == "Anim"
        if kind == "group" or head.feat("Number") == "Plur":
            entity.number = "Plur" if head.feat("Number") == "Plur" else entity.number
        if entity.gender is None and (kind == "person" or group is not None and entity.animate):
            entity.gender = head.feat("Gender")
        return entity

    def _press_service_holder(self, mention: MentionRef) -> Optional[_Entity]:
        """`пресс-служба главы государства`, `пресс-служба губернатора`: the
        press service speaks for the person who holds the post, where the
        text introduced him with it (`президент России Владимир Путин`);
        else it stays a press service of its own."""
        doc = self.doc
        post = next((i for i in mention.tokens if i > mention.head and doc.tokens[i].head == mention.head
                     and doc.tokens[i].feat("Case") == "Gen" and doc.tokens[i].upos == "NOUN"
                     and names.is_role_noun(doc, i)), None)
        if post is None or any(doc.tokens[i].upos in ("PROPN", "X") for i in mention.tokens):
            return None
        lemma = names.lex_lemma(doc.tokens[post])
        complement = names.complement_words(doc, (i for i in mention.tokens if i > post))
        anaphoric = complement & _lexicon()["anaphoric"]
        if lemma in GENERAL_HEADS and anaphoric:
            lemma = _post_named(anaphoric) or lemma  # `главы государства`: the president
        complement -= _lexicon()["anaphoric"]
        for start, role, entity in self.registry.latest_roles(self.registry.roles, mention.start, _role_family(lemma)):
            if start < mention.start and _same_role(role, lemma) and entity.kind == "person" and entity.surname \
                    and (not complement or complements_agree(complement,
                                                             self.registry.role_context.get(entity.id, set()))):
                return entity
        return None

    def _press_service_institution(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`Тверской суд Москвы арестовал … сообщили в пресс-службе суда`,
        `Сбербанк снизил ставки … в пресс-службе банка`: a press service of
        an institution named by its bare type noun speaks for the
        institution of that type named last before it, within a few
        sentences; else it stays a press service of its own."""
        doc = self.doc
        words = [i for i in mention.tokens if i != mention.head and doc.tokens[i].upos not in ("ADP", "PUNCT")]
        if len(words) != 1:
            return None
        k = words[0]
        token = doc.tokens[k]
        if token.head != mention.head or token.feat("Case") != "Gen" or token.feat("Number") == "Plur" \
                or not names.lexicon_word(token, "org_nouns"):
            return None
        return self._institution_of_type(names.lex_lemma(token), mention.start, attribution)

    def _the_latter(self, mention: MentionRef) -> Optional[_Entity]:
        """`последний` standing alone: the person named last before it, in its
        sentence or the one before, outside anyone's words (the second of
        the two just named)."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence
        gender = doc.tokens[mention.head].feat("Gender")
        for event in self.registry.earlier(mention.start):
            if doc.tokens[doc.first_token_from(event.start)].sentence < sentence - 1:
                break
            entity = event.entity
            if entity.kind == "person" and entity.surname and not self._inside_content(event.start) \
                    and (gender is None or entity.gender in (None, gender)):
                return entity
        return None

    def _the_two(self, mention: MentionRef, feminine: bool) -> Optional[_Entity]:
        """`Оба`, `Обе` standing alone: the last two people joined by `и` in
        its sentence or the two before it (`Президент и вице-президент`, `у
        Елены и Олеси Нургалиевых`), women for `обе`; their pair's entity."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence
        first = doc.sentences[max(0, sentence - 2)].first

        def person(k: int) -> bool:
            token = doc.tokens[k]
            return token.upos in ("NOUN", "PROPN") and (
                token.feat("Animacy") == "Anim" or names.is_role_noun(doc, k)
                or any(n.type == "PER" for n in overlapping_names(doc, token.start, token.end))) \
                and not (feminine and token.feat("Gender") == "Masc")

        for k in range(doc.first_token_from(mention.start) - 1, first - 1, -1):
            if not person(k) or self._inside_content(doc.tokens[k].start):
                continue
            other = [c for c in doc.children(k) if doc.tokens[c].deprel == "conj" and person(c)
                     and any(norm(doc.tokens[g].text) == "и" for g in doc.children(c))]
            if len(other) == 1 and not any(doc.tokens[c].deprel == "conj" and c != other[0] for c in doc.children(k)):
                ref = noun_phrase(doc, k, doc.sentence_of(k).token_range)
                return self._phrase_entity(ref, ("group", "person", "unknown"))
        return None

    def _office_named_before(self, mention: MentionRef) -> Optional[_Entity]:
        """A service's office named by its type and the service's initials
        alone, with adjectives of place (`региональный главк МЧС`, `столичное
        управление МВД`): the organisation named in the last six sentences
        whose name opens with an office's word or initials (`ГУ МЧС РФ по
        Приморскому краю`, `Главное управление МВД`) and holds the same
        initials; None where there is none."""
        doc = self.doc
        head = doc.tokens[mention.head]
        if norm(head.lemma or head.text) not in _OFFICES:
            return None
        # (a service's initials: an abbreviation of at most five capitals, `МЧС`, `ФСБ`)
        initials = [i for i in mention.tokens if i != mention.head and is_abbreviation(doc.tokens[i].text)
                    and len(doc.tokens[i].text) <= 5]
        others = [i for i in mention.tokens if i != mention.head and i not in initials]
        if len(initials) != 1 or any(doc.tokens[i].upos != "ADJ" for i in others) \
                or any(i > initials[0] for i in others):
            return None
        wanted = norm(doc.tokens[initials[0]].text)
        # (an adjective of a place must be the name's: `приморский главк` is
        # no `ГУ МЧС по Хабаровскому краю`, `подмосковный` none `по Москве`)
        places = [norm(doc.tokens[i].text) for i in others if norm(doc.tokens[i].lemma or "") not in _ANY_REGION]
        sentence = head.sentence
        found = None
        for event in self.registry.events:
            if event.start >= mention.start:
                break
            entity = event.entity
            words = norm(entity.name).split()
            if entity.kind == "organization" and wanted in words and words[0] in _OFFICE_OPENERS \
                    and all(any(w[:5] == p[:5] for w in words) for p in places) \
                    and sentence - doc.tokens[doc.first_token_from(event.start)].sentence <= 6:
                found = entity
        return found

    def _institution_of_type(self, noun: str, offset: int, own: Optional[Attribution] = None,
                             leading: bool = False) -> Optional[_Entity]:
        """The organisation of the type `noun` names (its name holds the noun,
        or the text introduced it with it: `Мосгорсуд` for `суд`) named
        last before `offset`, within four sentences, in the author's words
        or the words of `own`, the quote it speaks (`Октябрьский районный суд
        арестовал X, сообщили в пресс-службе суда`)."""
        doc = self.doc
        sentence = doc.tokens[doc.first_token_from(offset)].sentence
        best = None
        further: dict[str, _Entity] = {}  # those of the type named more than four sentences back
        # (`leading`: a capitalised noun, which may be a name of its own, is
        # only an institution whose name opens with it: `Посольство России …
        # Посольство`, not `музей «Казанский кремль»` … `Кремль`)

        def others_words(at: int) -> bool:
            # (a sentence `Об этом` credits afterwards is the author's telling
            # all the same: `Вахитовский суд арестовал X. Об этом сообщил
            # представитель суда. Ранее в суде сообщили`)
            # (nor is what a medium relays: `Районный суд арестовал X,
            # передает «Интерфакс». …, говорится в сообщении суда`)
            return self._inside_content(at) and any(
                other is not own and not other.rule.startswith("indirect.anaphora")
                and any(span.start <= at < span.end for span in other.spans)
                and not self._relayed_news(other)
                for other in self.attributions)

        for event in self.registry.events:
            if event.start >= offset:
                break
            entity = event.entity
            if entity.kind != "organization" or others_words(event.start):
                continue  # (nor one named in someone else's words: `материалами Центрального банка`)
            key = entity.key.split()
            named = key[:1] == [noun] if leading else noun in key or any(w.endswith(noun) for w in key)
            if key != [noun] and (named or not leading and _introduced_with(doc, entity, noun)):
                if sentence - doc.tokens[doc.first_token_from(event.start)].sentence <= 4:
                    best = entity
                elif named:  # (further back, only one whose name holds the noun: `Мосгорсуд`)
                    further[entity.id] = entity
        if best is not None:
            return best
        phrases = self._typed_phrases(noun, offset, others_words)
        if phrases and sentence - phrases[0][0] <= 4:
            return self._phrase_entity(phrases[0][1], ("organization",))
        # (the only one of its type the text named, however far back:
        # `телеграмма посольства США в Токио` … `В телеграмме посольства`;
        # not in a round-up of courts, each its own)
        known = {entity.name.lower() for entity in further.values()} \
            | {(names.canonical(doc, ref)[0] or "").lower() for _, ref in phrases}
        if len(known) == 1:
            return next(iter(further.values())) if further else self._phrase_entity(phrases[0][1], ("organization",))
        return None

    def _typed_phrases(self, noun: str, offset: int, others_words) -> list:
        """The phrases before `offset` of the type noun with a name (in quote
        marks, or a proper noun it governs), nearest first, with their
        sentences: `Холдинг «Медиа-Плюс»`, `посольства Франции в Москве`,
        which the tagger may have named no organisation."""
        doc = self.doc
        found = []
        stem = noun[:max(3, len(noun) - 2)]  # (the form before the lemma, which costs a dictionary look-up)
        for i in range(doc.first_token_from(offset) - 1, -1, -1):
            token = doc.tokens[i]
            # (a name's first word is read as a proper noun: `Посольство Франции`)
            if token.upos not in ("NOUN", "PROPN") or not norm(token.text).startswith(stem) \
                    or norm(token.lemma or "") != noun \
                    or token.feat("Number") == "Plur" or others_words(token.start):
                continue  # (`Суды по всей России`: a round-up, no one court)
            # (its phrase ends before a comma or a dative that is no part of
            # it: `штаба … в Липецке Илье Данилову`)
            stop = i + 1
            limit = doc.sentence_of(i).token_range.stop
            while stop < limit and not (doc.tokens[stop].upos == "PUNCT" and doc.tokens[stop].text not in QUOTE_GLYPHS
                                        and doc.tokens[stop].text != "-") \
                    and not (doc.tokens[stop].upos in ("NOUN", "PROPN") and doc.tokens[stop].feat("Case") == "Dat"
                             and doc.tokens[stop - 1].upos != "ADP"):
                stop += 1
            ref = noun_phrase(doc, i, range(doc.sentence_of(i).token_range.start, stop))
            quoted = i + 2 < len(doc.tokens) and doc.tokens[i + 1].text in QUOTE_GLYPHS \
                and doc.tokens[i + 2].text[:1].isupper()
            # (a proper noun of a place or an institution: `посольство Франции`;
            # `штаб Алексея Навального` names a person's, whose phrase runs on)
            named = any(doc.tokens[k].upos == "PROPN" and doc.tokens[k].head == i and not any(
                n.type == "PER" for n in overlapping_names(doc, doc.tokens[k].start, doc.tokens[k].end))
                for k in ref.tokens if k > i)
            if len(ref.tokens) >= 2 and (quoted or named):
                found.append((token.sentence, ref))
        return found

    def _stated(self, attribution: Attribution) -> bool:
        """Whether the speaker was named as the author of a statement
        (`говорится в заявлении прокурора Дэна Паттерсона`): a later bare
        `в документе` is that statement."""
        mention = attribution.mention
        if mention is None:
            return False
        head = self.doc.tokens[mention.head]
        # (or whose statement spoke by its own noun: `говорится в обращении`
        # after `Патриарх Кирилл обратился к президенту`)
        return head.deprel == "nmod" and head.head is not None \
            and names.lex_lemma(self.doc.tokens[head.head]) in COMMUNICATIONS \
            or len(mention.tokens) == 1 and names.lex_lemma(head) in _DOCUMENT_ACTS

    def _undergoer(self, mention: MentionRef) -> Optional[_Entity]:
        """`задержана художница Мегуми Игараси … Сама задержанная утверждает`:
        a participle used as a noun names the person the same verb was said
        of earlier in the text: the subject of its passive, the object of
        its active (`полиция задержала художницу X`)."""
        doc = self.doc
        word = norm(doc.tokens[mention.head].text)
        if not word.endswith(("нный", "нная", "тый", "тая", "мый", "мая")) or len(word) < 8:
            return None
        stem = word[:6]
        sentence = doc.tokens[mention.head].sentence
        first = doc.sentences[max(0, sentence - 8)].token_range.start
        for i in range(mention.tokens[0] - 1, first - 1, -1):
            token = doc.tokens[i]
            if token.upos != "VERB" or not norm(token.text).startswith(stem):
                continue
            # `задержана X` (its subject) or `полиция задержала X` (its object)
            role = "nsubj" if token.feat("Voice") == "Pass" else "obj"
            for child in doc.children(i):
                if doc.tokens[child].deprel.startswith(role):
                    ref = noun_phrase(doc, child, doc.sentence_of(child).token_range, {i})
                    people = [n for n in names.names_of(doc) if n.type == "PER" and n.start < ref.end and ref.start < n.end]
                    if people:
                        person = people[-1]
                        return self.registry.person(names.name_span_nominative(doc, person.start, person.end),
                                                    None, None, False)
            return None
        return None

    def document_author(self) -> Optional[_Entity]:
        """The institution whose statement the article is: the title or lead
        names its statement (`Минздрав опубликовал заявление`, `говорится в
        сообщении Роскомнадзора`, `сообщает пресс-служба РУСАДА`). Its
        impersonal quotes (`Отмечается, что …`) and ownerless `говорится в
        сообщении` are that institution's."""
        if hasattr(self, "_author"):
            return self._author
        self._author = None
        doc = self.doc
        lead = [p for p in doc.paragraphs if p.end > p.start][:3]
        if not lead:
            return None
        limit = lead[-1].end
        owners = [e for e in self.registry.events if e.start < limit
                  and e.entity.kind == "organization" and not self._inside_content(e.start)]

        def owner_at(index: int) -> Optional[_Entity]:
            token = doc.tokens[index]
            for event in owners:
                if event.start <= token.start < event.end:
                    return event.entity
            return None

        for i in range(doc.first_token_from(limit)):
            token = doc.tokens[i]
            word = names.lex_lemma(token)
            if word not in COMMUNICATIONS and word != "пресс-служба" or self._inside_content(token.start):
                continue
            # `сообщении Роскомнадзора`, `пресс-служба РУСАДА`: the owner after the noun
            for j in range(i + 1, min(len(doc.tokens), i + 4)):
                found = owner_at(j)
                if found is not None:
                    self._author = found
                    return found
                if doc.tokens[j].upos in ("PUNCT", "VERB"):
                    break
            # `Минздрав опубликовал заявление`: the subject of the verb governing it
            verb = token.head
            if word in COMMUNICATIONS and verb is not None and doc.tokens[verb].upos == "VERB":
                for child in doc.children(verb):
                    if doc.tokens[child].deprel.startswith("nsubj"):
                        found = owner_at(child)
                        if found is not None:
                            self._author = found
                            return found
        return None

    def reporter_just_before(self, attribution: Attribution) -> Optional[_Entity]:
        """`Пресс-служба Кремля сообщила о разговоре. Отмечалось, что P`: an
        impersonal report opening its sentence goes on with the institution
        whose report (a verb of speech, its subject) the sentence before in
        the paragraph told of, before any statement the article is."""
        from .cues import speech_verb

        doc = self.doc
        cue = doc.tokens[attribution.cue.head]
        sentence = doc.sentence_of(cue.index)
        if sentence.index == 0:
            return None
        before = doc.sentences[sentence.index - 1]
        if cue.feat("Tense") != "Past":
            # `…, — говорится в сообщении телеканала. Отмечается, что P`: the
            # document the sentence before quoted goes on (in the next paragraph
            # too); not `Сообщается`, the outlet's own news voice
            if norm(cue.lemma or "") not in _DOCUMENT_GOES_ON:
                return None
            return self._document_just_before(cue, sentence, before)
        # (a past form tells what that report held; `Отмечается` in an
        # institution's statement is the statement's)
        if cue.index != sentence.first or before.paragraph != sentence.paragraph:
            return None
        # (not one that denied or did not report: `«Газпром» опроверг слухи.
        # Сообщалось, что …` is someone else's report)
        verbs = [k for k in before.token_range if doc.tokens[k].head is None and speech_verb(doc.tokens[k])
                 and norm(doc.tokens[k].lemma or "") not in _DENIALS
                 and not any(norm(doc.tokens[c].text) == "не" for c in doc.children(k))]
        for verb in verbs:
            for child in doc.children(verb):
                if not doc.tokens[child].deprel.startswith("nsubj") or self._inside_content(doc.tokens[child].start):
                    continue
                ref = noun_phrase(doc, child, before.token_range)
                if names.canonical(doc, ref)[1] == "organization":
                    return self._phrase_entity(ref, ("organization",), like=attribution)
        return None

    def _document_just_before(self, cue: Token, sentence, before) -> Optional[_Entity]:
        """The speaker of the last impersonal report of the sentence `before`
        (`говорится в сообщении X`, `В заявлении X отмечается`), where the
        present impersonal report `cue` opens the next, `sentence`, alone or
        after `также`/`кроме того` (`Отмечается также, что P`)."""
        doc = self.doc
        opening = [k for k in range(sentence.first, cue.index) if doc.tokens[k].upos != "PUNCT"]
        if any(norm(doc.tokens[k].text) not in _GOING_ON for k in opening):
            return None
        for _, entity, other in reversed(self.resolved):
            if other.cue is None or other.parent is not None or other.cue.head is None:
                continue
            at = doc.tokens[other.cue.head].sentence
            if at < before.index:
                break
            if at == before.index and other.cue.kind == "impersonal" and entity is not None \
                    and entity.kind in ("organization", "media", "document", "group"):
                return entity
        return None

    def trailing_medium(self, attribution: Attribution) -> Optional[_Entity]:
        """`Как сообщается, P, сообщает ИТАР-ТАСС`, `Сообщается, что P, пишет
        «Коммерсант»`: an impersonal report whose sentence ends with the one
        medium that relays it. That medium is the only source named, so the
        speaker (ATTRIBUTION.md), not a layer over no one."""
        trailing = [relay for relay in attribution.relays if relay.rule.startswith("relay.trailing")
                    and attribution.spans and relay.cue_start >= attribution.spans[-1].end]
        if len(trailing) != 1:
            return None
        entity = self.registry.relay_entity(trailing[0].mention)
        if entity is None or entity.kind != "media" \
                or {entity.key, names._strip_marks(norm(entity.name))} & (_lexicon()["generic_media"] | {"сми"}):
            return None  # (`…, пишет газета`, `сообщают СМИ`: no medium in particular)
        return entity

    def dropped_subject(self, attribution: Attribution) -> Optional[_Entity]:
        """`Министр Иван Петров выступил на форуме. Подчеркнул, что …`,
        `рассказала, что …, поскольку убедилась, что …`: a reporting verb
        with no subject goes on with the subject before it, one that agrees
        with it: the reporter whose words hold it, else the subject of the
        clause or sentence just before."""
        doc = self.doc
        verb = doc.tokens[attribution.cue.head]
        if (governing := gerunds_verb(doc, verb.index)) is not None:
            # (a gerund's doer is its verb's: `Однако считает излишней тратой
            # 300 латов, отмечая, что …` goes on with the subject before)
            verb = doc.tokens[governing]
        if verb.feat("VerbForm") not in (None, "Fin") or verb.feat("Person") in ("1", "2"):
            return None
        number, gender = verb.feat("Number"), verb.feat("Gender")

        def agrees(entity: _Entity) -> bool:
            if entity.kind not in ("person", "group", "organization", "unknown"):
                return False
            return _compatible(entity, gender, number, persons_only=number != "Plur" and gender is not None
                               and entity.kind != "organization")

        if attribution.parent is not None:
            entity = self._outer_speaker(attribution)
            return entity if entity is not None and agrees(entity) else None
        # (`там` held by the verb, or by the verb it is coordinated with:
        # `Там отказались от комментариев, но сообщили, что …`)
        holders = [verb.index] + ([verb.head] if verb.deprel == "conj" and verb.head is not None else [])
        if number == "Plur" and any(norm(doc.tokens[c].text) == "там" for h in holders for c in doc.children(h)):
            # `…, сообщили в пресс-службе суда. Там добавили, что …`: the
            # institution that spoke last, in this sentence or the one before
            # (a place, so not a medium: `некоторые СМИ сообщили …: там
            # разъяснили` is someone else)
            sentence = verb.sentence
            for start, entity, other in self._spoke_before(verb.start):
                if sentence - doc.tokens[doc.first_token_from(start)].sentence > 1:
                    break
                if entity.kind == "organization":
                    return entity
            # else the institution named last there, speaking or not
            # (`Журналисты обратились в Минобороны. Там заявили, что …`,
            # `службе пришлось выступить с опровержением: там разъяснили`)
            ref = _institution_named_before(doc, verb.index)
            if ref is not None:
                entity = self._phrase_entity(ref, ("organization",), like=attribution)
                if entity is not None:
                    return entity
        event = next(self._subjects_before(verb.start, 1, same_paragraph=True), None)
        if event is not None and agrees(event.entity):
            return event.entity
        if event is None:
            # `Ранее ведомство планировало … Однако … признало, что`: a common
            # noun the subject of the sentence before, no entity yet, read as a
            # speaker's mention would be
            noun = _previous_subject_noun(doc, verb)
            if noun is not None:
                ref = noun_phrase(doc, noun, doc.sentence_of(noun).token_range)
                entity = self._phrase_entity(ref, ("person", "group", "organization"), like=attribution)
                return entity if entity is not None and agrees(entity) else None
        return None

    def _subjects_before(self, offset: int, sentences: int, same_paragraph: bool = False):
        """The events named as subjects outside any quote before `offset`,
        nearest first, in its sentence and the `sentences` before it (and
        only in its paragraph where `same_paragraph`)."""
        doc = self.doc
        sentence = doc.tokens[doc.first_token_from(offset)].sentence
        paragraph = doc.sentences[sentence].paragraph
        for event in self.registry.earlier(offset):
            at = doc.tokens[doc.first_token_from(event.start)].sentence
            if sentence - at > sentences or same_paragraph and doc.sentences[at].paragraph != paragraph:
                return
            if self._is_subject(event) and not self._inside_content(event.start):
                yield event

    def _outer_speaker(self, attribution: Attribution, direct: bool = False) -> Optional[_Entity]:
        """The entity speaking the report that holds `attribution`: an
        indirect or mixed one, or with `direct` a direct quote (None where
        the report is of the other type or none was resolved)."""
        outer = self.attributions[attribution.parent]
        if (outer.type == "direct") != direct or outer.speaker is None or outer.speaker.entity is None:
            return None
        return self.registry.entity(outer.speaker.entity)

    def _quoting_self(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`«… Я ему говорю: "…"», — пишет блогер`: `я` inside someone's
        direct quote is that someone."""
        if norm(self.doc.tokens[mention.head].text) not in _FIRST_PERSON_SINGULAR:
            return None
        if attribution.parent is None:
            interviewee = self._interviewee(mention)
            if interviewee is not None:
                return interviewee
            # a column under its author's name (`Глеб Кузнецов: «…»` as the
            # title): `я` in its body is the author
            title = antecedents.title_end(self.doc)
            for other in self.attributions:
                if other.spans and other.start < title and other.speaker is not None \
                        and other.speaker.kind == "person" and other.speaker.entity is not None:
                    return self.registry.entity(other.speaker.entity)
            return None
        return self._outer_speaker(attribution, direct=True)

    def _interviewee(self, mention: MentionRef) -> Optional[_Entity]:
        """`Корреспондент поговорил с Анной Котовой … — Я говорила: «…»`: in
        an interview, `я` in an answer (a paragraph that opens with a dash
        and asks nothing) is the person the lead says was interviewed, not
        whoever a question named last."""
        doc = self.doc
        token = doc.tokens[mention.head]
        paragraph = next((p for p in doc.paragraphs if p.start <= token.start < p.end), None)
        if paragraph is None:
            return None
        line = doc.text[paragraph.start:paragraph.end].strip()
        if not line.startswith(("—", "–", "-")) or line.endswith("?"):
            return None
        person = interviewee_name(doc)
        if person is None or person.start >= paragraph.start:
            return None
        for start, entity, other in self._spoke_before(mention.start):
            if other.mention is not None and other.mention.start <= person.start < other.mention.end:
                return entity
        head = doc.first_token_from(person.start)
        ref = noun_phrase(doc, head, doc.sentence_of(head).token_range)
        return self._phrase_entity(ref, ("person",), type="direct", rule="interview")

    def _enactment_named_before(self, mention: MentionRef, lemma: str) -> Optional[_Entity]:
        """The law, bill or treaty a phrase named last before a bare noun of
        its kind (`документ` for any of them) and number, with words of its
        own after it (`Закон о суверенном Рунете`, `законопроект «Об органах
        охраны правопорядка»`)."""
        doc = self.doc
        number = doc.tokens[mention.head].feat("Number")

        def head_fits(k: int) -> bool:
            token = doc.tokens[k]
            word = names.lex_lemma(token)
            # (in its number: `в документе` is none of `договоры купли-продажи`)
            return (word == lemma or lemma == "документ" and word in _ENACTMENTS) \
                and not (number and token.feat("Number") and token.feat("Number") != number) \
                and any(doc.tokens[c].deprel.startswith(("nmod", "appos")) for c in doc.children(k) if c > k)

        return self._phrase_named_before(mention, head_fits, lambda k, ref: any(i > k for i in ref.tokens),
                                         ("document", "organization", "unknown"))

    def _authorities_before(self, mention: MentionRef) -> Optional[_Entity]:
        """The authorities a phrase named last before a bare `власти`: `власти`
        with words of its own (`Московские власти`, `власти Индонезии`), not
        another bare one."""
        doc = self.doc

        def head_fits(k: int) -> bool:
            return norm(doc.tokens[k].text) in _AUTHORITIES and any(
                doc.tokens[c].deprel in ("amod", "nmod") and doc.tokens[c].upos in ("ADJ", "NOUN", "PROPN")
                for c in doc.children(k))

        return self._phrase_named_before(mention, head_fits, lambda k, ref: len(ref.tokens) > 1,
                                         ("organization", "group"))

    def _phrase_named_before(self, mention: MentionRef, head_fits, phrase_fits, kinds: tuple) -> Optional[_Entity]:
        """The entity of the last noun phrase before a bare noun, in its
        sentence or the four before, in the author's words, whose head `k`
        `head_fits` and whose phrase `phrase_fits(k, phrase)` (a bare noun
        pointing back to one the text named with words of its own)."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence
        for k in range(mention.head - 1, -1, -1):
            token = doc.tokens[k]
            if sentence - token.sentence > 4:
                break
            if token.upos != "NOUN" or self._inside_content(token.start) or not head_fits(k):
                continue
            ref = noun_phrase(doc, k, doc.sentence_of(k).token_range)
            if phrase_fits(k, ref):
                return self._phrase_entity(ref, kinds)
        return None

    def _phrase_entity(self, ref: MentionRef, kinds: tuple = (), like: Optional[Attribution] = None,
                       parent: Optional[int] = None, type: str = "indirect",
                       rule: str = "phrase") -> Optional[_Entity]:
        """The entity of a noun phrase found away from the speaker's own
        mention (the institution named before `Там заявили`, an interviewee,
        a statement's owner, a noun a pronoun stands for), read as a speaker
        would be (as `like`'s where given) and attached to the phrase; None
        where it is of none of `kinds` (any where empty)."""
        if like is not None:
            stub = Attribution(like.type, like.spans, like.rule, 0, mention=ref)
        else:
            stub = Attribution(type, [], rule, 0.0, mention=ref)
        stub.parent = parent
        entity = self.entity_for(stub)
        if entity is None or kinds and entity.kind not in kinds:
            return None
        self.registry.attach(entity, ref.to_mention(self.doc))
        return entity

    def _medium_data(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`Как сообщает телеканал X, P. По его данным, Q`, `…, пишет
        издание. По его сведениям`: the data of `его` are the medium's where
        a medium made the last report before it and no person was made a
        subject since, or was made the subject itself, in this sentence or
        the one before (`Тела показал телеканал Al Jazeera. По его версии`);
        a medium is no `он`, so the pronoun rules pass it over; `по его
        словам` is still a person's."""
        doc = self.doc
        token = doc.tokens[mention.head]
        if norm(token.text) != "его" or token.head is None \
                or norm(doc.tokens[token.head].lemma or "") not in DATA_NOUNS \
                or attribution.cue is None or not attribution.cue.start <= mention.start < attribution.cue.end:
            return None
        sentence = token.sentence

        def singular_medium(entity) -> bool:
            return entity.kind == "media" and (_singular_medium(entity) or any(
                head is not None and head.upos == "NOUN" and head.feat("Number") == "Sing"
                for head in (_span_head(doc, m.start, m.end) for m in entity.mentions)))

        def subject_medium(event) -> bool:
            if singular_medium(event.entity):
                return True
            # (`издание «Ридовка»`, `журнал The New Yorker`: a name the tagger
            # took for an organisation, after the noun of a medium)
            first = doc.first_token_from(event.start)
            k = first - 1
            while k >= 0 and doc.tokens[k].text in QUOTE_GLYPHS:
                k -= 1
            if event.entity.kind == "organization" and k >= 0 and names.lexicon_word(doc.tokens[k], "media_nouns") \
                    and _governs_name(doc, k, event.start, event.end) \
                    and _singular_name(event.entity.name):
                event.entity.kind = "media"  # (the noun's own name: `издание «Ридовка»`, not `запрос газеты Минфин`)
                return True
            return False

        def person_since(start: int) -> bool:
            # a man named since the medium, as anything (`Телеканал CNN взял
            # интервью у Ллойда Остина. По его данным`: Остин's)
            return any(e.start > start and e.entity.kind == "person" and not self._inside_content(e.start)
                       and _compatible(e.entity, "Masc", "Sing") for e in self.registry.between(start, mention.start))

        # (`"Коммерсант" приводит имя задержанного: по его данным, …`: the
        # medium is the subject of the pronoun's own sentence)
        own = next(self._subjects_before(mention.start, 0), None)
        if own is not None and not person_since(own.start) and subject_medium(own):
            return own.entity
        for start, entity, _ in self._spoke_before(mention.start):
            if sentence - doc.tokens[doc.first_token_from(start)].sentence > 2:
                break
            if not singular_medium(entity):
                # the words themselves name that speaker (`сообщил Валид
                # аль-Муаллем, передает агентство SANA. По его данным,
                # аль-Муаллем выразил надежду`): not his data, perhaps the
                # relay's, named as a subject nearer still
                if any(event.entity is entity for span in attribution.spans
                       for event in self.registry.between(span.start, span.end)):
                    break
                return None
            if self._nearer_rival(entity, start, mention.start, "Masc", None, set()):
                return None
            return entity
        # `Тела показал телеканал Al Jazeera. По его версии`, `писало издание
        # «Ридовка». По его данным`: the medium named as the subject of the
        # sentence before (or of this one), whatever its verb, and no one since
        subject = next(self._subjects_before(mention.start, 1), None)
        if subject is not None and not person_since(subject.start) and subject_medium(subject):
            return subject.entity
        # `стало известно порталу Life News. По его данным`: the medium the
        # news became known to, in this sentence or the one before, with no
        # subject since (whom its news is about is no source)
        low = doc.sentences[max(0, sentence - 1)].first
        for event in reversed(self.registry.between(doc.tokens[low].start, mention.start)):
            head = _span_head(doc, event.start, event.end) or doc.tokens[doc.first_token_from(event.start)]
            if head.deprel in ("appos", "flat", "flat:foreign", "flat:name") \
                    and head.head is not None and doc.tokens[head.head].upos == "NOUN":
                head = doc.tokens[head.head]  # (`порталу Life News`: the noun it names)
            if head.feat("Case") != "Dat" or head.head is None or not singular_medium(event.entity):
                continue
            verb = doc.tokens[head.head]
            if any(norm(doc.tokens[c].lemma or "") == "известный" for c in doc.children(verb.index)) \
                    or norm(verb.lemma or "") == "известный":
                since = next(self._subjects_before(mention.start, 0), None)
                return event.entity if since is None or since.start < event.start else None
        return None

    def _hedging_reporter(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`Петров заявил, что главврач, по его мнению, скрывается`: a
        possessive in a source phrase inside someone's report is the
        reporter's own hedge, not the nearest noun's."""
        if attribution.parent is None or attribution.cue is None \
                or not attribution.cue.start <= mention.start < attribution.cue.end:
            return None
        return self._outer_speaker(attribution)

    def _act_owner(self, mention: MentionRef, lemma: str, attribution: Attribution) -> Optional[_Entity]:
        """`Путин поздравил Медведева. «…», — говорится в поздравлении`: where
        no statement named before has an owner, the subject of the verb
        whose act the document is, in its sentence or the three before; none
        where the document itself was named since (its owner, if any, is
        `_statement_owner`'s)."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence
        for i in range(mention.head - 1, -1, -1):
            token = doc.tokens[i]
            if sentence - token.sentence > 3:
                return None
            if names.lex_lemma(token) == lemma and not self._inside_own_words(token.start, attribution):
                return None  # the document itself was named: its own owner, or none
            if token.upos == "VERB" and norm(token.lemma or "") in _DOCUMENT_ACTS[lemma] \
                    and not self._inside_own_words(token.start, attribution):
                owner = next((c for c in doc.children(i) if doc.tokens[c].deprel.startswith("nsubj")
                              and doc.tokens[c].upos in ("NOUN", "PROPN")), None)
                if owner is None or not _speaks_at(doc, owner):
                    continue
                ref = noun_phrase(doc, owner, doc.sentence_of(owner).token_range)
                return self._phrase_entity(ref, ("person", "organization", "group"), rule="statement")
        return None

    def _statement_owner(self, mention: MentionRef, lemma: str, attribution: Attribution,
                         kin: frozenset = frozenset()) -> Optional[_Entity]:
        """`Представитель МИД страны, заявление которого приводит ЦТАК, …` …
        `отмечается в заявлении`: a bare statement is the one named last
        with its owner (in the genitive, or `которого` of a relative clause on
        the owner), in this sentence or the three before (six for a report
        or a comment named by its own noun); the owner is the
        speaker resolved there. The news a medium relays counts
        (`Минздрав опубликовал заявление, передает ТАСС`), what someone
        says does not."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence
        for i in range(mention.head - 1, -1, -1):
            token = doc.tokens[i]
            # (the same noun further back than a hypernym: `Счетная палата
            # опубликовала отчет` … four sentences … `В отчете говорится`)
            if sentence - token.sentence > (6 if lemma in REPORTS - DOCUMENT_HYPERNYMS | _COMMENTS else 3):
                return None
            word = names.lex_lemma(token)
            if word != lemma and word not in kin \
                    and not (lemma in DOCUMENT_HYPERNYMS and word in COMMUNICATIONS | REPORTS | _COMMENTS) \
                    or self._inside_own_words(token.start, attribution) \
                    or token.feat("Number") != doc.tokens[mention.head].feat("Number"):
                continue  # (`заявления парламентов` are not the bare `заявление`)
            # `МИД выступил с заявлением. В заявлении говорится, что P1. В
            # документе отмечается, что P2`: the statement spoke before, its
            # author found there
            spoken = next(((entity, other.mention) for start, entity, other in self._spoke_before(mention.start)
                           if other.mention is not None and other.mention.start <= token.start < other.mention.end),
                          None)
            # (another name of its kind that leads nowhere: the document may lie
            # further back under its own name, `Журналисты направили письмо.
            # Президент пообещал ответить на обращение. Авторы письма …`)
            kin_only = word != lemma and word in kin
            if spoken is not None and _head_of(doc, spoken[1]) != i and spoken[0].kind in ("organization", "media"):
                continue  # a word in an institution's name (`управление по работе с обращениями граждан`)
            if spoken is not None:
                if spoken[0].kind == "document" and kin_only:
                    continue
                # (a hypernym stands for the document that spoke under its own
                # name: `со ссылкой на проект «Основные направления …»` …
                # `говорится в документе`)
                return spoken[0] if spoken[0].kind != "document" or lemma in DOCUMENT_HYPERNYMS \
                    and spoken[0].key.split()[:1] != [lemma] and spoken[0].key not in COMMUNICATIONS | REPORTS \
                    else None
            owner = None
            for c in doc.children(i):
                child = doc.tokens[c]
                if norm(child.text).startswith("котор") and child.feat("Case") in ("Gen", None):
                    found = _relative_head(doc, c)
                    owner = found[0] if found is not None else None
                elif c > i and child.deprel == "nmod" and child.feat("Case") == "Gen" \
                        and child.upos in ("NOUN", "PROPN") and not _after_preposition(doc, c):
                    owner = c
                elif owner is None and child.feat("VerbForm") == "Part":
                    # `в распространенном пресс-службой холдинга заявлении`: the participle's agent
                    from .direct import _participle_agent

                    owner = _participle_agent(doc, c)
            verb = token.head
            if owner is None and verb is not None and doc.tokens[verb].upos == "VERB":
                # `Министр выступил с заявлением`, `КНДР опубликовала заявление`: the verb's subject
                owner = next((c for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj")
                              and doc.tokens[c].upos in ("NOUN", "PROPN")), None)
                if owner is None:
                    owner = _counted_group(doc, verb)
            if owner is None or not _speaks_at(doc, owner):
                if kin_only:
                    continue
                return None  # the statement named last has no owner there (`приводятся в сообщении слова X`)
            at = doc.tokens[owner].start
            for start, entity, other in self._spoke_before(mention.start):
                if other.mention is not None and other.mention.start <= at < other.mention.end:
                    return entity
            ref = noun_phrase(doc, owner, doc.sentence_of(owner).token_range)
            return self._phrase_entity(ref, ("person", "organization", "group"), rule="statement")
        return None

    def _spokespeople_of(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`Однако в МВД решение обжаловали. Представители силового ведомства
        настаивают …`, `Представители банка заявили`: unnamed people who
        speak for an institution the text named before, by a generic or
        type noun, are that institution (ATTRIBUTION.md), as `в ведомстве`
        and `представители компании «Лукойл»` are."""
        doc = self.doc
        head = doc.tokens[mention.head]
        if head.feat("Number") != "Plur" and names.lex_lemma(head) != "руководство":
            return None
        named = self._institution_in_complement(mention)
        if named is not None:
            return named
        if any(doc.tokens[i].upos in ("PROPN", "X") or doc.tokens[i].text in QUOTE_GLYPHS for i in mention.tokens):
            return None
        noun = next((c for c in _own_genitive_nouns(doc, mention) if doc.tokens[c].feat("Number") != "Plur"), None)
        if noun is None:
            return self._possessors_institution(mention)
        token = doc.tokens[noun]
        word = names.lex_lemma(token)
        ref = MentionRef(token.start, token.end, noun, (noun,))
        if word == "компания":
            # (any firm is one: `представители компании` are the company that
            # spoke before through its people, `Представители «Газпрома» заявили
            # … Как уточнили представители компании`, not any named before)
            sentence = doc.tokens[mention.head].sentence
            for start, entity, other in self._spoke_before(mention.start):
                if sentence - doc.tokens[doc.first_token_from(start)].sentence > 2:
                    break
                spoken = other.mention
                head = doc.tokens[spoken.head] if spoken is not None else None
                if entity.kind == "organization" and head is not None and head.feat("Number") == "Plur" \
                        and names.lex_lemma(head) in _SPOKESPEOPLE:
                    return entity
            return None
        if self._generic(ref, word):
            found = self.generic(ref, attribution, word)
        elif names.lexicon_word(token, "org_nouns") is not None:
            # (a type noun: only an institution the text made a subject or
            # heard, not one named in passing: `руководитель театра отказался
            # участвовать в постановке Большого театра. Руководство театра …`)
            found = self._institution_of_type(word, mention.start, attribution)
            if found is not None and not found.spoke and not any(
                    self._is_subject(event) for _, event in self.registry.by_entity.get(found.id, ())
                    if event.start < mention.start):
                return None
        else:
            return None
        return found if found is not None and found.kind in ("organization", "media") else None

    def _institution_in_complement(self, mention: MentionRef) -> Optional[_Entity]:
        """`Представители КПРФ`, `представители Центральной избирательной
        комиссии`, `Представители УЕФА`, `представители Израиля`: the institution the plural's own
        genitive names (an organisation's name there, or an institution's
        noun with the words that make it one) speaks through them."""
        doc = self.doc
        first = min((i for i in mention.tokens if i > mention.head), default=None)
        if first is None:
            return None
        if any(doc.tokens[k].upos == "CCONJ" for k in mention.tokens if k > mention.head):
            return None  # (`Представители Apple и Google`: the people of two, a group)
        organizations = [n for n in doc.names if n.type == "ORG" and doc.tokens[first].start <= n.start
                         and n.end <= mention.end]
        if not organizations:
            # (a country right after the noun speaks as a state: `Представители
            # Израиля настаивали`, not `представители бизнеса Израиля`)
            organizations = [n for n in doc.names if n.type == "LOC" and n.start == doc.tokens[first].start
                             and n.end <= mention.end and doc.tokens[first].feat("Case") == "Gen"
                             and norm(doc.tokens[first].lemma or "") in names.country_words()]
        # (a service or a unit of the organisation is its own speaker: `представители
        # пресс-центра МВД РФ`, `региональной пресс-службы МВД`, `петербургского
        # отделения КПРФ` are the unit's)
        unit = organizations and any(
            doc.tokens[k].upos == "NOUN" and names.lexicon_word(doc.tokens[k], "org_nouns") is not None
            and doc.tokens[k].end <= organizations[0].start for k in mention.tokens if k > mention.head)
        if organizations and not unit:
            start, end = organizations[0].start, organizations[0].end
        else:
            # (an institution's noun in the genitive with its own adjective or
            # name: `Генеральной прокуратуры России`, not a bare `ведомства`)
            noun = next((c for c in _own_genitive_nouns(doc, mention)
                         if names.lexicon_word(doc.tokens[c], "org_nouns") is not None
                         and doc.tokens[c].feat("Number") != "Plur"), None)
            # (or one that names its kind of body alone, `представители
            # прокуратуры`, `полиции`: not a generic `ведомства`, `компании`,
            # nor a workplace of any trade, `предприятия`, `завода`)
            if noun is None or names.lex_lemma(doc.tokens[noun]) in _lexicon()["generic_org"]:
                return None
            described = any(doc.tokens[k].upos in ("ADJ", "PROPN") for k in doc.children(noun) if k in mention.tokens)
            # (the kind alone only for those who speak for a body, not its staff,
            # who may speak against it: `Сотрудники больницы пожаловались`;
            # and only where the text names no two bodies of the kind: `Банк
            # «Открытие» и Сбербанк` … `Представители банка`)
            lemma = names.lex_lemma(doc.tokens[noun])
            if not described and (lemma in _WORKPLACES or names.lex_lemma(doc.tokens[mention.head]) not in _SPEAK_FOR
                                  or self._bodies_of_kind_before(lemma, mention.start) > 1):
                return None
            tokens = [k for k in mention.tokens if k >= first]
            start, end = doc.tokens[tokens[0]].start, doc.tokens[tokens[-1]].end
        ref = MentionRef(start, end, doc.first_token_from(start),
                         tuple(t.index for t in doc.tokens_in(start, end)))
        ref = attrs.evolve(ref, head=_head_of(doc, ref))
        return self._phrase_entity(ref, ("organization",), rule="spokespeople")

    def _bodies_of_kind_before(self, lemma: str, offset: int) -> int:
        """How many bodies of a kind the text names before `offset`: a name
        holding its noun (`Сбербанк`, `Большом театре` and `Большого
        театра` once, by their words' lemmas), its noun with a word of its
        own (`больнице «Шифаа»`, each body once; a name in apposition is that
        body, `банка Украины, «Приватбанка»`), or as a post's complement
        (`руководитель театра`, someone's own: one body, however often)."""
        doc = self.doc

        def holds(token) -> bool:
            word = names.lex_lemma(token)
            return word == lemma or word.endswith(lemma)

        def key(start: int, end: int) -> str:
            return " ".join(sorted(norm(t.lemma or t.text) for t in doc.tokens_in(start, end) if t.upos != "PUNCT"))

        def apposed(token, name) -> bool:
            """The name right after the noun, past a comma, a dash, a bracket or
            a quote mark and the noun's own words."""
            if not 0 <= name.start - token.end <= 40:
                return False
            between = range(token.index + 1, doc.first_token_from(name.start))
            return len(between) <= 4 and all(doc.tokens[k].upos in ("PUNCT", "PROPN", "NOUN", "ADJ") for k in between) \
                and any(doc.tokens[k].text in (",", "—", "–", "(") or doc.tokens[k].text in QUOTE_GLYPHS
                        for k in between)

        organizations = [n for n in doc.names if n.type == "ORG" and n.end <= offset]
        bodies = {key(n.start, n.end) for n in organizations if any(holds(t) for t in doc.tokens_in(n.start, n.end))}
        for token in doc.tokens:
            if token.end > offset:
                break
            if names.lex_lemma(token) != lemma or any(n.start <= token.start < n.end for n in organizations):
                continue
            named = next((n for n in organizations if apposed(token, n)), None)
            own = [norm(doc.tokens[c].lemma or doc.tokens[c].text) for c in doc.children(token.index)
                   if doc.tokens[c].upos in ("ADJ", "PROPN")]
            if named is not None:
                bodies.add(key(named.start, named.end))
            elif own:
                bodies.add(" ".join(sorted(own + [lemma])))
            elif token.deprel == "nmod" and token.head is not None and names.is_role_noun(doc, token.head):
                bodies.add("#post")
        return len(bodies)

    def _possessors_institution(self, mention: MentionRef) -> Optional[_Entity]:
        """`Министерство финансов подготовило законопроект. Его представители
        пояснили`: the institution a possessive before the noun points to, the
        last one named in this sentence or the one before whose head noun
        agrees with it (`его`: a masculine or neuter one, `ее` a feminine);
        where the last such is a person, the representatives stay his."""
        doc = self.doc
        owner = next((i for i in mention.tokens if i < mention.head and doc.tokens[i].head == mention.head
                      and norm(doc.tokens[i].text) in THIRD_PERSON_POSSESSIVES - {"их"}), None)
        if owner is None:
            return None
        genders = ("Masc", "Neut") if norm(doc.tokens[owner].text) == "его" else ("Fem",)
        sentence = doc.sentence_of(mention.head).index
        for event in self.registry.earlier(mention.start):
            first = doc.first_token_from(event.start)
            if sentence - doc.tokens[first].sentence > 1:
                return None
            if self._inside_content(event.start):
                continue
            head = _span_head(doc, event.start, event.end)
            entity = event.entity
            if entity.kind == "person":
                if entity.gender is None or entity.gender in genders:
                    return None
                continue
            if entity.kind != "organization" or head is None or head.feat("Number") == "Plur":
                continue  # (a medium that told the news has no representatives to speak)
            # (a name's own head, or the type noun it was named with: `компания «Яндекс»`)
            noun = doc.tokens[head.head] if head.upos == "PROPN" and head.head is not None \
                and doc.tokens[head.head].upos == "NOUN" and head.deprel in ("appos", "flat:name", "nmod") else head
            if noun.feat("Gender") not in genders:
                continue
            # (an institution's noun of that gender since, no entity of its own,
            # may be the one meant: `представлен правящей коалицией, пишет
            # Лента.ру. Ее представители`)
            if any(doc.tokens[k].upos == "NOUN" and doc.tokens[k].feat("Gender") in genders
                   and doc.tokens[k].feat("Number") != "Plur" and names.lexicon_word(doc.tokens[k], "org_nouns")
                   for k in range(doc.first_token_from(event.end), mention.head) if k != noun.index):
                return None
            return entity
        return None

    def _authors_document(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`Мемуары бывшего премьера Ивана Котова вышли в свет. Как утверждает
        автор мемуаров, …`, `Профессор Нина Орлова выпустила доклад. …, пишет
        автор доклада`: the author of a document named before is whoever the
        text gave it to (its genitive, or the subject that issued it), under its
        own name or another of its kind (`[document] kin`)."""
        doc = self.doc
        document = next((c for c in _own_genitive_nouns(doc, mention) if names.is_document_noun(doc, c) and not any(
            doc.tokens[g].upos in ("PROPN", "DET") or doc.tokens[g].deprel == "nmod" for g in doc.children(c))), None)
        if document is None:
            # (only a bare `автор`: not `автор Forbes`, nor `Ее автор`, a book's)
            bare = len([k for k in mention.tokens if doc.tokens[k].upos != "PUNCT"]) == 1
            return self._last_writer(mention) if bare else None
        token = doc.tokens[document]
        word = names.lex_lemma(token)
        # (the same document under another name: `Журналисты направили
        # письмо` … `Авторы обращения`)
        owner = self._statement_owner(MentionRef(token.start, token.end, document, (document,)),
                                      word, attribution, names.document_kin(word))
        if owner is None and word in _WRITINGS:
            return self._last_writer(mention)
        return owner if owner is not None and owner.kind in ("person", "organization", "group") else None

    def _wrote(self, entity: _Entity, offset: int) -> bool:
        """Whether the entity was heard before `offset` with a verb of
        writing and a mention of its own (`пишет TJ`): an outlet."""
        return any(other.cue is not None and _WRITING_VERBS & set(other.cue.lemma.split()) and other.mention is not None
                   for start, speaker, other in self._spoke_before(offset) if speaker is entity)

    def _last_writer(self, mention: MentionRef) -> Optional[_Entity]:
        """`«…», - пишет Степан Бандера. По мнению автора письма, …`, `…, пишет
        обозреватель Игорь Петров. «…», - подчеркивает автор`: a bare author,
        or the author of a writing the text named no owner of, is whoever
        the text heard write last, in this sentence or the three before."""
        sentence = antecedents._sentence(self.doc, mention.start)
        # (`авторы письма` are several: never one man who wrote of a letter he got)
        kind = "group" if self.doc.tokens[mention.head].feat("Number") == "Plur" else "person"
        for start, entity, other in self._spoke_before(mention.start):
            if sentence - antecedents._sentence(self.doc, start) > 3:
                return None
            if other.cue is not None and _WRITING_VERBS & set(other.cue.lemma.split()) \
                    and entity.kind == kind and other.mention is not None:
                return entity
        return None

    def _issuer_before(self, mention: MentionRef) -> Optional[_Entity]:
        """`Следственный комитет возбудил дело. … говорится в пресс-релизе`:
        the institution made a subject in this sentence or the two before
        issued the statement."""
        return next((event.entity for event in self._subjects_before(mention.start, 2)
                     if event.entity.kind == "organization"), None)

    def _bare_surname(self, mention: MentionRef) -> bool:
        tokens = [self.doc.tokens[i] for i in mention.tokens if self.doc.tokens[i].upos != "PUNCT"]
        # `Экс-министр` capitalised at a sentence start is tagged a name too
        return len(tokens) == 1 and tokens[0].upos == "PROPN" and not names.is_role_noun(self.doc, tokens[0].index)

    def _role_in(self, mention: MentionRef) -> Optional[str]:
        for i in mention.tokens:
            if names.is_role_noun(self.doc, i) and self.doc.tokens[i].upos == "NOUN":
                return names.lex_lemma(self.doc.tokens[i])
        return None

    def _excluded(self, attribution: Attribution, pronoun: bool = False) -> set[str]:
        """The speaker of a quote a pronoun stands in is not its referent;
        for a `pronoun`, only a direct quote's."""
        excluded = set()
        parent = attribution.parent
        seen = set()
        while parent is not None and parent not in seen:
            seen.add(parent)
            outer = self.attributions[parent]
            # a pronoun in an indirect report is most often its speaker's
            # own (`Он подчеркнул, что, по его мнению, …`)
            if outer.speaker is not None and outer.speaker.entity and (outer.type == "direct" or not pronoun):
                excluded.add(outer.speaker.entity)
            if outer.type == "direct":
                break
            parent = outer.parent
        cue = attribution.cue
        if cue is not None and cue.kind == "quoting":
            # (`вспомнил Абди слова чиновника`: who quotes inside the phrase is
            # not whom he quotes)
            for i in cue.tokens[1:-1]:
                token = self.doc.tokens[i]
                for event in self.registry.between(token.start, token.end):
                    excluded.add(event.entity.id)
        return excluded

    def _nobody_before(self, offset: int, gender: Optional[str], number: Optional[str], excluded: set) -> bool:
        """Nothing the pronoun could stand for (a person, an institution, for
        `они` a group) is named anywhere before it."""
        for event in self.registry.events:
            if event.start >= offset:
                break
            if event.entity.id not in excluded and _compatible(event.entity, gender, number):
                return False  # (an institution too: `агентство Рёнхап. По его информации`)
        return True

    def _named_next(self, attribution: Attribution, gender: Optional[str], number: Optional[str],
                    excluded: set) -> Optional[_Entity]:
        """`«…», — заявил он. Как пояснил представитель полиции Иван
        Калинин, …` where the text named no one before (a lead cut off): the
        person named by name in the next two sentences after the quote."""
        doc = self.doc
        end = attribution.end if attribution.spans else 0
        first = doc.tokens[doc.first_token_from(max(0, end - 1))].sentence
        for event in self.registry.events:
            if event.start < end:
                continue
            if doc.tokens[doc.first_token_from(event.start)].sentence > first + 2:
                break
            entity = event.entity
            if entity.id in excluded or not entity.surname or entity.kind != "person" \
                    or not _compatible(entity, gender, number, True) or not self._reports(event.start):
                continue
            return entity
        return None

    def _reports(self, offset: int) -> bool:
        """The name at `offset` is the subject of a reporting verb (through
        the post it is apposed to: `Как пояснил представитель полиции Иван
        Калинин`), outside anyone's quote."""
        from .cues import lexicon

        doc = self.doc
        token = doc.tokens[doc.apposition_top(doc.first_token_from(offset))]
        if not token.deprel.startswith("nsubj") or token.head is None or self._inside_content(token.start):
            return False
        return norm(doc.tokens[token.head].lemma or "") in lexicon().verbs

    def pronoun(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """The most salient compatible referent before the pronoun: recent,
        a subject, a speaker, a named person, often mentioned. Common nouns
        count too (`Крестьянин … он`, `Заложники … они`)."""
        doc = self.doc
        gender, number = _agreement(doc, mention, attribution)
        reporter = self._hedging_reporter(mention, attribution) or self._quoting_self(mention, attribution)
        if reporter is not None and _compatible(reporter, gender, number):
            return reporter
        medium = self._medium_data(mention, attribution)
        if medium is not None:
            return medium
        excluded = self._excluded(attribution, pronoun=True)
        persons_only = number != "Plur"
        # `я говорила` is a person, whatever feminine institution was named
        # last (`кампания в Мосгордуму`): only `она`, `оно`, `ее` may be one
        speaking = norm(doc.tokens[mention.head].text) in _FIRST_PERSON_SINGULAR | _SECOND_PERSON_SINGULAR
        demonstrative = norm(doc.tokens[mention.head].text) in _DEMONSTRATIVES
        offset = mention.start
        # after a long quote (`«…», — сказал он`) distance counts from where the
        # quote began: its own sentences are not the text between
        reference = min(offset, attribution.start) if attribution.spans else offset
        sentence = doc.tokens[doc.first_token_from(reference)].sentence
        # the resolved are sorted by offset: the last before `offset`, by binary search
        at = bisect_left(self.resolved, offset, key=_resolved_start)
        last = self.resolved[at - 1][:2] if at else None
        last_speaker = last[1] if last else None
        # a new person brought in as a subject after the last speaker takes the
        # lead (`… — сказал Брод. Панихиду возглавил Чаплин. Он призвал …`)
        if last is not None and attribution.type != "direct" and \
                self._nearer_rival(last[1], last[0], offset, gender, number, excluded):
            last_speaker = None
        scores: dict[str, float] = {}
        chosen: dict[str, tuple] = {}

        features: dict[str, dict] = {}
        latest: dict[str, int] = {}
        latest_subject: dict[str, int] = {}
        sentence_initial = _sentence_initial(doc, mention)
        paragraph = doc.tokens[doc.first_token_from(reference)].sentence
        paragraph = doc.sentences[paragraph].paragraph

        def consider(key: str, score: float, payload: tuple, **feats) -> None:
            if key not in scores or score > scores[key]:
                scores[key] = score
                chosen[key] = payload
                at = payload[2]
                token = doc.tokens[doc.first_token_from(at)]
                entity = payload[1] if payload[0] == "entity" else None
                feats.update(
                    rules=score, distance=distance(at), same_sentence=token.sentence == sentence,
                    same_paragraph=doc.sentences[token.sentence].paragraph == paragraph,
                    plural=number == "Plur", direct=attribution.type == "direct",
                    chars=min(10.0, (offset - at) / 100),
                    named_person=bool(entity is not None and _named(entity)),
                    organization=bool(entity is not None and entity.kind in ("organization", "media")),
                    gender_known=bool(entity is not None and gender and entity.gender == gender),
                    # (the sentence `об этом` points back to is the narrator's, not words said)
                    in_quote=entity is not None and not attribution.rule.startswith("indirect.anaphora") and any(
                        span.start <= m.start < span.end for m in entity.mentions for span in attribution.spans),
                    noun=payload[0] == "noun",
                    **_pronoun_traits(entity, gender, sentence_initial))
                features[key] = feats
            # where each candidate was last met, and last met as a subject,
            # outside reported words (`по его словам, … Масхадов оказал
            # сопротивление, добавил он` is not Maskhadov's)
            met = payload[2]
            if any(start <= met < end for start, end in reported):
                return
            if met > latest.get(key, -1):
                latest[key] = met
            if feats.get("subject") and met > latest_subject.get(key, -1):
                latest_subject[key] = met

        def mentions_before(entity_id: str) -> int:
            return self.registry.named_before(entity_id, offset)

        def distance(at: int) -> int:
            return max(0, sentence - doc.tokens[doc.first_token_from(at)].sentence)

        def window(sentences: int) -> int:
            """The first offset `sentences` sentences back or nearer: what
            starts before it is further away and skipped anyway."""
            back = sentence - sentences
            first = doc.sentences[back].first if back > 0 else 0
            return doc.tokens[first - 1].end if first > 0 else 0

        # the pronoun's own quote too: `«… Самуэль …», — заявил он`
        reported = self._reported_spans(window(6), offset) + [(span.start, span.end) for span in attribution.spans]
        # only what lies at most 4 sentences back can count (distance below)
        low = bisect_left(self.resolved, window(4), key=_resolved_start)
        for start, entity, other in self.resolved[low:at]:
            if start >= offset or entity.id in excluded:
                continue
            institution = not speaking and other.mention is not None and _institution_fits(
                doc, entity, other.mention.start, other.mention.end, gender, number)
            if not institution and not _compatible(entity, gender, number, persons_only):
                continue
            d = distance(start)
            if d > 4:
                continue
            score = 10 - 3 * d + 4 + (3 if entity is last_speaker else 0)
            if attribution.type == "direct" and entity is last_speaker:
                score += 3
            consider(entity.id, score + _named(entity), ("entity", entity, start), spoke=True,
                     last_speaker=entity is last_speaker, mentions=min(4, mentions_before(entity.id)),
                     institution=institution)
        # an event ending by `offset` starts by it; at most 3 sentences back
        for event in self.registry.between(window(3), offset):
            if event.end > offset or event.entity.id in excluded or self._inside_speech(event.start, attribution):
                continue
            entity = event.entity
            institution = not speaking and _institution_fits(doc, entity, event.start, event.end, gender, number)
            if not institution and not _compatible(entity, gender, number, persons_only):
                continue
            if number == "Plur" and _part_of_anothers_name(doc, event.start):
                continue  # `Союз жильцов домов «Парус» … По их мнению`: the union's, not the houses'
            if _in_subjects_description(doc, event.start) and not demonstrative:
                # `Адвокат, защищавший Олега Дерипаску, ответил. Он …`: the lawyer
                # (`Тот` points past the subject: the one described by, is meant)
                continue
            d = distance(event.start)
            if d > 3:
                continue
            score = 10 - 3 * d + (3 if self._is_subject(event) else 0) \
                + min(3, mentions_before(entity.id) - 1) + _named(entity)
            if number == "Plur" and entity.kind == "organization":
                score -= 4
            consider(entity.id, score, ("entity", entity, event.start), spoke=entity.spoke,
                     last_speaker=entity is last_speaker, subject=self._is_subject(event),
                     mentions=min(4, mentions_before(entity.id)), institution=institution)
        # common nouns naming people: `Крестьянин`, `Заложники`, `министр`
        first = doc.sentences[max(0, sentence - 2)].first
        for i in range(first, doc.first_token_from(offset)):
            token = doc.tokens[i]
            # (`Кубинец выбрасывает в окно сигару`: a noun capitalised at a
            # sentence start, which the tagger read as a name)
            at_start = token.upos == "PROPN" and names._first_of_sentence(doc, token) \
                and names.animate_common_noun(token.text)
            # (`Иван Петров и Сергей Сидоров встретились. Они заявили`: the
            # people named together as the subject, for `они`)
            pair = number == "Plur" and token.upos == "PROPN" and _coordinated_people(doc, i)
            if number == "Plur" and _counts_people(doc, i) and not self._inside_speech(token.start, attribution):
                # `Ряд сотрудников и артистов цирка написали … По их словам`:
                # a noun of quantity over people is those people, a plural
                subject = token.deprel.startswith("nsubj")
                consider(f"np{i}", 10 - 3 * distance(token.start) + (3 if subject else 0) - 1,
                         ("noun", i, token.start), subject=subject, mentions=1)
                continue
            if token.upos != "NOUN" and not at_start and not pair or self._inside_speech(token.start, attribution):
                continue
            animate = at_start or pair or token.feat("Animacy") == "Anim" or names.lexicon_word(token, "group_nouns") \
                or names.lexicon_word(token, "roles") or names.lexicon_word(token, "media_sources")
            if _side_of_argument(doc, i):
                continue  # `с одной стороны, …`: a turn of the argument, no party
            if not animate or not at_start and not pair and cached_cover(
                    doc.memo, "speakers.names", doc.names, lambda spans: ((n.start, n.end) for n in spans)).covers(
                    token.start):
                continue
            if number == "Plur" and token.feat("Number") != "Plur" and not _coordinated_subject(doc, i):
                continue
            one = _one_of_them(doc, i) if number != "Plur" else None
            if one is not None:
                # `домогался одной из сотрудниц … Та рассказала`: one of a
                # group, of the gender `один` has (the group itself for `они`)
                if gender and doc.tokens[one].feat("Gender") not in (None, gender):
                    continue
                subject = doc.tokens[one].deprel.startswith("nsubj")
                consider(f"np{one}", 10 - 3 * distance(token.start) - 1 + (3 if subject else 0),
                         ("noun", one, doc.tokens[one].start), subject=subject, mentions=1)
                continue
            # `два человека`: a genitive singular counted by a numeral is many
            if number != "Plur" and (token.feat("Number") == "Plur" or _counted(doc, i)
                                     or gender and token.feat("Gender") not in (None, gender)
                                     and not (token.feat("Gender") == "Masc" and names.lexicon_word(token, "roles"))):
                continue
            if token.deprel in ("nmod", "flat", "flat:name", "appos") and token.head is not None \
                    and doc.tokens[token.head].upos in ("NOUN", "PROPN") \
                    and not _in_compound_preposition(doc, token.head) \
                    and not (token.deprel == "nmod" and any(doc.tokens[c].upos == "ADP" for c in doc.children(i))):
                # a dependent of another noun: `сын министра` (not `со стороны
                # адвокатов`, nor someone in a phrase of his own: `видео с мужчиной`)
                continue
            if gender and (named := _named_after(doc, i)) is not None and named.feat("Gender") not in (None, gender):
                # `член комиссии Марина Петрова` is no `он`: the name that
                # follows has the gender (the noun is masculine for a woman too)
                continue
            if gender and token.deprel.startswith("nsubj") and token.head is not None \
                    and doc.tokens[token.head].upos in ("VERB", "AUX") \
                    and doc.tokens[token.head].feat("Number") == "Sing" \
                    and doc.tokens[token.head].feat("Gender") in ("Masc", "Fem") \
                    and doc.tokens[token.head].feat("Gender") != gender:
                continue  # `Вице-президент … сделала акцент` is no `он`: her verb tells
            d = distance(token.start)
            score = 10 - 3 * d + (3 if token.deprel.startswith("nsubj") else 0) - 1
            consider(f"np{i}", score, ("noun", i, token.start), subject=token.deprel.startswith("nsubj"),
                     mentions=1)
        if not scores:
            # nobody near: the learned ranker looks further back
            found = antecedents.far_pronoun(self, mention, attribution, gender, number, excluded)
            if found is None and not speaking and self._nobody_before(mention.start, gender, number, excluded):
                found = self._named_next(attribution, gender, number, excluded)
            return found
        if demonstrative and len(scores) > 1:
            # `ведущий поинтересовался у Макмаллена … Тот ответил`: a
            # demonstrative points past the subject of the sentence before to
            # the other one it named
            # (the nearest subject only: `X выступил. Когда Y потребовал от X
            # объяснений, тот заявил` is X, a subject a sentence before)
            # and whatever else names that subject: `Журналистка Ольга Серова`)
            def verb_of(at: int):
                top = doc.tokens[doc.apposition_top(doc.first_token_from(at))]
                return top.head if top.deprel.startswith("nsubj") else None

            nearest = max(latest_subject, key=latest_subject.get, default=None)
            subjects = set()
            if nearest is not None and doc.tokens[doc.first_token_from(
                    latest_subject[nearest])].sentence in (sentence - 1, sentence):
                verb = verb_of(latest_subject[nearest])
                subjects = {k for k, at in latest_subject.items()
                            if k == nearest or verb is not None and verb_of(at) == verb}
            # (only to one whose gender is the demonstrative's: `Актриса Анна
            # Петрова обвинила продюсера. Та заявила` is the actress still)
            if gender and number != "Plur" and not any(_agrees_in_gender(doc, chosen[k], gender)
                                                       for k in scores if k not in subjects):
                subjects = set()
            if subjects and len(subjects) < len(scores):
                for k in subjects:
                    for table in (scores, chosen, features, latest, latest_subject):
                        table.pop(k, None)
            # and to one just named other than as a subject, where there is
            # one (`Затем суд допросил свидетеля Павла Рогова. Тот заявил`:
            # not the prosecutor, a subject two sentences back)
            just_named = {k for k in scores if k in latest and latest_subject.get(k) != latest[k]
                          and doc.tokens[doc.first_token_from(latest[k])].sentence in (sentence - 1, sentence)
                          and (not gender or number == "Plur" or _agrees_in_gender(doc, chosen[k], gender))}
            if just_named and len(just_named) < len(scores):
                for k in set(scores) - just_named:
                    for table in (scores, chosen, features, latest, latest_subject):
                        table.pop(k, None)
        _recency(features, latest, latest_subject)
        keys = sorted(scores, key=lambda k: (scores[k], chosen[k][2]))
        if last is not None and len(keys) > 1 and in_turn(doc, mention):
            # someone else answers: not the last speaker, nor a noun that named them
            keys = [k for k in keys if chosen[k][1] is not last[1]
                    and not (chosen[k][0] == "noun" and _names_entity(doc, chosen[k][1], last[1]))] or keys
        best = keys[-1]
        if RECORDER is not None:
            RECORDER.append(_record(doc, mention, chosen, features, keys))
        if len(keys) > 1 and ranker.enabled():
            learned = ranker.scores([ranker.vector(features[k]) for k in keys])
            best = keys[max(range(len(keys)), key=lambda n: (learned[n], n))]
        kind, what, _ = chosen[best]
        if kind == "entity":
            return what
        ref = noun_phrase(doc, what, doc.sentence_of(what).token_range)
        entity = self._phrase_entity(ref, like=attribution, parent=attribution.parent)
        if entity is not None:
            if entity.canonical is None:
                entity.canonical = ref.to_mention(doc)
            if entity.gender is None and gender and number != "Plur":
                # (`та` tells the gender of the girl it points to: no `ведущий` later)
                entity.gender = gender
        return entity

    def _nearer_rival(self, speaker: _Entity, speaker_at: int, offset: int, gender, number,
                      excluded: set[str]) -> bool:
        """Another compatible person named as a subject between the last
        speaker and the pronoun takes precedence (`X сказал … Y пришел. Он …`);
        names inside reported words do not count."""
        for event in self.registry.earlier(offset):
            if event.start <= speaker_at:
                return False
            if event.entity is speaker or event.entity.id in excluded:
                continue
            if self._inside_content(event.start):
                continue
            if event.entity.kind == "person" and _compatible(event.entity, gender, number, True) \
                    and self._is_subject(event):
                return True
        return False

    def _reported_spans(self, low: int, offset: int) -> list[tuple[int, int]]:
        """The words of quotes anchored between `low` and `offset` that
        people and groups said: reported speech, not the narrative whose
        subject a pronoun continues. What a medium relays (`X призвал к
        спокойствию, передает ИТАР-ТАСС`) is told as fact."""
        first = bisect_left(self.resolved, low, key=_resolved_start)
        last = bisect_left(self.resolved, offset, key=_resolved_start)
        return [(span.start, span.end) for _, entity, attribution in self.resolved[first:last]
                if entity.kind not in ("media", "organization") for span in attribution.spans]

    def _inside_content(self, offset: int) -> bool:
        spans = self._content_spans
        if spans is None:  # sorted spans and the furthest end so far: a binary search
            spans = self._content_spans = Cover((s.start, s.end) for a in self.attributions for s in a.spans)
        return spans.covers(offset)

    def _inside_own_words(self, offset: int, attribution: Attribution) -> bool:
        """Inside what someone says: a direct quote, or the content of an
        indirect report by a speaker that is not a medium relaying the news
        (`Минздрав опубликовал заявление, передает ТАСС` tells a fact)."""
        if self._inside_speech(offset, attribution):
            return True
        for other in self.attributions:
            if other is attribution or not any(span.start <= offset < span.end for span in other.spans):
                continue
            if not self._spoken_by_medium(other):
                return True
        return False

    def _spoken_by_medium(self, attribution: Attribution) -> bool:
        """The attribution's speaker, resolved already, is a medium."""
        speaker = attribution.speaker
        entity = self.registry.entity(speaker.entity) if speaker is not None and speaker.entity else None
        return entity is not None and entity.kind == "media"

    def _relayed_news(self, attribution: Attribution) -> bool:
        """An indirect report already given to a medium: news it relays,
        told as fact (`Минздрав опубликовал заявление, передает ТАСС`); not
        what a medium told before (`Ранее «Коммерсант» сообщал`, `Как
        писала газета`: a past report in the imperfective, or said to be
        earlier), which is its own story."""
        if attribution.type == "direct" or not self._spoken_by_medium(attribution):
            return False
        cue = attribution.cue
        if cue is None or cue.head is None:
            return True
        doc = self.doc
        verb = doc.tokens[cue.head]
        sentence = doc.sentence_of(verb.index)
        earlier = any(norm(doc.tokens[k].text) in _EARLIER for k in range(sentence.first, sentence.last + 1))
        return not earlier and not (verb.feat("Tense") == "Past" and verb.feat("Aspect") == "Imp")

    def _inside_speech(self, offset: int, attribution: Attribution) -> bool:
        """Words a pronoun cannot point into: a direct quote's, and the
        pronoun's own quote. The content of an indirect report is told as
        fact and its people are in play (`Депутат X направил обращение,
        сообщает BBC. По его мнению` is X's), and so is what `об этом` points
        back to, in its own sentence or the one before (`X проинспектирует
        объект, об этом он сам сообщил`, `Собянин пообещал построить школы.
        Об этом он сообщил в блоге`)."""
        if any(span.start <= offset < span.end for span in attribution.spans) \
                and not attribution.rule.startswith("indirect.anaphora"):
            return True
        spans = self._direct_spans
        if spans is None:
            spans = self._direct_spans = Cover(
                (s.start, s.end) for a in self.attributions if a.type == "direct" for s in a.spans)
        if not spans.covers(offset):
            return False
        # a quote nested in a direct quote: the words of the quote around it
        # are the story its pronoun lives in (`Уинтертон рассказала: "…
        # Кубинец выбрасывает в окно сигару. … он отвечает: "…"`), but not the
        # words of another quote nested there
        parent = attribution.parent
        if parent is not None and 0 <= parent < len(self.attributions) \
                and self.attributions[parent].type == "direct" \
                and any(span.start <= offset < span.end for span in self.attributions[parent].spans):
            return any(a is not attribution and a.parent == parent and a.type == "direct"
                       and any(span.start <= offset < span.end for span in a.spans) for a in self.attributions)
        return True

    def _is_subject(self, event: _Event) -> bool:
        doc = self.doc
        first = doc.first_token_from(event.start)
        last = doc.first_token_from(max(event.start, event.end - 1))
        for i in range(first, last + 1):
            token = doc.tokens[i]
            if token.deprel.startswith("nsubj"):
                return True
            # (through appositions: `Официальный представитель Минобороны
            # генерал-майор Игорь Конашенков рассказал`, a rank between)
            up, hops = token, 0
            while (up.deprel in ("appos", "flat", "flat:name") or _dash_apposition(doc, up)) \
                    and up.head is not None and hops < 3:
                up, hops = doc.tokens[up.head], hops + 1
                if up.deprel.startswith("nsubj") or _modal_holder(doc, up.index):
                    return True
            if _modal_holder(doc, i):
                return True
        return self._subject_parse_missed(first, last)

    def _subject_parse_missed(self, first: int, last: int) -> bool:
        """A person's name in the nominative that the parse hung elsewhere
        where its verb has no subject: `«Императором струны» назвал
        Ростроповича Юрий Башмет` (Башмет became an apposition inside the
        quoted words). The subject the clause's agreement finds (`subject_of`)."""
        from .mentions import SUBJECT_RELS, subject_of

        doc = self.doc
        head = doc.tokens[first]
        if head.upos != "PROPN" or head.feat("Case") != "Nom" or head.deprel.startswith("nsubj"):
            return False
        memo = doc.memo.setdefault("speakers.missed_subject", {})
        if head.sentence not in memo:
            sentence = doc.sentence_of(first).token_range
            roots = [k for k in sentence if doc.tokens[k].head is None and doc.tokens[k].upos == "VERB"]
            memo[head.sentence] = subject_of(doc, roots[0]) if len(roots) == 1 and not any(
                doc.tokens[c].deprel in SUBJECT_RELS for c in doc.children(roots[0])) else None
        found = memo[head.sentence]
        return found is not None and first <= found <= last

    def _member_introduced(self, mention: MentionRef, lemma: str, gender: Optional[str], number: Optional[str],
                           excluded: set) -> Optional[_Entity]:
        """The person introduced last with a post, in this sentence or the two
        before, where the post's complement names the body whose people
        `lemma` names (`депутат`, `парламентарий` after `председатель
        комитета Госдумы Леонид Левин`; grammars/entities.toml [members]);
        None where the last one introduced is of another body (`посол США`
        after a ministry's director: `дипломат` is not decided here)."""
        doc = self.doc
        registry = self.registry
        sentence = doc.tokens[mention.head].sentence
        low = doc.tokens[doc.sentences[max(0, sentence - 2)].first].start
        for start, role, entity in sorted(registry.roles, key=lambda r: -r[0]):
            if start >= mention.start:
                continue
            if start < low:
                break
            if entity.id in excluded or not entity.surname or not _compatible(entity, gender, number):
                continue
            if names.names_institution_of(lemma, " ".join(sorted(registry.role_context.get(entity.id, ())))):
                return entity
            return None
        return None

    def relative(self, mention: MentionRef, attribution: Attribution) -> Optional[_Entity]:
        """`декларация, согласно которой`: the noun before the comma."""
        doc = self.doc
        found = _relative_head(doc, mention.head)
        if found is None:
            return None
        head, comma = found
        ref = noun_phrase(doc, head, range(doc.sentence_of(head).first, comma))
        # `Reuters опубликовало расследование, согласно которому P`: a
        # document the subject of a verb of making made speaks as its maker
        maker = _maker_of(doc, head)
        if maker is not None:
            ref = noun_phrase(doc, maker, range(doc.sentence_of(head).first, head))
        sub = Attribution(attribution.type, attribution.spans, attribution.rule, 0, mention=ref,
                          cue=attribution.cue)
        sub.parent = attribution.parent
        return self.entity_for(sub)

    def role(self, mention: MentionRef, attribution: Attribution, name: str, lemma: str) -> _Entity:
        doc = self.doc
        registry = self.registry
        gender, number = _role_agreement(doc, mention, attribution)
        # (a former post in the complement is someone else's: `адвокат экс-главы ЮКОСа`)
        words = [norm(doc.tokens[i].text) for i in mention.tokens if i <= mention.head]
        former = any(_is_former(w) or w.startswith(_FORMER_STEMS) for w in words)
        complement = _complement_words(doc, mention) | _with_deputy_heads({lemma}) - {lemma}
        if complement:
            # `Глава Службы безопасности Украины` also says `СБУ`, where the text writes it
            complement |= set(_acronyms(doc, range(mention.head, max(mention.tokens) + 1))) & _abbreviations(doc)
        anaphoric = complement & _lexicon()["anaphoric"]
        complement -= _lexicon()["anaphoric"]
        if lemma in GENERAL_HEADS and not complement - names.country_words():
            lemma = _post_named(anaphoric) or lemma  # `глава государства` is the president
        elif lemma in GENERAL_HEADS and _names_ministry(complement | anaphoric):
            lemma = "министр"  # `Глава Минфина РФ` is the minister
        elif lemma == "председатель" and _chairs_government(complement | anaphoric):
            lemma = "премьер"  # `председатель правительства`
        excluded = self._excluded(attribution)
        # (the person named in the genitive is whose the post is, never its
        # holder: `по словам защитника Пичугина`)
        for owner in names._overlapping_names(doc, mention, "PER"):
            if _someone_named_before(doc, owner, doc.tokens[mention.head]):
                surname = norm(names.nominative(doc.tokens_in(owner.start, owner.end)[-1]))
                excluded = excluded | {e.id for e in self.registry._people_like(surname)
                                       if _same_surname(e.surname, surname)}
        if _anonymous(doc, mention):
            # `чиновник, пожелавший сохранить анонимность`: no one the text names
            excluded = excluded | {e.id for e in registry.entities if e.surname}
        if _indefinite(doc, mention):
            # `некий рабочий`, `любой вкладчик`: someone not met before, or anyone
            excluded = excluded | {e.id for e in registry.entities}
        recent = self._recent_speakers(mention.start, 2)
        if former:
            # `экс-министр` after `бывший министр финансов Алексей Кудрин`;
            # `экс-глава Египта` after `экс-президент Египта Хосни Мубарак`
            base = _former_lemma(head_token) if (head_token := doc.tokens[mention.head]) else lemma
            kin = _role_family(base) | (HEAD_ROLES if base in GENERAL_HEADS else frozenset())
            # (a country the noun names is weighed against the person's
            # countries, the other words against his role's complement)
            wanted = names.countries(doc.tokens[i] for i in mention.tokens)
            rest = complement - names.country_words()
            # (`экс-сотрудник Госдепа` after `бывший главный координатор
            # санкционной политики Госдепартамента США Дэниел Фрид`: a former
            # member of a body is one introduced with any former post of it)
            member = base in _MEMBER_NOUNS and bool(rest)
            if member:
                kin = frozenset(role for _, role, _ in registry.former_roles)
            for start, role, entity in registry.latest_roles(registry.former_roles, mention.start, kin):
                if start < mention.start and (_same_role(role, base) or heads_match(role, base) or member) \
                        and entity.id not in excluded \
                        and _compatible(entity, gender, number):
                    context = registry.role_context.get(entity.id, set())
                    if (not rest or complements_agree(rest, context)) \
                            and not antecedents.other_country(registry, entity, mention.start, wanted):
                        return entity
            # no one introduced with the former role: the learned choice among
            # the people named before (`Николай Травкин: «…»` … `пишет бывший
            # политик`, `Гельмут Коль` … `бывший канцлер`), never one who
            # holds the role now (the former premier is not the premier)
            # (a rank or a trade is no post one person holds at a time: `экс-майор`
            # after `майор Мельниченко` is he, out of the service now)
            # (`новый`, `будущий` врач is someone else)
            retired = any(w.startswith(("бывш", "экс-", "отставн", "прежн")) for w in words)
            holders = set() if retired and base in _lexicon()["trades"] else {
                entity.id for start, role, entity in registry.latest_roles(registry.roles, mention.start,
                                                                          _role_family(base))
                if start < mention.start and _same_role(role, base)}
            decided = antecedents.choose(self, mention, attribution, base, complement, gender, number,
                                         excluded | holders, agreeing=True)
            if decided is not None and decided is not antecedents.NEW and decided[0] == "entity":
                return decided[1]
            later = self._former_named_next(mention, base, rest, gender, number, excluded)
            if later is not None:
                return later
        if lemma in ("собеседник", "собеседница") and not former:
            # `X сообщило со ссылкой на источники в правительстве …
            # Собеседник агентства отметил`: one of the sources a medium has
            # just relayed, a group or one (not the person who spoke before them)
            source = self._relayed_source(mention)
            if source is not None and source.id not in excluded:
                return source
        if not former and mention.tokens == (mention.head,) and number != "Plur" and lemma in _ELECTED_MEMBERS \
                and (member := self._member_introduced(mention, lemma, gender, number, excluded)) is not None:
            # `председатель комитета Госдумы Леонид Левин … заявил депутат`:
            # one introduced with a post in the body whose people the noun names
            return member
        if not former:
            # the learned ranker's choice (None where it is off), taken where
            # the rules below would only guess
            decided = antecedents.choose(self, mention, attribution, lemma, complement, gender, number, excluded)
            if decided is not None and decided is not antecedents.NEW and decided[0] == "entity" and lemma in POSTS \
                    and (held := set(decided[1].roles) & POSTS) and not any(heads_match(lemma, r) for r in held):
                # a president is no `премьер`: the one the text introduced with the post
                for start, role, entity in registry.latest_roles(registry.roles, mention.start, _role_family(lemma)):
                    if start < mention.start and _same_role(role, lemma) and entity.surname \
                            and entity.id not in excluded and _compatible(entity, gender, number):
                        decided = ("entity", entity, start)
                        break
            # introduced with this role: `политолог Азер Гараев` … `политолог`
            # only a role of the family (or a head's role) can decide: the others are skipped
            kin = _role_family(lemma) | (HEAD_ROLES if lemma in GENERAL_HEADS else
                                         GENERAL_HEADS if lemma in HEAD_ROLES else frozenset())
            # with no complement, only an undecided ranker lets an introduction decide
            wanted = names.countries(doc.tokens[i] for i in mention.tokens)
            introduced = []  # (how close the post, person) the introductions allow, the latest first
            for start, role, entity in registry.latest_roles(registry.roles, mention.start, kin) \
                    if complement or decided is None else ():
                if start >= mention.start or entity.id in excluded \
                        or not _compatible(entity, gender, number) or not entity.surname \
                        or antecedents.other_country(registry, entity, mention.start, wanted):
                    continue
                context = registry.role_context.get(entity.id, set())
                if not _same_role(role, lemma):
                    # `руководитель ЦИК` after `председатель ЦИК Элла Памфилова`; a `глава`
                    # who holds another post is not this one (`глава Минфина` is no president)
                    if heads_match(role, lemma) and complement and complements_agree(complement, context) \
                            and not any(r in POSTS and not heads_match(r, lemma) for r in entity.roles) \
                            and not heads_other_institution(entity.roles, context, lemma,
                                                            names.lex_lemma(doc.tokens[mention.head]), complement):
                        introduced.append((0, entity))
                    continue
                if complements_agree(complement, context) or decided is None and (not complement or entity.id in recent
                                                                and role == lemma):
                    # (introduced with the very post, or one of its family: `журналист` for `редактор`)
                    introduced.append((0 if role == lemma else 1, entity))
            if introduced:
                # several people the introductions allow, with the post itself
                # (`глава МИД` after the Ukrainian and the German foreign
                # ministers): the ranker's choice where it is one of them,
                # else the latest introduced
                closest = min(tier for tier, _ in introduced)
                allowed = [entity for tier, entity in introduced if tier == closest]
                if decided is not None and decided is not antecedents.NEW and decided[0] == "entity" \
                        and decided[1] in allowed:
                    return decided[1]
                return allowed[0]
            if decided is not None and decided is not antecedents.NEW:
                entity = antecedents.take(self, decided, attribution)
                if entity is not None:
                    entity.roles.add(lemma)
                    return entity
            # a headline names the role first and the lead the person:
            # `Эксперт рассказал …` ¶ `… рассказала эксперт Ольга Андреева`;
            # the lead names it a sentence or two before the person:
            # `Генпрокурор России назвал …` … `заявил генеральный прокурор РФ Юрий Чайка`
            headline = doc.paragraph_at(mention.start) is not None and doc.paragraph_at(mention.start).index == 0
            sentence = doc.tokens[mention.head].sentence
            later = []
            for start, role, entity in sorted(registry.roles, key=lambda r: r[0]):
                if start <= mention.start:
                    continue
                # (two sentences on; up to four in the noun's own paragraph
                # where its complement names the post, `Генпрокурор России
                # назвал …` … three sentences on `заявил генеральный прокурор
                # РФ Юрий Чайка`, not a bare `Прокурор` before `генпрокурор
                # Украины Юрий Луценко`)
                later_sentence = doc.tokens[doc.first_token_from(start)].sentence
                near = later_sentence - sentence <= 2
                further = not near and bool(complement) and later_sentence - sentence <= 4 \
                    and doc.sentences[later_sentence].paragraph == doc.sentences[sentence].paragraph
                if not headline and not near and not further:
                    later.append((start, role, entity))
                    continue
                # (in a headline too, `Глава МИД Люксембурга` is no `глава
                # администрации премьер-министра Венгрии` named later)
                context = registry.role_context.get(entity.id, set())
                # (a person named next with the bare post says nothing against the
                # complement: `заявил министр спорта. Министр X отметил`)
                if further and not headline and not complements_agree(complement, context):
                    later.append((start, role, entity))
                    continue
                if _same_role(role, lemma) and entity.kind == "person" and _compatible(entity, gender, number) \
                        and (not complement or complements_agree(complement, context)
                             or not context - {role, lemma} and (headline or self._reports(start))) \
                        and (headline or not antecedents.other_country(registry, entity, start + 1, wanted)):
                    return entity
                # (a general head noun and a head's post of one institution: `Глава
                # IAAF заявил …` ¶ `Президент IAAF Себастьян Коу`; both must name it)
                if not _same_role(role, lemma) and heads_match(role, lemma) and complement - names.country_words() \
                        and entity.kind == "person" and entity.surname and entity.id not in excluded \
                        and _compatible(entity, gender, number) and complements_agree(complement, context) \
                        and not any(r in POSTS and not heads_match(r, lemma) for r in entity.roles) \
                        and not antecedents.other_country(registry, entity, start + 1, wanted):
                    return entity
            # the last person who spoke: `собеседник агентства`, `российский министр`
            family = family_noun(lemma)
            if decided is None and (not complement or family or lemma in ("собеседник", "собеседница")):
                for start, entity, other in self._spoke_before(mention.start):
                    if start < mention.start and entity.kind in ("person", "unknown") \
                            and entity.id not in excluded and _compatible(entity, gender, number) \
                            and number != "Plur":
                        entity.roles.add(lemma)
                        return entity
                # a role-only entity of the same role before
                for start, role, entity in registry.latest_roles(registry.roles, mention.start,
                                                                 _role_family(lemma)):
                    if start < mention.start and _same_role(role, lemma) and entity.id not in excluded \
                            and _compatible(entity, gender, number):
                        return entity
                # the person the text has named most
                best = self._most_named(mention.start, gender, excluded)
                if best is not None:
                    best.roles.add(lemma)
                    return best
            # further on, the one person the text introduces with this very
            # post (`представитель телеканала заявил` … `представитель
            # телеканала Виктор Зиновьев`, `объяснил следователь` … `следователь
            # МВД Николай Будило`), where no one held it before (the rules'
            # guesses among earlier people come first)
            holders = {entity.id for _, role, entity in registry.roles if role == lemma}
            people = {entity.id: entity for start, role, entity in later
                      if role == lemma and entity.kind == "person" and entity.surname}
            if len(people) == 1 and len(holders) == 1 and number != "Plur" and not family:
                entity = next(iter(people.values()))
                context = registry.role_context.get(entity.id, set())
                if entity.id not in excluded and _compatible(entity, gender, number) \
                        and (not complement or complements_agree(complement, context)) \
                        and not antecedents.other_country(registry, entity, len(doc.text), wanted):
                    return entity
        entity = registry.named(name, "person" if number != "Plur" else "group", None)
        entity.gender = entity.gender or gender
        entity.roles.add(lemma)
        registry.roles.append((mention.start, lemma, entity))
        if former:
            # `Бывший советник президента` … `экс-советник президента`
            registry.former_roles.append((mention.start, base, entity))
        registry.role_context.setdefault(entity.id, set()).update(complement | {lemma})
        return entity

    def _former_named_next(self, mention: MentionRef, base: str, complement: set, gender: Optional[str],
                           number: Optional[str], excluded: set) -> Optional[_Entity]:
        """The person the text names next with the same former post, where
        the headline gives the post alone (`…, сообщил экс-глава Меджлиса` ¶
        `заявил народный депутат и экс-глава Меджлиса Мустафа Джемилев`) or
        a sentence or two before the name does; the complement, where the
        noun has one, must agree."""
        doc = self.doc
        registry = self.registry
        paragraph = doc.paragraph_at(mention.start)
        headline = paragraph is not None and paragraph.index == 0
        sentence = doc.tokens[mention.head].sentence
        kin = _role_family(base) | (HEAD_ROLES if base in GENERAL_HEADS else frozenset())
        wanted = names.countries(doc.tokens[i] for i in mention.tokens)
        for start, role, entity in sorted(registry.former_roles, key=lambda r: r[0]):
            if start <= mention.start or entity.kind != "person" or not entity.surname \
                    or entity.id in excluded or role not in kin or not _compatible(entity, gender, number):
                continue
            if not headline and doc.tokens[doc.first_token_from(start)].sentence - sentence > 2:
                break
            if _same_role(role, base) or heads_match(role, base):
                context = registry.role_context.get(entity.id, set())
                # (never one of another country: `экс-президент Грузии` is no
                # `бывший президент Украины Виктор Ющенко`)
                if (not complement or complements_agree(complement, context)) \
                        and not antecedents.other_country(registry, entity, start + 1, wanted):
                    return entity
        return None

    def _relayed_source(self, mention: MentionRef) -> Optional[_Entity]:
        """The speaker of the latest quote, in this sentence or the one
        before, if a medium relays it and it is a source (`источник`,
        `собеседник`) or an institution speaking through unnamed people (`В
        пресс-службе X ТАСС сообщили`, `со ссылкой на правоохранительные
        органы`: whoever the agency talked to there)."""
        doc = self.doc
        sentence = doc.tokens[mention.head].sentence

        def medium(ref) -> bool:
            # (`источник РИА "Новости"` names a medium but is a source)
            return names.kind_of(doc, ref.mention) == "media" \
                and names.lexicon_word(doc.tokens[ref.mention.head], "media_sources") is None

        def relayed(entity) -> bool:
            # it, or its press service, spoke through a medium in the eight
            # sentences before (`Об этом агентству рассказали в пресс-службе
            # МВД. В ведомстве пояснили …`)
            own = set(entity.key.split())
            for start, other_entity, other in self._spoke_before(mention.start):
                if sentence - doc.tokens[doc.first_token_from(start)].sentence > 8:
                    return False
                if (other_entity is entity or own and own <= set(other_entity.key.split())) \
                        and other.parent is None and any(medium(ref)
                                                         for ref in list(other.relays) + chains.own_relays(doc, other)):
                    return True
            return False

        for start, entity, other in self._spoke_before(mention.start):
            distance = sentence - doc.tokens[doc.first_token_from(start)].sentence
            words = entity.name.split()
            if distance <= 1 and other.relays and words \
                    and names.lexicon_word_of(words[0], "media_sources") is not None:
                return entity
            if distance <= 3 and entity.kind in ("organization", "group") and not entity.surname and relayed(entity):
                return entity
            return None
        return None

    def _spoke_before(self, offset: int):
        """The resolved speakers anchored before `offset`, latest first: they
        are sorted by anchor, so a binary search finds where to begin."""
        resolved = self.resolved
        for k in range(bisect_left(resolved, offset, key=_resolved_start) - 1, -1, -1):
            yield resolved[k]

    def _medium_named_since(self, heard: int, offset: int, fits) -> Optional[_Entity]:
        """The last medium (known as one) named outside reported words after
        the sentence of `heard` and before `offset` (not the translator
        credited beside the one heard: `пишет Süddeutsche Zeitung (перевод на
        сайте Inopressa.ru)`)."""
        doc = self.doc
        after = doc.sentence_of(doc.first_token_from(heard)).index

        def since(at: int) -> bool:
            return at > heard and doc.sentence_of(doc.first_token_from(at)).index > after

        def source_at(start: int, end: int) -> Optional[int]:
            # (the name's own head: `Московский` of `газета «Московский
            # комсомолец» излагает` hangs on the name, the name on the noun)
            head = _span_head(doc, start, end)
            first = head.index if head is not None else next(
                (t.index for t in doc.tokens_in(start, end) if t.upos != "PUNCT"), None)
            return first if first is not None and not self._inside_content(start) and _a_source(doc, first) \
                else None

        known, known_at = None, heard
        for event in self.registry.earlier(offset):
            if not since(event.start):
                break
            if event.entity.kind == "media" and fits(event.entity) and source_at(event.start, event.end) is not None:
                known, known_at = event.entity, event.start
                break
        # a medium named since that no report made an entity: `Тему продолжает
        # The Wall Street Journal. P, пишет газета`
        for name in reversed(names.names_of(doc)):
            if name.end > offset:
                continue
            if name.start <= known_at or not since(name.start):
                break
            first = source_at(name.start, name.end)
            if first is None or name.type == "PER":
                continue
            tokens = tuple(t.index for t in doc.tokens_in(name.start, name.end))
            ref = MentionRef(name.start, name.end, first, tokens)
            if names.canonical(doc, ref)[1] != "media":
                continue
            entity = self._phrase_entity(ref, ("media",))
            if entity is not None and fits(entity):
                return entity
        return known

    def _heard_before(self, offset: int):
        """(anchor, entity) of the speakers anchored before `offset` and of
        the media that relayed them, latest first: a medium that passed
        words on was heard as much as one that spoke (`Газета «Омский
        вестник» со ссылкой на источники в мэрии сообщила … По данным
        издания`: the newspaper). A relay counts where the medium was
        already an entity, whether or not its quote was resolved yet, in
        this paragraph or the one before (a relay further back is the
        story's, not what a generic noun here points to)."""
        heard = [(start, entity) for start, entity, _ in self._spoke_before(offset)]
        doc = self.doc

        def paragraph(at: int) -> int:
            return doc.sentences[doc.tokens[doc.first_token_from(at)].sentence].paragraph

        here = paragraph(offset)
        media_named = None  # (read once, where a quoted name may be an outlet)
        for other in self.attributions:
            for relay in other.relays:
                at = relay.mention.start
                if at < offset and paragraph(at) >= here - 1:
                    name, kind = names.canonical(doc, relay.mention)
                    found = self.registry.by_key.get(_org_key(name)) if name else None
                    if found is not None and kind == "media" and found.kind == "organization":
                        # (`портал «Центр-1» со ссылкой на источник сообщил`: the
                        # name the tagger made an organisation is the medium the
                        # relay's own words say it is, for a generic noun after it)
                        self.relayed_media.add(found.id)
                    if found is not None:
                        heard.append((relay.mention.start, found))
            mention = other.mention
            if mention is not None and other.cue is not None and other.cue.lemma in _MEDIA_VERBS \
                    and mention.start < offset and paragraph(mention.start) >= here - 1 \
                    and any(ch in QUOTE_GLYPHS for ch in doc.text[mention.start:mention.end]):
                # `Как сообщает "Капитал", P … Как отмечает издание`: a name in
                # quote marks that writes or passes news on, of no other
                # trade, is the outlet a generic noun after it points back to
                name, kind = names.canonical(doc, mention)
                found = self.registry.by_key.get(_org_key(name)) if name else None
                # (never over a medium the text named before: `Как пишут
                # «Ведомости», … Как сообщил «Газпром», … По данным издания`)
                if media_named is None:
                    media_named = any(e.kind == "media" and self.registry.named_before(e.id, offset)
                                      for e in self.registry.entities)
                if found is not None and found.kind == "organization" and _named_bare(doc, found) \
                        and not media_named:
                    self.relayed_media.add(found.id)
        heard.sort(key=lambda pair: -pair[0])  # (stable: a speaker before its relay at one anchor)
        return heard

    def _recent_speakers(self, offset: int, count: int) -> set[str]:
        recent: list[str] = []
        for start, entity, other in self._spoke_before(offset):
            if start < offset and entity.id not in recent:
                recent.append(entity.id)
            if len(recent) >= count:
                break
        return set(recent)

    def _most_named(self, offset: int, gender: Optional[str], excluded: set[str]) -> Optional[_Entity]:
        counts: dict[str, int] = {}
        by_id = {}
        for event in self.registry.before(offset):
            entity = event.entity
            if entity.kind == "person" and entity.id not in excluded and _compatible(entity, gender, "Sing"):
                counts[entity.id] = counts.get(entity.id, 0) + 1
                by_id[entity.id] = entity
        if not counts:
            return None
        return by_id[max(counts, key=lambda k: counts[k])]

    def _body_of_generic(self, mention: MentionRef) -> bool:
        """`администрация портала`, `администрация сайта`: the body that
        speaks for an institution named by a generic noun in the genitive,
        which points back as in `пресс-служба ведомства` (and nothing in the
        phrase names another: no name, no quote mark)."""
        doc = self.doc
        if any(doc.tokens[i].upos in ("PROPN", "X") or doc.tokens[i].text in "«»\"„“" for i in mention.tokens):
            return False
        complements = _own_genitive_nouns(doc, mention)
        if len(complements) != 1 or doc.tokens[complements[0]].feat("Number") == "Plur":
            return False  # (`администрации порталов`: not one named before)
        # the complement with its own words, which may say it is another
        # (`другого портала`) or counted (`нескольких порталов`)
        words = tuple(i for i in mention.tokens if i > mention.head)
        ref = MentionRef(doc.tokens[words[0]].start, doc.tokens[words[-1]].end, complements[0], words)
        return self._generic(ref, names.lex_lemma(doc.tokens[complements[0]]))

    def _generic(self, mention: MentionRef, lemma: str) -> bool:
        lex = _lexicon()
        # (a company's trade too: `По данным производителя`)
        if lemma not in lex["generic_org"] and lemma not in lex["generic_media"] and lemma not in GENERIC_CLASS:
            return False
        doc = self.doc
        if doc.tokens[mention.head].feat("Number") == "Plur":
            # (`авиакомпании выразили недовольство`, `израильские телеканалы
            # передают`, `по данным лондонских таблоидов`: many, not the one named before)
            return False
        if len(mention.tokens) == 1:
            return True
        # `по данным другого канала`: another one than the one named before
        if any(norm(doc.tokens[i].lemma or "") in _OTHER for i in mention.tokens if i != mention.head):
            return False
        # `несколько изданий`, `ряд СМИ`: counted, so not the one named before
        if any(doc.tokens[i].upos == "NUM" or norm(doc.tokens[i].text) in names._QUANTIFIERS
               for i in mention.tokens if i != mention.head):
            return False
        for i in mention.tokens:
            token = doc.tokens[i]
            if i <= mention.head or token.head != mention.head or token.feat("Case") != "Gen":
                continue
            # a person's in the genitive makes it theirs: `пресс-служба президента`,
            # `пресс-служба главы региона` is no ministry named before
            # (one person: `пресс-служба армейцев` is the club's)
            if token.feat("Number") != "Plur" and (names.is_role_noun(doc, i) or token.feat("Animacy") == "Anim"):
                return False
            # so does an institution of its own (`пресс-служба суда`, `пресс-центр
            # метрополитена`); `пресс-служба ведомства` still points back
            if token.upos == "NOUN" and names.lexicon_word(token, "org_nouns") \
                    and not names.lexicon_word(token, "generic_org"):
                return False
        # a proper name in the phrase makes it specific: `газета "Коммерсант"`,
        # `пресс-служба Российского антидопингового агентства` (a capital
        # inside the phrase: a name written with adjectives)
        return not any(doc.tokens[i].upos in ("PROPN", "X") or doc.tokens[i].text in "«»\"„“"
                       or i != mention.head and i != doc.sentence_of(i).first and doc.tokens[i].text[:1].isupper()
                       for i in mention.tokens)

    def generic(self, mention: MentionRef, attribution: Attribution, lemma: str) -> Optional[_Entity]:
        lex = _lexicon()
        want_media = lemma in lex["generic_media"]
        # `пресс-служба ведомства`: the ведомство is the one meant
        for i in mention.tokens:
            other = names.lex_lemma(self.doc.tokens[i])
            if i != mention.head and (other in lex["generic_org"] or other in lex["generic_media"]):
                want_media = other in lex["generic_media"]
        wanted = GENERIC_CLASS.get(lemma)
        for i in mention.tokens:
            other = names.lex_lemma(self.doc.tokens[i])
            if i != mention.head and other in GENERIC_CLASS:
                wanted = GENERIC_CLASS[other]
        # `министерство` is a ministry, not any state body (`сообщается на сайте
        # министерства` after the Investigative Committee named)
        ministry = any(names.lex_lemma(self.doc.tokens[i]) == "министерство" for i in mention.tokens)
        # (`пресс-служба организации`: the complement says it as the noun would)
        any_organization = any(names.lex_lemma(self.doc.tokens[i]) in ANY_ORGANIZATION for i in mention.tokens)

        singular = self.doc.tokens[mention.head].feat("Number") != "Plur"
        # `в российской компании` after `Российская компания «Ростех» и
        # немецкая компания Siemens`: never one introduced with another country
        wanted_countries = names.countries(self.doc.tokens[i] for i in mention.tokens)

        # (never the medium that relays these very words: `Как сообщает
        # Reuters со ссылкой на израильскую радиостанцию` is another medium)
        relaying = [r.mention for r in attribution.relays if r.mention is not None]

        def fits(entity: _Entity) -> bool:
            if entity.key in lex["generic_media"] or entity.key in lex["generic_org"] or entity.key == "сми":
                return False
            if any(m.start < r.end and r.start < m.end for m in entity.mentions for r in relaying):
                return False
            if wanted_countries and (known := _countries_introduced(self.doc, entity, mention.start)
                                     or _home_country(entity.key)) and not known & wanted_countries:
                return False
            if singular and entity.key.split()[-1:] and entity.key.split()[-1] in _PLURAL_MEDIA:
                return False  # `отмечает газета` is not `некоторые СМИ`, `Западные газеты` named since
            if lemma == "соцсеть":
                # (a social network is one the text introduced as one, or a known one)
                return entity.key in _SOCIAL_NETWORKS or _introduced_as_social_network(self.doc, entity)
            if want_media:
                if wanted_type is not None and _media_type(entity, self.doc) not in (None, wanted_type):
                    return False  # `руководство канала` is no radio station's, wherever heard
                # (an organisation introduced as an outlet of another type, or
                # where a type is asked for, is none: `агентство` is no newspaper)
                return entity.kind == "media" or entity.id in self.relayed_media or entity.kind == "organization" and (
                    latin_script(entity.name) or wanted_type is None and _introduced_as_medium(self.doc, entity)) \
                    and not _introduced_as_other_trade(self.doc, entity)
            if entity.kind != "organization":
                return False
            if ministry and not _a_ministry(entity.key):
                return False
            kind = _org_class(entity.key)
            if wanted is not None and _introduced_with(self.doc, entity, lemma):
                return True  # `компания «Северные рудники» … заверяет компания`, `Госкорпорация «Ростех»`: the text said so
            if wanted is not None and self._wrote(entity, mention.start):
                return False  # `…, пишет TJ. Как уточнили в компании`: who writes the news is no company of it
            if wanted is not None:
                # `ведомство` is a state body, `компания` is not
                # a company is often named in Latin script (`Lockheed Martin`)
                # a club is named by itself (`Спартак`, `ЦСКА`): an organisation of no
                # known kind whose name holds no institution noun (`союз`, `федерация`)
                club = wanted == "club" and kind is None and not any(
                    w in names._lexicon()["org_nouns"] for w in entity.key.split())
                return _of_class(kind, wanted) or club \
                    or wanted == "company" and kind is None and (
                    any(w.startswith(lex["org_heads"]) for w in entity.key.split())
                    or bool(regex.fullmatch(r"[A-Za-z][A-Za-z0-9&.'\- ]+", entity.name)))
            # (`организация`, `группировка` say no more than that: any organisation,
            # `Greenpeace`, `Талибан`, is one)
            return kind is not None or any_organization and singular \
                or any(w.startswith(lex["org_heads"]) for w in entity.key.split())

        wanted_type = None
        if want_media:
            # `собеседник агентства` after a newspaper and an agency: the agency
            wanted_type = next((MEDIA_TYPE_SYNONYMS.get(noun, noun) for noun in
                                tuple(lex["media_types"]) + tuple(MEDIA_TYPE_SYNONYMS)
                                if any(names.lex_lemma(self.doc.tokens[i]) == noun for i in mention.tokens)), None)
            # (a medium of unknown type may be one: only a known other type is passed over)
            if wanted_type is not None:
                # (of those only named, a medium first, or one known to be of
                # that type: `пираты захватили Amiya Scan`, a name in Latin
                # script only, is no agency after `заявили ИТАР-ТАСС`)
                def typed(entity: _Entity, loose: bool) -> bool:
                    kind = _media_type(entity, self.doc)
                    return fits(entity) and (kind == wanted_type or kind is None and (
                        loose or entity.kind == "media"))

                # the last heard of no other type (`напоминает El Mundo. Газета
                # разъясняет`); an organisation the tagger made of a medium is one
                # where its type is known (`Журнал «Итоги» со ссылкой на …`)
                for start, entity in self._heard_before(mention.start):
                    if start < mention.start and (typed(entity, True) or entity.kind == "organization"
                                                  and _known_media_type(entity) == wanted_type):
                        # (one of the type named since, nearer, as below)
                        return self._medium_named_since(start, mention.start, lambda e: typed(e, True)) or entity
                for loose in (False, True):
                    for event in self.registry.before(mention.start):
                        if typed(event.entity, loose):
                            return event.entity
            # `газета`, `издание`: the medium that spoke or relayed last, else the one named last
            for start, entity in self._heard_before(mention.start):
                if start < mention.start and fits(entity):
                    # (a medium named since, nearer: `По данным РБК, … Один из
                    # собеседников Forbes … По словам собеседника издания`)
                    return self._medium_named_since(start, mention.start, fits) or entity
        if lemma in ANY_ORGANIZATION and singular:
            # `общественная организация "Центр Тигр"` … `на странице центра в
            # Facebook` … `По данным этой организации`: one introduced with the noun
            for event in self.registry.earlier(mention.start):
                if fits(event.entity) and not self._inside_content(event.start) \
                        and _introduced_with(self.doc, event.entity, lemma):
                    return event.entity
        if lemma in PRESS_SERVICES and len(mention.tokens) == 1:
            # `говорится в сообщении пресс-службы NASA. «…», — отмечает
            # пресс-служба`: the press service that spoke just before, in
            # this sentence or the two before it, no other body named since
            sentence = self.doc.tokens[mention.head].sentence
            for start, entity in self._heard_before(mention.start):
                if sentence - self.doc.tokens[self.doc.first_token_from(start)].sentence > 2:
                    break
                if entity.key.split()[:1] == [lemma] and len(entity.key.split()) > 1:
                    since = max((m.end for m in entity.mentions if m.end <= mention.start), default=start)
                    if not any(e.start >= since and e.entity is not entity and e.entity.kind in ("organization", "media")
                               and not self._inside_content(e.start)
                               for e in self.registry.earlier(mention.start)):
                        return entity
                    break
        if lemma in PRESS_SERVICES and len(mention.tokens) == 1:
            # `Сбербанк снизил ставки, сообщили в пресс-службе`, `В Mail.ru, как
            # рассказали в пресс-службе, P`: a bare press service is that of
            # the organisation its sentence is about, before it, in the
            # quote's own words or the author's: a subject, or the topic that
            # opens the sentence (not an object, `подал иск против Google`, nor
            # the medium told; a sentence further back may name the one that
            # told the medium: `… сообщили «Интерфаксу» в МЧС. Как сообщили в пресс-службе`)
            doc = self.doc
            sentence = doc.sentence_of(mention.head)
            for event in self.registry.earlier(mention.start):
                if event.start < doc.tokens[sentence.first].start:
                    break
                own = any(span.start <= event.start < span.end for span in attribution.spans)
                entity = event.entity
                first = doc.first_token_from(event.start)
                top = doc.tokens[doc.apposition_top(first)]
                topic = first - 1 == sentence.first and norm(doc.tokens[first - 1].text) in ("в", "во", "у")
                about = entity.kind == "organization" and top.deprel.startswith("nsubj") \
                    or entity.kind in ("organization", "media") and topic  # (`В Mail.ru`: a site, a company)
                if about and entity.key not in lex["generic_org"] and (own or not self._inside_content(event.start)):
                    return entity
        # the institution of the matching type named last before the noun,
        # outside quotes first, then inside them (a lead that is all quote)
        fallback = None
        for event in self.registry.earlier(mention.start):
            entity = event.entity
            if fits(entity) and not self._inside_content(event.start):
                return entity
            if want_media and fallback is None and entity.kind == "organization" \
                    and latin_script(entity.name) and lemma != "соцсеть":
                fallback = entity
        for start, entity, other in self._spoke_before(mention.start):
            if start < mention.start and fits(entity):
                return entity
        inside = [event for event in self.registry.earlier(mention.start) if fits(event.entity)]
        if inside:
            return _likeliest_named_inside(self.doc, inside, lemma if wanted is not None else None).entity
        if fallback is None and wanted is not None and not want_media and singular:
            # `Правительство Черногории одобрило закон. Кабинет заявил`: an
            # institution of the kind named in this sentence or the one before
            # that no one made an entity (it neither spoke nor was tagged)
            ref = _institution_of_class_before(self.doc, mention.head, wanted, wanted_countries, ministry)
            if ref is not None:
                return self._phrase_entity(ref, ("organization",), like=attribution)
        return fallback


def _type_noun_as_name(token: Token) -> bool:
    """A common noun the tagger read as a name for its capital (`Посольство
    заявило` opening a sentence, `в Совете` after `Совет по шведскому языку`);
    no abbreviation (`МЧС`) or compound name (`Минобороны`)."""
    return token.upos == "PROPN" and not token.text.isupper() and names._common_word(token.text) \
        and names._common_noun(token.text)


def _countries_introduced(doc: Doc, entity: _Entity, offset: int) -> frozenset:
    """The countries an institution was introduced with before `offset`: in
    its mentions and the few words right before one (`Российская компания
    «Ростех»`, `немецкий концерн Siemens`)."""
    found: set = set()
    for m in entity.mentions:
        if m.end > offset:
            continue
        first = doc.first_token_from(m.start)
        words = [k for k in range(doc.sentence_of(first).first, first) if doc.tokens[k].upos != "PUNCT"][-3:]
        found |= names.countries(doc.tokens_in(m.start, m.end))
        found |= names.countries(doc.tokens[k] for k in words if doc.tokens[k].upos in ("ADJ", "NOUN"))
    return frozenset(found)


def _likeliest_named_inside(doc: Doc, events: list, lemma: Optional[str]):
    """Of the institutions that fit a generic noun, all named inside
    reported words (nearest first), the one meant: in the nearest one's sentence, one
    the text introduced with the noun (`Компания Apple купила стартап у
    Google, сообщили в компании`), else the subject (`«Спартак» подписал
    контракт с «Зенитом», сообщает пресс-служба клуба`), else the nearest."""
    sentence = doc.sentence_of(doc.first_token_from(events[0].start)).index
    same = [e for e in events if doc.sentence_of(doc.first_token_from(e.start)).index == sentence]
    if lemma is not None:
        for event in same:
            if _introduced_with(doc, event.entity, lemma):
                return event
    for event in same:
        # (`Компания Apple`: the name hangs on its noun)
        token = doc.tokens[doc.apposition_top(doc.first_token_from(event.start), hops=3)]
        if token.deprel.startswith("nsubj"):
            return event
    return events[0]


def _institution_of_class_before(doc: Doc, index: int, wanted: str,
                                 countries: frozenset = frozenset(), ministry: bool = False) -> Optional[MentionRef]:
    """The phrase naming an institution of class `wanted` (`_org_class`)
    last before token `index`, in its sentence or the one before; of one
    of the `countries` where the phrase names any; a ministry where one is
    asked for."""
    for k in range(index - 1, _previous_sentence_start(doc, index) - 1, -1):
        token = doc.tokens[k]
        if token.upos not in ("NOUN", "PROPN") or token.deprel.startswith("nmod"):
            continue
        ref = _between_conjunctions(doc, noun_phrase(doc, k, doc.sentence_of(k).token_range), k)
        name, kind = names.canonical(doc, ref)
        if kind == "organization" and name and _of_class(_org_class(_org_key(name)), wanted) \
                and (not ministry or _a_ministry(_org_key(name))):
            found = names.countries(doc.tokens[i] for i in ref.tokens)
            if countries and found and not found & countries:
                continue  # `немецкая компания Siemens` is no `российская компания`
            return ref
    return None


def _between_conjunctions(doc: Doc, ref: MentionRef, k: int) -> MentionRef:
    """The phrase around token `k` up to a conjunction on either side
    (`израильская корпорация «Таасия Авирит» и американская компания
    SkyTran` is two institutions)."""
    tokens = sorted(ref.tokens)
    links = [t for t in tokens if doc.tokens[t].upos == "CCONJ"]
    low = max((t for t in links if t < k), default=tokens[0] - 1) + 1
    high = min((t for t in links if t > k), default=tokens[-1] + 1) - 1
    while high > low and doc.tokens[high].upos == "PUNCT" and doc.tokens[high].text not in QUOTE_GLYPHS:
        high -= 1
    if (low, high) == (tokens[0], tokens[-1]):
        return ref
    head = ref.head if low <= ref.head <= high else k
    return MentionRef(doc.tokens[low].start, doc.tokens[high].end, head, tuple(range(low, high + 1)))


def _own_genitive_nouns(doc: Doc, mention: MentionRef) -> list[int]:
    """The common nouns in the genitive a mention's head governs inside it
    (`представители ведомства`, `автор доклада`), in order."""
    return [c for c in doc.children(mention.head) if c in mention.tokens and c > mention.head
            and doc.tokens[c].feat("Case") == "Gen" and doc.tokens[c].upos == "NOUN"]


def _coordinated_subject(doc: Doc, index: int) -> bool:
    """`Министр финансов Латвии и глава ЕЦБ раскритиковали`: a singular noun
    coordinated with another as the subject of a plural verb is one of many,
    whom `они` may stand for."""
    token = doc.tokens[index]
    return token.deprel.startswith("nsubj") and token.head is not None \
        and doc.tokens[token.head].feat("Number") == "Plur" \
        and any(doc.tokens[c].deprel == "conj" and doc.tokens[c].upos in ("NOUN", "PROPN") for c in doc.children(index))


# `оба`, `обе` alone: the two people just named together
_BOTH = frozenset({"оба", "обе"})


# the words of a service's office (`главк МЧС`, `управление МВД`), and the
# words its full name opens with (`ГУ МЧС РФ по …`, `Главное управление МВД`)
_OFFICES = frozenset({"главк", "управление", "гу", "гувд", "департамент"})
_OFFICE_OPENERS = frozenset({"гу", "главное", "главк", "управление", "гувд", "департамент", "региональное"})
# adjectives of an office that name no place of their own
_ANY_REGION = frozenset({"региональный", "местный", "столичный", "областной", "краевой", "республиканский",
                         "городской", "районный", "окружной", "территориальный", "главный"})


def _coordinated_people(doc: Doc, index: int) -> bool:
    """The first word of a person's name that opens a subject coordinating
    it with another person's name (`Иван Петров и Сергей Сидоров
    встретились`): the two are whom `они` may stand for."""
    token = doc.tokens[index]
    if not _coordinated_subject(doc, index):
        return False
    if not any(n.type == "PER" and n.start == token.start for n in overlapping_names(doc, token.start, token.end)):
        return False
    return any(doc.tokens[c].deprel == "conj" and any(
        n.type == "PER" for n in overlapping_names(doc, doc.tokens[c].start, doc.tokens[c].end))
        for c in doc.children(index))


def _part_of_anothers_name(doc: Doc, start: int) -> bool:
    """A name inside another noun's phrase, past the names joined to it and
    its own type noun (`Союз жильцов домов «Звезда» и «Парус»`, `Ассоциация
    владельцев кафе «Уют»`, `Представители компании «Лукойл»`): it names a
    part of what the phrase names, not the thing its head is."""
    k = doc.first_token_from(start)
    while k < len(doc.tokens) and doc.tokens[k].upos == "PUNCT":
        k += 1
    if k >= len(doc.tokens):
        return False
    token = doc.tokens[k]
    for _ in range(6):  # the names joined to it, and the noun it is apposed to
        if token.head is None or not token.deprel.startswith(("flat", "appos", "conj")):
            break
        token = doc.tokens[token.head]
    before = token.index - 1
    while before >= 0 and doc.tokens[before].text in QUOTE_GLYPHS:
        before -= 1
    if token.head is not None and token.head == before and doc.tokens[before].upos == "NOUN" \
            and token.upos in ("PROPN", "X"):
        # its own type noun: `кафе «Уют»` (not the noun a type noun hangs on:
        # `Посетители музея «Эрмитаж»`, reached from the name past its type noun)
        token = doc.tokens[before]
    return token.deprel.startswith("nmod") and token.head is not None and doc.tokens[token.head].upos in ("NOUN", "PROPN")


def _nouns_before(doc: Doc, entity: _Entity, before: Optional[int] = None):
    """The word right before each of an entity's mentions (those ending by
    `before`, where given), past quote marks (`еженедельнику "Аргументы
    недели"`, `агентства Agro and Food Communications`): the type noun a
    name is introduced with."""
    for mention in entity.mentions:
        if before is not None and mention.end > before:
            continue
        k = doc.first_token_from(mention.start) - 1
        while k >= 0 and doc.tokens[k].text in QUOTE_GLYPHS:
            k -= 1
        if k >= 0 and doc.tokens[k].end <= mention.start:
            yield k


def _introduced_with(doc: Doc, entity: _Entity, lemma: str) -> bool:
    """The text named the entity with this noun: in one of its mentions
    (`общественная организация "Центр Тигр"`) or right before one
    (`организации Greenpeace`)."""
    return any(names.lex_lemma(t) == lemma for m in entity.mentions for t in doc.tokens_in(m.start, m.end)) \
        or any(names.lex_lemma(doc.tokens[k]) == lemma for k in _nouns_before(doc, entity))


def _named_bare(doc: Doc, entity: _Entity) -> bool:
    """The text named the organisation by its name alone, never with a noun
    of its trade in or right before a mention (`компания «Ромашка»`,
    `банка «Открытие»`, an agency of another trade)."""
    if _introduced_as_other_trade(doc, entity):
        return False
    if any(t.upos == "NOUN" and t.text[:1].islower() for m in entity.mentions for t in doc.tokens_in(m.start, m.end)):
        return False
    return not any(doc.tokens[k].upos == "NOUN" and doc.tokens[k].text[:1].islower() for k in _nouns_before(doc, entity))


# verbs of an outlet's news (`пишет`, `сообщает`, `передает`)
_MEDIA_VERBS = frozenset(grammar.words("indirect", "relay", "lemmas"))


def _introduced_as_medium(doc: Doc, entity: _Entity) -> bool:
    """An organisation the text names right after a medium's noun
    (`еженедельнику "Аргументы недели"`): `издание` may point back to it."""
    return any(names.lex_lemma(doc.tokens[k]) in _OUTLET_NOUNS for k in _nouns_before(doc, entity))


def _introduced_as_social_network(doc: Doc, entity: _Entity) -> bool:
    """A noun before the entity's name calls it a social network (`соцсеть`,
    `социальная сеть`)."""
    def social(k: int) -> bool:
        lemma = names.lex_lemma(doc.tokens[k])
        return lemma == "соцсеть" or lemma == "сеть" and any(
            norm(doc.tokens[c].text).startswith("социальн") for c in doc.children(k))

    return any(social(k) for k in _nouns_before(doc, entity))


def _introduced_as_other_trade(doc: Doc, entity: _Entity) -> bool:
    """An organisation named right after an agency of another trade
    (`консалтингового агентства Agro and Food Communications`): no outlet,
    however Latin its name."""
    return any(names.agency_of_another_trade(doc, k) for k in _nouns_before(doc, entity))


# documents that are a verb's act: the verb's subject is their owner
# (`Путин поздравил …`, `говорится в поздравлении`)
_DOCUMENT_ACTS = {"поздравление": frozenset({"поздравить", "поздравлять"}),
                  "приветствие": frozenset({"приветствовать", "поприветствовать"}),
                  "обращение": frozenset({"обратиться", "обращаться"})}

# social networks by name: what a bare `соцсеть` may point back to
_SOCIAL_NETWORKS = names.SOCIAL_NETWORKS

# the type words of an outlet's name whose adjective alone may name it (`«Новая газета»`, `«Новая»`)
_MEDIA_TYPE_WORDS = frozenset({"газета", "журнал", "еженедельник"})

# nouns only an outlet is (not `сайт` or `агентство`, which institutions have or are)
_OUTLET_NOUNS = frozenset({"газета", "еженедельник", "ежедневник", "журнал", "телеканал", "радиостанция",
                           "издание", "таблоид", "информагентство", "телекомпания", "радио"})


# the services that speak for whom they serve (`пресс-служба губернатора`)
PRESS_SERVICES = frozenset({"пресс-служба", "пресс-центр", "пресс-секретариат"})
# bodies that speak for an institution as its press service does (`по данным
# администрации портала`; `руководство` has its own rule, `_spokespeople_of`)
SPEAKING_BODIES = frozenset({"администрация"})
# generic nouns that any organisation answers to, of a known kind or not
ANY_ORGANIZATION = frozenset({"организация", "группировка"})
# what a generic institution noun points back to
GENERIC_CLASS = {"ведомство": "state", "министерство": "state", "регулятор": "state",
                 "компания": "company", "корпорация": "company", "концерн": "company",
                 "холдинг": "company", "авиакомпания": "company", "госкорпорация": "company",
                 "автоконцерн": "company", "нефтекомпания": "company", "госкомпания": "company",
                 "агрохолдинг": "company", "медиахолдинг": "company", "гигант": "company",
                 "интернет-гигант": "company", "it-гигант": "company", "медиагигант": "company",
                 "техногигант": "company", "автогигант": "company", "интернет-компания": "company",
                 "производитель": "company", "автопроизводитель": "company", "разработчик": "company",
                 "застройщик": "company", "перевозчик": "company", "ритейлер": "company",
                 "спецслужба": "intelligence",
                 "партия": "party",
                 "вуз": "university", "университет": "university",
                 "клуб": "club", "альянс": "alliance", "кабинет": "government", "кабмин": "government"}
_STATE = regex.compile(
    r"^(?:министерств|мин[а-я]|ведомств|служб|комитет|агентств|управлени|департамент|прокуратур|"
    r"генпрокуратур|рос(?!си|тов)[а-я]|фас|мчс|мвд|фсб|фсин|фсо|свр|гру$|цик|цб|центробанк|надзор|"
    r"инспекци|казначейств|администраци|правительств|мэри|кремл|госдеп|пентагон|следственн|ск$|"
    r"минобороны|мид|сбу|нбу|фбр|цру|фнс|фтс|пфр|росстат|банк\s+россии)")
# an intelligence or security service by its name (`ФСБ`, `ЦРУ`, `Служба
# внешней разведки`; not a company's `служба безопасности`): what
# `спецслужба` points back to
_INTELLIGENCE = regex.compile(
    r"(?:^|\s)(?:(?:фсб|свр|гру|кгб|цру|фбр|анб|моссад|шабак|ми-?[56]|cia|fbi|nsa|mossad|сбу|бнд|bnd)(?:\s|$)|"
    r"спецслужб|служба внешней разведки|разведк|разведсообществ|контрразведк|"
    r"федеральн[а-я]* служб[а-я]* безопасности|служб[а-я]* безопасности (?:украины|россии|рф|беларуси|казахстана))")
# the country of a service known by its name alone (`Американская спецслужба`
# after `ЦРУ и ФСБ` is the ЦРУ)
_SERVICE_COUNTRIES = {"фсб": "Россия", "свр": "Россия", "гру": "Россия", "кгб": "Россия", "цру": "США",
                      "фбр": "США", "анб": "США", "cia": "США", "fbi": "США", "nsa": "США", "ми-5": "Великобритания",
                      "ми-6": "Великобритания", "ми5": "Великобритания", "ми6": "Великобритания",
                      "моссад": "Израиль", "шабак": "Израиль", "mossad": "Израиль", "сбу": "Украина",
                      "бнд": "Германия", "bnd": "Германия"}


def _home_country(key: str) -> frozenset:
    """The country of a security service named by its known short name."""
    return frozenset(c for w in key.split() if (c := _SERVICE_COUNTRIES.get(w)))


# a ministry by its name (`Минтранс`, `МИД`, `Госдеп`, `Пентагон`), no other state body
_MINISTRY = regex.compile(r"^(?:министерств|мин(?!ут|ус|им|ер|ск|ин|ь|неапол|несот|гор)[а-я]|мид|мвд|мчс|госдеп|"
                          r"пентагон|форин)")


def _a_ministry(key: str) -> bool:
    """An institution's name names a ministry in its first two words
    (`министерство обороны`, `российский мид`, `миннауки`; not
    `администрация миннеаполиса`), or is the US Treasury (not the Russian
    `Федеральное казначейство`, a service)."""
    return any(_MINISTRY.match(w) for w in key.split()[:2]) or key.startswith("казначейство сша")
# a government (`кабинет` points back to it, not to a ministry)
_GOVERNMENT = regex.compile(r"^(?:правительств|кабмин|кабинет)")
_PARTY = regex.compile(r"^(?:парти|лдпр|кпрф|яблоко|единая|справедливая|демократ|республиканц|лейборист)")
_COMPANY = regex.compile(r"^(?:компани|корпораци|концерн|холдинг|ооо|оао|пао|зао|ао$|group|inc|ltd|банк)")
_UNIVERSITY = regex.compile(r"^(?:университет|академи|вуз|мгу|спбгу|мфти|мгимо|мифи|вшэ|рудн$|ранхигс|итмо|"
                            r"universit|college|колледж)")
_CLUB = regex.compile(r"^(?:клуб|фк|хк|пбк|бк|fc)$")
_ALLIANCE = regex.compile(r"^(?:нато|nato|одкб|альянс|alliance|опек|opec)$")


def _of_class(found: Optional[str], wanted: str) -> bool:
    """An organisation of class `found` is one of class `wanted`: the same
    class, or a security service where a state body is wanted."""
    return found is not None and (found == wanted or wanted == "state" and found == "intelligence")


def _org_class(key: str) -> Optional[str]:
    """`government`, `intelligence` (a state body too), `state`, `party`,
    `company`, `university`, `club` or `alliance` by the words of an
    organisation's name."""
    if _INTELLIGENCE.search(key):
        return "intelligence"
    words = key.split()
    for kind, pattern in (("party", _PARTY), ("alliance", _ALLIANCE), ("university", _UNIVERSITY),
                          ("club", _CLUB), ("government", _GOVERNMENT), ("state", _STATE),
                          ("company", _COMPANY)):
        if any(pattern.match(w) for w in words):
            return kind
    return None


# training/train_ranker.py sets a list here to collect the candidates of
# every pronoun speaker with their features
RECORDER: Optional[list] = None


def _record(doc: Doc, mention: MentionRef, chosen: dict, features: dict, keys: list) -> dict:
    """One pronoun's candidates: the spans that stand for each (every mention
    of an entity before the pronoun, or a noun's token) and its features."""
    candidates = []
    for key in keys:
        kind, what, at = chosen[key]
        if kind == "entity":
            spans = [(m.start, m.end) for m in what.mentions if m.end <= mention.start]
            spans.append((at, doc.tokens[doc.first_token_from(at)].end))
        else:
            spans = [(doc.tokens[what].start, doc.tokens[what].end)]
        candidates.append({"spans": spans, "features": ranker.vector(features[key])})
    head = doc.tokens[mention.head]
    return {"mention": (mention.start, mention.end), "head": (head.start, head.end), "candidates": candidates}


def resolve(doc: Doc, attributions: list[Attribution]) -> Registry:
    """Give every attribution a `Speaker`; return the document's entities."""
    registry = Registry(doc)
    resolver = _Resolver(doc, registry, attributions)
    registry.resolver = resolver
    order = sorted(range(len(attributions)),
                   key=lambda i: (depth(attributions, i), _anchor(attributions[i])))
    # one mention speaking twice (`- подчеркнул президент, признав, что P`:
    # the direct quote and the gerund's clause) is one entity both times
    spoken: dict[tuple[int, int], _Entity] = {}
    for i in order:
        attribution = attributions[i]
        if attribution.mention is not None:
            attribution.mention = _acting_title(doc, _site_owner(doc, _document_author(
                doc, _source_without_medium(doc, described_noun(doc, attribution.mention)))))
            if _a_time(doc, attribution.mention):
                # `Согласно информации, появившейся во вторник в СМИ`, `цитировало
                # в минувшее воскресенье агентство`: when, never who
                attribution.mention = None
        mention = attribution.mention
        entity = None
        if attribution.inherits:
            entity = _inherited(resolver, attribution)
        elif mention is not None:
            entity = spoken.get((mention.start, mention.end)) or resolver.entity_for(attribution)
        elif attribution.cue is not None and attribution.cue.kind == "impersonal" and attribution.parent is None:
            # `Отмечается, что …` in an institution's statement; `Как
            # сообщается, …, сообщает ИТАР-ТАСС`: the medium, the only source named
            # (`Как сообщалось ранее, P` tells of earlier news, not of the
            # statement the article is)
            entity = resolver.reporter_just_before(attribution) \
                or (None if _reported_earlier(doc, attribution) else resolver.document_author()) \
                or resolver.trailing_medium(attribution)
        elif attribution.cue is not None and attribution.cue.kind == "verb":
            entity = resolver.dropped_subject(attribution)
        mention_out = mention.to_mention(doc) if mention else None
        if entity is None:
            kind = attribution.speaker_kind if attribution.speaker_kind in (
                "person", "organization", "media", "group", "document", "unknown") else "unknown"
            attribution.speaker = Speaker(None, kind, None, mention_out)
            continue
        if mention_out is not None:
            spoken.setdefault((mention.start, mention.end), entity)
            registry.attach(entity, mention_out)
            registry.note(mention.start, mention.end, entity, speaker=True)
        entity.spoke = True
        attribution.speaker = Speaker(entity.name, entity.kind, entity.id, mention_out)
        insort(resolver.resolved, (_anchor(attribution), entity, attribution), key=lambda r: r[0])
        insort(resolver.spoke_at.setdefault(entity.id, []), _anchor(attribution))
    _named_later(registry, attributions)
    # names may have grown fuller after a speaker was set: use the final ones
    by_id = {e.id: e for e in registry.entities}
    for attribution in attributions:
        speaker = attribution.speaker
        if speaker is not None and speaker.entity in by_id:
            entity = by_id[speaker.entity]
            attribution.speaker = Speaker(entity.name, entity.kind, entity.id, speaker.mention)
    return registry


_SLAVIC_SURNAME = regex.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ко|ук|юк|ич|ова|ева|ина|ына|ская|цкая)$")
# posts whose holder a text often leaves unnamed while naming another holder
_OFTEN_UNNAMED = frozenset({"представитель", "представительница", "сотрудник", "сотрудница", "пресс-секретарь",
                            "официальный представитель"})


def _named_later(registry: Registry, attributions: list[Attribution]) -> None:
    """A post the text gives first with no name, whose later mentions went to
    the one person named after it: `…, заявил министр спорта РФ` in the lead,
    `цитирует заявление Мутко` and `Министр отметил` further on. The post's
    first mention was an entity of its own because nobody was named yet;
    once the whole text is read it is that person's, where he is the only
    one the text gives the post, named only after it, and nothing (gender,
    country, the post's complement) tells them apart."""
    doc = registry.doc
    first_role: dict[str, tuple[int, str]] = {}
    for start, role, entity in sorted(registry.roles, key=lambda r: r[0]):
        first_role.setdefault(entity.id, (start, role))
    for unnamed in list(registry.entities):
        if unnamed.kind != "person" or unnamed.surname or unnamed.number == "Plur" or not unnamed.mentions \
                or unnamed.id not in first_role:
            continue
        at, role = first_role[unnamed.id]
        if role in _OFTEN_UNNAMED or role in names._lexicon()["media_sources"] or role in antecedents._ANYONE:
            continue  # (an unnamed spokesman or source stays so: another one may be named later)
        holders = [e for e in registry.entities if e is not unnamed and e.mentions
                   and any(_same_role(r, role) for r in e.roles)]
        if len(holders) != 1:
            continue
        person = holders[0]
        # (the very post: a bare `Прокурор` is not the `генпрокурор Украины` named later)
        if role not in person.roles or person.kind != "person" or not person.surname \
                or min(m.start for m in person.mentions) <= at \
                or not _compatible(person, unnamed.gender, None):
            continue
        # (the words of the posts he was introduced with, where he was)
        context = registry.role_context.get(unnamed.id, set()) - {role}
        introduced = any(entity is person for _, _, entity in registry.roles)
        known = registry.role_context.get(person.id, set()) - set(person.roles) if introduced else set()
        if context and known and not complements_agree(context, known):
            continue
        wanted = frozenset(registry.countries.get(unnamed.id, ())).union(
            *(names.countries(doc.tokens_in(m.start, m.end)) for m in unnamed.mentions))
        # (a post of one country is no one whose country the text never told,
        # but for a Russian post a Slavic surname: `министр спорта РФ` is
        # `Мутко`, `министр финансов России` is not `Йеллен`)
        home = wanted <= {"Россия"} and bool(_SLAVIC_SURNAME.search(norm(person.surname)))
        if antecedents.other_country(registry, person, len(doc.text), wanted, unknown_differs=not home):
            continue
        for mention in list(unnamed.mentions):
            registry.attach(person, mention)
        unnamed.spoke = unnamed.relays = False
        registry.events = [attrs.evolve(e, entity=person) if e.entity is unnamed else e for e in registry.events]
        for attribution in attributions:
            speaker = attribution.speaker
            if speaker is not None and speaker.entity == unnamed.id:
                attribution.speaker = Speaker(person.name, person.kind, person.id, speaker.mention)


# verbs that make a document: their subject is its author
_MAKING = frozenset({"опубликовать", "публиковать", "подготовить", "готовить", "распространить", "распространять",
                     "выпустить", "выпускать", "обнародовать", "составить", "составлять", "провести", "проводить",
                     "представить", "представлять",
                     # (`дал свой прогноз, согласно которому`, `сделал заявление, в котором`)
                     "дать", "давать", "сделать", "делать", "озвучить", "огласить", "высказать"})


_TIME_NOUNS = grammar.words("entities", "time", "days") | grammar.words("entities", "time", "nouns")


def _a_time(doc: Doc, mention: MentionRef) -> bool:
    """A mention headed by a noun of time (`вторник`, `час ночи`); not a
    name (`сообщила «Пятница»`, `Как сообщает «Утро»`), nor `среда` but in
    the accusative of a day (`в среду`; `в экспертной среде` speaks)."""
    head = doc.tokens[mention.head]
    lemma = norm(head.lemma or "")
    if head.upos != "NOUN" or lemma not in _TIME_NOUNS:
        return False
    if any(doc.tokens[k].text in QUOTE_GLYPHS for k in mention.tokens) or head.index > 0 \
            and doc.tokens[head.index - 1].text in QUOTE_GLYPHS \
            or head.text[:1].isupper() and head.index != doc.sentences[head.sentence].first:
        return False
    return lemma != "среда" or head.feat("Case") == "Acc"


def _previous_subject_noun(doc: Doc, verb: Token) -> Optional[int]:
    """The common noun that is the subject of the main predicate of the
    sentence before the verb's, in its paragraph, in the verb's number and
    (past tense) gender: whom a verb with no subject goes on with."""
    sentence = verb.sentence
    if verb.feat("Number") != "Sing":
        return None  # (`Им пообещали, что …`: an indefinite plural is someone unnamed)
    if sentence == 0 or doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph:
        return None
    previous = doc.sentences[sentence - 1].token_range
    root = next((k for k in previous if doc.tokens[k].head is None), None)
    if root is None:
        return None
    for c in doc.children(root):
        token = doc.tokens[c]
        if token.deprel == "nsubj" and token.upos == "NOUN" and token.feat("Number") == verb.feat("Number") \
                and (verb.feat("Gender") is None or token.feat("Gender") in (None, verb.feat("Gender"))) \
                and (token.feat("Animacy") == "Anim" or names.is_role_noun(doc, c)
                     or names.lexicon_word(token, "org_nouns") is not None
                     or names.lex_lemma(token) in _lexicon()["generic_org"]):
            return c  # (someone or some body: not `Посыпались приглашения`)
    return None


def _maker_of(doc: Doc, noun: int) -> Optional[int]:
    """The subject before a document noun of the verb of making that governs
    it (`Reuters опубликовало расследование`), where it can speak."""
    token = doc.tokens[noun]
    verb = token.head
    # (an investigation published is one too: `опубликовало расследование`)
    # (and a view issued as one: `Morgan Stanley распространил оценку`)
    if not (names.is_document_noun(doc, noun) or names.lex_lemma(token) == "расследование"
            or names.lexicon_word(token, "views") in ("оценка", "прогноз")) \
            or verb is None or token.deprel != "obj" \
            or norm(doc.tokens[verb].lemma or "") not in _MAKING:
        return None
    subject = next((c for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj") and c < noun
                    and doc.tokens[c].upos in ("NOUN", "PROPN", "X")), None)
    return subject if subject is not None and _speaks_at(doc, subject) else None


def _made_by(doc: Doc, noun: int) -> Optional[int]:
    """The agent of a passive participle of making on a document noun
    (`исследованию, проведенному ВЦИОМ`, `докладу, подготовленному
    Всемирным банком`), where it can speak."""
    for child in doc.children(noun):
        participle = doc.tokens[child]
        if child < noun or participle.feat("VerbForm") != "Part" or participle.feat("Voice") != "Pass" \
                or norm(participle.lemma or "") not in _MAKING | _MAKING_PARTICIPLES:
            continue
        for agent in doc.children(child):
            token = doc.tokens[agent]
            if agent > child and token.upos in ("NOUN", "PROPN", "X") \
                    and (token.deprel == "obl:agent" or token.deprel.startswith("obl") and token.feat("Case") == "Ins") \
                    and _speaks_at(doc, agent):
                return agent
    return None


def _made_in_relative(doc: Doc, noun: int) -> Optional[int]:
    """The subject of a relative clause of making right after a document
    noun, the relative pronoun its object (`согласно подсчету, который ведет
    университет Джонса Хопкинса`, `исследованию, которое провел ВЦИОМ`),
    where it can speak."""
    comma, pronoun = noun + 1, noun + 2
    if pronoun >= len(doc.tokens) or doc.tokens[comma].text != "," \
            or not norm(doc.tokens[pronoun].text).startswith("котор") or doc.tokens[pronoun].feat("Case") != "Acc":
        return None
    verb = doc.tokens[pronoun].head
    if verb is None or norm(doc.tokens[verb].lemma or "") not in _MAKING | _CONDUCTING \
            or doc.tokens[verb].sentence != doc.tokens[noun].sentence:
        return None
    return next((c for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj") and c > pronoun
                 and doc.tokens[c].upos in ("NOUN", "PROPN", "X") and _speaks_at(doc, c)), None)


# verbs that keep a record or run a study (`подсчет, который ведет X`)
_CONDUCTING = frozenset({"вести", "осуществлять", "выполнить", "выполнять"})


# the participles' own lemmas, where the tagger gives them (`проведенный`)
_MAKING_PARTICIPLES = frozenset({"проведенный", "подготовленный", "опубликованный", "составленный",
                                 "распространенный", "выпущенный", "обнародованный", "представленный"})


def _speaks_at(doc: Doc, k: int) -> bool:
    """The word names one who can speak: a person's or a body's noun, or a
    word of a person's or an organisation's name."""
    return _may_speak(doc, k) or _named_itself(doc, k)


def _named_itself(doc: Doc, k: int) -> bool:
    """Token `k` is a word of a person's or an organisation's name (itself,
    not a phrase around it)."""
    return any(n.type in ("PER", "ORG") for n in overlapping_names(doc, doc.tokens[k].start, doc.tokens[k].end))


def _relative_head(doc: Doc, relative: int) -> Optional[tuple[int, int]]:
    """(the noun a relative pronoun is about, the comma that opens its
    clause): the phrase right before the comma, climbed to the highest noun
    that agrees with the pronoun, a person before a thing (`мнение аналитика
    Маши Липман, которая полагает` is hers, `на фоне визита министра Сергея
    Лаврова, который заявил` his; `Представитель МИД страны, заявление
    которого …` the representative); the parse, which may hang the clause
    elsewhere, is not asked."""
    i = relative - 1
    while i >= 0 and doc.tokens[i].text != "," and doc.tokens[i].sentence == doc.tokens[relative].sentence:
        i -= 1
    for j in range(i - 1, max(-1, i - 8), -1):
        if doc.tokens[j].upos not in ("NOUN", "PROPN"):
            continue
        path = [j]
        for ancestor in doc.ancestors(j):
            if ancestor < i and doc.tokens[ancestor].upos in ("NOUN", "PROPN") \
                    and doc.tokens[path[-1]].deprel in ("nmod", "appos", "flat", "flat:name"):
                path.append(ancestor)
            else:
                break
        agreeing = [k for k in reversed(path) if _agrees_with_relative(doc.tokens[relative], doc.tokens[k])
                    and not _in_compound_preposition(doc, k)]
        people = [k for k in agreeing if doc.tokens[k].feat("Animacy") == "Anim"
                  or any(n.type == "PER" for n in overlapping_names(doc, doc.tokens[k].start, doc.tokens[k].end))]
        if not agreeing:
            # `Люди, пережившие Холокост, которые говорят`: the noun a
            # participle phrase between commas describes, where it agrees
            described = _described_by_participle(doc, relative, j)
            if described is not None:
                return described, i
        return (people or agreeing or [path[-1]])[0], i
    return None


def _described_by_participle(doc: Doc, relative: int, inside: int) -> Optional[int]:
    """The noun before a participle phrase set off by commas (the phrase
    holds `inside`) that agrees with the relative pronoun after it."""
    k = inside
    while k >= 0 and doc.tokens[k].text != "," and doc.tokens[k].sentence == doc.tokens[relative].sentence:
        k -= 1
    if k <= 0 or doc.tokens[k].text != "," or doc.tokens[k + 1].feat("VerbForm") != "Part":
        return None
    noun = doc.tokens[k - 1]
    if noun.upos in ("NOUN", "PROPN") and _agrees_with_relative(doc.tokens[relative], noun):
        return noun.index
    return None


def _previous_sentence_start(doc: Doc, index: int) -> int:
    """The first token of the sentence before token `index`'s (of its own in
    a text's first sentence)."""
    sentence = doc.sentence_of(index).token_range
    return doc.sentence_of(sentence.start - 1).token_range.start if sentence.start > 0 else sentence.start


def _institution_named_before(doc: Doc, verb: int) -> Optional[MentionRef]:
    """The institution (no medium, no place) named last before `verb`, in
    its sentence or the one before: the whole phrase (`пресс-службе суда`,
    not `суда`)."""
    first = _previous_sentence_start(doc, verb)
    for k in range(verb - 1, first - 1, -1):
        token = doc.tokens[k]
        if token.upos not in ("NOUN", "PROPN") or token.feat("Case") == "Nom" and token.sentence == doc.tokens[verb].sentence:
            continue
        if any(n.type == "LOC" for n in overlapping_names(doc, token.start, token.end)):
            continue  # a city's `там` is its people, no one in particular
        while token.deprel.startswith("nmod") and token.head is not None and first <= token.head < k \
                and names.lexicon_word(doc.tokens[token.head], "org_nouns") is not None:
            k, token = token.head, doc.tokens[token.head]
        ref = noun_phrase(doc, k, doc.sentence_of(k).token_range)
        kind = names.canonical(doc, ref)[1]
        if kind == "media":
            return None  # (`некоторые СМИ сообщили …: там …` is someone else)
        if kind == "organization" or names.lexicon_word(token, "org_nouns") is not None:
            return ref
    return None


def _source_without_medium(doc: Doc, mention: MentionRef) -> MentionRef:
    """`источник РИА "Новости" в экстренных службах`: the source, not the
    medium it spoke to (chains.own_relays makes the medium a layer)."""
    # `собеседник агентства` may be the person the agency interviewed: kept whole
    if names.lexicon_word(doc.tokens[mention.head], "media_sources") != "источник":
        return _without_dative_medium(doc, mention)
    medium = names.source_medium(doc, mention.head)
    if medium is None or medium.head not in mention.tokens:
        return _without_dative_medium(doc, mention)
    # up to the medium, its opening quote mark and a comma before it left out
    kept = [t for t in mention.tokens if t < min(medium.tokens)]
    while len(kept) > 1 and kept[-1] != mention.head and doc.tokens[kept[-1]].upos == "PUNCT":
        kept.pop()
    # and where the source is placed after the medium (`источник «Медузы» в
    # иркутском правительстве`): the whole phrase is the mention, as the gold
    # writes it, and its words but the medium's are the source's
    after = [t for t in mention.tokens if t > max(medium.tokens)]
    while after and doc.tokens[after[0]].upos == "PUNCT":
        after.pop(0)
    # (a place or a body: `в правительстве`, `из окружения`, `при штабе`; not
    # `на условиях анонимности`)
    if after and norm(doc.tokens[after[0]].text) in ("в", "во", "из", "при", "у") \
            and _hangs_on(doc, after, mention.head) \
            and not _ANONYMOUS.search(doc.text[doc.tokens[after[0]].start:doc.tokens[after[-1]].end]):
        return MentionRef(doc.tokens[kept[0]].start, doc.tokens[after[-1]].end, mention.head, tuple(kept + after))
    return MentionRef(doc.tokens[kept[0]].start, doc.tokens[kept[-1]].end, mention.head, tuple(kept))


def _hangs_on(doc: Doc, tokens: list[int], head: int) -> bool:
    """The words' own head (the one whose parse head lies outside them) is
    `head` itself (`источник … в правительстве`: the place is the source's)."""
    inside = set(tokens)
    tops = [t for t in tokens if doc.tokens[t].head not in inside]
    return len(tops) == 1 and doc.tokens[tops[0]].head == head


# documents whose genitive is not their author: an interview is given to the
# outlet named after it (`интервью CNN`), a law or a plan is about its subject
_NOT_AUTHORED = frozenset({"интервью", "закон", "законопроект", "проект", "договор", "соглашение", "кодекс",
                           "конституция", "устав", "поправка", "программа", "план", "стратегия", "концепция",
                           "доктрина", "экспертиза", "версия", "иск", "жалоба",
                           "приговор", "определение", "протокол"})


# documents whose genitive is as often what they studied as who made them
# (`данные Росстата` are Росстат's, `данные переписи` are no one's; `опрос
# ВЦИОМ` is ВЦИОМ's, `опрос россиян` no one's; `сводка МЧС`, `сводка погоды`)
_STUDIES = frozenset({"исследование", "расчет", "прогноз", "анализ", "обследование", "отчет", "доклад", "данные",
                      "опрос", "рейтинг", "сводка", "бюллетень", "справка", "вывод", "мониторинг"})
# of those, the ones whose genitive is most often their topic, with a name
# further in it (`опрос клиентов Сбербанка`, `рейтинг богатейших людей
# планеты Forbes`): only a genitive that is itself a name or a body is the maker
_TOPICAL = frozenset({"опрос", "рейтинг", "сводка", "бюллетень", "справка", "мониторинг"})


# `пожелавший сохранить анонимность`, `попросивший не называть его имени`,
# `на условиях анонимности`: a person the text says it does not name
_ANONYMOUS = regex.compile(r"(?:анонимност|не\s+называть|не\s+раскрывать|не\s+называ(?:я|ть)\s+(?:своего|его|ее|её)"
                           r"\s+имен|остаться\s+неизвестн|неназванн|анонимн)", regex.IGNORECASE)


# determiners of someone the text has not met (`некий рабочий`) or of anyone
# at all (`любой вкладчик`, `каждый рабочий`)
_INDEFINITE_DETERMINERS = frozenset({"некий", "некая", "некое", "некоего", "некоей", "некоему", "неким", "некие",
                                     "любой", "любая", "любого", "любому", "любым", "любые", "любых",
                                     "каждый", "каждая", "каждого", "каждому", "каждым",
                                     "всякий", "всякая", "всякого", "какой-то", "какая-то", "какого-то",
                                     "какой-нибудь", "какая-нибудь"})


def _indefinite(doc: Doc, mention: MentionRef) -> bool:
    """A determiner of the role noun's own says it is nobody met before
    (`Некий рабочий заявил`, `Любой вкладчик уверен`)."""
    return any(norm(doc.tokens[i].text) in _INDEFINITE_DETERMINERS and doc.tokens[i].head == mention.head
               for i in mention.tokens if i < mention.head)


def _anonymous(doc: Doc, mention: MentionRef) -> bool:
    """Whether the words around a role noun say the person goes unnamed:
    its own participle phrase after it (up to the next comma but one), or
    before it in its clause (`просивший не называть его имени официальный
    представитель`), or an adjective (`анонимный источник`, `неназванный
    чиновник`)."""
    text = doc.text
    sentence = doc.sentence_of(mention.head)
    start = doc.tokens[sentence.first].start
    end = doc.tokens[sentence.token_range.stop - 1].end
    after = text[mention.end:end]
    # (the phrase set off by commas right after the noun)
    parts = after.split(",")
    own = ",".join(parts[:2]) if after.lstrip().startswith(",") else ""
    before = text[max(start, mention.start - 60):mention.end]
    return bool(_ANONYMOUS.search(own) or _ANONYMOUS.search(before))


def _document_author(doc: Doc, mention: MentionRef) -> MentionRef:
    """`со ссылкой на статью министра`, `согласно заключению экспертов`,
    `по данным доклада Всемирного банка`: a document whose author is named
    in the genitive after it, or as its sender behind `из`/`от` (`письмо из
    «Газпром межрегионгаз Санкт-Петербург»`), speaks as that author
    (ATTRIBUTION.md); the mention is the author's."""
    head = doc.tokens[mention.head]
    lemma = names.lexicon_word(head, "document_nouns") or names.lexicon_word(head, "views")
    if lemma is None:
        return mention
    # `согласно исследованию, проведенному ВЦИОМ`, `в докладе, опубликованном
    # Amnesty International`: the maker a passive participle names
    agent = _made_by(doc, mention.head)
    if agent is None:
        agent = _made_in_relative(doc, mention.head)
    if agent is None and mention.tokens == (mention.head,):
        # (a bare document its sentence says someone issued: `Касьянов
        # распространил заявление, где говорится, что P`)
        agent = _maker_of(doc, mention.head)
    if agent is not None:
        return noun_phrase(doc, agent, doc.sentence_of(agent).token_range)
    if lemma in _NOT_AUTHORED:
        return mention
    inside = set(mention.tokens)
    for child in doc.children(mention.head):
        token = doc.tokens[child]
        # (`письмо из «Газпром межрегионгаз Санкт-Петербург»`, `письмо от
        # Минфина`: the sender, whatever case the tagger gave a quoted name)
        sent = any(norm(doc.tokens[k].text) in ("из", "от") and doc.tokens[k].upos == "ADP"
                   and all(doc.tokens[j].text in QUOTE_GLYPHS for j in range(k + 1, child))
                   for k in range(max(mention.head + 1, child - 2), child))
        # (a name in quote marks does not decline: its case is the tagger's
        # guess, `опроса "Левада-центра"`)
        quoted = child > 0 and doc.tokens[child - 1].text in QUOTE_GLYPHS and token.upos in ("PROPN", "X")
        if child not in inside or token.deprel != "nmod" \
                or token.feat("Case") not in ("Gen", None) and not sent and not quoted or child < mention.head:
            continue
        if one_of(doc, child, range(child, max(mention.tokens) + 1)):
            # `заявление одного из режиссеров картины Альваро Пастора`
            return noun_phrase(doc, child, range(mention.head + 1, max(mention.tokens) + 1))
        if token.upos not in ("NOUN", "PROPN", "X"):
            continue
        # (`данные мониторинга Greenpeace`, `данные опроса ВЦИОМ`: a study's
        # data are its maker's)
        if names.is_document_noun(doc, child) and (lemma != "данные" or names.lex_lemma(token) in _STUDIES):
            # `статья доклада`: the inner document's author, if any
            return _document_author(doc, noun_phrase(doc, child, range(mention.head + 1, max(mention.tokens) + 1)))
        author = noun_phrase(doc, child, range(mention.head + 1, max(mention.tokens) + 1))
        named = names._overlapping_names(doc, author, "PER") or names._overlapping_names(doc, author, "ORG")
        if lemma in _STUDIES and not (named or names.institution_noun(token)):
            return mention  # `исследование российских школьников`: whom it studied
        if lemma in _TOPICAL and not (names.institution_noun(token) or _named_itself(doc, child)):
            # `опрос клиентов Сбербанка`, `мониторинг цен Росстата`: the
            # genitive itself must be the maker, not a name further in it
            return mention
        if named or names.can_write(doc, child):
            return author
        return mention
    return mention


# laws, bills and treaties: a bare one points back to the one named before
_ENACTMENTS = frozenset({"закон", "законопроект", "указ", "постановление", "резолюция", "поправка", "договор",
                         "соглашение", "кодекс", "конвенция", "декрет", "директива"})


# `власти` in its cases: the authorities of a place, named by a bare plural
_AUTHORITIES = frozenset({"власти", "властей", "властям", "властями", "властях"})


# where a body publishes its own words: its owner speaks through it
_OWN_CHANNELS = frozenset({"сайт", "веб-сайт", "интернет-сайт", "страница", "аккаунт", "блог", "микроблог",
                           "телеграм-канал", "telegram-канал", "твиттер"})


def _acting_title(doc: Doc, mention: MentionRef) -> MentionRef:
    """`говорит и. о. начальника отдела кадров компании «Балтика» Татьяна
    Нарижняя`: the abbreviation the tagger made a noun of its own heads the
    post after it and the name that ends it; the mention runs to the name
    (none within the sentence's next words, no comma: as it was)."""
    if len(mention.tokens) != 1 or norm(doc.tokens[mention.head].text) not in ACTING:
        return mention
    k = mention.head + 1
    sentence = doc.tokens[mention.head].sentence
    while k < len(doc.tokens) and k - mention.head <= 12 and doc.tokens[k].sentence == sentence \
            and (doc.tokens[k].upos != "PUNCT" or doc.tokens[k].text in QUOTE_GLYPHS) \
            and doc.tokens[k].upos != "ADP" and doc.tokens[k].feat("Case") != "Dat":
        # (the name in the nominative, no preposition or addressee before it:
        # not `в разговоре с Татьяной Нарижней`, `журналисту Ивану Петрову`)
        person = next((n for n in overlapping_names(doc, doc.tokens[k].start, doc.tokens[k].end) if n.type == "PER"),
                      None)
        if person is not None and doc.tokens[k].feat("Case") not in ("Nom", None):
            return mention
        if person is not None:
            last = doc.first_token_from(person.end - 1)
            tokens = tuple(range(mention.head, last + 1))
            return MentionRef(mention.start, doc.tokens[last].end, doc.first_token_from(person.start), tokens)
        k += 1
    return mention


def _site_owner(doc: Doc, mention: MentionRef) -> MentionRef:
    """`сообщает сайт областного УМВД`, `официальный сайт МВД`: the owner
    named in the genitive after its site (a name, a body, a person, an
    outlet) speaks, as `сообщается на сайте МВД` makes МВД speak; a site
    with no owner (`сайт BoxingScene.com`) is the outlet it is."""
    head = doc.tokens[mention.head]
    if head.upos != "NOUN" or names.lex_lemma(head) not in _OWN_CHANNELS:
        return mention
    inside = set(mention.tokens)
    for child in doc.children(mention.head):
        token = doc.tokens[child]
        if child not in inside or child < mention.head or token.deprel != "nmod" \
                or token.upos not in ("NOUN", "PROPN", "X") or token.feat("Case") not in ("Gen", None):
            continue
        # (the genitive itself, not a name further on: `сайт объявлений «Циан»`
        # is Циан's, as the phrase's quoted name says)
        if _named_itself(doc, child) or names.can_write(doc, child):
            return noun_phrase(doc, child, range(mention.head + 1, max(mention.tokens) + 1))
        return mention
    return mention


def _without_dative_medium(doc: Doc, mention: MentionRef) -> MentionRef:
    """`сказал Роман Коноплев Русской службе «Голоса Америки»`: the desk
    spoken to, parsed onto the name, is no part of the speaker."""
    if doc.tokens[mention.head].feat("Case") not in ("Nom", None) or doc.tokens[mention.head].upos != "PROPN":
        return mention
    for i in mention.tokens:
        token = doc.tokens[i]
        if i <= mention.head or token.upos != "NOUN" or token.feat("Case") != "Dat" \
                or token.head not in mention.tokens:
            continue
        desk = noun_phrase(doc, i, doc.sentence_of(i).token_range, {mention.head})
        desk_onwards = range(min(desk.tokens), doc.sentence_of(i).token_range.stop)
        if names.canonical(doc, desk)[1] != "media" and not any(
                names.canonical(doc, noun_phrase(doc, c, desk_onwards, {i}))[1] == "media"
                for c in doc.children(i) if c > i):
            continue
        first = min(k for k in mention.tokens if k >= i)
        while first - 1 > mention.head and doc.tokens[first - 1].upos == "ADJ":
            first -= 1  # `Русской службе`
        kept = tuple(t for t in mention.tokens if t < first)
        if kept:
            return MentionRef(doc.tokens[kept[0]].start, doc.tokens[kept[-1]].end, mention.head, kept)
    return mention


def _anchor(attribution: Attribution) -> int:
    if attribution.mention is not None:
        return attribution.mention.start
    if attribution.cue is not None:
        return attribution.cue.start
    return attribution.start


def _speaking_subject(doc: Doc, event) -> bool:
    """The verb the mention is the subject of says, asks or demands
    (`попросила суд`, `заявил`), or makes a public appearance (`выступил`):
    he may go on in quote marks (not `скончался`, `был задержан`)."""
    from .cues import lexicon

    token = doc.tokens[doc.first_token_from(event.start)]
    up, hops = token, 0
    while up.head is not None and not up.deprel.startswith("nsubj") and hops < 3:
        up, hops = doc.tokens[up.head], hops + 1
    if not up.deprel.startswith("nsubj") or up.head is None:
        return False
    verb = doc.tokens[up.head]
    lemma = norm(verb.lemma or "")
    return verb.upos == "VERB" and (lemma in lexicon().verbs or lemma in _APPEARING)


# verbs of a public appearance, after which a person's words may follow
_APPEARING = frozenset({"выступить", "выступать", "обратиться", "обращаться", "прокомментировать"})


def _inherited(resolver: _Resolver, attribution: Attribution) -> Optional[_Entity]:
    """A floating quote takes the speaker of the attribution right before it
    (of a medium's report, the person its words make the subject)."""
    # the last that qualifies: read from the end, stop at the first
    for s, e, a in reversed(resolver.resolved):
        if a.end <= attribution.start and a.parent is None:
            if e.kind == "media" and a.type == "indirect" and a.spans:
                # `Адвокат Елена Агеева попросила суд …, отмечает «КП». «…»`:
                # an outlet gives no words of its own in quote marks; the one
                # its report tells of, acting, does
                doer = next((event.entity for event in resolver.registry.between(a.spans[0].start, a.spans[0].end - 1)
                             if event.entity.kind == "person" and resolver._is_subject(event)
                             and _speaking_subject(resolver.doc, event)), None)
                if doer is not None:
                    return doer
            return e
    return None
