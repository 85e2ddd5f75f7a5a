"""Mentions: the noun phrase a cue attaches to, read off the parse.

`сказал Trend политолог Азер Гараев` → subject `политолог`, widened over its
appositions and names to `политолог Азер Гараев`. The parse is used where it
is plausible and a linear search in the clause where it is not (Slovnet
often hangs the reporting verb under the quote's verb as `parataxis`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

import attrs
import regex

from . import grammar, punctuation
from .intervals import names_index, overlapping_names
from .model import Doc, Mention, Span, Token
from .parse.layout import HOMOGLYPHS

SUBJECT_RELS = ("nsubj", "nsubj:pass", "csubj")
NP_RELS = frozenset({
    "amod", "nmod", "appos", "flat", "flat:name", "flat:foreign", "compound",
    "det", "nummod", "nummod:gov", "nummod:entity", "conj", "cc", "case",
    "punct", "acl", "fixed", "goeswith", "obl", "dep",
})
_NP_BASES = frozenset(r.split(":")[0] for r in NP_RELS)
QUOTE_GLYPHS = punctuation.QUOTE_GLYPHS | punctuation.APOSTROPHES
NOMINAL = ("NOUN", "PROPN", "PRON")
PRONOUNS = frozenset({
    "он", "она", "оно", "они", "его", "ее", "её", "их", "ему", "ей", "им",
    "него", "нее", "неё", "них", "нему", "ней", "ним", "я", "мы", "вы", "ты",
})


@attrs.frozen
class MentionRef:
    """A mention located in the parse: its character span and head token."""

    start: int
    end: int
    head: int
    tokens: tuple[int, ...]

    def to_mention(self, doc: Doc) -> Mention:
        return Mention(doc.text[self.start:self.end], self.start, self.end)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)




_CYRILLIC = regex.compile(r"[а-я]")
_LATIN = regex.compile(r"[a-z]")


def is_short_abbreviation(word: str) -> bool:
    """`РИА`, `ИК`, `ГУП`: a word in capitals short enough to be an
    abbreviation before a quoted name (`РИА "Новости"`)."""
    return word.isupper() and len(word) <= 6


@lru_cache(maxsize=100_000)
def norm(word: str) -> str:
    """Lower case, `ё` as `е`, Latin look-alikes in a Cyrillic word as Cyrillic."""
    word = word.lower().replace("ё", "е")
    if _LATIN.search(word) and _CYRILLIC.search(word):
        word = word.translate(HOMOGLYPHS)
    return word


def as_for(doc, index: int) -> bool:
    """`что касается X:` (`as for X`) at `index`, its phrase ending at a colon
    (`говорит о том, что касается покушения: «…»`): no complementizer `что`
    (not `сказал, что касается это всех`, nor `что касается X, то P`, which
    reports P)."""
    if norm(doc.tokens[index].text) != "что" or index + 1 >= len(doc.tokens) \
            or norm(doc.tokens[index + 1].text) not in ("касается", "касалось"):
        return False
    sentence = doc.tokens[index].sentence
    for k in range(index + 2, len(doc.tokens)):
        token = doc.tokens[k]
        if token.sentence != sentence or token.text in (",", ";") or token.upos in ("VERB", "AUX", "PRON"):
            return False
        if token.text == ":":
            return True
    return False


def same_word(a: str, b: str) -> bool:
    """Equal up to an inflectional ending: a common prefix that leaves at most
    two letters of the longer word (`гараева` ~ `гараев`, `медузе` ~ `медуза`);
    words of three letters or fewer must be equal."""
    if a == b:
        return True
    if min(len(a), len(b)) <= 3:
        return False
    prefix = 0
    for x, y in zip(a, b):
        if x != y:
            break
        prefix += 1
    return prefix >= max(len(a), len(b)) - 2


# the personal pronouns a subject that points back is (`Он заявил`)
PERSONAL_SUBJECTS = frozenset({"он", "она", "они"})


def is_pronoun(token: Token) -> bool:
    return token.upos in ("PRON", "DET") and norm(token.text) in PRONOUNS


# what a role's complement is made of, up to the name that follows it
COMPLEMENT_UPOS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "DET", "NUM", "X"})
# the present post after a former one (`бывший министр, ныне депутат X`)
_NOW = frozenset({"ныне", "теперь", "сейчас"})


def _same_case(a: Token, b: Token) -> bool:
    """Whether two words can agree in case: either is unknown, or the same,
    or genitive and accusative (one form for an animate masculine noun)."""
    x, y = a.feat("Case"), b.feat("Case")
    return x is None or y is None or x == y or {x, y} == {"Gen", "Acc"}


def whose_name_apposed(doc: Doc, head: int, start: int, end: int, name, close: int) -> bool:
    """`адвокат Френкеля, Людмила Айне,`, `по словам адвоката Френкеля,
    Людмилы Айне,`: the name in the phrase (`start`..`end`) is whose the
    role is, a genitive complement, and the bare name set off by commas
    after it (`name`, closed by the token `close`) is the person's own: it
    agrees with the role noun in case, and one person has no two names."""
    if doc.tokens[close].text != "," and not sentence_end(doc, close) or not _genitive_people(doc, start, end):
        return False
    tokens = doc.tokens_in(name.start, name.end)
    return bool(tokens) and all(_same_case(doc.tokens[head], t) for t in tokens) \
        and doc.tokens[close - 1].end == name.end


def _genitive_people(doc: Doc, start: int, end: int, accusative: bool = False) -> list:
    """The people named between `start` and `end`, where every word of
    their names is in the genitive (or shows no case; with `accusative`,
    an animate accusative that is the genitive's form): whose a role is.
    Empty where none is named or one is in another case."""
    inside = [n for n in overlapping_names(doc, start, end) if n.type == "PER"]
    if all(t.feat("Case") in ("Gen", None) or accusative and genitive_form(t)
           for n in inside for t in doc.tokens_in(n.start, n.end)):
        return inside
    return []


def _whose_then_post(doc: Doc, head: int, left: int, right: int, name_tokens: list[int]) -> bool:
    """`Бывший советник президента России Владимира Путина, российский
    экономист Андрей Илларионов`: the names in the phrase are in the
    genitive, whose the role is, and the apposition after the comma is a
    second post of the head, in its case, with the person's own name.
    The phrase's name follows a complement of the head, never the head
    itself (`юриста Ивана Петрова, адвоката …`: his own name, in the
    head's genitive), and the second post is the word right before the
    name after its adjectives (`адвоката бизнесмена Сергея Сидорова`: the
    name is the businessman's)."""
    from .names import is_role_noun, lexicon_word

    inside = _genitive_people(doc, doc.tokens[left].start, doc.tokens[right].end, accusative=True)
    # (a relation's genitive right after it is whose it is: `друг Ростроповича,
    # писатель Александр Солженицын`)
    relation = lexicon_word(doc.tokens[head], "relations") is not None
    if not inside or not relation and any(doc.first_token_from(n.start) <= head + 1 for n in inside):
        return False  # the name right after the head is its own
    between = range(right + 2, name_tokens[0])
    if not between:
        return False
    post = between[-1]
    return doc.tokens[post].upos == "NOUN" and is_role_noun(doc, post) \
        and all(doc.tokens[k].upos == "ADJ" for k in between[:-1]) \
        and doc.tokens[post].head == head and doc.tokens[post].deprel.split(":")[0] == "appos" \
        and _same_case(doc.tokens[head], doc.tokens[post]) \
        and all(_same_case(doc.tokens[head], doc.tokens[k]) for k in name_tokens)


def genitive_form(token: Token) -> bool:
    """An animate masculine noun's accusative is its genitive (`госсекретаря`):
    a tagger's `Acc` there does not rule the genitive out."""
    return token.feat("Case") == "Acc" and token.feat("Animacy") == "Anim" and token.feat("Number") != "Plur" \
        and token.feat("Gender") != "Fem"


def _bracketed_aside(doc: Doc, between: range) -> set[int]:
    """The tokens of one bracketed aside among `between`, brackets
    included, where it holds no finite verb (`(правда, от ЛДПР)`, `("дочка"
    нацкомпании, входящей в тройку лидеров)`); empty otherwise."""
    opening = [k for k in between if doc.tokens[k].text == "("]
    closing = [k for k in between if doc.tokens[k].text == ")"]
    if len(opening) != 1 or len(closing) != 1 or closing[0] < opening[0]:
        return set()
    inside = range(opening[0], closing[0] + 1)
    if any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin" for k in inside):
        return set()
    return set(inside)


def _complement_name(doc: Doc, head: int, name_tokens: list[int]) -> bool:
    """A name in the genitive after a post in another case (`начальник группы
    по делу Гонгадзе`, `советник Путина`): the post's complement."""
    post = doc.tokens[head]
    # (an animate accusative with the genitive's form: `со ссылкой на
    # начальника отдела, капитана 2-го ранга Николая Матвеева`)
    return post.feat("Case") not in ("Gen", None) and not genitive_form(post) \
        and all(doc.tokens[k].feat("Case") == "Gen" for k in name_tokens)


def _name_of_post(doc: Doc, head: int, name_tokens: list[int], right: int) -> bool:
    """Whether the name after a post's complement is the person's: the parse
    ties it to the post (`appos`, `flat`), or, in the post's nominative, to
    a word of the complement (`министр без портфеля Саэб Эрикат`, where the
    parse hung it on `портфеля`) or to the post's verb as a second subject;
    the name's first word agrees with the post in case, and so does the
    rest unless the parse made it the first word's surname (whose case it
    often guesses wrong for a foreign name); no other post in another case
    stands between (`на встрече с министром … Ирана Манучехром Моттаки`
    names the minister)."""
    from .names import is_role_noun

    first = doc.tokens[name_tokens[0]]
    relation = first.deprel.split(":")[0]
    post = doc.tokens[head]
    tied = first.head == head and relation in ("appos", "flat") \
        or first.feat("Case") == post.feat("Case") == "Nom" and (
            first.head in range(right + 1, name_tokens[0]) and relation in ("appos", "flat", "nmod")
            # a verb has one subject: the post's and the name are one person
            or relation == "nsubj" and post.deprel == "nsubj" and first.head == post.head)
    other = any(doc.tokens[k].upos == "NOUN" and doc.tokens[k].feat("Case") not in ("Gen", None)
                and not _same_case(doc.tokens[head], doc.tokens[k]) and is_role_noun(doc, k)
                and not _domain(doc, k) for k in range(right + 1, name_tokens[0]))
    return tied and not other and _same_case(doc.tokens[head], first) and all(
        _same_case(doc.tokens[head], doc.tokens[k]) or doc.tokens[k].deprel == "flat:name"
        and doc.tokens[k].head in name_tokens for k in name_tokens[1:])


def _domain(doc: Doc, k: int) -> bool:
    """A noun after `по` is the post's domain, no post of another person
    (`министр по национальной политике` reads `политике` as a politician's
    form, too)."""
    return any(t.head == k and t.deprel == "case" and norm(t.text) == "по"
               for t in doc.tokens[max(0, k - 4):k])


def _listed(doc: Doc, comma: int, members: set[int]) -> bool:
    """A comma between the conjuncts of a list closed by `и`/`или`
    (`Меркель, Путин и Порошенко согласились`): one phrase of several
    people, where a comma otherwise ends a phrase (an apposition). A list
    closed by `и другие` stays the one named first (who the others are, the
    text does not say)."""
    after = _conjunct_after(doc, comma, members)
    if after is None:
        return False
    closing = next((k for k in sorted(members) if k > after and doc.tokens[k].upos == "CCONJ"), None)
    last = _conjunct_after(doc, closing, members) if closing is not None else None
    return last is not None and norm(doc.tokens[closing].text) in ("и", "или") \
        and doc.tokens[last].upos in ("NOUN", "PROPN") \
        and all(doc.tokens[k].text != "," or _conjunct_after(doc, k, members) is not None
                for k in range(after, closing))


def _correlative(doc: Doc, head: int, left: int, comma: int, members: set[int]) -> Optional[int]:
    """`И Медведев, и Путин`: a phrase opened by `и` goes on past a comma
    and a second `и` to the noun after it, a conjunct of the phrase or a
    second subject of its verb, however the parse hung that `и`; the noun
    found, or None."""
    if not (left > 0 and norm(doc.tokens[left - 1].text) == "и" and comma + 2 < len(doc.tokens)
            and doc.tokens[comma].text == "," and norm(doc.tokens[comma + 1].text) == "и"):
        return None
    k = comma + 2
    while k + 1 < len(doc.tokens) and doc.tokens[k].upos in ("DET", "ADJ", "PRON") \
            and doc.tokens[k].head is not None and doc.tokens[k].head > k:
        k += 1  # (past its own modifiers: `и его заместитель`)
    token = doc.tokens[k]
    if token.upos in ("NOUN", "PROPN") and (token.deprel == "conj" and token.head in members or token.deprel.startswith(
            "nsubj") and doc.tokens[head].deprel.startswith("nsubj") and token.head == doc.tokens[head].head):
        return k
    return None


def _correlative_first(doc: Doc, head: int, left: int, allowed: range, excluded) -> Optional[set[int]]:
    """The first conjunct's words (`Медведев` of `И Медведев, и Путин`)
    where the phrase at `left` is the second, after `, и`: the noun it is
    a conjunct of, or another subject of its verb, that opens with `и`
    and ends at the comma. None otherwise."""
    if left < 3 or doc.tokens[left - 2].text != "," or norm(doc.tokens[left - 1].text) != "и":
        return None
    token = doc.tokens[head]
    if token.deprel == "conj" and token.head is not None and token.head < left:
        other = token.head
    elif token.deprel.startswith("nsubj") and token.head is not None:
        other = next((c for c in doc.children(token.head) if c < left - 2 and doc.tokens[c].deprel.startswith("nsubj")
                      and doc.tokens[c].upos in ("NOUN", "PROPN")), None)
    else:
        return None
    if other is None:
        return None
    own = {k for k in doc.subtree(other, frozenset({head})) if k in allowed and k not in excluded and k < left - 2}
    if not own or max(own) != left - 3 or min(own) == 0 or norm(doc.tokens[min(own) - 1].text) != "и":
        return None
    return own


def _conjunct_after(doc: Doc, comma: int, members: set[int]) -> Optional[int]:
    """The conjunct a comma opens, past its own modifiers (`по национальной
    политике, внешним связям, печати и информации`: `связям`), if any."""
    k = comma + 1
    while k in members and doc.tokens[k].deprel in ("amod", "det") and doc.tokens[k].head is not None \
            and doc.tokens[k].head > k:
        k += 1
    return k if k in members and doc.tokens[k].deprel == "conj" else None


def _np_members(doc: Doc, head: int, allowed: range, exclude: frozenset[int]) -> set[int]:
    members = {head}
    stack = [head]
    while stack:
        parent = stack.pop()
        for child in doc.children(parent):
            if child in members or child in exclude or child not in allowed:
                continue
            token = doc.tokens[child]
            if token.deprel.split(":")[0] not in _NP_BASES:
                continue
            if token.deprel == "conj" and token.upos == "NOUN" and doc.tokens[parent].feat("Animacy") == "Anim" \
                    and not _may_speak(doc, child):
                continue  # `считают депутаты и приравнивание …`: people are not joined to a thing
            if token.deprel == "acl:relcl":
                continue
            if token.upos == "VERB" and token.feat("VerbForm") == "Fin":
                continue
            if child > parent and _medium_after_name(doc, parent, child):
                continue
            if _topic_of_a_person(doc, parent, child) or _how_they_spoke(doc, parent, child):
                continue
            members.add(child)
            stack.append(child)
    return members


_ABOUT = frozenset({"о", "об", "обо", "про"})


# nouns of the words people send, give or write down (`в письме к министру`,
# `в интервью`, `в 33-страничном решении`)
_WORDS_SENT = frozenset({"письмо", "обращение", "заявление", "интервью", "послание", "выступление", "беседа",
                         "телеграмма", "открытка", "записка", "петиция", "жалоба", "решение", "постановление",
                         "приговор", "определение", "доклад", "отчет", "статья", "колонка", "заметка", "пост",
                         "твит", "блог", "комментарий", "ходатайство", "запрос", "рапорт", "иск", "заключение",
                         "показание", "видеообращение", "меморандум", "мемуары", "книга", "рецензия"})


def _how_they_spoke(doc: Doc, parent: int, child: int) -> bool:
    """`Группа депутатов в обращении к министру финансов Антону Силуанову
    заявила`, `Иванова в 33-страничном решении заявила`: the letter, the
    appeal or the ruling they spoke in, which the parse may hang on their
    noun, is no part of their phrase (nor whom it was sent to)."""
    token = doc.tokens[child]
    return child > parent and token.deprel.startswith("nmod") and token.upos == "NOUN" \
        and norm(token.lemma or "") in _WORDS_SENT \
        and any(norm(doc.tokens[c].text) in ("в", "во") and doc.tokens[c].deprel == "case" for c in doc.children(child))


def _topic_of_a_person(doc: Doc, parent: int, child: int) -> bool:
    """`спросил министра о бюджете`, `у директора школы про ремонт`: what
    the talk was about, which the parse may hang on the person's noun, is
    no part of the person's phrase."""
    from .names import is_role_noun

    from .names import lexicon_word

    token = doc.tokens[parent]
    # (on a person, or on the institution a person's post names: `директора
    # школы про ремонт`; a book or a report has its topic: `автор книги о Путине`)
    return doc.tokens[child].deprel.startswith("nmod") and child > parent \
        and any(norm(doc.tokens[c].text) in _ABOUT and doc.tokens[c].deprel == "case" for c in doc.children(child)) \
        and (token.feat("Animacy") == "Anim" or is_role_noun(doc, parent) or lexicon_word(token, "org_nouns") is not None)


def _medium_after_name(doc: Doc, parent: int, child: int) -> bool:
    """`сказал Котов «Би-би-си»`, `экономист Петр Лавров «РБК daily»`: an
    outlet's name after a person's full name is whom the person spoke to (a
    form no case tells), never part of the person's phrase; the outlet a
    post belongs to comes before the name (`корреспондент Би-би-си Олег
    Котов`)."""
    from .names import is_media_name

    if doc.tokens[child].upos not in ("PROPN", "NOUN", "X") or not is_media_name(doc.tokens[child].text):
        return False
    return any(n.type == "PER" and doc.tokens[parent].start <= n.start and n.end <= doc.tokens[child].start
               for n in names_index(doc).overlapping(doc.tokens[parent].start, doc.tokens[child].start))


def _modifier(token: Token) -> bool:
    """An adjective or a participle: what can precede and describe a noun."""
    return token.upos == "ADJ" or token.feat("VerbForm") == "Part"


def _agrees(modifier: Token, noun: Token) -> bool:
    """Case and number agree (the number where both are known)."""
    number, noun_number = modifier.feat("Number"), noun.feat("Number")
    case, noun_case = modifier.feat("Case"), noun.feat("Case")
    # genitive and accusative share one form only for an animate noun
    same = case == noun_case or {case, noun_case} == {"Gen", "Acc"} and noun.feat("Animacy") == "Anim"
    return case is not None and same and (number is None or noun_number is None or number == noun_number)


def _may_speak(doc: Doc, index: int) -> bool:
    """A noun that can name a speaker: a person's (animate, a role, a group
    noun, a source), an institution's or an outlet's."""
    from .names import is_role_noun, lexicon_word

    token = doc.tokens[index]
    return token.feat("Animacy") == "Anim" or is_role_noun(doc, index) or any(
        lexicon_word(token, category) for category in ("group_nouns", "org_nouns", "media_nouns",
                                                       "media_sources", "generic_org", "generic_media"))


def described_noun(doc: Doc, mention: Optional[MentionRef], reach: int = 10) -> Optional[MentionRef]:
    """The noun a participle or adjective phrase describes, where the mention
    stopped inside the phrase: `близкий к руководству компании источник`,
    `по словам близкого к ней источника`, `базирующихся в Осло журналистов`.
    The phrase and its noun are one mention, headed by the noun."""
    if mention is None:
        return mention
    tokens = doc.tokens
    at = mention.head
    if tokens[at].deprel == "obl:agent" and tokens[at].feat("Case") == "Ins":
        return mention  # `в подписанном президентом указе`: the agent made it, and speaks
    # up from a word inside the phrase (`Осло`, `ней`) to the modifier
    steps = 0
    while not _modifier(tokens[at]) and steps < 3:
        parent = tokens[at].head
        if parent is None or parent > at or tokens[at].deprel.split(":")[0] not in ("obl", "nmod", "obj", "iobj") \
                or tokens[at].upos not in ("NOUN", "PROPN", "PRON"):
            return mention
        at, steps = parent, steps + 1
    if not _modifier(tokens[at]) or tokens[at].sentence != tokens[mention.head].sentence:
        return mention
    modifier = at
    from .names import is_role_noun

    if is_role_noun(doc, modifier) or any(tokens[k].upos in ("NOUN", "PROPN") for k in mention.tokens if k < modifier):
        return mention  # `Замглавы внешнеполитического ведомства`: the noun comes first
    last = min(len(tokens), modifier + reach + 1)
    for k in range(max(modifier, mention.head) + 1, last):
        token = tokens[k]
        if token.sentence != tokens[modifier].sentence or token.upos == "PUNCT" and token.text not in QUOTE_GLYPHS \
                or token.upos in ("VERB", "AUX") and token.feat("VerbForm") not in ("Part", "Conv", "Inf"):
            return mention
        if token.upos == "NOUN" and _agrees(tokens[modifier], token) and _same_gender(tokens[modifier], token):
            # (one that cannot speak is still what the phrase is about:
            # `согласно опубликованному во вторник докладу`)
            noun = noun_phrase(doc, k, doc.sentence_of(k).token_range)
            first = min(modifier, min(noun.tokens))
            return MentionRef(tokens[first].start, noun.end, k, tuple(range(first, max(noun.tokens) + 1)))
    return mention


def _one_word(a: str, b: str) -> bool:
    """Two glued characters of one word: a digit and a Latin letter, any
    letter before a digit, or two letters of one script (not `H5N1и`, a
    typo, or `nФедеральное`)."""
    if not (a.isalnum() and b.isalnum()):
        return False
    if a.isdigit() or b.isdigit():
        # (a letter of either script before a digit: `Е1.ru` typed with a Cyrillic `Е`)
        return (a.isdigit() or latin_script(a)) and (b.isdigit() or latin_script(b)) or b.isdigit()
    return latin_script(a) == latin_script(b)


def _same_gender(modifier: Token, noun: Token) -> bool:
    """A singular modifier and its noun share a gender (`близкого к
    руководству компании источника` describes the source, not the company),
    where the dictionary allows the modifier's form that gender."""
    if modifier.feat("Number") == "Plur" or noun.feat("Number") == "Plur" or noun.feat("Gender") is None:
        return True
    from .parse.morphology import adjective_genders

    allowed = adjective_genders(modifier.text) if modifier.upos == "ADJ" else frozenset()
    if allowed:
        return noun.feat("Gender") in allowed
    return modifier.feat("Gender") in (None, noun.feat("Gender"))


# nouns that say whose someone is (`друг Навального`, `конкурент Цукерберга`) and
# the people who act for someone (`сторонник`, `соратник`)
_RELATIONS = grammar.words("entities", "relations", "nouns") | grammar.words("entities", "relations", "agents")


# an acting post's words: the post in the genitive after them is the holder's
# (`врио мэра Москвы Сергей Собянин`, `исполняющий обязанности губернатора`)
ACTING = frozenset({"и. о.", "и.о.", "и. о", "и.о", "врио", "вр.и.о.", "ио"})


def complement_of_noun(doc: Doc, token: Token, start: int = -1) -> bool:
    """A noun in the genitive that hangs on a noun before it (at or after
    `start`, an offset) is that noun's complement, whoever it names: `глава
    администрации президента` is no president, `пресс-секретарь министра`
    no minister; never after an acting post's words (`врио мэра`,
    `исполняющий обязанности губернатора`, `в должности министра`)."""
    if token.deprel != "nmod" or token.feat("Case") != "Gen" or token.head is None or token.head >= token.index:
        return False
    head = doc.tokens[token.head]
    return head.upos == "NOUN" and head.start >= start and norm(head.text) not in ACTING \
        and norm(head.lemma or head.text) not in ("обязанность", "должность", "пост")


def relation_noun(doc: Doc, index: int) -> bool:
    """`Друг Навального, Иван Жданов, заявил`: a noun of whose someone is,
    which a name in apposition after a comma may give as a post's does."""
    token = doc.tokens[index]
    return token.upos == "NOUN" and norm(token.lemma or token.text) in _RELATIONS


def apposed_name(doc: Doc, segment: range, head: int, close: int) -> bool:
    """Whether the words between two commas are a name for the noun `head`
    (`другого канала, TV2,`): at most five words of names, nouns, adjectives
    and numbers, which the parse hangs on it, or a quoted name that no list
    or parenthetical continues (`газета, «Спартак», «Зенит» и ЦСКА …` and
    `агентство, Москва, Пекин и Дели …` begin the content)."""
    words = [k for k in segment if doc.tokens[k].upos != "PUNCT"]
    if not words or len(words) > 5 or any(doc.tokens[k].upos not in ("PROPN", "X", "ADJ", "NUM", "NOUN")
                                          for k in words):
        return False
    if any(doc.tokens[k].head == head and doc.tokens[k].deprel.split(":")[0] in ("appos", "flat")
           for k in segment):
        return True
    quoted = doc.tokens[segment.start].text in QUOTE_GLYPHS and doc.tokens[segment.stop - 1].text in QUOTE_GLYPHS
    after = close + 1
    if not quoted or after >= len(doc.tokens):
        return False
    nxt = doc.tokens[after]
    return nxt.text not in QUOTE_GLYPHS and nxt.upos not in ("CCONJ", "PROPN", "ADV", "PART") \
        and not (after + 1 < len(doc.tokens) and doc.tokens[after + 1].text == ",")


def with_apposed_name(doc: Doc, mention: Optional[MentionRef], comma: int, stop: int) -> Optional[MentionRef]:
    """A role phrase and the person's name in the apposition that follows it
    (`глава комиссии по …, известный журналист и эксперт Николай Сванидзе,`):
    one mention, up to the name. `comma` opens the apposition and `stop`
    closes it; nothing changes unless the parse ties the name to the phrase's
    head and the apposition is nominal."""
    from .names import is_role_noun, lexicon_word

    if mention is not None and comma + 1 < stop and any(
            lexicon_word(doc.tokens[mention.head], c) for c in ("generic_media", "generic_org", "media_nouns")):
        # `по данным другого канала, TV2,`: the outlet the name names speaks
        segment = range(comma + 1, stop)
        if apposed_name(doc, segment, mention.head, stop):
            words = [k for k in segment if doc.tokens[k].upos != "PUNCT"]
            heads = [k for k in words if doc.tokens[k].upos in ("PROPN", "X")] or words
            return MentionRef(doc.tokens[segment.start].start, doc.tokens[stop - 1].end, heads[0], tuple(segment))
        return mention
    # (a relation names a person as a post does: `друг Ростроповича, писатель Александр Солженицын`)
    if mention is None or not (is_role_noun(doc, mention.head) or lexicon_word(doc.tokens[mention.head], "relations")) \
            or comma + 1 >= stop:
        return mention
    segment = range(comma + 1, stop)
    people = [n for n in overlapping_names(doc, doc.tokens[comma].end, doc.tokens[stop - 1].end) if n.type == "PER"]
    if len(people) != 1:
        return mention
    name_tokens = [t.index for t in doc.tokens_in(people[0].start, people[0].end)]
    if any(n.type == "PER" for n in overlapping_names(doc, mention.start, mention.end)):
        # the phrase has a name: only a complement's (`адвоката Френкеля, Людмилы Айне,`)
        # (or a second post before the name: `адвоката бизнесмена Михаила
        # Ходорковского, известного юриста Юрия Шмидта,`)
        if stop >= len(doc.tokens) or not (
                doc.first_token_from(people[0].start) == comma + 1
                and whose_name_apposed(doc, mention.head, mention.start, mention.end, people[0], stop)
                or _whose_then_post(doc, mention.head, min(mention.tokens), comma - 1, name_tokens)):
            return mention
    if not name_tokens or name_tokens[-1] != stop - 1:
        return mention
    # the apposition hangs on the phrase, and the name agrees with its head
    # in case (`директора …, известного эколога Кирилла Осина`)
    inside = set(segment)
    if not (any(doc.tokens[k].head in mention.tokens for k in segment)
            or _second_post_named(doc, segment, name_tokens, mention.head)) \
            or any(doc.tokens[k].head not in inside and doc.tokens[k].head not in mention.tokens for k in name_tokens):
        return mention
    case, name_case = doc.tokens[mention.head].feat("Case"), doc.tokens[name_tokens[0]].feat("Case")
    if case and name_case and case != name_case:
        return mention
    # (a participle describes a word of the post: `командир одного из
    # прибывших самолетов Валерий Крузе`)
    if not all(doc.tokens[k].upos in COMPLEMENT_UPOS or doc.tokens[k].text in QUOTE_GLYPHS
               or doc.tokens[k].feat("VerbForm") == "Part" and doc.tokens[k].feat("Variant") != "Short"
               for k in segment):
        return mention
    tokens = tuple(range(min(mention.tokens), stop))
    return MentionRef(mention.start, doc.tokens[stop - 1].end, mention.head, tokens)


def _second_post_named(doc: Doc, segment: range, name_tokens: list[int], head: int) -> bool:
    """`глава российской делегации, председатель комитета Госдумы Константин
    Косачев,`: the apposition opens with a second post in the first one's
    case, and the parse ties the name to that post, whatever it made of the
    post itself (it may hang it on a word of the content)."""
    from .names import is_role_noun

    post = next((k for k in segment if doc.tokens[k].upos != "ADJ"), None)
    if post is None or post >= name_tokens[0] or doc.tokens[post].upos != "NOUN" or not is_role_noun(doc, post):
        return False
    first = doc.tokens[name_tokens[0]]
    return first.head == post and first.deprel.split(":")[0] in ("appos", "flat") \
        and doc.tokens[post].feat("Case") == doc.tokens[head].feat("Case") is not None


# particles that may open a subject without belonging to it
_FOCUS_PARTICLES = frozenset({"и", "даже", "также", "тоже", "именно", "лишь", "только", "еще", "уже", "вот"})


def _spaced_hyphen(doc: Doc, index: int) -> bool:
    """A hyphen typed for a dash: spaces on both sides (`один из них -
    руководитель отдела Иван Жданов`)."""
    token = doc.tokens[index]
    return token.text == "-" and doc.text[token.start - 1:token.start].isspace() \
        and doc.text[token.end:token.end + 1].isspace()


# the ends of a site's name (`Лента.ру`, `Газета.ru`, `Фонтанка.ру`)
_DOMAINS = frozenset({"ру", "ru", "рф", "com", "net", "org", "ua", "by", "kz", "info", "инфо", "су", "su"})


def noun_phrase(doc: Doc, head: int, allowed: Optional[range] = None,
                exclude: Iterable[int] = (), stop_at_comma: bool = True) -> MentionRef:
    """The contiguous noun phrase around `head`, within `allowed` tokens."""
    sentence = doc.sentence_of(head)
    if allowed is None:
        allowed = sentence.token_range
    excluded = frozenset(exclude)
    members = _np_members(doc, head, allowed, excluded)
    if is_pronoun(doc.tokens[head]):
        members = {head}
    left = head
    while left - 1 in members and not (stop_at_comma and doc.tokens[left - 1].text == ","):
        left -= 1
    first = _correlative_first(doc, head, left, allowed, excluded)
    if first is not None:
        # `И Медведев, и Путин заявили` found by its second subject: both
        members |= first | set(range(max(first) + 1, left))
        left = min(first)
    right = head
    while True:
        if right + 1 in members and not (stop_at_comma and doc.tokens[right + 1].text == ","
                                         and not _listed(doc, right + 1, members)):
            right += 1
            continue
        if right + 2 in members and right + 1 in allowed and right + 1 not in excluded \
                and doc.tokens[right + 1].upos == "ADV" and doc.tokens[right + 1].head in members \
                and doc.tokens[doc.tokens[right + 1].head].upos in ("NUM", "ADJ", "DET"):
            # an adverb on a word of the phrase inside it (`адвокат еще одного
            # фигуранта дела Бориса Левина Марат Файзуллин`)
            members.add(right + 1)
            right += 1
            continue
        second = _correlative(doc, head, left, right + 1, members)
        if second is not None and second in allowed and second not in excluded:
            # `И Медведев, и Путин заявили`, `И министр, и его заместитель`: both
            own = {k for k in doc.subtree(second) if k in allowed and k not in excluded}
            members |= own | set(range(right + 1, second))
            right = max(own)
            continue
        # adjectives the parse hung elsewhere, between two words of the phrase
        # that they agree with (`сопредседатель российско-армянской
        # межправительственной комиссии`, the first adjective made a subject)
        k = right + 1
        while k in allowed and k not in excluded and k not in members and doc.tokens[k].upos == "ADJ":
            k += 1
        noun = k
        while noun in members and doc.tokens[noun].upos == "ADJ":
            noun += 1
        if k > right + 1 and k in members and noun in members and doc.tokens[noun].upos == "NOUN" \
                and all(_agrees(doc.tokens[j], doc.tokens[noun]) for j in range(right + 1, k)):
            right = k
            continue
        break
    # trim punctuation, prepositions and focus particles (`пишет и
    # американская газета`, `сообщил даже министр`) at the edges, keeping
    # balanced quote marks
    while left < right and (doc.tokens[left].upos in ("PUNCT", "ADP", "CCONJ")
                            and doc.tokens[left].text not in QUOTE_GLYPHS
                            # (the rest of a compound preposition: `со стороны адвокатов`)
                            or doc.tokens[left].deprel == "fixed" and doc.tokens[left].head is not None
                            and doc.tokens[left].head < left and doc.tokens[doc.tokens[left].head].upos == "ADP"
                            or doc.tokens[left].upos == "PART" and norm(doc.tokens[left].text) in _FOCUS_PARTICLES
                            # `сказал на это вице-премьер`: the preposition's object
                            or norm(doc.tokens[left].text) == "это" and left > 0
                            and doc.tokens[left - 1].upos == "ADP"):
        left += 1
    while right > left and doc.tokens[right].upos in ("PUNCT", "ADP", "CCONJ"):
        token = doc.tokens[right]
        if token.text in QUOTE_GLYPHS and _balanced_inside(doc, left, right):
            break
        right -= 1
    if doc.tokens[left].text in QUOTE_GLYPHS and not _balanced_inside(doc, left, right):
        left += 1 if left < right else 0
    # a mention never cuts a word the tokenizer split (`3DNews`, `4PDA`)
    while left - 1 in allowed and doc.tokens[left - 1].end == doc.tokens[left].start \
            and _one_word(doc.tokens[left - 1].text[-1:], doc.tokens[left].text[:1]):
        left -= 1
    while right + 1 in allowed and doc.tokens[right].end == doc.tokens[right + 1].start \
            and _one_word(doc.tokens[right].text[-1:], doc.tokens[right + 1].text[:1]):
        right += 1
    # nor a site's name at its dot (`цитирует Лента.ру японского чиновника`)
    while right + 2 in allowed and doc.tokens[right + 1].text == "." \
            and doc.tokens[right].end == doc.tokens[right + 1].start == doc.tokens[right + 2].start - 1 \
            and norm(doc.tokens[right + 2].text) in _DOMAINS:
        right += 2
    # a bracket the phrase opens it also closes (`Всемирной организации
    # здравоохранения (ВОЗ)`, not `политолог (цитата по NEWSru.ua`)
    depth = sum(1 if doc.tokens[k].text == "(" else -1 if doc.tokens[k].text == ")" else 0
                for k in range(left, right + 1))
    if depth > 0:
        opening = max(k for k in range(left, right + 1) if doc.tokens[k].text == "(")
        inside = [doc.tokens[k].text for k in range(opening + 1, right + 1)]
        # (a short name in brackets is the phrase's; an aside is not: `(цитата по …)`)
        if right + 1 in allowed and doc.tokens[right + 1].text == ")" and depth == 1 \
                and 0 < len(inside) <= 3 and inside[0][:1].isupper():
            right += 1
        elif opening > left and opening - 1 >= head:
            right = opening - 1
    from .names import is_role_noun, names_an_outlet

    # a post named after it is not the one whose name ends just before it
    # (`на встрече с министром … Ирана Манучехром Моттаки глава МИД России
    # Сергей Лавров`: the parse made the minister's name the head's too)
    if left < head < right and is_role_noun(doc, head):
        index = names_index(doc)
        before = [n for n in index.overlapping(doc.tokens[left].start, doc.tokens[head].start)
                  if n.type == "PER" and n.end <= doc.tokens[head].start]
        after = [n for n in index.overlapping(doc.tokens[head].end, doc.tokens[right].end)
                 if n.type == "PER" and n.start >= doc.tokens[head].end]
        if before and after and not any(doc.tokens[k].upos in ("PUNCT", "CCONJ") for k in range(left, head)):
            left = max(t.index for t in doc.tokens_in(before[-1].start, before[-1].end)) + 1

    # the person's name the parse ties to the phrase, past a complement it
    # hung elsewhere: `руководитель департамента государственной политики в
    # области … технологий Мининформсвязи Виталий Слизень`, `директора по
    # стратегии Philips в России, на Украине и в Казахстане Елену Сябренко`
    if right + 1 in allowed and is_role_noun(doc, head) \
            and not any(n.type == "PER" for n in names_index(doc).overlapping(doc.tokens[left].start,
                                                                                doc.tokens[right].end)):
        for n in names_index(doc).after(doc.tokens[right].end):
            if n.type != "PER":
                continue
            name_tokens = [t.index for t in doc.tokens_in(n.start, n.end)]
            if name_tokens and _complement_name(doc, head, name_tokens):
                continue  # `по делу Гонгадзе`: whose the post is, not the person's name
            between = range(right + 1, name_tokens[0]) if name_tokens else range(0)
            # (an aside in brackets between post and name is the post's:
            # `Депутат Госдумы (правда, от ЛДПР) Сергей Калашников`)
            aside = _bracketed_aside(doc, between)
            if not name_tokens or name_tokens[-1] not in allowed or len(between) - len(aside) > 13 \
                    or set(name_tokens) & excluded or not _name_of_post(doc, head, name_tokens, right):
                break
            brackets = "".join(doc.tokens[k].text for k in between if doc.tokens[k].text in "()")
            if all(k in aside or doc.tokens[k].upos in COMPLEMENT_UPOS or doc.tokens[k].text in QUOTE_GLYPHS
                   or doc.tokens[k].text == "," and k > right + 1
                   # `при Объединенных Нациях`, `группы, состоящей из 14 человек`: a
                   # participle the parse tagged a verb (and hung anywhere in the phrase)
                   or doc.tokens[k].feat("VerbForm") == "Part" and doc.tokens[k].deprel in ("amod", "nmod", "acl")
                   # `представитель так называемой Донецкой «народной республики» Денис Пушилин`
                   or doc.tokens[k].upos == "ADV" and doc.tokens[k].head in between
                   and doc.tokens[doc.tokens[k].head].feat("VerbForm") == "Part"
                   # `заведующий той же лабораторией Петр Цветков`
                   or doc.tokens[k].upos == "PART" and norm(doc.tokens[k].text) == "же"
                   # `психиатрии им. Сербского Татьяна Дмитриева`: an abbreviation's point
                   or _abbreviation_point(doc, k)
                   # `комиссии (ОНК) и журналист телеканала Когершын Сагиева`
                   or doc.tokens[k].text in "()" and brackets in ("()", "()()") for k in between):
                right = name_tokens[-1]
            break
    # a relative clause that gives the name: `Свидетель произошедшего, которого
    # зовут Рафаэль, сообщил`
    if right + 4 < len(doc.tokens) and right + 4 in allowed and doc.tokens[right + 1].text == "," \
            and norm(doc.tokens[right + 2].text) in ("которого", "которую", "которых") \
            and norm(doc.tokens[right + 3].text) in ("зовут", "звали"):
        for n in names_index(doc).starting(doc.tokens[right + 4].start, doc.tokens[right + 4].end):
            name_tokens = [t.index for t in doc.tokens_in(n.start, n.end)]
            if n.type == "PER" and name_tokens and name_tokens[-1] in allowed \
                    and name_tokens[-1] + 1 < len(doc.tokens) and doc.tokens[name_tokens[-1] + 1].text in (",", "."):
                right = name_tokens[-1]
                break
    # an apposition after a comma or a dash that holds the person's name
    # (`Бывший министр финансов, глава ЦСР Алексей Кудрин`, `один из
    # организаторов — президент общества Вячеслав Кантор`)
    named = any(n.type == "PER" for n in names_index(doc).starting(doc.tokens[left].start, doc.tokens[right].end))
    if stop_at_comma and right + 2 in allowed and (doc.tokens[right + 1].text in (",", "—", "–")
                                                   or _spaced_hyphen(doc, right + 1)) \
            and (not named or doc.tokens[right + 1].text == "," and (is_role_noun(doc, head) or relation_noun(doc, head))):
        for n in names_index(doc).after(doc.tokens[right + 1].end + 1):
            if n.type != "PER":
                continue
            name_tokens = [t.index for t in doc.tokens_in(n.start, n.end)]
            if not name_tokens:
                break
            if not named and name_tokens[0] > right + 2 and _complement_name(doc, head, name_tokens):
                continue  # `…, начальник группы по делу Гонгадзе Андрей Кожемякин`
            # several apposed posts, one comma each, before the name
            # (`депутат Госдумы, глава подкомитета, бывший офицер КГБ
            # Геннадий Гудков`); a list with a conjunction is several people
            commas = [k for k in range(right + 2, name_tokens[0]) if doc.tokens[k].text == ","]
            chained = bool(commas) and not named and is_role_noun(doc, head) and all(
                k + 1 < len(doc.tokens) and doc.tokens[k + 1].upos in ("ADJ", "NOUN") for k in commas) \
                and not any(doc.tokens[k].upos == "CCONJ" for k in range(right + 2, name_tokens[0]))
            # (a post right after the comma or dash may have a long complement:
            # `один из них - руководитель юридического отдела Фонда борьбы с
            # коррупцией (ФБК) Иван Жданов`)
            reach = 20 if chained or is_role_noun(doc, right + 2) else 10
            if name_tokens[-1] not in allowed or name_tokens[0] - right > reach:
                break
            if named and not (name_tokens[0] == right + 2 and name_tokens[-1] + 1 < len(doc.tokens) and
                              whose_name_apposed(doc, head, doc.tokens[left].start, doc.tokens[right].end, n,
                                                 name_tokens[-1] + 1)) \
                    and not _whose_then_post(doc, head, left, right, name_tokens):
                break  # the phrase's own name (`Иван Петров, Мария Сидорова`: two people)
            between = range(right + 2, name_tokens[-1] + 1)
            brackets = "".join(doc.tokens[k].text for k in between if doc.tokens[k].text in "()")
            now = any(norm(doc.tokens[k].text) in _NOW for k in range(right + 2, min(right + 4, name_tokens[0])))
            if all(doc.tokens[k].upos in ("NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "X")
                   or doc.tokens[k].text in QUOTE_GLYPHS or doc.tokens[k].text in "()" and brackets == "()"
                   # `бывший министр, а ныне противник действующей власти Георгий Хаиндрава`
                   or k <= right + 3 and norm(doc.tokens[k].text) in _NOW
                   or now and doc.tokens[k].feat("VerbForm") == "Part" and doc.tokens[k].deprel == "amod"
                   # (a participle before its noun describes it: `один из авторов
                   # действующего закона о СМИ Михаил Федотов`)
                   or _attributive_participle(doc, k, between)
                   # (`командир одного из прибывших самолетов`, `командир 58-й армии`)
                   or doc.tokens[k].upos == "NUM" and doc.tokens[k].head in between
                   or chained and doc.tokens[k].text == ","
                   # `Секретарь Союза журналистов, один из авторов закона о СМИ Михаил Федотов`
                   or k == right + 2 and one_of(doc, k, allowed)
                   for k in between) \
                    and any(k in members or doc.tokens[k].deprel == "appos" for k in between):
                right = name_tokens[-1]
            break
    # a second post, bare, then the name: `один из авторов проекта
    # экономист Прабху Пингали`, `представитель компании юрист Анна Котова`
    post = right + 1
    while post in allowed and post - right <= 2 and doc.tokens[post].upos == "ADJ":
        post += 1
    if post in allowed and post + 1 in allowed and post not in excluded \
            and (is_role_noun(doc, head) or one_of(doc, head, allowed)) \
            and doc.tokens[post].upos == "NOUN" and is_role_noun(doc, post) \
            and doc.tokens[post].feat("Case") == "Nom" and _same_case(doc.tokens[head], doc.tokens[post]) \
            and not any(n.type == "PER" for n in names_index(doc).overlapping(doc.tokens[left].start,
                                                                                doc.tokens[right].end)):
        # (past the second post's own genitive complement: `сопредседатель
        # комиссии министр обороны Армении Серж Саркисян`)
        first = post + 1
        people = {n.start for n in names_index(doc).overlapping(doc.tokens[post].end, doc.tokens[post].end + 200)
                  if n.type == "PER"}
        while first in allowed and first - post <= 6 and first not in excluded \
                and doc.tokens[first].upos in ("NOUN", "PROPN", "ADJ") and doc.tokens[first].feat("Case") == "Gen" \
                and doc.tokens[first].start not in people:
            first += 1
        if first in allowed:
            for n in names_index(doc).starting(doc.tokens[first].start, doc.tokens[first].start + 1):
                name_tokens = [t.index for t in doc.tokens_in(n.start, n.end)]
                if n.type == "PER" and name_tokens and name_tokens[0] == first and name_tokens[-1] in allowed \
                        and not set(name_tokens) & excluded and doc.tokens[first].head == post:
                    right = name_tokens[-1]
                break
    # a name right after the phrase: `глава НАСА Майкл Гриффин`
    following = doc.tokens[right].end
    for n in names_index(doc).starting(following + 1, following + 2):
        if n.type == "PER" and 0 < n.start - following <= 1 and doc.text[following:n.start].strip() == "":
            name_tokens = [t.index for t in doc.tokens_in(n.start, n.end)]
            if name_tokens and name_tokens[-1] in allowed and not set(name_tokens) & excluded:
                right = name_tokens[-1]
            break
    # `радиостанцией "Говорит Москва"`: a quoted name after a word for a
    # medium or an institution is its name, whatever the parse made of it
    if right + 2 in allowed and doc.tokens[right + 1].text in QUOTE_GLYPHS and right == head \
            and doc.tokens[head].text.islower() and names_an_outlet(doc.tokens[head]):
        for k in range(right + 2, min(allowed.stop, right + 8)):
            if k in excluded or doc.tokens[k].text in (",", ".", ";", ":"):
                break
            if doc.tokens[k].text in QUOTE_GLYPHS:
                if k > right + 2:
                    right = k
                break
    # `РИА "Новости"`, `ИК "Велес Капитал"`: the abbreviation before a quoted name
    if left - 1 in allowed and left - 1 not in excluded and doc.tokens[left].text in QUOTE_GLYPHS \
            and is_short_abbreviation(doc.tokens[left - 1].text):
        left -= 1
    # initials: `А. Гараев`, `A.Гараев`
    while left >= 2 and left - 2 in allowed and doc.tokens[left - 1].text == "." \
            and _is_initial(doc.tokens[left - 2]) and left - 2 not in excluded:
        left -= 2
    if _is_initial(doc.tokens[head]) and right + 2 in allowed and doc.tokens[right + 1].text == "." \
            and doc.tokens[right + 2].upos in ("PROPN", "NOUN") and doc.tokens[right + 2].text[:1].isupper():
        right += 2
        head = right
    tokens = tuple(range(left, right + 1))
    return MentionRef(doc.tokens[left].start, doc.tokens[right].end, head, tokens)


SENTENCE_PUNCT = punctuation.SENTENCE_ENDS
ABBREVIATIONS = frozenset({"им", "г", "гг", "ул", "т", "д", "п", "с", "ст", "пр", "млн", "млрд",
                           "тыс", "руб", "долл", "см", "др", "проф", "акад", "св", "чл", "корр"})


def gerunds_verb(doc: Doc, k: int) -> Optional[int]:
    """The verb before a gerund that the gerund hangs on (`отказались …,
    сказав`): the gerund's report has its doer and its addressee."""
    token = doc.tokens[k]
    head = token.head
    if token.feat("VerbForm") == "Conv" and head is not None and head < k and doc.tokens[head].upos == "VERB":
        return head
    return None


def sentence_end(doc: Doc, i: int) -> bool:
    """A mark that ends a sentence: not the dot of `Kotaku.com`, of an
    initial (`А. Карпин`) or of an abbreviation (`им. Пушкина`)."""
    token = doc.tokens[i]
    if token.text not in SENTENCE_PUNCT:
        return False
    nxt = i + 1
    if nxt >= len(doc.tokens) or doc.tokens[nxt].sentence != token.sentence:
        return True
    if token.text != ".":
        return True
    if doc.tokens[nxt].start == token.end:
        return False
    if i > 0 and (_is_initial(doc.tokens[i - 1]) or norm(doc.tokens[i - 1].text) in ABBREVIATIONS):
        return False
    return True


_CREDIT_WORDS = grammar.words("indirect", "credit", "words")
_RELAY_LEMMAS = grammar.words("indirect", "relay", "lemmas")


_AFTER_CREDIT = frozenset({".", "!", "?", "…", ";", ",", "—", "–", "-", ":"}) | QUOTE_GLYPHS


def credit_bracket(doc: Doc, i: int) -> Optional[int]:
    """Where token `i` opens a bracketed credit of a medium after the words
    it credits (`(цитата по ТАСС)`, `(цит. по РБК)`, `(передает
    «Интерфакс»)`): the index of the medium's first word; else None. The
    bracket is no part of the words and names the copy's layer."""
    if doc.tokens[i].text != "(":
        return None
    close = next((k for k in range(i + 1, min(len(doc.tokens), i + 12)) if doc.tokens[k].text == ")"), None)
    if close is None:
        return None
    # (after the words: where they end; `в Москве (передает ТАСС) прошли обыски` goes on)
    if close + 1 < len(doc.tokens) and doc.tokens[close + 1].sentence == doc.tokens[close].sentence \
            and doc.tokens[close + 1].text not in _AFTER_CREDIT:
        return None
    words = [k for k in range(i + 1, close) if doc.tokens[k].upos != "PUNCT"]
    if len(words) < 2:
        return None
    first = doc.tokens[words[0]]
    if norm(first.text) in _CREDIT_WORDS:
        if len(words) >= 3 and norm(doc.tokens[words[1]].text) == "по":
            return words[2]
        return None
    if first.upos == "VERB" and norm(first.lemma or "") in _RELAY_LEMMAS:
        named = doc.tokens[words[1]]
        if named.upos in ("PROPN", "X") or named.text[:1].isupper() or doc.tokens[words[0] + 1].text in QUOTE_GLYPHS:
            return words[1]
    return None


def _is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isalpha() and token.text.isupper()


def _balanced_inside(doc: Doc, left: int, right: int) -> bool:
    marks = sum(1 for i in range(left, right + 1) if doc.tokens[i].text in QUOTE_GLYPHS)
    return marks % 2 == 0


def _nominal_subject_candidate(token: Token) -> bool:
    if token.upos in ("PART", "CCONJ", "ADV") and is_abbreviation(token.text) and token.text != "И":
        return True  # `пишет НИ`: an abbreviation the tagger read as a particle
    if token.deprel == "cc" and len(token.text) == 1:
        return False  # `А в МОК подтвердили`: the conjunction the tagger read as a letter's name
    if token.upos == "X" and token.feat("Case") is None and latin_script(token.text) and token.text[:1].isupper() \
            and token.deprel.startswith("nsubj"):
        return True  # `передает AOL Newsletter`: a foreign name, the parse's subject of another verb
    if token.upos not in NOMINAL:
        # `задержанная`, `подозреваемый`: participles and adjectives as nouns
        return token.upos in ("VERB", "ADJ") and token.feat("Case") == "Nom" \
            and token.feat("VerbForm") in ("Part", None) and token.deprel.startswith("nsubj")
    case = token.feat("Case")
    if case == "Nom":
        return True
    # (a Latin name's case is the tagger's guess: `сообщил Reuters` read as a
    # dative; so is an abbreviation's: `утверждает «НИ»` read as a genitive)
    return (case is None or latin_script(token.text)) and token.upos == "PROPN" \
        or is_abbreviation(token.text) and token.deprel in ("appos", "nsubj", "root", "parataxis")


def _gerunds_doer(doc: Doc, verb: int, allowed: range, excluded: set) -> Optional[int]:
    """The subject of the finite verb before a gerund that the gerund hangs
    on, directly or through infinitives (`не смог … повысить, ограничившись`)."""
    token = doc.tokens[verb]
    if token.deprel.startswith(("acl", "amod")) or token.text.lower().endswith(_ADJECTIVE_ENDINGS) \
            or token.head is not None and doc.tokens[token.head].upos in ("NOUN", "PROPN") \
            and not _inside_words_introduced(doc, verb, token.head):
        return None  # (a participle the tagger called a gerund: `Кадырова, назвавшему`)
    k, steps = token.head, 0
    # (not past a что-clause: `утверждать, что фото предложил использовать сам
    # Навальный, заявив` is his gerund)
    while k is not None and k < verb and k in allowed and steps < 4 \
            and doc.tokens[k].upos == "VERB" and doc.tokens[k].feat("VerbForm") == "Inf":
        k, steps = doc.tokens[k].head, steps + 1
    if k is not None and k > verb and _inside_words_introduced(doc, verb, k):
        # (hung on a word inside the quoted words it introduces: the
        # sentence's first finite verb of no subordinate clause, `Губернатор
        # не стал комментировать, повлияет ли …, заметив: «…»`)
        k = next((j for j in allowed if j < verb and _finite(doc.tokens[j]) and not _subordinate(doc, j)), None)
    if k is None or k >= verb or k not in allowed or not _finite(doc.tokens[k]):
        return None
    if any(doc.tokens[j].deprel in SUBJECT_RELS and doc.tokens[j].head is not None and doc.tokens[j].head > verb
           for j in range(k + 1, verb)):
        return None  # (the subject of a verb after it stands between: `Премьер прибыл, где президент, заявив: «…», пожал`)
    if any(_finite(doc.tokens[j]) and any(doc.tokens[c].deprel in SUBJECT_RELS and (
            not _subordinate(doc, j) or _may_be_someone(doc.tokens[c])) for c in doc.children(j))
           for j in range(k + 1, verb)):
        # (a clause of its own between, nearer: `Они закрылись, а потом дочь
        # ушла, сказав`; a subordinate one with someone for its subject,
        # `утверждать, что фото предложил сам Навальный, заявив`, not
        # `поможет ли исключение …`)
        return None
    return next((c for c in doc.children(k) if doc.tokens[c].deprel in SUBJECT_RELS and c < verb
                 and c in allowed and c not in excluded and doc.tokens[c].upos in NOMINAL), None)


# endings of a participle, never of a gerund (`назвавшему`, `заявившего`)
# (the feminine nominative only by a participle's suffix: a gerund ends in
# `-ая`/`-яя` too, `подчеркивая`, `добавляя`)
_ADJECTIVE_ENDINGS = ("ему", "ому", "его", "ого", "ий", "ый", "щая", "шая", "мая", "нная", "тая", "ое", "ее",
                      "ые", "ие", "ых", "их", "ым", "им", "ой", "ей", "ую", "юю", "ыми", "ими")


def _inside_words_introduced(doc: Doc, verb: int, k: int) -> bool:
    """Token `k` lies inside the quoted words right after the gerund at
    `verb` (`заметив: «Это не мой вопрос»`)."""
    j = verb + 1
    while j < len(doc.tokens) and doc.tokens[j].text in (":", "-", "—", "–"):
        j += 1
    if j >= len(doc.tokens) or doc.tokens[j].text not in QUOTE_GLYPHS:
        return False
    close = next((m for m in range(j + 1, len(doc.tokens)) if doc.tokens[m].text in QUOTE_GLYPHS), len(doc.tokens))
    return j < k < close


def _subordinate(doc: Doc, verb: int) -> bool:
    """The verb heads a clause opened by a subordinator (`что`, `когда`, `ли`)."""
    return any(doc.tokens[c].deprel == "mark" or norm(doc.tokens[c].text) == "ли" for c in doc.children(verb))


def _may_be_someone(token) -> bool:
    return token.upos in ("PROPN", "PRON") or token.feat("Animacy") == "Anim"


def _finite(token) -> bool:
    return token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin"


def _foreign_name_before(doc: Doc, verb: int, before: list[int]) -> Optional[int]:
    """A name in Latin script right before a verb the parse gave no subject
    (`, а The Wall Street Journal заявляет, что`: the tagger read the name
    as foreign words hung elsewhere): the name's first word."""
    if any(doc.tokens[c].deprel in SUBJECT_RELS for c in doc.children(verb)):
        return None  # (the parse gave one, rejected above: not this fallback's)
    k = verb - 1
    while k >= 0 and k in before and doc.tokens[k].upos in ("X", "PROPN") and latin_script(doc.tokens[k].text):
        k -= 1
    # (opening its clause, after a conjunction, a comma or `что`: not the end
    # of a phrase before it, `агент компании The Millay House утверждает`)
    # (an adverb of time may open it before the name: `Накануне The Times сообщила`)
    j = k
    while j >= 0 and j in before and doc.tokens[j].upos == "ADV" and j > k - 3:
        j -= 1
    opens = j < 0 or doc.tokens[j].upos in ("CCONJ", "SCONJ", "PUNCT") and doc.tokens[j].text not in QUOTE_GLYPHS
    return k + 1 if k + 1 < verb and opens else None


# nouns for a part of a group, which take a plural verb with the group in
# the genitive plural (`большинство экспертов считают`, `ряд депутатов заявили`)
_COLLECTIVES = frozenset({"большинство", "меньшинство", "ряд", "часть", "множество", "половина", "треть",
                          "четверть", "группа"})


# collective numerals in the nominative (the accusative of people is `троих`, `пятерых`)
_COLLECTIVE_NUMERALS = frozenset({"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро",
                                  "девятеро", "десятеро", "оба", "обе"})


def collective(doc: Doc, token: Token) -> bool:
    """`большинство экспертов`, `ряд депутатов`: a part of a group of people."""
    return token.upos == "NOUN" and norm(token.lemma) in _COLLECTIVES and any(
        doc.tokens[c].feat("Case") == "Gen" and doc.tokens[c].feat("Number") == "Plur"
        and (doc.tokens[c].feat("Animacy") == "Anim" or doc.tokens[c].upos == "PROPN"
             # (a participle or adjective for people: `большинство опрошенных`)
             or doc.tokens[c].upos in ("VERB", "ADJ") and doc.tokens[c].feat("VerbForm") in ("Part", None)
             and doc.tokens[c].deprel == "nmod")
        for c in doc.children(token.index))


def _counted_subject(doc: Doc, token: Token) -> bool:
    """`несколько изданий обратили внимание`: a counted noun is in the
    genitive, its numeral in the nominative; the two are the subject."""
    from .names import lexicon_word

    if token.upos not in ("NOUN", "VERB", "ADJ") or token.feat("Case") != "Gen" or not any(
            doc.tokens[c].deprel == "nummod:gov" and doc.tokens[c].feat("Case") in ("Nom", None)
            for c in doc.children(token.index)):
        return False
    if token.upos != "NOUN":
        # `пятеро «пропавших»`, `трое задержанных`: a participle or an
        # adjective counted by a collective numeral in the nominative is the
        # people it describes (a cardinal's nominative is its accusative:
        # `доставили пять задержанных, сообщили в полиции` is the police's)
        return token.feat("Number") == "Plur" and token.feat("VerbForm") in ("Part", None) and any(
            doc.tokens[c].deprel == "nummod:gov" and norm(doc.tokens[c].text) in _COLLECTIVE_NUMERALS
            for c in doc.children(token.index))
    # (`три года`, `четыре месяца`: a while, no speaker)
    return token.feat("Animacy") == "Anim" or any(
        lexicon_word(token, lexicon) for lexicon in ("media_nouns", "org_nouns", "group_nouns", "generic_media"))


# surname endings that are also genitives (`Козлова` of Козлов, `Казначеев` of казначей)
SURNAME_AS_GENITIVE = {"Fem": regex.compile(r"(?:ова|ева|ёва|ина|ына)$"),
                        "Masc": regex.compile(r"(?:ов|ев|ёв|ин|ын)$")}


# surnames that never decline (`Порошенко`, `Живаго`, `Черных`, `Долгих`);
# not `-у`, `-е`: those are the case endings of one that does (`Володину`)
_INDECLINABLE = regex.compile(r"(?:о|ых|их)$")
# a foreign surname's endings no Russian declension gives (`Дорси`, `Шоу`, `Гете`),
# less the genitives a Russian surname or name takes (`Зеленского`, `Марии`)
_FOREIGN_INDECLINABLE = regex.compile(r"(?:[иуэю]|[^аяиы]е|о)$")
_RUSSIAN_GENITIVES = ("ого", "его", "ии", "ию", "ою", "ею")


def _subject_before_and(doc: Doc, k: int) -> bool:
    """An `и` before token `k` in its sentence after a finite verb with a
    subject of its own: the verb after `k` may share it (`Илон Маск прочитал
    письмо и в ответ на критику Дорси заявил`, however the parse split it)."""
    first = doc.sentence_of(k).first
    for j in range(first, k):
        if norm(doc.tokens[j].text) == "и" and doc.tokens[j].upos == "CCONJ" and any(
                doc.tokens[v].upos == "VERB" and doc.tokens[v].feat("VerbForm") == "Fin"
                and any(doc.tokens[c].deprel.startswith("nsubj") and c < v for c in doc.children(v))
                for v in range(first, j)):
            return True
    return False


def indeclinable_subject(doc: Doc, verb: Token, candidate: Token):
    """`- убеждал Порошенко немцев`: a person's surname that shows no case
    (`Порошенко`, `Черных`), right after a singular verb that agrees with
    it and has no subject of its own, is its subject, where the tagger read
    it an accusative or a genitive (the object `Порошенко`). The person's
    name span where it is (None otherwise)."""
    # (right before the verb, a foreign surname that ends in a vowel shows
    # no case either: `В ответ на критику Дорси заявил`, read the genitive
    # of the criticism's author)
    before = candidate.index == verb.index - 1 and _FOREIGN_INDECLINABLE.search(norm(candidate.text)) \
        and not norm(candidate.text).endswith(_RUSSIAN_GENITIVES) \
        and not (verb.deprel == "conj" and verb.head is not None and any(
            doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb.head))) \
        and not _subject_before_and(doc, candidate.index)
    if verb.upos not in ("VERB", "AUX") or candidate.upos != "PROPN" or verb.feat("Number") == "Plur" \
            or not agrees(doc, verb, candidate) \
            or candidate.feat("Case") not in ("Acc", "Gen") or candidate.index != verb.index + 1 and not before \
            or norm(verb.lemma or "") in QUOTING_LEMMAS or not _INDECLINABLE.search(norm(candidate.text)) and not before:
        return None
    name = next((n for n in overlapping_names(doc, candidate.start, candidate.end) if n.type == "PER"), None)
    if name is None or any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb.index)):
        return None
    # (the surname is the name's last word: `Петр Порошенко`, or it alone)
    last = doc.tokens_in(name.start, name.end)[-1]
    if last.index == candidate.index or last.index > candidate.index and _INDECLINABLE.search(norm(last.text)):
        return name
    return None


def surname_read_as_genitive(doc: Doc, verb: Token, candidate: Token) -> bool:
    """`Как сообщила в суде Козлова, …`, `как сообщил в суде Казначеев`: a
    Russian surname is also a genitive, and after a noun the tagger reads it
    so (`суде Козлова`, `Казначеев` a plural of казначей). A name NER calls a
    person, ending its clause, whose ending tells the gender of a singular
    verb, is that verb's subject, not the noun's complement."""
    if verb.upos not in ("VERB", "AUX") or candidate.upos != "PROPN" or candidate.feat("Case") != "Gen" \
            or verb.feat("Number") == "Plur":
        return False
    if not any(n.type == "PER" and n.start <= candidate.start and n.end == candidate.end
               for n in overlapping_names(doc, candidate.start, candidate.end)):
        return False
    following = doc.tokens[candidate.index + 1] if candidate.index + 1 < len(doc.tokens) else None
    if following is not None and following.upos != "PUNCT":
        return False
    from .names import is_document_noun

    if candidate.head is not None and doc.tokens[candidate.head].upos == "NOUN" \
            and is_document_noun(doc, candidate.head):
        return False  # `говорится в заявлении Бульбова`: the statement's author, a genitive
    if norm(verb.lemma or "") in QUOTING_LEMMAS or any(
            c != candidate.index and doc.tokens[c].deprel.startswith("nsubj") and doc.tokens[c].upos in ("PROPN", "NOUN")
            for c in doc.children(verb.index)):
        return False  # `цитирует РБК Карасина`: the one quoted is the object, in the accusative
    word = norm(candidate.text)
    gender = verb.feat("Gender")
    if gender in SURNAME_AS_GENITIVE:
        other = "Masc" if gender == "Fem" else "Fem"
        # `Козлова` fits `сообщила`; `сообщил … Козлова` is Козлов's
        return bool(SURNAME_AS_GENITIVE[gender].search(word)) and not (
            gender == "Masc" and SURNAME_AS_GENITIVE[other].search(word))
    return any(pattern.search(word) for pattern in SURNAME_AS_GENITIVE.values())


def agrees(doc: Doc, verb: Token, candidate: Token, parse_subject: bool = False) -> bool:
    """Subject and verb agree in number, and in gender for a past singular
    (a masculine role noun may take a feminine verb: `эксперт указала`);
    for a subject the parse ties to the verb (`parse_subject`: its own, or
    the holder of a relative clause's noun; not one guessed among the
    clause's nouns), an abbreviation in either gender, and a woman's foreign
    name the tagger read as a man's."""
    if verb.upos not in ("VERB", "AUX", "ADJ"):
        return True
    if parse_subject and opens_quoted_name(doc, candidate):
        # `Как сообщила «Токио дэнриоку»`, `сообщает «Новости-Грузия»`: the
        # verb agrees with the company or paper the quoted name stands for
        return True
    verb_number, number = verb.feat("Number"), candidate.feat("Number")
    if verb_number and number and verb_number != number:
        coordinated = any(doc.tokens[c].deprel == "conj" for c in doc.children(candidate.index))
        quantified = any(doc.tokens[c].upos == "NUM" for c in doc.children(candidate.index))
        # the tagger often takes a capitalised first word for a singular name
        mistagged = candidate.upos == "PROPN" and doc.sentence_of(candidate.index).first == candidate.index
        if not (verb_number == "Plur" and (coordinated or quantified or mistagged or collective(doc, candidate))):
            return False
    if verb_number == "Sing" and verb.feat("Gender") and candidate.feat("Gender") \
            and verb.feat("Gender") != candidate.feat("Gender"):
        # the tagger guesses a Latin name's gender (`сообщил Reuters` is no neuter)
        # (nor an abbreviation's: `ФИФА объявил`, `ФИФА объявила` are both written)
        if not (candidate.upos == "NOUN" and candidate.feat("Gender") == "Masc" or latin_script(candidate.text)
                or parse_subject and (is_abbreviation(candidate.text) or _foreign_woman(doc, verb, candidate))
                or _woman_read_as_man(doc, verb, candidate)):
            return False
    return True


def opens_quoted_name(doc: Doc, token: Token) -> bool:
    """The token opens a name in quote marks that the NER found (an outlet's,
    a company's): `«Токио дэнриоку»`."""
    k = token.index
    if k == 0 or doc.tokens[k - 1].text not in QUOTE_GLYPHS or not token.text[:1].isupper():
        return False
    return any(n.type == "ORG" and n.start <= token.start < n.end
               for n in names_index(doc).overlapping(token.start, token.end))


def _woman_read_as_man(doc: Doc, verb: Token, candidate: Token) -> bool:
    """`Ярослава Нилова заявила`: a woman's first name that is a man's
    genitive too, tagged the man's, subject of a feminine verb."""
    from .names import woman_read_as_genitive

    if candidate.upos != "PROPN" or verb.feat("Gender") != "Fem" or candidate.feat("Case") not in ("Gen", "Acc"):
        return False
    # (`Сутягина отметила`: a woman's surname, the parse's subject, that is
    # also the genitive of the man's, `Сутягин`, named before)
    return woman_read_as_genitive(doc, candidate.index) or candidate.deprel == "nsubj" \
        and candidate.head == verb.index and womans_surname(candidate.text)


# the endings of a Russian woman's surname in the nominative (`Сутягина`, `Петрова`)
_WOMANS_SURNAME = ("ова", "ева", "ёва", "ина", "ына")


def womans_surname(word: str) -> bool:
    """A Russian woman's surname in the nominative (`Сутягина`, `Петрова`)."""
    return norm(word).endswith(_WOMANS_SURNAME)


def _foreign_woman(doc: Doc, verb: Token, candidate: Token) -> bool:
    """`Ив Родригез сообщила`, `Кларк в своем решении заявила`: a name whose
    surname ends in a consonant and shows no Russian man's ending, tagged a
    man's, subject of a feminine verb (a woman's foreign surname does not
    decline). A surname alone only where the NER found it a person's name
    and the text named her in full before (`Летиция Кларк`)."""
    if candidate.upos != "PROPN" or verb.feat("Gender") != "Fem" or candidate.feat("Gender") != "Masc":
        return False
    name = next((n for n in overlapping_names(doc, candidate.start, candidate.end) if n.type == "PER"), None)
    words = doc.tokens_in(name.start, name.end) if name is not None else []
    if len(words) == 1 and not _named_in_full_before(doc, words[0]):
        return False
    if not words:
        return False
    surname = norm(words[-1].text)
    return surname[-1:].isalpha() and surname[-1] not in "аеёиоуыэюяй" and not _MAN_SURNAME.search(surname)


def _named_in_full_before(doc: Doc, surname: Token) -> bool:
    """A person's name of two words or more, ending in this surname, found
    by the NER before it."""
    word = norm(surname.text)
    for name in names_index(doc).overlapping(0, surname.start):
        if name.type == "PER" and name.end <= surname.start:
            words = doc.tokens_in(name.start, name.end)
            if len(words) >= 2 and norm(words[-1].text) == word:
                return True
    return False


# a Russian man's surname: `Иванов`, `Пушкин`, `Петровский` (a woman's adds `-а`)
_MAN_SURNAME = regex.compile(r"(?:ов|ев|ёв|ин|ын)$")


def is_abbreviation(text: str) -> bool:
    """A word of capitals only (`ФИФА`, `МВФ`), whose gender a text picks freely."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def latin_script(text: str) -> bool:
    """Written in Latin letters, with no Cyrillic one (`Reuters`, `Lockheed Martin`)."""
    return bool(_LATIN.search(text)) and not _CYRILLIC.search(text)


_LATIN = regex.compile(r"[A-Za-z]")
_CYRILLIC = regex.compile(r"[А-Яа-яЁё]")


def clause_start(doc: Doc, verb: int, allowed: range, relative: bool = False) -> int:
    """Where the clause of `verb` begins: after a complementizer or a `;`;
    with `relative`, after an oblique relative pronoun that opens it."""
    i = verb - 1
    while i >= allowed.start:
        word = norm(doc.tokens[i].text)
        if word in (";", ":") or word in ("что", "чтобы", "будто", "якобы") and doc.tokens[i].upos == "SCONJ" \
                and not _closed_before(doc, i, verb):
            return i + 1
        if relative and word.startswith("котор") and doc.tokens[i].feat("Case") not in ("Nom", None) \
                and _opens_relative(doc, i, verb):
            return i + 1  # `интервью телеканалу ARD, в котором сказала`: none before it is the subject
        if word in _SUBORDINATORS and doc.tokens[i].head == verb and doc.tokens[i].deprel == "mark" \
                and any(doc.tokens[k].upos in ("NOUN", "PROPN", "PRON") for k in range(i + 1, verb)):
            # `…, когда в Кремле сообщили, что P`: the subordinate clause's own
            # words (not one with none: `Эрнст удивил, когда пообещал`, `хотя
            # настаивало`, whose subject is the main clause's)
            return i + 1
        i -= 1
    return allowed.start


# conjunctions that open a clause of time, condition or cause on its verb
_SUBORDINATORS = frozenset({"когда", "если", "пока", "поскольку", "хотя", "ибо", "раз", "лишь"})


def _opens_relative(doc: Doc, pronoun: int, verb: int) -> bool:
    """An oblique relative pronoun right after a comma (and a preposition)
    that hangs on `verb` itself, with no comma between them: the relative
    clause the verb lies in begins there (not `люди, за которыми проводили
    наблюдения, и утверждали`, a clause closed before the verb)."""
    k = pronoun - 1
    if k >= 0 and doc.tokens[k].upos == "ADP":
        k -= 1
    return k >= 0 and doc.tokens[k].text == "," and doc.tokens[pronoun].head == verb \
        and not any(doc.tokens[j].text == "," for j in range(pronoun + 1, verb))


def _relative_holder(doc: Doc, pronoun: int, verb: int) -> Optional[int]:
    """The subject of the verb that the noun a relative clause describes
    hangs on (`Петров дал интервью, в котором заявил`: `Петров`)."""
    noun = doc.tokens[verb].head if doc.tokens[verb].deprel.startswith("acl") else None
    if noun is None or noun > pronoun:
        return None
    head, seen = doc.tokens[noun].head, 0
    while head is not None and doc.tokens[head].upos not in ("VERB", "AUX") and seen < 3:
        head, seen = doc.tokens[head].head, seen + 1
    if head is None or doc.tokens[head].upos not in ("VERB", "AUX"):
        return None
    return next((c for c in doc.children(head) if doc.tokens[c].deprel.startswith("nsubj") and c < noun), None)


def _closed_before(doc: Doc, mark: int, verb: int) -> bool:
    """The clause a complementizer opens after a correlative pronoun ends
    before `verb`, which the parse puts outside it, past a comma: `Петров,
    известный тем, что критикует власти, заявил` (the subject of `заявил`
    lies before `что`)."""
    clause = doc.tokens[mark].head
    if clause is None or not mark < clause < verb or mark < 2 or doc.tokens[mark - 1].text != "," \
            or norm(doc.tokens[mark - 2].text) not in _CORRELATIVES:
        return False
    k, seen = verb, set()
    while k is not None and k not in seen:
        if k == clause:
            return False
        seen.add(k)
        k = doc.tokens[k].head
    return any(doc.tokens[j].text == "," for j in range(clause + 1, verb))


# `тем, что`, `о том, что`: the pronoun a complementizer's clause fills
_CORRELATIVES = frozenset({"то", "того", "тому", "тем", "том"})

# verbs whose object is the one quoted: `цитирует РБК Карасина`
QUOTING_LEMMAS = frozenset({"цитировать", "процитировать"})
# `— приводит его «Росбалт»`: citing someone named by a pronoun, as `цитирует его` is
CITING_LEMMAS = frozenset({"приводить", "привести"})
THIRD_PERSON_POSSESSIVES = frozenset({"его", "ее", "их"})


def quotes_him(doc: Doc, verb: int) -> bool:
    """`приводит его X`: a verb of citing with a personal pronoun for object."""
    return norm(doc.tokens[verb].lemma or "") in CITING_LEMMAS and verb + 1 < len(doc.tokens) \
        and norm(doc.tokens[verb + 1].text) in THIRD_PERSON_POSSESSIVES


# what opens a clause of cause, whose verb shares the main clause's subject
_CAUSE_MARKS = frozenset({"потому", "поскольку", "так", "ибо", "оттого"})


def adjective_as_subject(doc: Doc, k: int, verb: int) -> bool:
    """A nominative pronoun-like adjective (`другие`, `многие`, `некоторые`)
    the parse hung on the finite verb right after it as a modifier, or left
    with no head (cycles broken): a subject all the same (`Одни считают, что
    P, а другие возражают, что Q`)."""
    token = doc.tokens[k]
    return token.deprel == "amod" and token.head in (verb, None) and token.upos in ("ADJ", "DET") \
        and norm(token.lemma or token.text) in _SUBSTANTIVE_ADJECTIVES \
        and token.feat("Case") in ("Nom", None) and doc.tokens[verb].upos == "VERB" \
        and doc.tokens[verb].feat("VerbForm") in ("Fin", None) and k < verb \
        and all(doc.tokens[j].upos in ("ADV", "PART") for j in range(k + 1, verb))


# adjectives that stand for people as nouns do: `другие возражают`, `многие считают`
_SUBSTANTIVE_ADJECTIVES = frozenset({"другой", "многие", "многий", "некоторый", "некоторые", "один", "одни",
                                     "остальной", "иной", "третий", "первый", "последний", "все", "весь"})


# adverbs of a count the parse may make a subject (`более двух тысяч человек`)
_MORE_OR_LESS = frozenset({"более", "менее", "свыше", "больше", "меньше", "порядка"})


def _share_of_people(doc: Doc, index: int) -> bool:
    """`70% граждан считают`, `58% опрошенных уверены`: a percentage of a
    group in the genitive is the subject of its verb (the tagger reads `%`
    as a symbol)."""
    if norm(doc.tokens[index].text) in _MORE_OR_LESS and doc.tokens[index].upos == "ADV":
        # `более двух тысяч человек написали`: the adverb the parse made the
        # subject, with the people counted under it
        # (or a fraction of them: `Более половины опрошенных заявили`,
        # `Менее трети россиян считают`)
        return any(doc.tokens[c].upos == "NOUN" and doc.tokens[c].feat("Case") == "Gen"
                   and (doc.tokens[c].feat("Animacy") == "Anim" or norm(doc.tokens[c].lemma or "") in _FRACTIONS
                        and _of_people(doc, c))
                   for c in doc.children(index) if c > index)
    if doc.tokens[index].text != "%":
        return False
    if any(doc.tokens[c].upos in ("NOUN", "ADJ", "VERB") and doc.tokens[c].feat("Case") == "Gen"
           for c in doc.children(index) if c > index):
        return True
    # (`61% американцев думают, что P, а 38% считают, что Q`: a bare share
    # after a share of a group in the sentence is a share of it too)
    first = doc.sentence_of(index).first
    if not any(doc.tokens[c].upos == "NUM" for c in doc.children(index)):
        return False
    # (or a bare share in a story of a poll: `Только 24% предполагают, что P`
    # after `опрос`, `опрошенные`, `респонденты` before it)
    # (not one in brackets, beside its group: `большинство россиян (55%) считают`)
    bracketed = any(doc.tokens[k].text == "(" for k in range(max(first, index - 3), index))
    return any(_share_of_people(doc, k) for k in range(first, index) if doc.tokens[k].text == "%") \
        or not bracketed and (_poll_told_before(doc, doc.tokens[index].start) or _of_a_verb_of_opinion(doc, index))


def _of_a_verb_of_opinion(doc: Doc, share: int) -> bool:
    """`По данным компании Nielsen, 69% считают, что P`, `лишь 12% уверены`:
    a bare share the parse makes the subject of a plural verb of speech or
    opinion stands for people (no thing holds an opinion)."""
    from .cues import speech_verb

    token = doc.tokens[share]
    head = doc.tokens[token.head] if token.head is not None else None
    sentence = doc.sentence_of(share)
    # (after the data it comes from, in its sentence: a share told alone,
    # `Только 24% предполагают`, is of no one the text names)
    return head is not None and token.deprel.startswith("nsubj") and head.feat("Number") == "Plur" and (
        speech_verb(head) or head.feat("Variant") == "Short" and norm(head.text).startswith(_SURE)) \
        and bool(_DATA_BEFORE.search(doc.text, sentence.start, token.start))


# the data a share comes from, told before it (`По данным компании Nielsen, 69%`)
_DATA_BEFORE = regex.compile(r"\b(?:по\s+(?:[а-яё]+\s+){0,2}(?:данным|оценкам|подсч[её]там)|согласно)\b", regex.IGNORECASE)
# short adjectives of a held view (`уверены`, `убеждены`, `согласны`)
_SURE = ("уверен", "убежден", "убеждён", "соглас")


# fractions of a group: `половина`, `треть`, `четверть`
_FRACTIONS = frozenset({"половина", "треть", "четверть", "пятая", "часть", "большинство", "меньшинство"})


def _of_people(doc: Doc, noun: int) -> bool:
    """The noun counts people: an animate genitive or a participle of them
    (`опрошенных`) hangs on it."""
    return any(doc.tokens[c].feat("Case") == "Gen" and (
        doc.tokens[c].upos == "NOUN" and doc.tokens[c].feat("Animacy") == "Anim"
        or doc.tokens[c].upos in ("VERB", "ADJ") and doc.tokens[c].feat("Number") == "Plur")
        for c in doc.children(noun) if c > noun)


def _poll_told_before(doc: Doc, offset: int) -> bool:
    return bool(_POLL.search(doc.text, 0, offset))


_POLL = regex.compile(r"\b(?:опрос[а-яё]*|опрошенн[а-яё]+|респондент[а-яё]*|анкетировани[а-яё]+)\b", regex.IGNORECASE)


def _across_conjunction(doc: Doc, subject: int, verb: int) -> bool:
    """A comma and a conjunction opening another clause (`, а`, `, но`,
    `, однако`) lie between a subject before its verb and the verb."""
    return any(doc.tokens[k].text == "," and norm(doc.tokens[k + 1].text) in ("а", "но", "однако")
               for k in range(subject + 1, verb - 1))


def _media_told(doc: Doc, verb: int, subjects: list[int]) -> set[int]:
    """Of a verb's subjects, those after it that name a medium, where another
    stands before it: the medium spoken to (`сообщило РИА Новости`)."""
    if len(subjects) < 2 or not any(c < verb for c in subjects):
        return set()
    from .names import canonical

    return {c for c in subjects if c > verb and canonical(doc, noun_phrase(doc, c))[1] == "media"}


def _person_after_medium(doc: Doc, verb: int, medium: int, allowed: range, excluded: set) -> Optional[int]:
    """`заявил Life News друг и директор актера Андрей Русин`: a medium's
    name right after the verb, the parse's subject, then a nominative noun
    for a person the parse hung on the verb otherwise: the medium was told,
    the person speaks."""
    from .names import canonical

    if medium != verb + 1 or canonical(doc, noun_phrase(doc, medium))[1] != "media":
        return None
    k = medium + 1
    while k in allowed and doc.tokens[k].deprel.startswith("flat") and doc.tokens[k].head is not None \
            and doc.tokens[k].head >= medium:
        k += 1
    if k not in allowed or k in excluded:
        return None
    token = doc.tokens[k]
    if token.upos in ("NOUN", "PROPN") and token.feat("Case") == "Nom" and token.feat("Animacy") == "Anim" \
            and token.head == verb and agrees(doc, doc.tokens[verb], token):
        return k
    return None


def subject_of(doc: Doc, verb: int, allowed: Optional[range] = None,
               exclude: Iterable[int] = (), prefer_after: bool = False) -> Optional[int]:
    """The subject's head token of `verb`: from the parse, else the nearest
    nominative noun or pronoun of the clause that agrees with the verb (after
    the verb first when `prefer_after`, as in the inverted `— сказал он`).
    In a relative clause (`интервью телеканалу ARD, в котором сказала`),
    first within it or the subject of the verb its noun hangs on, not the
    noun it describes; else as though it were none."""
    if allowed is None:
        allowed = doc.sentence_of(verb).token_range
    start = clause_start(doc, verb, allowed)
    relative_start = clause_start(doc, verb, allowed, relative=True)
    if relative_start != start:
        found = _subject_of(doc, verb, allowed, relative_start, exclude, prefer_after)
        if found is not None:
            return found
    return _subject_of(doc, verb, allowed, start, exclude, prefer_after)


def _subject_of(doc: Doc, verb: int, sentence: range, start: int, exclude: Iterable[int],
                prefer_after: bool) -> Optional[int]:
    """`subject_of` within the clause from `start` (its `clause_start`)."""
    excluded = set(exclude)
    allowed = range(start, sentence.stop)
    verb_token = doc.tokens[verb]
    for rel in SUBJECT_RELS:
        subjects = [
            child for child in doc.children(verb)
            if (doc.tokens[child].deprel == rel or rel == "nsubj" and adjective_as_subject(doc, child, verb))
            and child in allowed and child not in excluded
            and (doc.tokens[child].upos in NOMINAL + ("ADJ", "DET", "NUM", "X", "VERB")
                 or _share_of_people(doc, child))
            and agrees(doc, verb_token, doc.tokens[child], parse_subject=True)
        ]
        # `A.Гараев` parses as two subjects: the initial and the surname; of
        # two, one the tagger read in another case is the verb's object
        # (`Отказ от продукции ритейлеры объясняли …, однако близкий к
        # Samsung источник сообщал`)
        # (a foreign name, which shows no case, after the verb beside a
        # nominative one is the medium told: `рассказал Life News
        # вице-президент корпорации X`)
        nominative_after = any(doc.tokens[o].feat("Case") == "Nom" and o > verb for o in subjects)
        # (a medium after the verb beside a subject before it is the medium
        # told, whatever case the tagger gave the name before: `Минобороны РФ
        # сообщило РИА Новости, что P`)
        told = _media_told(doc, verb, subjects)
        # (one of another conjunct, before `, а` / `, но`, is that clause's:
        # `Программа доступна на сайте, а пресс-служба мэрии сообщала`)
        # (an abbreviation whose gender the verb's is not comes after one
        # that agrees: `Касаясь … выборах РПЖ, ее лидер не исключил`)
        # (one whose number is the verb's before one that agrees only in
        # sense: `Большинство неравнодушных …, некоторые радовались`)
        # (a name in Latin letters right after the verb, before a nominative in
        # Cyrillic, is where it was said: `сообщил Twitter министр … Андерс
        # Самуэльсен`)
        where_said = {c for c in subjects if c > verb and latin_script(doc.tokens[c].text) and any(
            o > c and doc.tokens[o].feat("Case") == "Nom" and not latin_script(doc.tokens[o].text)
            for o in subjects)}
        # (an active participle the tagger made a noun, beside the noun it
        # qualifies: `отмечает сообщившее об этом рекорде издание ru-iPhone.com`)
        qualifying = {c for c in subjects if len(subjects) > 1 and _participle_as_noun(doc, doc.tokens[c])}
        # (an abbreviation right after the verb, before a person who is a
        # subject too, is whom he told: `пояснил НГ председатель комитета
        # Кирилл Кабанов`)
        from .names import is_role_noun

        told |= {c for c in subjects if c == verb + 1 and is_abbreviation(doc.tokens[c].text) and any(
            o > c and (is_role_noun(doc, o) and doc.tokens[o].upos == "NOUN" or any(
                n.type == "PER" for n in names_index(doc).overlapping(doc.tokens[o].start, doc.tokens[o].end)))
            for o in subjects)}
        subjects.sort(key=lambda c: (_across_conjunction(doc, c, verb), c in qualifying, c in told,
                                     not agrees(doc, verb_token, doc.tokens[c]),
                                     _number_differs(verb_token, doc.tokens[c]),
                                     _is_initial(doc.tokens[c]), doc.tokens[c].feat("Case") not in (None, "Nom"),
                                     doc.tokens[c].upos == "X" and c > verb and nominative_after,
                                     c in where_said))
        if len(subjects) > 1:
            # `Пресс-секретарь «Спутника», работающего с 22 мая, Дмитрий Чистов
            # сообщил`: a clause between the role and the name splits one subject in two
            from .names import is_role_noun

            named = [c for c in subjects if doc.tokens[c].upos == "PROPN" and any(
                n.type == "PER" for n in names_index(doc).overlapping(doc.tokens[c].start, doc.tokens[c].end))]
            # (only across a participle or relative clause: `Министр, как и
            # Иван Петров, заявил` keeps the minister)
            if named and any(c < named[0] and is_role_noun(doc, c)
                             and any(doc.tokens[k].deprel.startswith("acl") or doc.tokens[k].deprel == "amod"
                                     and doc.tokens[k - 1].text == "," for k in range(c + 1, named[0]))
                             for c in subjects):
                return _named_participle(doc, named[0], verb)
        if len(subjects) == 1 and (person := _person_after_medium(doc, verb, subjects[0], allowed, excluded)):
            return person
        if subjects:
            return _named_participle(doc, subjects[0], verb)
    # a gerund is done by the subject of the finite verb it hangs on, past
    # the infinitives between (`Торкунов не смог спрогнозировать, поможет ли
    # исключение … повысить качество, ограничившись замечанием: «…»`)
    if verb_token.feat("VerbForm") == "Conv" and (doer := _gerunds_doer(doc, verb, sentence, excluded)) is not None:
        return doer
    # a verb coordinated with an earlier one shares its subject, across the
    # clauses between them (`Лесин опроверг …, что …, и заявил`); so does a
    # finite verb of a clause of cause with none of its own (`Черногория
    # согласилась, потому что считает, что …`)
    wide = verb_token.head not in allowed  # past a clause: only a subject that can speak and fits both verbs
    if (verb_token.deprel == "conj" or verb_token.deprel == "advcl" and verb_token.feat("VerbForm") == "Fin"
            and any(norm(doc.tokens[c].text) in _CAUSE_MARKS for c in doc.children(verb))) \
            and verb_token.head is not None and verb_token.head in sentence \
            and not (wide and _own_subject_candidate(doc, verb, sentence, excluded)):
        # (a conjunct nearer the verb with a subject of its own is the clause
        # the verb goes on: `Министр уехал, а его заместитель провел совещание
        # и заявил` is the deputy's, however the parse hung both on `уехал`)
        for sibling in sorted((c for c in doc.children(verb_token.head) if doc.tokens[c].deprel == "conj"
                               and verb_token.head < c < verb and c in sentence), reverse=True):
            own = [c for c in doc.children(sibling) if doc.tokens[c].deprel in SUBJECT_RELS and c in sentence
                   and c not in excluded and agrees(doc, verb_token, doc.tokens[c])]
            if own:
                return own[0]
        # (one whose number is the verb's first, as above)
        for child in sorted(doc.children(verb_token.head),
                            key=lambda c: (_number_differs(verb_token, doc.tokens[c]), c)):
            other = doc.tokens[child]
            # (never one the verb disagrees with: `хотели бы вы …, то позвонили
            # бы в Кремль и заявили`, the parse's conjunct of `высказался`)
            if other.deprel in SUBJECT_RELS and child in sentence and child not in excluded \
                    and agrees(doc, verb_token, other) and (
                    not wide or doc.tokens[verb_token.head].upos == "VERB"
                    and (other.upos in ("PROPN", "PRON") or _may_speak(doc, child))
                    and agrees(doc, doc.tokens[verb_token.head], other)):
                return child
    # a gerund after an inverted report, the subject between them (`—
    # отмечает The Economist, подчеркивая, что …`; a foreign name the
    # search below would not take)
    head = verb_token.head
    if verb_token.deprel == "advcl" and verb_token.feat("VerbForm") == "Conv" and head is not None \
            and head < verb and head in sentence and doc.tokens[head].upos == "VERB":
        inverted = [c for c in doc.children(head) if head < c < verb and c not in excluded
                    and doc.tokens[c].deprel in SUBJECT_RELS and doc.tokens[c].upos == "X"]
        if inverted:
            return inverted[0]
    if allowed.start > sentence.start and norm(doc.tokens[allowed.start - 1].text).startswith("котор"):
        # `Петров дал интервью газете, в котором заявил`: a relative clause
        # with no subject of its own goes on with the subject of the verb
        # its noun hangs on
        holder = _relative_holder(doc, allowed.start - 1, verb)
        if holder is not None and holder in sentence and holder not in excluded \
                and agrees(doc, verb_token, doc.tokens[holder], parse_subject=True):
            return holder
    owner = _foreign_author_after(doc, verb, allowed, excluded)
    if owner is not None:
        return owner
    aside = asides_after(doc, verb, allowed)
    after = [i for i in allowed if i > verb and i not in excluded and i not in aside]
    before = [i for i in reversed(allowed) if i < verb and i not in excluded]
    if not prefer_after and (foreign := _foreign_name_before(doc, verb, before)) is not None:
        return foreign
    searches = (after, before) if prefer_after else (before, after)
    for strict in (True, False):
        for side in searches:
            for i in side:
                candidate = doc.tokens[i]
                if candidate.text in (",", ";", ":") + (() if strict else ("—", "–", "-")) and side is after:
                    break
                if surname_read_as_genitive(doc, verb_token, candidate) \
                        or indeclinable_subject(doc, verb_token, candidate) is not None:
                    return i
                # (`более 33% граждан считает`: the share the parse hung on `более`)
                if not (_nominal_subject_candidate(candidate) or _counted_subject(doc, candidate)
                        or _share_of_people(doc, i)) \
                        or not agrees(doc, verb_token, candidate):
                    continue
                if strict and candidate.deprel in ("obl", "iobj", "obj", "nmod") \
                        and not _hung_on_a_day(doc, candidate):
                    continue
                if side is after and _in_prepositional_phrase(doc, candidate):
                    continue  # `сказал в интервью CNN`: the outlet spoken to
                if side is before and not strict and candidate.deprel == "nmod" \
                        and candidate.feat("Animacy") != "Anim" and _in_prepositional_phrase(doc, candidate):
                    # `В пресс-службе Минфина, вопреки официальному ответу
                    # ведомства, также отметили`: a thing in an aside's phrase
                    continue
                named = candidate.head
                person = next((n for n in names_index(doc).overlapping(doc.tokens[named].start, doc.tokens[named].end)
                               if n.type == "PER"), None) if named is not None else None
                if candidate.deprel == "appos" and person is not None and named not in excluded \
                        and doc.tokens[named].deprel in SUBJECT_RELS and doc.tokens[named].head == verb \
                        and not _MAN_SURNAME.search(norm(doc.text[person.start:person.end].split()[-1])):
                    # `Джеки Виски, мать девушки, рассказала`: the apposition
                    # agrees where the tagger guessed a foreign name's gender
                    # wrong; the name it describes is the subject (not a
                    # Russian man's: `Иван Петров, глава комитета, сообщила`)
                    return named
                return i
    return None


def _number_differs(verb: Token, candidate: Token) -> bool:
    """Both show a number, and not the same one (`большинство … радовались`
    agrees only in sense)."""
    return verb.feat("Number") is not None and candidate.feat("Number") not in (None, verb.feat("Number"))


def _in_prepositional_phrase(doc: Doc, token: Token) -> bool:
    """A word hung (not as a subject or a conjunct) on a noun a preposition
    governs (`в интервью CNN`, `в эфире «Эха Москвы»`) is part of that phrase."""
    if token.head is None or token.deprel.startswith(("conj", "nsubj")):
        return False
    if token.upos == "NOUN" and token.feat("Case") == "Nom" and token.feat("Animacy") == "Anim":
        return False  # (`Как выразился в интервью министр`: a nominative person is no complement of the noun)
    head = doc.tokens[token.head]
    if _hung_on_a_day(doc, token):
        return False  # (`сообщило в среду Минобороны РФ`: a day takes no complement)
    return head.deprel.startswith("obl") and any(doc.tokens[c].deprel == "case" for c in doc.children(head.index))


# the days of the week: `в среду` names when, and takes no complement
_DAYS = grammar.words("entities", "time", "days")


def _hung_on_a_day(doc: Doc, token: Token) -> bool:
    """A nominative the parse hung on a day of the week as its complement
    or apposition (`Об этом сообщило в среду Минобороны РФ`, `сообщает в
    воскресенье BBC`): the verb's subject, after the phrase of time."""
    if token.head is None or token.deprel not in ("nmod", "appos") or token.feat("Case") != "Nom" \
            or token.head > token.index:
        return False
    day = doc.tokens[token.head]
    # (`воскресенье` the lemmatiser may read as `воскресение`)
    return norm(day.lemma or "") in _DAYS or norm(day.text).startswith("воскресень")


# texts an outlet writes, which a name after them signs (not `в интервью CNN`,
# `в комментарии РБК`: the outlet spoken to); document nouns of
# grammars/entities.toml, read by their lexicon lemma
_AUTHORED = frozenset({"статья", "заголовок", "колонка", "материал", "публикация", "обзор", "доклад", "отчет",
                       "исследование"})


def _foreign_author_after(doc: Doc, verb: int, allowed: range, excluded: set) -> Optional[int]:
    """`пишет в заголовке The Financial Times`, `пишет в своей статье The
    Guardian`: a foreign name (no case to show) that the parse hangs on the
    document after the verb is the one who writes in it."""
    from .names import lex_lemma

    for child in doc.children(verb):
        if child <= verb or child not in allowed or doc.tokens[child].deprel != "obl" \
                or lex_lemma(doc.tokens[child]) not in _AUTHORED:
            continue
        for k in doc.children(child):
            token = doc.tokens[k]
            if k > child and k in allowed and k not in excluded and token.deprel in ("appos", "nmod") \
                    and token.upos in ("X", "PROPN") and token.feat("Case") is None and latin_script(token.text) \
                    and any(n.type in ("ORG", "PER") for n in names_index(doc).overlapping(token.start, token.end)):
                return k
    return None


# parentheticals between a reporting verb and its subject (grammars/indirect.toml [asides])
_ASIDE_PHRASES = grammar.words("indirect", "asides", "phrases")


def asides_after(doc: Doc, verb: int, allowed: range) -> frozenset:
    """The tokens of a parenthetical right after the verb, its commas
    included (`объясняет, в свою очередь, пресс-секретарь X`), or of a
    gerund's clause between the verb and its subject (`сказал, выступая на
    пресс-конференции, министр X`)."""
    k = verb + 1
    if k not in allowed or doc.tokens[k].text != ",":
        return frozenset()
    close = next((j for j in range(k + 1, min(allowed.stop, k + 6)) if doc.tokens[j].text == ","), None)
    return _aside(doc, k, close) or gerund_aside(doc, verb, allowed.stop)


def gerund_aside(doc: Doc, verb: int, stop: int) -> frozenset:
    """The tokens, commas included, of a gerund's clause right after a
    reporting verb and before its subject: `, — сказал, выступая на
    пресс-конференции, министр X.` (the subject a nominal word after the
    closing comma; not `заявил, выступая в Думе, что P`)."""
    k = verb + 1
    if k + 1 >= stop or doc.tokens[k].text != ",":
        return frozenset()
    first = k + 1
    if norm(doc.tokens[first].text) == "не":
        first += 1
    if first >= stop or doc.tokens[first].feat("VerbForm") != "Conv":
        return frozenset()
    close = next((j for j in range(first + 1, min(stop, first + 14)) if doc.tokens[j].text in (",", ";", ":")
                  or sentence_end(doc, j) or doc.tokens[j].text in QUOTE_GLYPHS), None)
    if close is None or doc.tokens[close].text != "," or close + 1 >= stop \
            or any(doc.tokens[j].upos in ("VERB", "AUX") and doc.tokens[j].feat("VerbForm") == "Fin"
                   for j in range(first + 1, close)):
        return frozenset()
    subject = doc.tokens[close + 1]
    if subject.upos not in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "X") or norm(subject.text) in ("что", "чтобы") \
            or subject.feat("Case") not in ("Nom", None):
        return frozenset()
    return frozenset(range(k, close + 1))


