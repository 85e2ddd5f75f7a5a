"""The source's description between its name and the content:
`По словам Ивана Петрова, возглавляющего комитет, P`, `Как рассказал
Сергей Орлов, профессор университета, P`. A participle agreeing with the
source (in the nominative after a nominative source, in an oblique case
after an oblique one: taggers confuse the oblique cases), or an animate noun
in apposition to it, set off by commas and with
no predicate of its own, describes the source and is not content; so does a
relative clause on the source (`, которого цитирует ИТАР-ТАСС,`)."""

from __future__ import annotations

from typing import Optional

from ..intervals import overlapping_names
from ..mentions import COMPLEMENT_UPOS, QUOTE_GLYPHS, apposed_name, norm, sentence_end
from ..model import Doc
from .context import _finite_verb, date_aside_end


# relative words of place that open a clause on an institution (`в X5, куда входят …`,
# `представитель лаборатории, где появилось на свет устройство`), and whose (`глава
# компании, чья доля …`)
_RELATIVE_PLACES = frozenset({"куда", "откуда", "где", "чей", "чья", "чье", "чьё", "чьи", "чьей", "чьего", "чьих"})


# what is said of an indirect question that opens the words (`где находится
# подозреваемый, пока не установлено`, `чья позиция сильнее, покажет время`)
_OF_A_QUESTION = frozenset({"установить", "установлено", "неизвестно", "известно", "ясно", "неясно", "понятно",
                            "непонятно", "выяснять", "выяснить", "выясняться", "показать", "решить", "определить",
                            "уточняться", "уточнять", "предстоит", "вопрос"})


def _question_answered_after(doc: Doc, close: Optional[int], bound: range) -> bool:
    """After the clause a `где` or `чей` opens, words of knowing or finding
    out within four words (`пока не установлено`, `сейчас выясняют`): the
    clause is an indirect question the words open, not a place of the source."""
    if close is None:
        return False
    return any(norm(doc.tokens[k].lemma or doc.tokens[k].text) in _OF_A_QUESTION
               or norm(doc.tokens[k].text) in _OF_A_QUESTION for k in range(close + 1, min(bound.stop, close + 5)))


def _segment_end(doc: Doc, first: int, bound: range, quoted_names: bool = False) -> Optional[int]:
    """The comma that closes the comma-delimited segment starting at `first`;
    `quoted_names`: past quote marks too (a relative clause naming a medium
    or a firm: `, которого цитирует «Интерфакс»,`)."""
    for k in range(first, bound.stop):
        text = doc.tokens[k].text
        if text == ",":
            return k
        if text == ":" and _time_colon(doc, k):
            continue  # `в 23:00`
        if text in (";", ":", "(", ")") or sentence_end(doc, k) or text in ("«", "»", '"') and not quoted_names:
            return None
    return None


def _time_colon(doc: Doc, k: int) -> bool:
    """The colon of a time or score written without spaces (`23:00`, `2:1`)."""
    return 0 < k < len(doc.tokens) - 1 and doc.tokens[k - 1].text.isdigit() and doc.tokens[k + 1].text.isdigit() \
        and doc.tokens[k - 1].end == doc.tokens[k].start and doc.tokens[k].end == doc.tokens[k + 1].start


def description_end(doc: Doc, comma: int, bound: range, source_head: Optional[int]) -> int:
    """The comma after which the content begins: `comma` itself, or the comma
    closing the descriptions of the source that follow it (`, ознакомленных с
    мерами, принимаемыми администрацией, P`)."""
    for step in range(3):
        after = _one_description(doc, comma, bound, source_head, step == 0)
        if after == comma:
            break
        comma = after
    return comma


def _ends_in_the_name(doc: Doc, segment: range, head: int) -> bool:
    """A role's complement that runs past a comma to the person's name:
    nominal words, then a name the parse makes an apposition of the role."""
    from ..names import is_role_noun

    if not is_role_noun(doc, head):
        return False
    people = [n for n in overlapping_names(doc, doc.tokens[segment.start].start, doc.tokens[segment.stop - 1].end)
              if n.type == "PER"]
    if len(people) != 1:
        return False
    first = doc.first_token_from(people[0].start)
    last = doc.first_token_from(people[0].end - 1)
    if last != segment.stop - 1 or doc.tokens[first].head != head \
            or doc.tokens[first].deprel.split(":")[0] not in ("appos", "flat"):
        return False
    return all(doc.tokens[k].upos in COMPLEMENT_UPOS or doc.tokens[k].text in QUOTE_GLYPHS
               for k in range(segment.start, first))


