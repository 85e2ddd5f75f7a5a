"""`X отметил, что P`: the complementizer that opens the content, or the
noun object of `отметил важность …`."""

from __future__ import annotations

from typing import Optional

from .. import grammar
from ..mentions import as_for, norm
from ..punctuation import QUOTE_GLYPHS, SENTENCE_ENDS
from .context import _Context, _finite_verb, _inside_marks, _question_put_before, _text
from .lexicon import COMPLEMENTIZERS, NARRATORS_GERUNDS, WH_VERBS, WH_WORDS


# words that make `что` after them a result or a cause (`так что`, `потому что`)
_CONSEQUENCE = frozenset({"так", "потому", "оттого"})


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
        if word in COMPLEMENTIZERS and saw_comma and i > verb + 1 and doc.tokens[i - 1].upos == "CCONJ":
            # `опасаясь за свою жизнь, и что P`: a clause coordinated with an
            # earlier one, not this verb's
            return None
        if word in COMPLEMENTIZERS and doc.tokens[i - 1].upos == "ADP":
            pass  # `…, на что тратятся средства`, `за что`: a relative pronoun, not a complementizer
        elif word in COMPLEMENTIZERS and (saw_comma or i == verb + 1 or doc.tokens[i - 1].text in (",", "—", "–")
                                          or word in _RETOLD and doc.tokens[i - 1].text in ("-", ":")):
            before = i - 2 if doc.tokens[i - 1].text == "," else i - 1
            if word == "что" and before > verb and _text(doc, before) in _CONSEQUENCE:
                # `не назвал, так что P`, `названо так потому, что P`: a
                # result or a cause, not what was said
                return None
            if word == "что" and saw_comma and _relative_what(doc, verb, i, bound):
                return None
            if word == "что" and doc.tokens[i - 1].text == "," and i - 2 > verb \
                    and norm(doc.tokens[i - 2].lemma or "") == "вопрос":
                return None  # `Отвечая на вопрос, что может означать X`: the question's words
            if word == "что" and _about_a_noun(doc, verb, i):
                return None  # `отвечая на вопрос журналиста о том, что P`: the question's words
            if word == "что" and doc.tokens[i - 1].text == "," and _of_a_demonstrative(doc, verb, i - 2):
                return None  # `грозит проверка, аналогичная той, что прошла …`: a relative clause
            if as_for(doc, i):
                return None  # `говорит о том, что касается покушения: «…»`
            if word == "чтобы" and _purpose(doc, verb, i, bound):
                return None
            if i + 1 < bound.stop:
                return _from_infinitive(ctx, verb, i, i + 1), word, COMPLEMENTIZERS[word]
            return None
        if token.text == ",":
            saw_comma = True
            # `задавшись вопросом, есть ли …` (not the question answered:
            # `отвечая на вопрос журналистов о том, готов ли Израиль`, `На
            # вопрос, как он считает, должно ли …`)
            if i + 2 < bound.stop and _text(doc, i + 2) == "ли":
                if any(_text(doc, k) == "на" and _text(doc, k + 1).startswith("вопрос") for k in range(verb + 1, i)) \
                        or any(_text(doc, k) == "как" and _question_put_before(doc, k, bound)
                               for k in range(max(bound.start, verb - 3), verb)):
                    return None
                return _from_infinitive(ctx, verb, i, i + 1), "ли", 0.7
            # `рассказал, как …`, `объяснил, почему …`: an indirect question
            if i == verb + 1 and i + 1 < bound.stop and _text(doc, i + 1) in WH_WORDS \
                    and norm(doc.tokens[verb].lemma) in WH_VERBS:
                return i + 1, "wh", 0.6
        if token.text == ":" and i + 1 < bound.stop and _text(doc, i + 1) in COMPLEMENTIZERS:
            saw_comma = True  # `сообщили иначе: будто P`
        elif token.text in SENTENCE_ENDS or token.text in (":", ";"):
            return None
        if i > verb + 1 and _finite_verb(token) and token.upos == "VERB" and token.index not in ctx.used:
            return None
        if i > verb + 1 and token.upos == "VERB" and token.feat("Variant") == "Short" and token.index not in ctx.used \
                and doc.tokens[verb].head == i:
            # `Санкции, подчеркнул министр, были введены, чтобы P`: a passive's
            # own clause, the cue set in it (not one of a relative clause on the
            # listener: `рассказал журналистам, которые были приглашены, что P`)
            return None
        if i > verb + 1 and token.feat("VerbForm") == "Conv" and i in ctx.verb_cues:
            return None  # `раскритиковали проект, добавив, что P`: the gerund's clause
        if i > verb + 1 and token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short" \
                and i in ctx.verb_cues and i + 2 < bound.stop and doc.tokens[i + 1].text == "," \
                and _text(doc, i + 2) in COMPLEMENTIZERS:
            # `опубликовало монолог гея-чеченца, утверждавшего, что P`: the
            # clause of the participle of saying right before it
            return None
        i += 1
        steps += 1
    return None