def _aside(doc: Doc, opening: Optional[int], close: Optional[int]) -> frozenset:
    """The tokens from comma to comma, where the words between are a
    parenthetical of grammars/indirect.toml [asides]."""
    if opening is None or close is None:
        return frozenset()
    phrase = " ".join(norm(doc.tokens[j].text) for j in range(opening + 1, close))
    if phrase in _ASIDE_PHRASES:
        return frozenset(range(opening, close + 1))
    # a prepositional phrase set off by commas, no source's (`, вопреки
    # официальному ответу ведомства,`; not `, по словам X,`, `, со ссылкой на`)
    words = range(opening + 1, close)
    if len(words) >= 2 and doc.tokens[words.start].upos == "ADP" \
            and norm(doc.tokens[words.start].text) not in _SOURCE_PREPOSITIONS \
            and not any(doc.tokens[j].upos in ("VERB", "AUX") or doc.tokens[j].text in QUOTE_GLYPHS for j in words):
        return frozenset(range(opening, close + 1))
    return frozenset()


# prepositions that open a source phrase, no aside (`по словам`, `со ссылкой на`, `согласно`)
_SOURCE_PREPOSITIONS = frozenset({"по", "со", "с", "согласно", "судя", "от", "из"})


def asides_before(doc: Doc, verb: int) -> frozenset:
    """The tokens of a parenthetical right before the verb, its commas
    included (`В ФНС, в свою очередь, подчеркивают`)."""
    close = verb - 1
    while close > verb - 3 and close >= 1 and doc.tokens[close].upos in ("ADV", "PART"):
        close -= 1  # (past `также`, `уже`: `В пресс-службе Минфина, вопреки …, также отметили`)
    if close < 1 or doc.tokens[close].text != ",":
        return frozenset()
    first = doc.sentence_of(verb).first
    opening = next((j for j in range(close - 1, max(first, close - 6) - 1, -1) if doc.tokens[j].text == ","), None)
    return _aside(doc, opening, close)