def _names_the_noun(doc: Doc, segment: range, head: int) -> bool:
    """`другого канала, TV2,`, `местная газета, «Вечерний Петербург»,`: a
    name in apposition to a generic noun for an outlet or an institution,
    alone between the commas and in the noun's case where it declines."""
    from ..names import names_an_outlet

    noun = doc.tokens[head]
    if not names_an_outlet(noun):
        return False
    if not apposed_name(doc, segment, head, segment.stop):
        return False
    case = noun.feat("Case")
    return all(doc.tokens[k].feat("Case") in (None, case) for k in segment
               if doc.tokens[k].upos not in ("NUM", "PUNCT"))


def _bare_name_of(doc: Doc, segment: range, head: int, close: int) -> bool:
    """`адвоката Френкеля, Людмилы Айне,`: a person's name alone between the
    commas after a role phrase whose own name is a complement (whose
    lawyer): the role's holder, in its case (`mentions.whose_name_apposed`)."""
    from ..mentions import relation_noun, whose_name_apposed
    from ..names import is_role_noun

    if not is_role_noun(doc, head) and not relation_noun(doc, head):
        return False  # (`по словам друга Навального, Ивана Жданова,` as `юриста`)
    people = [n for n in overlapping_names(doc, doc.tokens[segment.start].start, doc.tokens[segment.stop - 1].end)
              if n.type == "PER"]
    if len(people) != 1 or people[0].start != doc.tokens[segment.start].start \
            or people[0].end != doc.tokens[segment.stop - 1].end:
        return False
    phrase = range(head, segment.start - 1)
    return bool(phrase) and whose_name_apposed(doc, head, doc.tokens[head].start, doc.tokens[phrase.stop - 1].end,
                                               people[0], close)


def _words_quoted_by(doc: Doc, first: int, close: int) -> bool:
    """`, слова которого приводит ТАСС,`: the source's words (a noun whose
    `который` follows within three words) that a medium quotes, and no
    other clause (`часть учений, в которой были задействованы …` is P)."""
    from ..chains import RELATIVE_QUOTING_LEMMAS

    return doc.tokens[first].upos == "NOUN" \
        and any(doc.tokens[k].lemma.lower() == "который" for k in range(first + 1, min(close, first + 4))) \
        and any(doc.tokens[k].upos == "VERB" and doc.tokens[k].lemma.lower() in RELATIVE_QUOTING_LEMMAS
                for k in range(first + 1, close))


def _case_fits(case: Optional[str], head_case: Optional[str]) -> bool:
    """A description's case against its source's: the same, or either of
    the genitive and the accusative, an animate's one form the tagger reads
    either way (`со ссылкой на Ивана Петрова, директора завода`); any where
    the source shows none."""
    return head_case is None or case == head_case or {case, head_case} == {"Gen", "Acc"}


