"""Where content begins and ends: clause starts, `;`, a new clause of the
reporting verb, a trailing `, сообщает ТАСС`."""

from __future__ import annotations

from typing import Optional

from ..cues import lexicon
from ..mentions import _may_speak, adjective_as_subject, credit_bracket, norm, participle_agreement, sentence_end
from ..intervals import overlapping_names
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS
from .context import _Context, _phrase_cues_from, _text
from .lexicon import (
    CLAUSE_BREAK, CLAUSE_BREAK_FORWARD, CLAUSE_BREAK_PAIRS, CLAUSE_LINKS, CLAUSE_SEPARATORS, CONNECTIVES,
    CLAUSE_STOP, COMPLEMENTIZERS, COMPOUND_SUBORDINATORS, CONTRAST, FORECASTS, LOCATIVE, LOCATIVE_TIME,
    NARRATORS_GERUNDS,
    RELATIVE_WORDS, SUBORDINATORS,
)


def _trailing_attribution_start(ctx: _Context, first: int, stop: int, gerunds: bool = True) -> Optional[int]:
    """Where `, сообщает ТАСС` or `, передает телеканал X` begins, if the range
    ends with one: a comma, a reporting verb, and only its noun phrase after
    (a gerund too unless `gerunds` is off: the words after a source, whose
    own gerund it is)."""
    doc = ctx.doc
    for i in range(first, stop):
        if doc.tokens[i].text not in (",", "—", "–", "-"):
            continue
        j = i + 1
        if j < stop and doc.tokens[j].text in ("—", "–", "-"):
            j += 1
        if j < stop and _text(doc, j) == "как":
            if contrast_aside(doc, i, stop):
                continue  # (the words go on past it: `не A, как заявляет X, а B`)
            j += 1
        cue = ctx.verb_cues.get(j)
        if cue is None or cue.kind not in ("verb", "impersonal"):
            continue
        if doc.tokens[j].feat("VerbForm") == "Conv" and not gerunds:
            continue  # (after a source a gerund is the words' own: `передала дело в суд, сформулировав …`)
        tail = range(j + 1, _relative_clause_start(doc, j + 1, stop))
        if cue.optional or "naming" in cue.classes and len(cue.classes) == 1:
            continue
        if any(_text(doc, k) in COMPLEMENTIZERS or doc.tokens[k].text == ":" for k in tail):
            continue
        if any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") in ("Fin", "Inf")
               for k in tail):
            continue
        # (a place only where it can speak: `, сообщили в министерстве`, not
        # a direction, `, передал все активы в доверительное управление`)
        speaker = any(
            doc.tokens[k].upos in ("NOUN", "PROPN", "PRON", "X") and doc.tokens[k].feat("Case") in ("Nom", None)
            or _text(doc, k) in LOCATIVE and not _direction(doc, k) for k in tail)
        if not speaker and cue.kind != "impersonal":
            continue
        return i
    return None


def _direction(doc: Doc, preposition: int) -> bool:
    """`в доверительное управление`: the preposition governs an accusative,
    where to, not where someone speaks."""
    head = doc.tokens[preposition].head
    return head is not None and head > preposition and doc.tokens[head].feat("Case") == "Acc" \
        and _text(doc, head) not in LOCATIVE_TIME  # (`, сообщили в среду`: when)


# what goes on after a `как`-clause set in a contrast: `не A, как заявляет X, а B`
_CONTRAST_GOES_ON = frozenset({"а", "сколько"})


def contrast_aside(doc: Doc, comma: int, stop: int) -> bool:
    """`не столько A, как заявляет X, сколько B`, `не A, как утверждает X, а
    B`: a `как`-clause after `comma` set between the negated part of a
    contrast and the part that goes on: it tells whose A is (what the
    sentence denies), and the words before it go on after it. Not after a
    negated verb (`Налоги не повысят, как заявил министр, а также …`), nor
    before a clause of its own (`, а по оценкам экспертов, даже снизятся`)."""
    k = comma + 1
    if k >= stop or _text(doc, k) != "как":
        return False
    close = next((j for j in range(k + 1, min(stop, k + 10))
                  if doc.tokens[j].text in (",", ";", ":") or sentence_end(doc, j)), None)
    if close is None or doc.tokens[close].text != "," or close + 2 >= stop \
            or _text(doc, close + 1) not in _CONTRAST_GOES_ON or _text(doc, close + 2) in ("также", "тем"):
        return False
    # (the other part of the contrast, not a clause of its own: `, а повстанцы
    # отступают`; a relative clause on its noun is no clause of it)
    relative = False
    for j in range(close + 2, stop):
        if doc.tokens[j].text == ";" or sentence_end(doc, j):
            break
        if doc.tokens[j].text == ",":
            relative = j + 1 < stop and (_text(doc, j + 1).startswith("котор") or _text(doc, j + 1) in RELATIVE_WORDS)
            if not relative and _text(doc, close + 2) not in ("по", "согласно"):
                break
            continue
        if not relative and _predicate(doc.tokens[j]):
            return False
    for j in range(comma - 1, max(-1, comma - 12), -1):
        if doc.tokens[j].text in (",", ";", ":") or sentence_end(doc, j):
            return False
        if _text(doc, j) == "не":
            following = doc.tokens[j + 1]
            return not _predicate(following) and following.upos not in ("VERB", "AUX")
    return False


def _relative_clause_start(doc: Doc, first: int, stop: int) -> int:
    """Where a relative clause on the speaker begins (`, пишет The Independent,
    на которую ссылается InoPressa`), else `stop`: its verb is not the
    speaker's and does not make the tail a clause of content."""
    for k in range(first, stop - 1):
        if doc.tokens[k].text != ",":
            continue
        m = k + 1
        if doc.tokens[m].upos == "ADP" and m + 1 < stop:
            m += 1
        if m < stop and _text(doc, m) in RELATIVE_WORDS:
            return k
    return stop