def _own_subject_candidate(doc: Doc, verb: int, sentence: range, excluded: set[int]) -> bool:
    """A subject the parse missed in the verb's own clause, back to the last
    comma or conjunction (`X считает, что …, а The Wall Street Journal …
    заявляет`): a coordinated verb with one shares no subject."""
    verb_token = doc.tokens[verb]
    left = verb - 1
    while left >= sentence.start and doc.tokens[left].text not in (",", ";") and doc.tokens[left].upos != "CCONJ":
        left -= 1
    return any(k not in excluded and _nominal_subject_candidate(doc.tokens[k])
               and agrees(doc, verb_token, doc.tokens[k]) for k in range(left + 1, verb))


def _attributive_participle(doc: Doc, k: int, span: range) -> bool:
    """A full participle before the noun it describes, both in `span`
    (`действующего закона`, `прибывших самолетов`): a word of the noun
    phrase, no clause of its own."""
    token = doc.tokens[k]
    return token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short" and token.deprel == "amod" \
        and token.head is not None and k < token.head and token.head in span


def _named_participle(doc: Doc, subject: int, verb: int) -> int:
    """`Уходящий в отставку с поста главы правительства Ахмед Куреи объявил`:
    a participle the parse makes the subject, with the person's name apposed
    inside its phrase before the verb, stands for that name."""
    from .names import is_role_noun

    token = doc.tokens[subject]
    if token.upos != "VERB" or token.feat("VerbForm") != "Part" or is_role_noun(doc, subject) \
            or norm(token.text).startswith("исполняющ"):
        # `Управляющий филиала банка Георгий Гречин`, `Исполняющий обязанности
        # президента Александр Турчинов`: a role phrase
        return subject
    inverted = subject > verb  # `— заявил проводивший задержание полицейский Год Нуган`
    stop = doc.sentence_of(subject).last if inverted else verb
    for k in range(subject + 1, stop):
        other = doc.tokens[k]
        if other.upos == "PUNCT" and other.text not in QUOTE_GLYPHS or other.upos in ("VERB", "AUX") \
                and other.feat("VerbForm") == "Fin":
            break  # the participle's phrase ends
        named = other.upos == "PROPN" and any(n.type == "PER" for n in overlapping_names(doc, other.start, other.end))
        if named and other.deprel.split(":")[0] == "appos":
            return k
        if inverted and other.feat("Case") in ("Nom", None) and (
                named or other.upos == "NOUN" and is_role_noun(doc, k)):
            return k  # (the parse hung the speaker on the participle as its object)
    return subject