def _from_infinitive(ctx: _Context, verb: int, clause: int, first: int) -> int:
    """Where the content opens: at the verb's own infinitive before the
    clause opening at `clause`, whose clause it is (`посоветовала узнать в
    администрации, предусмотрено ли P`, `пообещало пересмотреть границы так, чтобы P`: the
    advice and the promise are the infinitive's phrase), else at `first`.
    Not an infinitive of speech (`попросил передать, что P`: P is the
    message), nor one of the cue's phrase (`дал понять, что P`)."""
    from ..cues import lexicon

    doc = ctx.doc
    cue = ctx.verb_cues.get(verb)
    for k in range(verb + 1, clause):
        token = doc.tokens[k]
        if cue is not None and k in cue.tokens:
            continue  # (`дал понять, что P`: the infinitive of the cue's own phrase)
        if token.feat("VerbForm") == "Inf" and token.head == verb and token.deprel in ("xcomp", "obj", "ccomp") \
                and norm(token.lemma or "") not in lexicon().verbs:
            # (with its negation: `призвал не забывать, что P` asks not to forget)
            while k - 1 > verb and _text(doc, k - 1) in ("не", "ни"):
                k -= 1
            return k
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") != "Inf" or token.text in (":", ";"):
            break
    return first


_PREPOSITIONS_ABOUT = frozenset({"о", "об", "обо"})
_CORRELATIVES = frozenset({"то", "том", "тем", "того", "тому"})

# nouns whose `о том, что`-clause is what someone else asked, and those of
# a supposition, someone else's where a verb of naming judges it
# (`назвал смехотворным предположение`, not `высказал предположение`)
_QUESTIONS = frozenset({"вопрос", "запрос"})
_SUPPOSITIONS = frozenset({"предположение", "домысел", "догадка", "слух", "версия", "утверждение"})
_NAMING = frozenset(grammar.load("verbs")["classes"]["naming"]["lemmas"])


def _about_a_noun(doc, verb: int, what: int) -> bool:
    """`отвечая на вопрос журналиста о том, что P`, `назвал смехотворным
    предположение о том, что P`: a `о том, что`-clause hanging on a noun of
    question or supposition between the verb and it is what the asker or
    the supposer said, not the verb's subject."""
    if what < verb + 4 or doc.tokens[what - 1].text != "," or norm(doc.tokens[what - 2].text) != "том" \
            or norm(doc.tokens[what - 3].text) not in _PREPOSITIONS_ABOUT:
        return False
    # (the noun the `о том` hangs on: right before it, past its genitives and
    # adjectives, `на вопрос журналиста о том`; not `на совещании по вопросам
    # безопасности о том, что`)
    k = what - 4
    while k > verb and what - 4 - k < 3 and (doc.tokens[k].upos in ("ADJ", "DET", "PROPN")
                                              or doc.tokens[k].upos == "NOUN" and doc.tokens[k].feat("Case") == "Gen"
                                              and norm(doc.tokens[k].lemma or "") not in _QUESTIONS | _SUPPOSITIONS):
        k -= 1
    if k <= verb or doc.tokens[k].upos != "NOUN" or doc.tokens[k].feat("Number") == "Plur":
        return False
    noun = norm(doc.tokens[k].lemma or "")
    return noun in _QUESTIONS or noun in _SUPPOSITIONS and norm(doc.tokens[verb].lemma or "") in _NAMING