def _one_description(doc: Doc, comma: int, bound: range, source_head: Optional[int], right_after: bool = True) -> int:
    first = comma + 1
    if source_head is None or first >= bound.stop:
        return comma
    close = _segment_end(doc, first, bound)
    # a relative clause on the source: `По словам X, которого цитирует
    # «Интерфакс», P`, `Как сообщил X, с которым связался корреспондент, P`,
    # `Как утверждают в X5, куда входят сети «Пятерочка» и «Перекресток», P`
    # (past quote marks only right after the source: a
    # clause after another description may be the content's own, `«Известия»,
    # найденные приборы, которые приняли за «черные ящики», оказались …`)
    lead = first + 1 if doc.tokens[first].upos == "ADP" else first
    if lead < bound.stop and (doc.tokens[lead].lemma.lower() == "который"
                              or norm(doc.tokens[lead].text) in _RELATIVE_PLACES
                              and not _question_answered_after(doc, close, bound)):
        if right_after:
            close = _segment_end(doc, first, bound, quoted_names=True)
        while close is not None and (after := date_aside_end(doc, close, bound.stop)) is not None:
            # `, который вернулся в пятницу, 5 мая, P`: a date set off inside the clause
            close = after
            # (`в понедельник, 3 июня, на сессии думы,`: the clause the date broke goes on)
            following = _segment_end(doc, close + 1, bound)
            if following is not None and following - close <= 6 and doc.tokens[close + 1].upos == "ADP" \
                    and not any(_finite_verb(doc.tokens[m]) for m in range(close + 1, following)):
                close = following
        if close is not None and close + 2 < bound.stop and close - first <= 15:
            return close
    token = doc.tokens[first]
    if close is None and right_after and token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short" \
            and token.feat("Case") == doc.tokens[source_head].feat("Case") is not None:
        # `По данным опроса, проведенного «Левада-центром», P`: a participle on
        # the source, past the quote marks of a name
        close = _segment_end(doc, first, bound, quoted_names=True)
    if close is None and doc.tokens[first].text in QUOTE_GLYPHS:
        # `местная газета, «Вечерний Петербург», P`: a quoted name alone
        end = next((k for k in range(first + 1, min(bound.stop - 1, first + 7))
                    if doc.tokens[k].text in QUOTE_GLYPHS), None)
        if end is not None and doc.tokens[end + 1].text == "," and end + 3 < bound.stop \
                and _names_the_noun(doc, range(first, end + 1), source_head):
            return end + 1
    if close is None or close + 2 >= bound.stop or close - first > 15:
        return comma
    segment = range(first, close)
    if _words_quoted_by(doc, first, close):
        return close  # `слова которого приводит ТАСС`, `выдержки из интервью которого публикует ТАСС`
    if any(_finite_verb(doc.tokens[k]) or doc.tokens[k].feat("Variant") == "Short" for k in segment):
        return comma
    if any(doc.tokens[k].feat("VerbForm") == "Inf" and not (
            doc.tokens[k].head is not None and doc.tokens[doc.tokens[k].head].upos in ("NOUN", "PROPN")
            and doc.tokens[k].deprel != "csubj") for k in segment) \
            and not any(doc.tokens[k].feat("VerbForm") == "Part" for k in segment):
        # `По его мнению, европейцам пора понять, что P`: a clause, no
        # description (not a participle's own infinitive, `охранявших порядок
        # и пожелавшего остаться неизвестным`, nor a noun's, `автора
        # инициативы запретить …`)
        return comma
    head_case = doc.tokens[source_head].feat("Case")
    if _ends_in_the_name(doc, segment, source_head):
        return close  # `директор департамента финансовых отношений, госдолга … Минфина Константин Вышковский, P`
    if _names_the_noun(doc, segment, source_head):
        return close  # `по данным другого канала, TV2, P`
    if _bare_name_of(doc, segment, source_head, close):
        return close  # `По словам адвоката Френкеля, Людмилы Айне, P`
    token = doc.tokens[first]
    if token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short" \
            and (head_case is None or (token.feat("Case") == "Nom") == (head_case == "Nom")):
        return close  # `…, возглавляющего комитет, P`
    if token.upos == "ADJ" and token.feat("Variant") != "Short" and first + 1 < close \
            and doc.tokens[first + 1].upos == "ADP" and not (token.head is not None and first <= token.head < close) \
            and token.feat("Number") in (None, doc.tokens[source_head].feat("Number")) \
            and _case_fits(token.feat("Case"), head_case):
        # (hung on the source, not on a noun of the segment: `крупнейший в
        # регионе завод, построенный в 1970 году, закроется` is P)
        return close  # `источников РБК, близких к руководству Госдумы, P`, `источник, знакомый с ситуацией, P`
    lead = first
    while lead < close and doc.tokens[lead].upos == "ADJ":
        lead += 1
    noun = doc.tokens[lead]
    # a lone noun (`Как сообщил X, работодатели, не участвующие …`) is the
    # content's subject: an apposition names a role and what it is of
    if lead < close and close - first >= 2 and noun.upos == "NOUN" and noun.feat("Animacy") == "Anim" \
            and _case_fits(noun.feat("Case"), head_case):
        return close  # `…, профессор университета, P`
    return comma