POSSESSIVES = frozenset({"его", "ее", "её", "их"})


def genitive_after(doc: Doc, index: int, allowed: range, exclude: Iterable[int] = ()) -> Optional[int]:
    """The head of the noun phrase right after token `index` (`по словам X`)."""
    excluded = set(exclude)
    described = _participles_person(doc, index + 1, allowed, excluded)
    if described is not None:
        return described
    for i in range(index + 1, min(allowed.stop, index + 12)):
        if i in excluded:
            continue
        token = doc.tokens[i]
        if token.text in (",", ";", ":", ".", "—", "–"):
            return None
        if norm(token.text) in POSSESSIVES and i + 1 < allowed.stop \
                and doc.tokens[i + 1].upos in ("NOUN", "ADJ", "PROPN"):
            continue  # `со ссылкой на его вдову Софью`: the widow, not him
        if one_of(doc, i, allowed):
            return i  # `по словам одного из лидеров оппозиции`: one of them speaks
        if token.upos == "ADJ" and norm(token.lemma or "") == "последний" and token.feat("Number") != "Plur" and not (
                i + 1 < allowed.stop and doc.tokens[i + 1].upos in ("NOUN", "PROPN", "ADJ")):
            return i  # `по словам последнего`: the latter of those just named
        if token.upos in NOMINAL or (token.upos == "X" and token.text[:1].isupper()):
            # climb to the head of the phrase this word sits in
            head = i
            for ancestor in doc.ancestors(i):
                if ancestor not in allowed or ancestor <= index:
                    break
                a = doc.tokens[ancestor]
                if a.upos in NOMINAL and doc.tokens[head].deprel in (
                        "flat", "flat:name", "flat:foreign", "appos", "amod", "compound"):
                    head = ancestor
                else:
                    break
            return head
    return None


