"""`назвал визит «историческим»`: a naming verb with quoted words."""

from __future__ import annotations

from ..attribution import Attribution
from ..cues import CueMatch
from ..marks import QuotedSpan
from ..mentions import MentionRef, noun_phrase, norm, subject_of
from ..model import Doc
from ..punctuation import QUOTE_GLYPHS, SENTENCE_ENDS
from .context import _Context, _inside_marks, _quotes_inside, _span_between, _text
from .lexicon import NAMING_PREPOSITIONS, RELATIVE, RELATIVE_PRONOUNS
from .mixed import _speech_fragment
from .speaker import _locative_speaker, _speaker_for_verb


def _naming_rule(ctx: _Context, cue: CueMatch, bound: range) -> list[Attribution]:
    """`назвал визит «историческим»`: the verb's clause with the quoted words."""
    doc = ctx.doc
    verb = cue.head
    if "directive" in cue.classes and _infinitive_after(doc, verb, bound):
        return []  # `призвал заморозить активы «…»`: a directive, whole
    end = verb + 1
    while end < bound.stop and doc.tokens[end].text not in (";",) and doc.tokens[end].text not in SENTENCE_ENDS:
        if doc.tokens[end].text == "," and not _inside_marks(ctx, doc.tokens[end].start) \
                and not (doc.tokens[end - 1].text in QUOTE_GLYPHS and end + 1 < bound.stop
                         and doc.tokens[end + 1].text in QUOTE_GLYPHS):
            break  # (not between quoted names of a list: `называя друг друга «фашистами», «врагами» и …`)
        if doc.tokens[end].text == ":" and not _inside_marks(ctx, doc.tokens[end].start) \
                and not (end + 1 < bound.stop and doc.tokens[end + 1].text in QUOTE_GLYPHS):
            break  # (`называют «рейтингом народных тем»: это описание …`: the author's gloss)
        if doc.tokens[end].upos == "CCONJ" and not _inside_marks(ctx, doc.tokens[end].start) and any(
                doc.tokens[k].upos in ("VERB", "AUX") and doc.tokens[k].feat("VerbForm") == "Fin"
                for k in range(end + 1, min(bound.stop, end + 4))):
            break  # `назвал заявление «провокацией» и призвал Запад к диалогу`: the verb's next predicate
        end += 1
    start = verb + 1
    if doc.tokens[verb].feat("Variant") == "Short" or doc.tokens[verb].feat("Voice") == "Pass":
        # `в котором Соединенные Штаты названы «империей зла»`: the subject too
        start = verb
        while start > bound.start and doc.tokens[start - 1].text not in (",", ";", ":") \
                and _text(doc, start - 1) not in RELATIVE:
            start -= 1
    span = _span_between(ctx, start, end)
    if span is None:
        return []
    spans = [span]
    if start < min(cue.tokens):
        # `Соединенные Штаты названы «империей зла»`: the subject and the
        # name, the verb between them left out (the gold's two spans)
        stop = min(cue.tokens)
        while stop > start and doc.tokens[stop - 1].upos == "AUX":
            stop -= 1  # (`было признано`: the auxiliary is the verb's)
        left = _span_between(ctx, start, stop)
        right = _span_between(ctx, max(cue.tokens) + 1, end)
        if left is not None and right is not None:
            spans = [left, right]
    fronted = _fronted_object(ctx, verb, bound) if start > verb else None
    if fronted is not None:
        spans.insert(0, fronted)
    # (quoted words that hold the verb itself are someone's whole sentence,
    # no naming: `«В рамках учений будут оценены структуры ВМС», - говорится`)
    at = doc.tokens[verb].start
    if not any(_speech_fragment(ctx, q, naming=True) and not _after_preposition(doc, q)
               and not q.content.start <= at < q.content.end for q in _quotes_inside(ctx, span)):
        return []
    if start <= verb and start > bound.start and _text(doc, start - 1) in RELATIVE_PRONOUNS:
        relative = start - 1
        mention = MentionRef(doc.tokens[relative].start, doc.tokens[relative].end, relative, (relative,))
        hint = None
    elif start <= verb:
        # `Участие делегации признано «нецелесообразным»`: the subject of a
        # passive is what was named; whoever named it is the agent, if any
        # (`названо «политическим» правозащитниками`)
        agent = _agent(doc, verb, range(bound.start, end))
        quoted = {k for k in range(bound.start, end)
                  if _inside_marks(ctx, doc.tokens[k].start) or doc.tokens[k].text in "«»\"„“”"}
        mention = noun_phrase(doc, agent, range(agent, end), set(cue.tokens) | quoted) \
            if agent is not None and agent not in quoted else None
        return [Attribution("mixed", spans, "mixed.naming", 0.7, cue=cue, mention=mention,
                            no_speaker=mention is None)]
    else:
        # a gerund has no subject of its own: a name after it that the parse
        # made one is what it names (`Называя Vestas «мировым лидером», Марк
        # назвал …`); whoever names is the subject of the verb it hangs on
        mention, hint = _gerund_subject(doc, verb, set(cue.tokens)), None
        if mention is None:
            mention, hint = _speaker_for_verb(ctx, verb, range(bound.start, end), set(cue.tokens))
    if hint == "skip":
        return []
    # `Отчеты называют «рейтингом народных тем»`: a plural verb with no
    # subject names what people call it, nobody's words; borderline, as the
    # gold keeps it
    nobody = mention is None and hint is None and doc.tokens[verb].feat("Number") == "Plur" \
        and doc.tokens[verb].feat("VerbForm") == "Fin"
    if nobody:
        # (`На Украине назвали решение Москвы «позорным»`, `В Киеве назвали`:
        # the place or institution in `в`/`на` on the verb speaks through its
        # people, named or not)
        mention = _locative_speaker(doc, verb, range(bound.start, end), set(cue.tokens))
        nobody = mention is None and not any(
            doc.tokens[c].deprel.startswith("obl") and any(
                norm(doc.tokens[a].text) in ("в", "во", "на") for a in doc.children(c))
            for c in doc.children(verb))
    return [Attribution("mixed", spans, "mixed.naming", 0.7, cue=cue, mention=mention,
                        speaker_kind=hint, optional=nobody)]