# nouns whose `чтобы`-clause is what is asked or wished (`выразил желание, чтобы P`)
_WISHES = frozenset({"желание", "пожелание", "просьба", "требование", "призыв", "предложение", "настояние",
                     "стремление", "мечта", "надежда"})


def _purpose(doc, verb: int, what: int, bound: range) -> bool:
    """`обещает вернуться на родину, чтобы разобраться`, `объявил о введении
    режима, чтобы предотвратить эпидемию`, `пригласил Дерипаску, чтобы
    иметь возможность`: a `чтобы`-clause after the verb's own infinitive, or
    one of an infinitive after whatever else follows the verb, is the aim of
    an act, not what was asked (`призвал, чтобы P`, `настаивает на том,
    чтобы P`, `выразил желание, чтобы P`, `написал в блоге, чтобы
    подписчики не верили слухам` are). Quoted words in it stay the
    speaker's (a mixed quote; not a quoted name: `в лагере «Артек»`)."""
    comma = what - 1
    if doc.tokens[comma].text != "," or comma <= verb + 1:
        return False
    before = doc.tokens[comma - 1]
    # (`сделать так, чтобы P`: the manner asked for)
    if norm(before.text) in _CORRELATIVES or norm(before.text) == "так" or norm(before.lemma or "") in _WISHES:
        return False
    clause = range(what + 1, bound.stop)
    if _quoted_words(doc, clause):
        return False
    if any(doc.tokens[k].feat("VerbForm") == "Inf" for k in range(verb + 1, comma)):
        return True
    first = next((k for k in clause if doc.tokens[k].upos in ("VERB", "AUX")), None)
    return first is not None and doc.tokens[first].feat("VerbForm") == "Inf"


def _quoted_words(doc, clause: range) -> bool:
    """A quote mark in the clause that is no part of a quoted name (`«Артек»`,
    a capital after the opening mark): quoted words, opened there or before."""
    marks = iter(k for k in clause if doc.tokens[k].text in QUOTE_GLYPHS)
    for k in marks:
        if k + 1 in clause and doc.tokens[k + 1].text[:1].isupper():
            next(marks, None)  # the name's closing mark
            continue
        return True
    return False


# particles of retold words (`возражают - мол, P`, `говорят: дескать, P`)
_RETOLD = frozenset({"мол", "дескать"})


def _of_a_demonstrative(doc, verb: int, k: int) -> bool:
    """`тот` right before `, что` that hangs on an adjective, with no
    preposition (`аналогичная той, что`, `подобный тому, что`): `что` opens
    a relative clause on it, not the verb's words."""
    if k <= verb or norm(doc.tokens[k].lemma or "") != "тот" and norm(doc.tokens[k].text) not in _TOT_FORMS:
        return False
    head = doc.tokens[k].head
    # (`о том, что`, `на то, что` after a noun of the cue, `обратила внимание
    # на то, что`, take a preposition: a correlative)
    # (nor a noun's `того, что`: `допускает возможность того, что P`)
    return head is not None and head != verb and doc.tokens[head].upos == "ADJ" \
        and not any(doc.tokens[c].deprel == "case" for c in doc.children(k))


_TOT_FORMS = frozenset({"тот", "та", "то", "те", "того", "той", "тех", "тому", "тем", "теми", "тою", "ту"})