def _participles_person(doc: Doc, first: int, allowed: range, excluded: set) -> Optional[int]:
    """`по словам одержавшего недавно победу на выборах Игоря Додона`: a
    participle opening the phrase describes the person named after its own
    words, in its case, number and gender; that person is the head (not
    `победу` nor `выборах`)."""
    if first >= allowed.stop or first in excluded:
        return None
    participle = doc.tokens[first]
    if participle.feat("VerbForm") != "Part" or participle.feat("Variant") == "Short" \
            or participle.feat("Case") not in ("Gen", "Dat", "Acc"):
        return None
    wanted = {k: participle.feat(k) for k in ("Case", "Number", "Gender") if participle.feat(k)}
    for k in range(first + 1, min(allowed.stop, first + 15)):
        token = doc.tokens[k]
        if token.text in (",", ";", ":", ".", "—", "–") or k in excluded:
            return None
        person = token.upos == "PROPN" and any(n.type == "PER" for n in overlapping_names(doc, token.start, token.end))
        if (person or token.upos == "NOUN" and token.feat("Animacy") == "Anim") \
                and all(token.feat(f) in (None, v) for f, v in wanted.items()):
            if not person:
                return genitive_after(doc, k - 1, allowed, excluded)  # (the noun's own phrase: `министра Ольги Голодец`)
            return k
    return None