def _gerund_subject(doc: Doc, verb: int, exclude: set):
    """`Назвав холокост «преступлением», шеф российской дипломатии призвал`:
    a gerund names for the subject of the verb it hangs on."""
    token = doc.tokens[verb]
    head = token.head
    if token.feat("VerbForm") != "Conv" or head is None or doc.tokens[head].upos not in ("VERB", "AUX") \
            or doc.tokens[head].sentence != token.sentence:
        return None
    sentence = doc.sentence_of(verb).token_range
    subject = next((c for c in doc.children(head) if doc.tokens[c].deprel == "nsubj" and c not in exclude
                    and doc.tokens[c].upos in ("NOUN", "PROPN", "PRON")), None)
    if subject is None and verb < head:
        # (the parse hung it elsewhere: the nominative noun that agrees with
        # the verb, between the gerund's comma and the verb)
        comma = next((k for k in range(head - 1, verb, -1) if doc.tokens[k].text == ","), None)
        if comma is not None:
            subject = subject_of(doc, head, range(comma + 1, sentence.stop), exclude)
            if subject is not None and not comma < subject < head:
                subject = None
    if subject is None or doc.tokens[subject].upos not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun_phrase(doc, subject, sentence, exclude | {verb, head})


def _agent(doc: Doc, verb: int, region: range):
    """The agent of a passive verb: an instrumental noun or name that depends
    on it without a preposition (`названо правозащитниками`)."""
    for child in doc.children(verb):
        token = doc.tokens[child]
        if child in region and token.upos in ("NOUN", "PROPN") and token.feat("Case") == "Ins" \
                and token.deprel in ("obl:agent", "obl", "nsubj:pass") \
                and not any(doc.tokens[c].upos == "ADP" for c in doc.children(child)):
            return child
    return None


def _infinitive_after(doc: Doc, verb: int, bound: range) -> bool:
    """An infinitive right after the verb, past adverbs, quote marks and
    whom the verb addresses (`призвал верующих «не поддаваться панике»`)."""
    return infinitive_after_addressee(doc, verb, bound) is not None


def infinitive_after_addressee(doc: Doc, verb: int, bound: range):
    """The infinitive after a directive verb, past adverbs, quote marks and
    the noun phrase of whom it addresses (`призвал верующих`,
    `однопартийцев-демократов`); None where another word comes first."""
    for k in range(verb + 1, min(bound.stop, verb + 9)):
        token = doc.tokens[k]
        if token.feat("VerbForm") == "Inf":
            return k
        if token.text in (",", ";", ":") or not (
                token.upos in ("ADV", "PART", "PUNCT")
                or token.upos in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") and token.feat("Case") != "Nom"):
            return None
    return None


def _fronted_object(ctx: _Context, verb: int, bound: range):
    """`Выдвижение Романовича он назвал «фальстартом»`: the object put before
    the verb is what is named; its words, when they are a phrase of their own
    at the start of the clause."""
    doc = ctx.doc
    objects = [c for c in doc.children(verb) if c < verb and doc.tokens[c].deprel == "obj"
               and doc.tokens[c].upos in ("NOUN", "PROPN") and c >= bound.start]
    if not objects:
        return None
    head = objects[0]
    words = doc.subtree(head)
    first, last = min(words), max(words)
    # the object and the verb in one clause: no punctuation from one to the other
    if last >= verb or any(doc.tokens[k].text in (",", ";", ":", "—", "–") for k in range(first, verb)):
        return None
    return _span_between(ctx, first, last + 1)


def _after_preposition(doc: Doc, q: QuotedSpan) -> bool:
    """`первым шагом к «умному городу»`: a term after a preposition is not the
    name given; `назвал «провокацией»`, `обвинили в «злорадстве»` are."""
    i = doc.first_token_from(q.open) - 1
    if i < 0:
        return False
    word = norm(doc.tokens[i].text)
    return doc.tokens[i].upos == "ADP" and word not in NAMING_PREPOSITIONS