def _source_phrase_next(ctx: _Context, comma: int, stop: int) -> bool:
    """Another source phrase right after the comma, with its own content
    after a dash (`…, по словам очевидцев — пятеро`): a second source
    speaks. (Set off by commas, `…, по его мнению, …` is a hedge inside
    the same words.)"""
    doc = ctx.doc
    for cue in _phrase_cues_from(ctx, comma + 1, comma + 2):
        if cue.kind != "source":
            continue
        for k in range(cue.tokens[-1] + 1, min(stop, cue.tokens[-1] + 8)):
            if doc.tokens[k].text in ("—", "–", "-"):
                return True
            if doc.tokens[k].upos in ("VERB", "AUX") or doc.tokens[k].text in (",", ";", ":"):
                return False
    return False


def _source_phrase_ahead(ctx: _Context, comma: int, stop: int) -> bool:
    """`P1, еще несколько эсеров, по его словам, проголосовали против`: a
    source phrase set off by commas just ahead opens another report."""
    doc = ctx.doc
    for cue in _phrase_cues_from(ctx, comma + 3, min(stop, comma + 9)):
        if cue.kind not in ("source", "according"):
            continue
        first = cue.tokens[0]
        if not comma + 2 < first < min(stop, comma + 9) or doc.tokens[first - 1].text != ",":
            continue
        between = range(comma + 1, first - 1)
        if not any(doc.tokens[k].text in (",", ";", ":") or doc.tokens[k].upos in ("VERB", "AUX")
                   for k in between):
            return True
    return False


def _content_end(ctx: _Context, start: int, bound: range, cue_verb: Optional[int],
                 after_source: bool = False) -> int:
    """Token index where a clause of content that begins at `start` ends
    (exclusive): the end of the sentence, a trailing attribution, a new clause
    of the reporting verb (`, однако поставили условие`), or `;`.
    `after_source`: the content follows its source (`Как пишет X, P`, `По
    словам X, P`), which speaks for the whole sentence, its `, но …`,
    `, а …`, `, однако …` too (so the dev gold, 8 such of 8)."""
    doc = ctx.doc
    stop = bound.stop
    trailing = _trailing_attribution_start(ctx, start, stop, gerunds=not after_source)
    if trailing is not None:
        stop = trailing
    cue_line = set()
    if cue_verb is not None:
        cue_line = {cue_verb, *doc.ancestors(cue_verb)}
        subordinate = _subordinate_report(doc, cue_verb)
        fronted = _fronted_subordinate(doc, cue_verb)
    for i in range(start, stop):
        token = doc.tokens[i]
        if token.text in CLAUSE_STOP:
            return i
        if i > start and credit_bracket(doc, i) is not None:
            return i  # `… (цитата по ТАСС)`, `(передает «Интерфакс»)`: the medium's credit, not the words
        if token.text == "," and i > start and cue_verb is not None \
                and _narrators_gerund(ctx, i + 1, stop, cue_verb):
            return i  # `, не уточнив сумму`: the reporter's manner, not the content
        if token.text == "," and i > start and cue_verb is not None and (
                subordinate and _main_clause(doc, i + 1, stop) or fronted and _clause_outside(doc, i, stop)):
            return i  # `Хотя X заявил, что P, жители не согласны`: the main clause
        if token.text == "," and i > start and cue_verb is not None and _resumes(doc, i + 1, stop, cue_line - {cue_verb}):
            return i  # `Эксперт, который заявил, что P, выступил в суде`: the clause the report hangs in
        if i > start and sentence_end(doc, i) and i + 1 < stop \
                and doc.tokens[i + 1].text[:1].isupper():
            return i
        if cue_verb is not None and i > start + 1 and token.head in cue_line \
                and token.deprel in ("conj", "parataxis") and token.upos in ("VERB", "AUX") \
                and token.head == cue_verb and not _subject_inside(doc, token, cue_verb) \
                and not _contents_tense(doc, token, cue_verb, start, i):
            # back over `, однако` / `, и` / `и`
            j = i - 1
            while j > start and (doc.tokens[j].upos in ("CCONJ", "ADV", "PART", "PUNCT")
                                 and doc.tokens[j].text not in QUOTE_GLYPHS):
                j -= 1
            # only when a comma or conjunction separates the clauses; the
            # words end at the first (`работала честно, и выразил надежду`
            # keeps its adverb)
            separators = [k for k in range(j + 1, i) if doc.tokens[k].text in CLAUSE_SEPARATORS]
            if separators:
                # (the comma, where there is one: `работала честно и открыто, и выразил`)
                return next((k for k in separators if doc.tokens[k].text == ","), separators[0])
        if cue_verb is not None and i > start + 1 and (_text(doc, i) == "и" or _text(doc, i) in ("а", "но")
                                                       and doc.tokens[i - 1].text == ",") \
                and _speakers_next_predicate(ctx, i, start, stop, cue_verb):
            # `X сказал, что P, и потребовал …`, `… что власти начинают борьбу
            # и тем самым указал на …`: the speaker's next act, not P (and
            # the words that lead to it: `, но так и не объявил`)
            j = i - 1
            # (and an object pronoun: `, а ее так и не починили`)
            while j > start and (doc.tokens[j].upos in ("ADV", "PART", "CCONJ")
                                 or doc.tokens[j].upos == "PRON" and doc.tokens[j].feat("Case") not in ("Nom", None)) \
                    and doc.tokens[j].text != ",":
                j -= 1
            return j if doc.tokens[j].text == "," else i
        if token.text == "," and i + 2 < stop and _text(doc, i + 1) in ("но", "а", "однако") \
                and _the_report_itself(doc, i + 2, start, stop):
            return i  # `появилась информация, что P, но она была опровергнута`: the narrator on the report
        if token.text == "," and i + 1 < stop and _text(doc, i + 1) == "тогда" \
                and i + 2 < stop and _text(doc, i + 2) == "как" and not (after_source and not _report_after(ctx, i, stop)):
            return i
        # (after a source, a contrast goes on with its words, unless another
        # report follows: `По данным НАТО, P, однако пресс-секретарь талибов
        # сообщил, что …`)
        # (not `однако` set off by commas on both sides, an aside inside the
        # clause before its predicate: `цены, однако, не вырастут`, `который,
        # однако, уже скончался`; `, однако, как ни странно, у Ми-6 …` opens one)
        if token.text == "," and i > start and i + 1 < stop and _text(doc, i + 1) in CLAUSE_BREAK_FORWARD \
                and not (after_source and _text(doc, i + 1) == "однако" and not _report_after(ctx, i, stop)) \
                and not (cue_verb is not None and _contrast_goes_on(ctx, i, start, stop, cue_verb)) \
                and not (_text(doc, i + 1) == "однако" and i + 3 < stop and doc.tokens[i + 2].text == ","
                         and doc.tokens[i + 3].upos in ("VERB", "AUX", "ADV", "PART")
                         and _text(doc, i + 3) not in ("как", "когда", "если")):
            return i
        if token.text == "," and i > start and i + 2 < stop \
                and (_text(doc, i + 1), _text(doc, i + 2)) in CLAUSE_BREAK_PAIRS:
            return i
        if token.text == "," and i > start and _source_phrase_ahead(ctx, i, stop):
            return i
        if token.text == "," and i > start and _source_phrase_next(ctx, i, stop):
            return i  # `По данным полиции, задержаны двое, по словам очевидцев — пятеро`
        if token.text == "," and i > start and i + 2 < stop and _text(doc, i + 1) == "а" \
                and _phrase_cues_from(ctx, i + 2, i + 3):
            return i  # `, а по расчетам академика …`: another source speaks
        if token.text == "," and i > start and i + 2 < stop and _text(doc, i + 1) == "и" \
                and any(c.kind == "link" for c in _phrase_cues_from(ctx, i + 2, i + 3)) and _report_after(ctx, i, stop):
            return i  # `утверждают, что P, и со ссылкой на источник сообщают, что Q`: the next report
        if token.text == "," and i > start and i + 1 < stop and _text(doc, i + 1) in CONTRAST \
                and _new_clause(doc, i + 2, stop) and _report_after(ctx, i, stop):
            return i
        if token.text == ":" and i + 1 < stop and doc.tokens[i + 1].text in QUOTE_GLYPHS:
            return i
        if token.text == "," and i > start and not after_source and _another_report(ctx, i + 1, stop):
            return i
        if token.text == "," and i > start and cue_verb is not None and _participles_noun_goes_on(doc, cue_verb, i + 1, stop):
            return i  # `Рожкова, утверждавшая, что P, так и не выплатила долг`: the noun's own predicate
        if token.text == "," and i > start and _conjunct_of_outside(doc, i + 1, start, stop):
            return i  # `заявление X о том, что P, а также призывы Y`: another object of the verb
    return stop