def _abbreviation_point(doc: Doc, index: int) -> bool:
    """The point of a short lower-case abbreviation inside a phrase (`им.`
    of `имени`, `ул.`, `г.`), with more of the sentence after it."""
    token = doc.tokens[index]
    if token.text != "." or index == 0 or index + 1 >= len(doc.tokens):
        return False
    word = doc.tokens[index - 1]
    return word.end == token.start and word.text.isalpha() and word.text.islower() and len(word.text) <= 4 \
        and doc.tokens[index + 1].sentence == token.sentence


def one_of(doc: Doc, index: int, allowed: range) -> bool:
    """`одного из лидеров`, `одной из участниц`: a form of `один` with `из`
    and a plural noun after it, one person of a group."""
    token = doc.tokens[index]
    if token.upos not in ("NUM", "DET", "PRON", "ADJ") or norm(token.lemma) != "один" \
            or index + 2 >= allowed.stop or norm(doc.tokens[index + 1].text) != "из":
        return False
    return doc.tokens[index + 2].upos in ("NOUN", "ADJ", "PROPN")


# what is cited of someone: `приводит слова / заявление / мнение министра`
QUOTED_WORDS = frozenset({"слово", "заявление", "мнение", "высказывание", "цитата", "реплика", "комментарий",
                          "оценка", "фраза", "сообщение", "вывод", "ответ", "обращение", "признание",
                          "выступление"})


