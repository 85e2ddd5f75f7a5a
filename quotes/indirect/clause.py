"""`X отметил, что P`: the complementizer that opens the content, or the
noun object of `отметил важность …`."""

from __future__ import annotations

from typing import Optional

from ..mentions import norm
from ..punctuation import SENTENCE_ENDS
from .context import _Context, _finite_verb, _text
from .lexicon import COMPLEMENTIZERS, WH_VERBS, WH_WORDS


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
        if word in COMPLEMENTIZERS and (saw_comma or i == verb + 1 or doc.tokens[i - 1].text in (",", "—", "–")):
            if i + 1 < bound.stop:
                return i + 1, word, COMPLEMENTIZERS[word]
            return None
        if token.text == ",":
            saw_comma = True
            # `задавшись вопросом, есть ли …`
            if i + 2 < bound.stop and _text(doc, i + 2) == "ли":
                return i + 1, "ли", 0.7
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
        i += 1
        steps += 1
    return None


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
            return i
        if token.upos == "VERB" and token.feat("VerbForm") == "Inf":
            return i
    return None