def _conjunct_of_outside(doc: Doc, first: int, start: int, stop: int) -> bool:
    """After `, а также` (`, а`, `, и`), a noun the parse coordinates with a
    word before the content's `start`: the words go back to the author's
    clause (`осудили заявление X о том, что P, а также призывы Y`)."""
    k = first
    while k < stop and k - first < 2 and _text(doc, k) in ("а", "и", "также", "еще", "ещё"):
        k += 1
    if k == first or k >= stop:
        return False
    token = doc.tokens[k]
    return token.upos == "NOUN" and token.deprel == "conj" and token.head is not None and token.head < start \
        and doc.tokens[token.head].upos == "NOUN"


def _participles_noun_goes_on(doc: Doc, cue_verb: int, first: int, stop: int) -> bool:
    """The cue is a participle on a noun before it, and after the comma at
    `first` the noun's own finite verb follows, agreeing with the
    participle (past a few adverbs and particles)."""
    cue = doc.tokens[cue_verb]
    if cue.feat("VerbForm") != "Part" or cue.head is None or cue.head > cue_verb:
        return False
    # (the participle's nominative ending tells its noun's gender and number;
    # the tagger's guess may not: `утверждавшая` read as masculine)
    wanted = participle_agreement(_text(doc, cue_verb))
    if wanted is None:
        return False  # an oblique noun (`экспертов, считающих`) is no subject
    for k in range(first, min(stop, first + 5)):
        token = doc.tokens[k]
        if _predicate(token):
            gender, number = wanted
            return token.feat("Number") == number and (gender is None or token.feat("Gender") in (None, gender))
        if token.upos not in ("ADV", "PART", "CCONJ"):
            return False
    return False


def _subject_inside(doc: Doc, verb, cue_verb: int) -> bool:
    """A finite verb the parse joined to the reporting verb that cannot
    share its subject (another number or person) and has none of its own:
    its subject is in the words reported (`высказался, что если бы вы
    хотели помочь, то позвонили бы в Кремль и заявили, что …`)."""
    said = doc.tokens[cue_verb]
    # (the subject's features only: `считает, что P, и выразил надежду` is one subject in two tenses)
    return verb.feat("VerbForm") == "Fin" and said.feat("VerbForm") == "Fin" \
        and any(verb.feat(f) != said.feat(f) for f in ("Number", "Gender", "Person")
                if verb.feat(f) is not None and said.feat(f) is not None) \
        and not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb.index))