def _of_a_quoted_institution(doc: Doc, i: int, candidates: list[int]) -> bool:
    """Token `i` is (a word of) the complement of another candidate that
    names an institution (`пресс-службу Порошенко`, `пресс-службу Петра
    Порошенко`, `пресс-службу губернатора Ивана Петрова`)."""
    from .names import institution_noun, is_role_noun

    def institution(k) -> bool:
        return k is not None and k != i and k in candidates and doc.tokens[k].upos == "NOUN" \
            and institution_noun(doc.tokens[k])

    # up from a name's later word to its first, and past the post it names
    k, steps = i, 0
    while doc.tokens[k].head is not None and steps < 4 and (
            doc.tokens[k].deprel.startswith(("flat", "appos"))
            or k != i and doc.tokens[k].deprel.startswith("nmod") and is_role_noun(doc, k)):
        k, steps = doc.tokens[k].head, steps + 1
    return institution(k) or institution(doc.tokens[k].head)


def quoted_person(doc: Doc, verb: int, allowed: range, exclude: Iterable[int] = ()) -> Optional[int]:
    """Whose words `цитирует X Y` quotes: the object of the verb (a person
    before a medium), or the genitive after `слова` (`цитирует слова министра`,
    `приводит заявление министра`)."""
    excluded = set(exclude)
    # `приводит слова, сказанные Липпи`: the doer of the saying the words are told by
    for words in allowed:
        if words >= verb and norm(doc.tokens[words].lemma or "") in QUOTED_WORDS \
                and (words in excluded or doc.tokens[words].head == verb):
            agent = _agent_of_words(doc, words, allowed, excluded)
            if agent is not None:
                return agent
    candidates = [c for c in doc.children(verb)
                  if c in allowed and c not in excluded and doc.tokens[c].deprel in ("obj", "iobj")]
    # (not a piece of the subject's own name: `цитирует Лента.ру заявление …`,
    # where the parse made `ру` an apposition of `Лента`)
    subjects = {c for c in doc.children(verb) if doc.tokens[c].deprel.startswith("nsubj")}
    candidates += [i for i in allowed if i > verb and i not in excluded and i not in candidates
                   and doc.tokens[i].upos in NOMINAL and doc.tokens[i].feat("Case") in ("Acc", "Gen")
                   and not (doc.tokens[i].head in subjects and doc.tokens[i].deprel in ("appos", "flat", "flat:name")
                            and doc.tokens[i].upos == "NOUN")]
    # `процитировали ее участники заседания`: a pronoun right after the verb,
    # before the nominative subject, is whom they quote
    following = verb + 1
    if following + 1 in allowed and following not in excluded and norm(doc.tokens[following].text) in POSSESSIVES \
            and doc.tokens[following + 1].upos == "NOUN" and doc.tokens[following + 1].feat("Case") == "Nom" \
            and norm(doc.tokens[following + 1].lemma or "") not in QUOTED_WORDS:
        return following
    # `цитирует ИА Regnum Минченко`: a person's name after the medium's,
    # whatever case the tagger gave it (a surname that does not decline)
    for i in allowed:
        token = doc.tokens[i]
        if i <= verb + 1 or i in excluded or i in candidates or token.upos not in ("PROPN", "X"):
            continue
        name = next((n for n in overlapping_names(doc, token.start, token.end) if n.type == "PER"), None)
        if name is None or name.start != token.start:
            continue
        if any(doc.tokens[k].upos in ("PROPN", "X") and doc.tokens[k].end <= name.start
               for k in range(verb + 1, i)):
            candidates.append(i)

    def rank(i: int) -> tuple:
        token = doc.tokens[i]
        person = any(n.type == "PER" for n in overlapping_names(doc, token.start, token.start + 1)) or any(
            doc.tokens[c].upos == "PROPN" and any(
                n.type == "PER" for n in overlapping_names(doc, doc.tokens[c].start, doc.tokens[c].start + 1))
            for c in doc.children(i))
        # (a medium is who quotes, not whom: `цитирует ТАСС заявление пресс-службы`;
        # whose an institution quoted is, is not who speaks: `цитирует РБК
        # пресс-службу Порошенко`)
        return (_names_medium(doc, i), _of_a_quoted_institution(doc, i, candidates), not person,
                token.feat("Animacy") != "Anim", i)

    for c in sorted(candidates, key=rank):
        token = doc.tokens[c]
        if norm(token.lemma) in QUOTED_WORDS:
            # `цитирует его слова агентство X`: the one the possessive names
            owner = next((k for k in (c - 1, c - 2) if k in allowed and k not in excluded
                          and norm(doc.tokens[k].text) in POSSESSIVES and doc.tokens[k].head == c), None)
            if owner is not None:
                return owner
            after = genitive_after(doc, c, allowed, excluded)
            # (the genitive of the words: `слова агентство` names the medium after them;
            # `цитирует сообщение VC.ru`: the medium quotes the message, whose author is told before)
            if after is not None and doc.tokens[after].feat("Case") in ("Gen", None):
                quoting = doc.tokens[after].deprel.startswith("nsubj") and doc.tokens[after].head == verb
                if not quoting and not _names_medium(doc, after):
                    return after
                if norm(token.lemma) in _MESSAGES:
                    return c
            continue
        return c
    return None