def _relative_what(doc, verb: int, what: int, bound: range) -> bool:
    """`Компания сообщила о закрытии филиалов, что приведет к сокращениям`,
    `Министр объявил о своей отставке, что вызвало панику`: where the verb
    already said what it reports before the comma (`о` + its topic) and
    `что` is the subject of the verb after it (third
    person singular or neuter past, no subject of its own), `что` is a
    relative pronoun for the whole event, and no report follows. (`заявил,
    что позволит …` has nothing before the comma; `о том, что` a correlative.)"""
    comma = what - 1
    if doc.tokens[comma].text != "," or norm(doc.tokens[comma - 1].text) in _CORRELATIVES:
        return False
    filled = False
    for k in range(verb + 1, comma):
        token = doc.tokens[k]
        if token.head != verb or token.upos != "NOUN":
            continue
        # (an object is no sign: `выразил уверенность, что`, `заверил сторону, что`,
        # `не исключает возможности, что` name the content they introduce)
        if token.deprel.startswith("obl") and token.feat("Case") == "Loc" \
                and any(norm(doc.tokens[c].text) in _PREPOSITIONS_ABOUT for c in doc.children(k)):
            filled = True
        # (a stand taken: `высказалось за вхождение полуострова в состав
        # России, что было документально оформлено`, `против закона, что …`)
        if token.deprel.startswith("obl") and any(norm(doc.tokens[c].text) in ("за", "против")
                                                  and doc.tokens[c].deprel == "case" for c in doc.children(k)):
            filled = True
    if not filled:
        return False
    # (past an aside: `что, по его словам, вызвано кризисом`)
    after = next((k for k in range(what + 1, min(bound.stop, what + 8))
                  if _finite_verb(doc.tokens[k]) or doc.tokens[k].feat("Variant") == "Short"), None)
    if after is None:
        return False
    token = doc.tokens[after]
    third = token.feat("Number") == "Sing" and (token.feat("Person") == "3" or token.feat("Gender") == "Neut")
    return third and not any(doc.tokens[c].deprel.startswith("nsubj") and c != what for c in doc.children(after))


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
            return _object_start(ctx, verb, i)
        if token.upos == "VERB" and token.feat("VerbForm") == "Inf":
            return _object_start(ctx, verb, i)
    return None


def _object_start(ctx: _Context, verb: int, head: int) -> int:
    """The object begins with its modifiers and an opening quote mark:
    `считает такую тенденцию …`, `предложили «срочно выйти замуж»`."""
    doc = ctx.doc
    infinitive = doc.tokens[head].feat("VerbForm") == "Inf"
    i = head
    while i - 1 > verb:
        previous = doc.tokens[i - 1]
        quoted = previous.text in QUOTE_GLYPHS or _inside_marks(ctx, previous.start)
        if infinitive and quoted or previous.upos in ("DET", "ADJ") and not quoted:
            i -= 1
        else:
            break
    # a noun object inside quote marks (`обнаружили «птичий грипп»`) keeps
    # them out, as it always has: a quoted noun phrase in object place is as
    # often a term as someone's words
    return i


def _object_end(ctx: _Context, first: int, stop: int) -> int:
    """A noun or infinitive object ends before a comma that opens another
    clause: a complementizer (`, и что P`), a clause with its own subject
    and predicate (`Отвечая на вопросы, министр сказал`), a gerund of the
    narrator: a reporting one, a negated one, or one of arguing
    (`опроверг информацию, назвав ее …`, `, не уточнив …`, `, мотивируя
    это …`). A list of nouns after a comma (`активы банков,
    фондов и компаний`) and a gerund of the content (`призвал действовать,
    соблюдая «осторожность»`) stay in it."""
    from .bounds import _new_clause

    doc = ctx.doc
    for i in range(first + 1, stop):
        if doc.tokens[i].text != "," or _inside_marks(ctx, doc.tokens[i].start):
            continue
        k = i + 1
        while k < stop and doc.tokens[k].upos in ("CCONJ", "PART"):
            k += 1
        if k >= stop:
            return i
        token = doc.tokens[k]
        narrators = token.feat("VerbForm") == "Conv" and (
            k in ctx.verb_cues or _text(doc, i + 1) == "не" or norm(token.lemma) in NARRATORS_GERUNDS)
        if _text(doc, k) in COMPLEMENTIZERS or narrators or _new_clause(doc, k, stop):
            return i
    return stop