# nouns for a report as such (`эта информация не подтвердилась`)
_REPORT_NOUNS = frozenset({"информация", "данные", "сведения", "слух", "слухи", "сообщение", "новость", "версия",
                           "заявление"})
_THIS = frozenset({"эта", "эти", "это", "этот", "данная", "данные", "такая", "такие", "та", "те", "подобная"})


def _the_report_itself(doc: Doc, first: int, start: int, stop: int) -> bool:
    """After `, но` at `first`, a clause whose subject is the report itself:
    a report noun (`эта информация`, `данные`), or a pronoun of the gender
    and number of the report noun that introduced the words (`появилась
    информация, что P, но она была опровергнута`), with a predicate of its own."""
    k = first
    pointed = k < stop and _text(doc, k) in _THIS
    if pointed:
        k += 1
    if k >= stop:
        return False
    token = doc.tokens[k]
    if not token.deprel.startswith("nsubj"):
        return False
    sentence = doc.sentence_of(start).token_range
    noun = next((j for j in range(start - 1, sentence.start - 1, -1) if doc.tokens[j].upos == "NOUN"
                 and norm(doc.tokens[j].lemma or doc.tokens[j].text) in _REPORT_NOUNS), None)
    if token.upos == "NOUN":
        # (`эта информация`, or the very noun that introduced the words: not
        # `, но информация пока не опубликована`, which may be the speaker's)
        lemma = norm(token.lemma or token.text)
        return lemma in _REPORT_NOUNS and (pointed or noun is not None
                                           and norm(doc.tokens[noun].lemma or doc.tokens[noun].text) == lemma)
    if token.upos != "PRON" or _text(doc, k) not in ("она", "оно", "они") or noun is None:
        return False
    from ..speakers import PRONOUN_AGREEMENT

    gender, number = PRONOUN_AGREEMENT[_text(doc, k)]
    wanted = doc.tokens[noun]
    return (wanted.feat("Number") == "Plur") == (number == "Plur") and gender in (None, wanted.feat("Gender"))


def _contents_tense(doc: Doc, verb, cue_verb: int, start: int, end: int) -> bool:
    """A finite verb the parse joined to a past reporting verb that is in
    the present or future and in the very form of a predicate of the
    reported clause before it: the clause goes on (`сообщил, что желает
    прекращения кризиса, но требует вывода войск`), where `, но отказался
    назвать сроки` in the reporting verb's tense is the speaker's act."""
    said = doc.tokens[cue_verb]
    # (only a past report and a present or future verb: after a present
    # report, a past verb is as often the speaker's next act, `настаивает,
    # что ничего не знал, но признал, что …`)
    if verb.feat("VerbForm") != "Fin" or said.feat("Tense") != "Past" or verb.feat("Tense") not in ("Pres", "Fut"):
        return False
    # (a relative clause's verb is no predicate of the clause: `кризиса, из-за которого гибнут люди`)
    return any(doc.tokens[j].upos in ("VERB", "AUX") and doc.tokens[j].feat("VerbForm") == "Fin"
               and not doc.tokens[j].deprel.startswith("acl") and doc.tokens[j].feat("Tense") == verb.feat("Tense")
               and _agree(doc.tokens[j], verb) for j in range(start, end))


def _contrast_goes_on(ctx: _Context, comma: int, start: int, stop: int, cue_verb: int) -> bool:
    """`уточнила, что решение датировано 31 мая, однако на руки его получили
    лишь сейчас`, `будет близок к норме, хотя при этом ожидаются перепады`:
    a clause after `, однако` or `, хотя` goes on with the words reported
    where its predicate is in the present or future, or has no subject of
    its own and is not the speaker's (another number, gender or person than
    the reporting verb's); not where it tells the speaker's next act
    (`готовы выполнить требование, однако поставили условие`), what someone
    named did after in the past (`однако затем МИД передал письмо`), or
    another report."""
    doc = ctx.doc
    if _report_after(ctx, comma, stop):
        return False
    k = comma + 2
    end = k
    while end < stop and doc.tokens[end].text not in (",", ";", ":") and not sentence_end(doc, end):
        end += 1
    verb = next((doc.tokens[j] for j in range(k, end) if _predicate(doc.tokens[j])), None)
    if verb is None:
        return False
    if verb.feat("Tense") == "Fut" or _text(doc, verb.index) in ("будет", "будут") \
            or any(_text(doc, c) in ("будет", "будут") for c in doc.children(verb.index)):
        return True
    subject = next((c for c in doc.children(verb.index) if doc.tokens[c].deprel.startswith("nsubj")), None)
    if subject is not None:
        # (a present clause of a thing goes on, `хотя при этом ожидаются
        # перепады`; one of someone named is the author's, `однако Украина
        # отвергает это предложение`)
        named = doc.tokens[subject].upos in ("PROPN", "X") or bool(
            overlapping_names(doc, doc.tokens[subject].start, doc.tokens[subject].end))
        return verb.feat("Tense") == "Pres" and not named and doc.tokens[subject].feat("Animacy") != "Anim"
    if verb.feat("Tense") == "Pres" and verb.feat("Number") == "Plur":
        return False  # (`однако в Кремле пока отказываются это комментировать`: others' act)
    said = doc.tokens[cue_verb]
    return said.feat("VerbForm") == "Fin" and not _agree(said, verb)


def _agree(a, b) -> bool:
    """Two finite verbs of one subject in one tense: number, and gender,
    person and tense where both show them."""
    return all(a.feat(f) == b.feat(f) for f in ("Number", "Gender", "Person", "Tense")
               if a.feat(f) is not None and b.feat(f) is not None) and a.feat("Number") is not None