def _agent_of_words(doc: Doc, words: int, allowed: range, excluded: set) -> Optional[int]:
    """`приводит слова, сказанные Липпи на пресс-конференции`, `цитирует
    заявление, сделанное министром`: the doer of the participle of saying
    on the words (in the instrumental, or a name that does not decline)."""
    from .cues import lexicon

    for p in doc.children(words):
        participle = doc.tokens[p]
        if participle.feat("VerbForm") != "Part" or p < words or p not in allowed \
                or norm(participle.lemma or "") not in lexicon().verbs and norm(participle.lemma or "") not in _MADE:
            continue
        for a in doc.children(p):
            token = doc.tokens[a]
            # (no preposition's object: `сказанные о Путине`; a name only where
            # it shows no other case: `сказанные Путину министром` is the minister)
            if a in allowed and a not in excluded and token.upos in NOMINAL \
                    and not any(doc.tokens[c].deprel == "case" for c in doc.children(a)) and (
                    token.feat("Case") == "Ins" or token.upos == "PROPN" and token.feat("Case") is None and any(
                        n.type == "PER" for n in overlapping_names(doc, token.start, token.end))):
                return a
    return None


# verbs of making a statement (`заявление, сделанное министром`)
_MADE = frozenset({"сделать", "произнести", "озвучить", "высказать", "распространить"})


# quoted words that are a document of their own, whose author the text tells
_MESSAGES = frozenset({"заявление", "сообщение", "обращение", "комментарий"})


def _names_medium(doc: Doc, index: int) -> bool:
    """A medium's name or a noun for one (`ТАСС`, `агентство`, `газета «Известия»`)."""
    from .names import canonical, lexicon_word

    token = doc.tokens[index]
    if token.upos == "NOUN":
        return lexicon_word(token, "media_nouns") is not None
    return token.upos in ("PROPN", "X") and canonical(doc, MentionRef(token.start, token.end, index, (index,)))[1] == "media"


# verbs of receiving: `который получил РБК от департамента`, `в МЧС поступило
# сообщение` (grammars/verbs.toml [receiving])
RECEIVING = grammar.words("verbs", "receiving", "verbs")


def sender_of(doc: Doc, clause: int) -> Optional[int]:
    """`который получил РБК от департамента`, `поступившем от пресс-службы`:
    whom a document came from, on a clause of receiving it."""
    token = doc.tokens[clause]
    if token.upos != "VERB" or (token.lemma or "").lower() not in RECEIVING:
        return None
    found = next((c for c in doc.children(clause) if doc.tokens[c].upos in ("NOUN", "PROPN")
                  and any(norm(doc.tokens[k].text) == "от" for k in doc.children(c))), None)
    if found is not None:
        return found
    # (`получил РБК от департамента`, the noun hung elsewhere by the parse:
    # the `от` phrase right after the verb, before any comma)
    sentence = doc.sentence_of(clause).token_range
    for k in range(clause + 1, min(clause + 6, sentence.stop)):
        word = doc.tokens[k]
        if word.upos == "PUNCT":
            break
        if norm(word.text) == "от" and word.head is not None and word.head > k \
                and doc.tokens[word.head].upos in ("NOUN", "PROPN"):
            return word.head
    # (or before it, in its own clause: `на пульт диспетчера от очевидца
    # поступило сообщение`, the parse hanging it on another noun)
    from .names import can_write

    for k in range(clause - 1, max(sentence.start - 1, clause - 9), -1):
        word = doc.tokens[k]
        if word.upos == "PUNCT" and word.text not in QUOTE_GLYPHS:
            return None
        if norm(word.text) == "от" and word.head is not None and k < word.head < clause \
                and doc.tokens[word.head].upos in ("NOUN", "PROPN") and can_write(doc, word.head) \
                and not any(n.type == "LOC" for n in overlapping_names(doc, doc.tokens[word.head].start,
                                                                       doc.tokens[word.head].end)) \
                and not any(norm(doc.tokens[j].lemma or "") in _DISTANCES for j in range(max(0, k - 3), k)):
            return word.head  # (not a distance: `в пяти километрах от поселка`)
    return None


# words of distance an `от` phrase measures from (`в пяти километрах от поселка`, `недалеко от школы`)
_DISTANCES = frozenset({"километр", "метр", "миля", "км", "м", "шаг", "недалеко", "неподалеку", "неподалёку",
                        "вблизи", "далеко", "вдали", "невдалеке", "справа", "слева", "севернее", "южнее",
                        "западнее", "восточнее", "сторона"})


# a participle's nominative ending: the gender and number of its noun
# (`утверждавшая`: a woman, whatever the tagger read)
_PARTICIPLE_ENDINGS = {"ий": ("Masc", "Sing"), "ый": ("Masc", "Sing"), "ая": ("Fem", "Sing"),
                       "ее": ("Neut", "Sing"), "ое": ("Neut", "Sing"), "ие": (None, "Plur"), "ые": (None, "Plur")}


_ACTIVE_PARTICIPLE = regex.compile(r"(?:вш|ющ|ящ|ущ|ащ)(?:ий|ее|ая|ие)$")


def _participle_as_noun(doc: Doc, token: Token) -> bool:
    """An active participle's nominative the tagger read as a noun
    (`сообщившее`, `выступающий`), no role noun (`заведующий`, `главнокомандующий`)."""
    from .names import is_role_noun

    return token.upos == "NOUN" and bool(_ACTIVE_PARTICIPLE.search(norm(token.text))) \
        and not is_role_noun(doc, token.index)


def participle_agreement(word: str) -> Optional[tuple[Optional[str], str]]:
    """(gender, number) a participle's nominative ending shows; None for an
    oblique form (`считающих`), which tells no subject."""
    return _PARTICIPLE_ENDINGS.get(norm(word)[-2:])
