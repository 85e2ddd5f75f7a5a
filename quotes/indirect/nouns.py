"""A noun of speech with its owner, then its content: `заявление депутата о
том, что P`, `мнение политолога X, что P`, `пояснения Пескова, что P`. P is
the owner's words, whoever mentions them (`Министр опроверг заявление
депутата о том, что P` is the deputy's claim, not the minister's)."""

from __future__ import annotations

from typing import Optional

from ..attribution import Attribution
from ..cues import CueMatch
from ..mentions import MentionRef, _may_speak, noun_phrase
from ..model import Doc
from .bounds import _content_end, _main_clause
from .context import _Context, _finite_verb, _span_between, _text

# nouns whose content a `что`-clause gives
# (not those whose genitive may be what or whom they are about: `предупреждение
# России`, `оценка ситуации`, `признание вины`)
CLAUSE_NOUNS = frozenset({"заявление", "мнение", "замечание", "пояснение", "утверждение", "высказывание",
                          "слово", "предположение", "обещание", "уверение", "заверение", "опасение", "прогноз", "версия"})


def speech_noun_owner(doc: Doc, first: int, that: int) -> Optional[tuple[int, MentionRef]]:
    """(noun, owner's phrase) where the words from `first` up to the `что`
    at `that` are a noun of speech, its owner in the genitive (a person, a
    group or an institution, with the words that name it) and nothing but
    `, о том,`: `заявление главы совета Мустафы Джалиля о том, что`."""
    noun = next((k for k in range(first, that) if doc.tokens[k].upos == "NOUN"
                 and (doc.tokens[k].lemma or "").lower() in CLAUSE_NOUNS), None)
    if noun is None:
        return None
    owner = next((c for c in doc.children(noun) if c > noun and doc.tokens[c].deprel.startswith("nmod")
                  and doc.tokens[c].feat("Case") == "Gen" and doc.tokens[c].upos in ("NOUN", "PROPN")
                  and (_may_speak(doc, c) or doc.tokens[c].upos == "PROPN")), None)
    if owner is None:
        return None
    phrase = noun_phrase(doc, owner, range(noun + 1, that))
    k = max(phrase.tokens) + 1
    # only `, о том,` between the owner's words and `что`
    while k < that and (doc.tokens[k].text == "," or _text(doc, k) in ("о", "об", "том")):
        k += 1
    return (noun, phrase) if k == that else None


def _noun_rules(ctx: _Context) -> list[Attribution]:
    """The attributions of nouns of speech whose verb is no report of its
    own (`приводит мнение X, что P`, `приветствовал заявление X о том, что
    P`); a reporting verb's own rules read its noun (`verbs.py`)."""
    doc = ctx.doc
    found = []
    for that, token in enumerate(doc.tokens):
        if _text(doc, that) != "что" or token.upos != "SCONJ" or that in ctx.used:
            continue
        bound = ctx.tokens_in(ctx.bound_for(that))
        first = max(bound.start, that - 14)
        pair = speech_noun_owner(doc, first, that) if first < that else None
        if pair is None:
            continue
        noun, mention = pair
        # the noun's own verb, where it reports, has the clause already
        head = doc.tokens[noun].head
        if head is not None and head in ctx.verb_cues:
            continue
        end = _content_end(ctx, that + 1, bound, None)
        if head is not None and head < that and (next_act := next(
                (c for c in doc.children(head) if that < c < end and doc.tokens[c].deprel == "conj"
                 and _finite_verb(doc.tokens[c])), None)) is not None:
            # `приветствовали заявление X о том, что P, и потребовали отчета`:
            # the next act of whoever mentions the words
            k = next_act - 1
            while k > that + 1 and (doc.tokens[k].upos in ("CCONJ", "ADV", "PART") or doc.tokens[k].text == ","):
                k -= 1
            end = k + 1
        elif head is not None and that < head < end:
            # `Слова X о том, что P, обрадовали бизнес`, `Несмотря на пояснения
            # X, что P, скандал продолжился`: the noun's own predicate after P ends it
            end = max((i for i in range(that + 2, head) if doc.tokens[i].text == ","), default=end)
        elif doc.tokens[noun].feat("Case") in ("Nom", "Acc") and not any(
                _finite_verb(doc.tokens[k]) for k in range(doc.sentence_of(noun).first, noun)) and (predicate := next(
                (i for i in range(that + 2, end - 1) if doc.tokens[i].text == "," and _finite_verb(doc.tokens[i + 1])
                 and doc.tokens[i + 1].feat("Number") == doc.tokens[noun].feat("Number")
                 and not any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(i + 1))), None)) is not None:
            end = predicate  # (however parsed: the noun opens the clause, a verb of its number after a comma)
        elif any(doc.tokens[c].deprel == "case" for c in doc.children(noun)):
            # `Несмотря на пояснения X, что P, эксперты встревожены`: the main clause ends P
            end = next((i for i in range(that + 2, end) if doc.tokens[i].text == "," and _main_clause(doc, i + 1, end)),
                       end)
        span = _span_between(ctx, that + 1, end)
        if span is None:
            continue
        cue = CueMatch("source", "source.noun", doc.tokens[noun].start, doc.tokens[noun].end, noun, (noun,),
                       (doc.tokens[noun].lemma or "").lower(), frozenset({"speech"}))
        found.append(Attribution("indirect", [span], "indirect.noun.что", 0.6, cue=cue, mention=mention))
    return found