def _predicate(token) -> bool:
    return token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin" \
        or token.feat("Variant") == "Short" and token.upos in ("ADJ", "VERB")


def _speakers_next_predicate(ctx: _Context, conjunction: int, start: int, stop: int, cue_verb: int) -> bool:
    """After `и` (or `, а`; `, но` before a report), past a few adverbs (`тем самым`, `также`), a
    finite verb with no subject of its own, in the reporting verb's person,
    number and tense: a second act of the speaker, not more of the clause
    reported, where it is a report itself (`, и потребовал`, `, а также
    добавила`) or the clause's last predicate is in another form
    (`… начинают борьбу и тем самым указал`)."""
    doc = ctx.doc
    if cue_verb in ctx.verb_cues and ctx.verb_cues[cue_verb].kind == "impersonal":
        return False  # `отмечается, что она продлится … и является частью …`: no one to act again
    k = conjunction + 1
    while k < stop and k - conjunction <= 4 and (doc.tokens[k].upos in ("ADV", "PART")
                                                  or _text(doc, k) in ("тем", "самым", "также")):
        k += 1
    if k >= stop:
        return False
    verb, said = doc.tokens[k], doc.tokens[cue_verb]
    # (a short adjective is a predicate too: `уверен, что P, но готов взять`)
    short = verb.upos == "ADJ" and verb.feat("Variant") == "Short"
    if not (verb.upos in ("VERB", "AUX") and verb.feat("VerbForm") == "Fin" or short) or not _agree(verb, said):
        return False
    predicate = verb.head if verb.deprel.startswith(("aux", "cop")) and verb.head is not None else k
    if any(doc.tokens[c].deprel.startswith("nsubj") for c in (*doc.children(k), *doc.children(predicate))):
        return False  # `и были вызваны все службы`: a clause of its own
    last = next((doc.tokens[j] for j in range(conjunction - 1, start - 1, -1) if _predicate(doc.tokens[j])), None)
    if last is None:
        return False
    if doc.tokens[conjunction - 1].text == "," and k in ctx.verb_cues:
        return True
    if k in ctx.verb_cues and any(_text(doc, j) == "что" for j in range(k + 1, min(stop, k + 4))) \
            and not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(last.index)):
        # `напомнил, что уже внёс законопроект и подчеркнул, что`: the speaker's
        # next report (`признался, что занимался мошенничеством и передавал
        # информацию` goes on with what he did)
        return True
    # the clause's own subject cannot be the next act's: a thing for a verb
    # of speech (`что бюджет исполнен и призвал депутатов`), or one the verb
    # disagrees with (`что у москвичей вопросов нет, но готов взять`)
    # (of the predicate the parse joins the verb to, not of a clause inside:
    # `что водитель не видел, так как машина скрылась, но затем увидел`)
    joined = verb.head if verb.deprel == "conj" and verb.head is not None and start <= verb.head < conjunction \
        else last.index
    own = next((doc.tokens[c] for c in doc.children(joined) if doc.tokens[c].deprel.startswith("nsubj")
                and start <= c < conjunction), None)
    existential = norm(doc.tokens[joined].text) == "нет"  # (`задолженности нет и не ожидается`)
    # (the parse's subject in the nominative, or the genitive of `нет`; an
    # accusative it made a subject is the object, `занял гараж и установил`)
    # (one it disagrees with, where no other subject of the words agrees:
    # `что полет проходит …, тайконавты чувствуют себя хорошо и проводят`)
    # (a verb of speech proper, not one a thing does, `индекс вырос и показал`;
    # after a genitive of `нет`, a verb only a person's form fits, not `нет
    # и не будет`)
    if own is not None and own.upos == "NOUN" and own.feat("Case") in ("Nom", "Gen", None) and (
            k in ctx.verb_cues and ctx.verb_cues[k].classes & _SPEECH_PROPER
            and own.feat("Animacy") == "Inan" and not _may_speak(doc, own.index)
            or (verb.feat("Gender") in ("Masc", "Fem") if own.feat("Case") == "Gen" or existential else (
                own.feat("Number") not in (None, verb.feat("Number"))
                or verb.feat("Gender") and own.feat("Gender") not in (None, verb.feat("Gender"))
                and own.feat("Number") == "Sing"))
            and not any(doc.tokens[j].deprel.startswith("nsubj") and doc.tokens[j].feat("Case") == "Nom"
                        and doc.tokens[j].feat("Number") == verb.feat("Number")
                        and doc.tokens[j].feat("Gender") in (None, verb.feat("Gender"), *(
                            () if verb.feat("Gender") else (doc.tokens[j].feat("Gender"),)))
                        for j in range(start, conjunction))):
        return True
    # (after `, но` only a report: `, но затем увидел аварию` may go on with
    # the clause's subject, whatever form its nearest predicate takes)
    return not _agree(verb, last) and _text(doc, conjunction) != "но"


# verbs only someone who speaks does (not `показал`, `подтвердил`: a thing may)
_SPEECH_PROPER = frozenset({"speech", "directive", "promise", "asking", "writing"})


def _report_after(ctx: _Context, comma: int, stop: int) -> bool:
    """A finite reporting verb after `comma`, before `stop`: another report."""
    doc = ctx.doc
    return any(k in ctx.verb_cues and _predicate(doc.tokens[k]) and not _a_verdict(doc, k, stop)
               for k in range(comma + 1, stop))


def _a_verdict(doc: Doc, k: int, stop: int) -> bool:
    """A short passive participle with no words of its own after it (`, а
    возбуждение двух других было признано незаконным`): a verdict on a
    thing, no report."""
    token = doc.tokens[k]
    return token.feat("Variant") == "Short" and token.feat("VerbForm") == "Part" and not any(
        _text(doc, j) in COMPLEMENTIZERS or doc.tokens[j].text in (":",) + tuple(QUOTE_GLYPHS)
        for j in range(k + 1, stop))


# conjunctions that may open another's report after a comma
_REPORT_LINKS = ("а", "но", "и", "однако")


def _another_report(ctx: _Context, first: int, stop: int) -> bool:
    """After a comma, a clause of its own that reports: a subject, then a
    reporting verb (a short form too) whose words follow (`что`, `:`):
    `Капитан пожаловался, что P, министр ответил, что Q`, `Отмечая, что P,
    эксперт приходит к выводу, что Q`."""
    doc = ctx.doc
    if first < stop and (doc.tokens[first].upos == "SCONJ" or _text(doc, first) in CLAUSE_LINKS
                         and _text(doc, first) not in _REPORT_LINKS):
        return False  # (`, что ранее агентство сообщило`, `, который сказал`: a clause of the content)
    # (a link between the subject and its verb does not count against the
    # reach: `, а The Wall Street Journal со ссылкой на источники в компании
    # заявляет, что`)
    link = next((c.tokens[0] for c in _phrase_cues_from(ctx, first, min(stop, first + 7))
                 if c.rule.endswith("so_ssylkoy")), None)
    reach = 8 if link is None else 8 + sum(1 for k in range(link, min(stop, link + 10))
                                           if not _predicate(doc.tokens[k]) and k not in ctx.verb_cues)
    # (a subject named in quote marks: `, а «Ведомости» со ссылкой на …`)
    lead = first + (first < stop and _text(doc, first) in _REPORT_LINKS)
    named = lead + 1 < stop and doc.tokens[lead].text in QUOTE_GLYPHS \
        and doc.tokens[lead + 1].upos in ("PROPN", "NOUN", "X", "ADJ")
    closing = next((k for k in range(lead + 2, min(stop, lead + 7)) if doc.tokens[k].text in QUOTE_GLYPHS),
                   None) if named else None
    for k in range(first, min(stop, first + reach)):
        token = doc.tokens[k]
        if token.text in QUOTE_GLYPHS and k in (lead, closing) and closing is not None:
            continue
        if token.text in (",", ";", ":") or token.text in QUOTE_GLYPHS:
            return False
        if _predicate(token) or k in ctx.verb_cues:
            if k not in ctx.verb_cues or not _predicate(token) and token.upos != "VERB":
                return False
            subject = any((doc.tokens[c].deprel.startswith("nsubj") or adjective_as_subject(doc, c, k))
                          and first <= c < k
                          and not _text(doc, c).startswith("котор") and doc.tokens[c].upos != "PRON"
                          for c in doc.children(k))  # (`, он сказал, что`: the speaker may go on; `, а другие возражают`)
            if not subject and not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(k)):
                # (a verb the parse gave no subject: `, а The Wall Street
                # Journal заявляет, что`, the name hung elsewhere; a name (the
                # tagger's case of one is a guess), or a noun in the
                # nominative, before it and in no prepositional phrase: not
                # `, а затем в интервью РБК заявил`)
                subject = any((doc.tokens[j].upos in ("PROPN", "X")
                               or doc.tokens[j].upos == "NOUN" and doc.tokens[j].feat("Case") == "Nom"
                               or adjective_as_subject(doc, j, k))
                              and not any(doc.tokens[x].upos == "ADP" for x in range(lead, j))
                              for j in range(lead, k))
            told = any(_text(doc, j) in ("что", "мол") or doc.tokens[j].text == ":" for j in range(k + 1, min(stop, k + 5)))
            # (a forecast of others joined by `, и`: `Стубб уверен, что P, и
            # аналитики прогнозируют рост экономики`, its words its object)
            forecast = lead > first and ctx.verb_cues[k].lemma in FORECASTS and any(
                doc.tokens[c].deprel.startswith("nsubj") and doc.tokens[c].feat("Animacy") == "Anim"
                and first <= c < k for c in doc.children(k))
            return subject and (told or forecast)
    return False


# gerunds that go on with the report before them, whoever acted in it
# (`сообщил, что полиция задержала троих, добавив, что …`)
_GOING_ON_PERFECTIVE = frozenset({"добавить", "уточнить", "подчеркнуть", "отметить", "напомнить", "пояснить",
                                  "заметить", "оговориться", "резюмировать", "констатировать"})
_GOING_ON = _GOING_ON_PERFECTIVE | {"добавлять", "уточнять", "подчеркивать", "отмечать", "напоминать", "пояснять",
                                    "замечать"}


def actors_gerund(ctx: _Context, gerund: int) -> bool:
    """A gerund that hangs on a verb other than a report whose subject did
    it: a name or a personal pronoun (`что Обама обличал банкиров,
    подчеркивая`; a name in Latin letters, `Deutsche Bank, который …,
    подал заявление, обосновав это тем, что`), or people who acted, unless the gerund only goes on
    with a report (`родители ее отстояли, заявив, что`, not `полиция
    задержала троих, добавив`); never a verb inside a direct quote (`«…
    москвич должен …», — заявил X, комментируя`, however parsed)."""
    doc = ctx.doc
    token = doc.tokens[gerund]
    head = token.head
    if token.feat("VerbForm") != "Conv" or token.deprel != "advcl" or head is None or head in ctx.verb_cues \
            or norm(doc.tokens[head].lemma or "") in lexicon().verbs \
            or any(span.start <= doc.tokens[head].start < span.end for span in ctx.direct_spans):
        return False
    lemma = norm(token.lemma or "")
    # (a going-on of the report stays the reporter's whoever acted: `Песков
    # сообщил, что Путин проведет встречу, добавив`; of a name or a pronoun,
    # only a perfective one: `что Обама обличал банкиров, подчеркивая` is his)
    going_on = lemma in _GOING_ON
    perfective = lemma in _GOING_ON_PERFECTIVE
    return any(doc.tokens[c].deprel == "nsubj" and (
        (doc.tokens[c].upos in ("PROPN", "X") or norm(doc.tokens[c].text) in ("он", "она", "они")) and not perfective
        or doc.tokens[c].upos == "NOUN" and doc.tokens[c].feat("Animacy") == "Anim" and not going_on)
        for c in doc.children(head))


def _narrators_gerund(ctx: _Context, first: int, stop: int, cue_verb: Optional[int]) -> bool:
    """A gerund clause at `first` that tells what the speaker did, not what
    was said: a gerund of a reporting verb (`не уточнив сумму`, `добавив`)
    or a negated one that hangs on the reporting verb (`cue_verb` None: on
    the trailing author's words)."""
    doc = ctx.doc
    k = first
    negated = k < stop and _text(doc, k) == "не"
    if negated:
        k += 1
    if k >= stop or doc.tokens[k].feat("VerbForm") != "Conv":
        return False
    cue = ctx.verb_cues.get(k)
    # (or of giving the reason: `, аргументировав свое решение тем, что`)
    if cue is not None and cue.classes & {"speech", "justification"}:
        # (not one whose doer acted in the words: `что родители ее отстояли, заявив`)
        return not (cue_verb is not None and _within_words(doc, k, cue_verb)
                    and actors_gerund(ctx, k))
    if norm(doc.tokens[k].lemma or "") in NARRATORS_GERUNDS and (cue_verb is None or doc.tokens[k].head == cue_verb):
        return True  # `заявил, что P, сославшись на данные Минфина`: the ground he gave
    return negated and (cue_verb is None or doc.tokens[k].head == cue_verb)


def _within_words(doc: Doc, k: int, cue_verb: int) -> bool:
    """The gerund's head verb hangs, through the parse, on the reporting verb."""
    head, seen = doc.tokens[k].head, set()
    while head is not None and head not in seen:
        if head == cue_verb:
            return True
        seen.add(head)
        head = doc.tokens[head].head
    return False


def _resumes(doc: Doc, first: int, stop: int, above: set) -> bool:
    """A finite verb the reporting verb hangs under (through a relative
    clause or a participle on its subject) opens the words at `first`:
    the sentence the report sits in goes on, its content has ended."""
    k = first
    while k < stop and doc.tokens[k].upos in ("ADV", "PART"):
        k += 1
    return k < stop and k in above and doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"


def _subordinate_report(doc: Doc, cue_verb: int) -> bool:
    """The reporting verb heads a subordinate clause: `Хотя X заявил`,
    `Если министр заявит`."""
    return any(doc.tokens[c].deprel == "mark" and c < cue_verb and _text(doc, c) in SUBORDINATORS
               for c in doc.children(cue_verb))


def _main_clause(doc: Doc, first: int, stop: int) -> bool:
    """After a subordinate report, a clause with its own subject at `first`
    (`жители района не согласны`, `люди, побывавшие там, не согласны`): a
    nominative subject, then a predicate, past participle clauses."""
    if _new_clause(doc, first, stop):
        return True
    k = first
    while k < stop and doc.tokens[k].upos in ("ADJ", "DET"):
        k += 1
    if k >= stop or doc.tokens[k].upos not in ("NOUN", "PROPN", "PRON") or doc.tokens[k].feat("Case") != "Nom":
        return False
    for m in range(k + 1, min(stop, k + 20)):
        token = doc.tokens[m]
        if token.text == ";":
            return False
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin" \
                or token.upos == "ADJ" and token.feat("Variant") == "Short":
            return True
    return False


def opening_gerund(doc: Doc, verb: int) -> bool:
    """A gerund opening its sentence (past an adverb or a conjunction:
    `Объявив, что P, Навальный призвал`, `Ранее заявив`): it hangs on the
    main clause after its own words, whose subject is its doer (the parse
    may leave it unattached)."""
    token = doc.tokens[verb]
    # (the tagger may take a capitalised gerund for a name, `Заявив`; the
    # parse still hangs it as an adverbial clause)
    word = norm(token.text)
    gerund = token.feat("VerbForm") == "Conv" or token.deprel == "advcl" and token.feat("VerbForm") is None and (
        token.upos == "VERB" and word.endswith(("в", "вши", "вшись", "я", "ясь"))
        or token.upos == "PROPN" and word.endswith(("ив", "ав", "ув", "ыв", "вшись")))
    return gerund and (token.head is None or token.head > verb) \
        and all(doc.tokens[k].upos in ("ADV", "CCONJ", "PART") for k in range(doc.sentence_of(verb).first, verb))


def _fronted_subordinate(doc: Doc, cue_verb: int) -> bool:
    """The reporting verb's clause opens its sentence with a subordinator
    (`Когда министр сообщил`, `Пока он рассказывал`, `После того как X
    заявил`): the main clause comes after its content; so does a gerund
    opening its sentence."""
    if opening_gerund(doc, cue_verb):
        return True  # `Объявив, что P, Навальный призвал`
    first = doc.sentence_of(cue_verb).first
    words = " ".join(_text(doc, k) for k in range(first, min(cue_verb, first + 5)) if doc.tokens[k].text != ",")
    # (a subordinator the tagger says is one: `Пока` is also `for now`,
    # `После приземления` a preposition)
    opens = doc.tokens[first].upos == "SCONJ" and _text(doc, first) in SUBORDINATORS \
        or words.startswith(COMPOUND_SUBORDINATORS)
    return opens and not any(doc.tokens[k].text == "," and _text(doc, k + 1) not in ("как", "что", "чем")
                             for k in range(first, cue_verb))



def _clause_outside(doc: Doc, comma: int, stop: int) -> bool:
    """After a fronted subordinate report (`Когда министр сообщил, что P,
    …`), the first clause past P with a finite verb of its own, which no
    conjunction or relative word opens, is the main one (`…, в зале
    раздались аплодисменты`: no subject before the verb, or one the tagger
    put in another case); the parse often hangs it on P."""
    first = comma + 1
    if first >= stop or doc.tokens[first].upos in ("CCONJ", "SCONJ") or _text(doc, first) in RELATIVE_WORDS:
        return False
    for k in range(first, min(stop, first + 8)):
        token = doc.tokens[k]
        if token.text in (",", ";", ":"):
            return False
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin":
            return True
    return False


def _new_clause(doc: Doc, first: int, stop: int) -> bool:
    """A clause with its own subject starts at `first` (`но затем МИД передал`)."""
    subject = False
    for k in range(first, min(stop, first + 7)):
        token = doc.tokens[k]
        if token.text in (",", ";"):
            return False
        if token.upos in ("NOUN", "PROPN", "PRON") and token.feat("Case") == "Nom":
            subject = True
        if subject and (token.upos in ("VERB", "AUX") and token.feat("VerbForm") == "Fin"
                        or token.upos == "ADJ" and token.feat("Variant") == "Short"):
            return True
    return False


def _clause_start(ctx: _Context, end: int, bound: range, hard: bool = False, after_that: bool = False) -> int:
    """Token index where the clause that ends at `end` begins: the sentence
    start (past a dateline), just after `, тогда как` and the like, or after
    a bracket still open at `end`."""
    doc = ctx.doc
    i = end - 1
    closed = 0  # brackets closed between here and `end`
    while i > bound.start:
        token = doc.tokens[i]
        if token.text in (";",):
            return i + 1
        if token.text == ")":
            closed += 1
        elif token.text == "(":
            if not closed and any(doc.tokens[k].upos != "PUNCT" for k in range(i + 1, end)):
                # `затруднен (они разбросаны на 10 кв. км, говорил ранее X)`:
                # a report inside brackets says what they hold (a bracket
                # that opens on the source, `славяне (по данным переписи)`,
                # holds no words of it)
                return i + 1
            closed = max(0, closed - 1)
        if hard and token.text == "," and i + 1 < end and _text(doc, i + 1) in CLAUSE_BREAK:
            return i + 1 if _text(doc, i + 1) != "тогда" else i + 3
        if after_that and token.text == "," and i + 2 < end and _text(doc, i + 1) in ("что", "чтобы") \
                and doc.tokens[i + 1].upos == "SCONJ":
            # `заявил, что Москва, по мнению Вашингтона, нарушает договор`:
            # the clause a complementizer opens, its subject with it
            return i + 2
        i -= 1
    if end > bound.start + 1 and doc.tokens[bound.start].text == "(" and not closed:
        return bound.start + 1  # (a bracket that opens the sentence: `(Обломки разбросаны, говорил X), …`)
    return bound.start


def _ends_clause(doc: Doc, start: int, stop: int) -> bool:
    """The words before a parenthetical cue end with a conjunction or a
    relative pronoun, or hold a whole clause: they are not part of the content."""
    last = stop - 1
    while last > start and doc.tokens[last].text in (",",):
        last -= 1
    if _text(doc, last) in CLAUSE_LINKS:
        return True
    # only the narrator's link: `В частности, по его словам, P`
    if only_a_link(doc, start, last + 1):
        return True
    return any(doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"
               for k in range(start, stop))


# conjunctions that may open a link (`А между тем`, `Но при этом`), and the
# particle a conjunction links with alone (`А вот, по данным полиции, P`);
# links that after a conjunction are words of the content (`Но так, по
# словам экспертов, бывает редко`, `А напротив, по словам очевидцев, стоял …`)
_LINK_OPENERS = ("а", "но", "и", "да")
_LINK_PARTICLES = frozenset({"вот"})
_NO_LINK_AFTER_CONJUNCTION = frozenset({"так", "напротив", "правда", "а", "но", "и"})


def only_a_link(doc: Doc, start: int, stop: int) -> bool:
    """The words from `start` to `stop` are the narrator's link alone (`В
    частности`, `Кроме того`), perhaps after a conjunction (`А между тем`,
    `А вот`), punctuation aside."""
    words = [_text(doc, k) for k in range(start, stop) if doc.tokens[k].upos != "PUNCT"]
    if " ".join(words) in CONNECTIVES:
        return True
    if len(words) > 1 and words[0] in _LINK_OPENERS:
        rest = " ".join(words[1:])
        return rest in CONNECTIVES and rest not in _NO_LINK_AFTER_CONJUNCTION or rest in _LINK_PARTICLES
    return False


def past_authors_lead(doc: Doc, start: int, stop: int) -> int:
    """Where a clause's own words begin past the author's lead: `Напомним,
    что P`, `Отметим, однако, что P` (a verb in the first person plural and
    `, что`); `start` where there is none."""
    lead = doc.tokens[start]
    if lead.upos == "VERB" and lead.feat("Person") == "1" and lead.feat("Number") == "Plur":
        for k in range(start + 1, min(stop, start + 6)):
            if _text(doc, k) == "что" and doc.tokens[k - 1].text == ",":
                return k + 1
    return start
