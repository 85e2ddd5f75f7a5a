"""Cues: the reporting verbs and phrases of a document, read from grammars/.

A cue is found from the lexicon alone (a lemma, a collocation, a phrase);
whether it heads an attribution is for the direct and indirect rules to
decide from the layout and the parse around it.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

import attrs

from . import grammar
from .model import Cue, Doc, Token
from .parse.layout import parser_text

#: Seconds one phrase pattern may run on one sentence before it is skipped there.
PATTERN_TIMEOUT = 2.0

log = logging.getLogger(__name__)


class PatternTimeout(RuntimeError):
    """A grammar pattern ran past its time limit on a document."""


@attrs.frozen
class CueMatch:
    """A reporting verb or phrase found in the text."""

    kind: str  # verb | impersonal | source | according | link | quoting | setting | anaphora
    rule: str
    start: int
    end: int
    head: int  # the main token: the verb, or the noun of a phrase
    tokens: tuple[int, ...]
    lemma: str
    classes: frozenset[str] = frozenset()
    possessive: Optional[int] = None  # `его` in `по его словам`
    negated: bool = False
    # in the conditional mood: `Если бы министр заявил, что P` (speech not made)
    hypothetical: bool = False

    def to_cue(self, doc: Doc) -> Cue:
        return Cue(doc.text[self.start:self.end], self.lemma, self.start, self.end)

    @property
    def optional(self) -> bool:
        """Borderline reports (directives, evidence) are off by default, and
        so is a negated verb of saying (`не уточнил, когда`)."""
        return self.lemma in lexicon().optional or self.unsaid

    @property
    def phrasing(self) -> bool:
        """A verb of how something was put and nothing else (`выразился`,
        `сформулировал`): it reports by a colon or a `как`, never by a
        clause, and a phrase nobody is named for is a saying of the time."""
        return bool(self.classes) and self.classes <= {"phrasing"}

    @property
    def unsaid(self) -> bool:
        """A negated verb of saying: `не сказал, что P`, `об этом не говорил`
        tell that P was not said; so does one in the conditional mood
        (`Если бы министр заявил, что P`, `позвонили бы и заявили, что P`)."""
        return self.negated and self.lemma in lexicon().unsaid_when_negated or self.hypothetical


@attrs.frozen
class Lexicon:
    verbs: dict  # lemma -> frozenset of classes
    clause: frozenset
    direct: frozenset
    relay: frozenset
    optional: frozenset
    impersonal_lemmas: frozenset
    impersonal_forms: frozenset
    collocations: dict  # verb lemma -> frozenset of noun lemmas
    unsaid_when_negated: frozenset = frozenset()  # `не сказал, что P` reports no P


@lru_cache(maxsize=1)
def surface_forms() -> dict[str, str]:
    """Every inflected form of the lexicon's lemmas → its lemma, so a token is
    matched by its text without analysing every verb of every document."""
    from .parse.morphology import vocab

    lex = lexicon()
    lemmas = set(lex.verbs) | set(lex.impersonal_lemmas) | set(lex.collocations)
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        try:
            parses = vocab()(lemma)
        except ValueError:
            continue
        for parse in parses:
            if parse.normal.replace("ё", "е") != lemma or parse.pos not in ("VERB", "ADJ", "AUX"):
                continue
            for form in parse.lexeme:
                forms.setdefault(form.word.replace("ё", "е"), lemma)
    for form in lex.impersonal_forms:
        forms.setdefault(form, form)
    for form, lemma in grammar.load("verbs").get("short_forms", {}).items():
        forms[form] = lemma
    return forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    table = grammar.load("verbs")
    verbs: dict[str, set] = {}
    flags: dict[str, set] = {"clause": set(), "direct": set(), "relay": set(), "optional": set()}
    for name, spec in table["classes"].items():
        for lemma in spec["lemmas"]:
            lemma = lemma.replace("ё", "е")
            verbs.setdefault(lemma, set()).add(name)
            for flag in flags:
                if spec.get(flag):
                    flags[flag].add(lemma)
    # a lemma is optional only when every class it belongs to is
    optional = {
        lemma for lemma in flags["optional"]
        if all(table["classes"][c].get("optional") for c in verbs[lemma])
    }
    negation = table["negation"]
    saying = set(negation["saying"])
    unsaid = {lemma for lemma, classes in verbs.items() if classes & saying} - set(negation["asserts"])
    # the impersonal forms say nothing negated either (`не сообщается, кто`)
    unsaid |= set(table["impersonal"]["lemmas"]) | set(table["impersonal"]["forms"])
    for lemma in negation.get("collocations", ()):
        unsaid |= {lemma} | {f"{lemma} {noun}" for noun in table["collocations"].get(lemma, ())}
    return Lexicon(
        verbs={k: frozenset(v) for k, v in verbs.items()},
        clause=frozenset(flags["clause"]),
        direct=frozenset(flags["direct"]),
        relay=frozenset(flags["relay"]),
        optional=frozenset(optional),
        impersonal_lemmas=frozenset(table["impersonal"]["lemmas"]),
        impersonal_forms=frozenset(table["impersonal"]["forms"]),
        collocations={k: frozenset(v) for k, v in table["collocations"].items()},
        unsaid_when_negated=frozenset(unsaid),
    )


def speech_verb(token: Token) -> bool:
    """A finite verb whose lemma the verbs grammar lists as a verb of speech
    (`сообщила`, `заявил`), whether or not it was read as a cue."""
    from .mentions import norm

    return token.upos == "VERB" and token.feat("VerbForm") == "Fin" and norm(token.lemma or "") in lexicon().verbs


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


# reporting verbs that also say that something goes on (`продолжил он` after
# a quote speaks, `продолжают жаловаться, что` too; `продолжают покупать`
# does not)
_PHASE_VERBS = frozenset({"продолжать", "продолжить"})


# `приводит данные`: figures cited, which point back (`Такие данные приводит
# X`) but introduce no words of anyone's (`приводит данные опроса: «…»`)
_CITING = frozenset({"привести", "приводить"})


def _collocation_classes(lemma: str) -> frozenset:
    return frozenset({"citing"}) if lemma in _CITING else frozenset({"speech"})


def _reporting_participle(doc: Doc, token: Token) -> bool:
    """`экспертов, считающих, что P`, `Рожкова, утверждавшая, что P`: an
    active participle set off by commas on its noun, with a `что`-clause of
    its own, reports as its verb does; the noun is its speaker."""
    tokens = doc.tokens
    if token.feat("Voice") == "Pass" or token.index == 0 or tokens[token.index - 1].text != ",":
        return False
    noun = participle_noun(doc, token)
    if noun is None or tokens[noun].upos == "NOUN" and not _animate(tokens[noun]):
        return False  # `документы, подтверждающие, что P` show, they do not say
    after = token.index + 1
    return after + 1 < len(tokens) and tokens[after].text == "," and _norm(tokens[after + 1].text) == "что"


def participle_noun(doc: Doc, token: Token) -> Optional[int]:
    """The noun a participle after its comma describes: its parse head, or,
    where that is a thing in another case, the person right before the
    comma in the participle's (`монолог гея-чеченца, утверждавшего`: the
    man, not the monologue)."""
    tokens = doc.tokens
    head = token.head
    if head is None or head >= token.index or tokens[head].upos not in ("NOUN", "PROPN"):
        return None
    before = token.index - 2
    if tokens[head].upos == "NOUN" and not _animate(tokens[head]) and before > head \
            and tokens[before].upos in ("NOUN", "PROPN") and _animate(tokens[before]) \
            and tokens[head].feat("Case") != token.feat("Case") \
            and (tokens[before].feat("Case") == token.feat("Case") or tokens[before].head == head
                 and tokens[before].deprel == "nmod" and token.feat("Case") == "Gen"
                 and not any(tokens[c].deprel == "case" for c in doc.children(before))):
        # (in the participle's case, or the thing's bare genitive complement
        # the tagger read in another: not `документы от полицейских, подтверждающие`)
        return before
    return head


def _animate(token: Token) -> bool:
    """The tagger's animacy, or, for a compound it does not know (`гея-чеченца`
    read as a thing), the dictionary's for its last part."""
    if token.feat("Animacy") == "Anim":
        return True
    if "-" not in token.text or token.upos != "NOUN":
        return False
    from .parse.morphology import vocab

    try:
        return any(form.pos == "NOUN" and form.feats.get("Animacy") == "Anim"
                   for form in vocab()(token.text.rsplit("-", 1)[1].lower()))
    except ValueError:
        return False


@lru_cache(maxsize=4096)
def _only_a_verb(word: str) -> bool:
    """The dictionary reads the word as a verb and as nothing else, not even
    a participle."""
    from .parse.morphology import vocab

    try:
        readings = vocab()(word)
    except ValueError:
        return False
    # (not a participle: `подозреваемый`, `обвиняемых` are nouns as often)
    return bool(readings) and all(p.pos == "VERB" and p.feats.get("VerbForm") != "Part" for p in readings)


# words that make `бы` after them a particle of hearsay or of a minimum
_NOT_CONDITIONAL = frozenset({"вроде", "будто", "словно", "хотя", "как", "чуть"})


def _conditional(doc: Doc, verb: int) -> bool:
    """The verb is in the conditional mood (`бы` or `б` among its words, or
    among those of the verb it is coordinated with where it has no subject
    of its own: `позвонили бы в Кремль и заявили`): it tells what would be
    said, not what was. A speaker's hedge of his own words (`Я бы сказал,
    что P`, `мы бы отметили`) is said all the same."""
    tokens = doc.tokens

    def subject(k: int) -> Optional[int]:
        return next((c for c in doc.children(k) if tokens[c].deprel.startswith("nsubj")), None)

    def conditional(b: int) -> bool:
        # (not the particles `вроде бы`, `будто бы`, `хотя бы`: speech made)
        return 0 <= b < len(tokens) and _norm(tokens[b].text) in ("бы", "б") \
            and not (b > 0 and _norm(tokens[b - 1].text) in _NOT_CONDITIONAL)

    # `Если суд сочтет, что P`: a verb in the future under `если` tells what
    # may be said (`Если раньше он заявлял, что P, то …` was said)
    if tokens[verb].feat("Tense") == "Fut" and any(
            tokens[c].deprel == "mark" and _norm(tokens[c].text) in ("если", "ежели") for c in doc.children(verb)):
        return True
    k = verb
    for _ in range(3):
        # (before the verb or right after it: not `пошутил, что может …, а
        # почему бы и нет`, where the parser hung the content's `бы` on the cue)
        if any(conditional(c) and (c < k or c == k + 1) for c in doc.children(k)):
            who = subject(verb) if subject(verb) is not None else subject(k)
            return who is None or _norm(tokens[who].text) not in ("я", "мы")
        head = tokens[k].head
        if tokens[k].deprel != "conj" or head is None or head > k or subject(k) is not None:
            break
        k = head
    # (the parser may hang the second verb elsewhere: read the words, `то
    # позвонили бы в Кремль и заявили` with no comma between)
    if subject(verb) is not None or verb == 0 or _norm(tokens[verb - 1].text) not in ("и", "или"):
        return False
    for j in range(verb - 2, max(-1, verb - 10), -1):
        if tokens[j].upos == "PUNCT" or tokens[j].sentence != tokens[verb].sentence:
            return False
        if tokens[j].upos == "VERB" and tokens[j].feat("VerbForm") == "Fin":
            return any(conditional(b) for b in (j - 1, j + 1))
    return False


def _verb_cues(doc: Doc) -> list[CueMatch]:
    lex = lexicon()
    found = []
    tokens = doc.tokens
    forms = surface_forms()
    for token in tokens:
        if token.upos not in ("VERB", "ADJ", "AUX", "NOUN", "ADV", "PROPN"):
            continue
        lower = _norm(token.text)
        if lower not in forms:
            continue
        if token.upos in ("NOUN", "ADV", "PROPN") and lower not in lex.impersonal_forms:
            if not _only_a_verb(lower):
                continue
            # `- подытожила Челышева` tagged a noun: the dictionary knows
            # the word only as a verb, so the tagger erred
            token = attrs.evolve(token, upos="VERB")
        lemma = forms[lower]
        prev = tokens[token.index - 1] if token.index > 0 else None
        same_sentence_prev = prev is not None and prev.sentence == token.sentence
        negated = same_sentence_prev and _norm(prev.text) == "не"
        start = prev.start if negated else token.start
        if lower in lex.impersonal_forms or (
            lemma in lex.impersonal_lemmas and token.upos == "VERB"
        ):
            if same_sentence_prev and _norm(prev.text) == "как" and lower == "известно":
                continue  # `как известно` is a discourse marker, not a report
            found.append(CueMatch(
                "impersonal", f"impersonal.{lower}", start, token.end, token.index,
                (token.index,), lemma, frozenset({"impersonal"}), negated=negated,
            ))
            continue
        if token.upos not in ("VERB", "ADJ", "AUX") or lemma not in lex.verbs:
            continue
        verb_form = token.feat("VerbForm")
        if verb_form == "Part" and _only_a_verb(lower):
            # `как выражаются аналитики` tagged a participle: the dictionary
            # knows the form only as a finite verb
            verb_form = "Fin"
        reporting = verb_form == "Part" and token.upos == "VERB" and _reporting_participle(doc, token)
        if verb_form == "Part" and token.feat("Variant") != "Short" and token.upos != "ADJ" and not reporting:
            continue  # `мнения, высказанные в выступлениях` reports nothing
        if verb_form == "Part" and "naming" not in lex.verbs[lemma] and not reporting:
            continue  # `исследованиями установлено`: a passive finding, nobody speaks
        if token.upos == "ADJ" and lemma not in ("уверенный", "убежденный", "уверен", "убежден",
                                                 "убедить", "уверить", "согласный"):
            continue
        if lemma in ("уверить", "убедить") and token.upos == "ADJ":
            lemma = "уверенный" if lemma == "уверить" else "убежденный"
        if token.upos == "ADJ" and same_sentence_prev and _norm(prev.text) == "быть":
            continue  # `хочу быть уверен, что`, `должны быть уверены`: wished or needed, not held
        if verb_form == "Conv" and lemma == "говорить":
            nxt = tokens[token.index + 1] if token.index + 1 < len(tokens) else None
            if nxt is not None and _norm(nxt.text) in ("о", "об", "про"):
                continue  # `говоря о перспективах` introduces a topic
        if lemma in _PHASE_VERBS and any(tokens[c].deprel == "xcomp" and tokens[c].feat("VerbForm") == "Inf"
                                         and forms.get(_norm(tokens[c].text)) not in lex.verbs
                                         for c in doc.children(token.index)):
            continue  # `продолжают покупать программы`: going on doing, not speaking
        classes = lex.verbs[lemma]
        end = token.end
        members = [token.index]
        nouns = lex.collocations.get(lemma)
        if nouns:
            for j in range(token.index + 1, min(len(tokens), token.index + 4)):
                other = tokens[j]
                if other.sentence != token.sentence:
                    break
                if _norm(other.lemma) in nouns:
                    end = other.end
                    members.append(j)
                    break
        found.append(CueMatch(
            "verb", "verb." + "+".join(sorted(classes)), start, end, token.index,
            tuple(members), lemma, classes, negated=negated,
            hypothetical=verb_form != "Inf" and _conditional(doc, token.index),
        ))
    # collocations whose verb is not itself a reporting verb
    for token in tokens:
        if token.upos not in ("VERB", "AUX"):
            continue
        lemma = forms.get(_norm(token.text))
        nouns = lex.collocations.get(lemma)
        if not nouns or lemma in lex.verbs:
            continue
        if token.feat("VerbForm") == "Part" and token.feat("Variant") != "Short":
            continue
        for j in range(token.index + 1, min(len(tokens), token.index + 4)):
            other = tokens[j]
            if other.sentence != token.sentence:
                break
            if _norm(other.lemma) in nouns:
                # (`Не обращают они внимание на то, что P`: ignored, not said)
                prev = tokens[token.index - 1] if token.index else None
                found.append(CueMatch(
                    "verb", "verb.collocation", token.start, other.end, token.index,
                    (token.index, j), lemma + " " + _norm(other.lemma),
                    _collocation_classes(lemma),
                    negated=prev is not None and prev.sentence == token.sentence and _norm(prev.text) == "не",
                ))
                break
        else:
            # the noun before the verb, its object or its `с`-phrase: `Такое
            # заявление сделал X`, `С таким заявлением выступил X`, also
            # past the verb's adverbials (`С таким заявлением на совещании в
            # Туле выступил X`), never past a comma or another verb
            for j in range(token.index - 1, max(-1, token.index - 10), -1):
                other = tokens[j]
                if other.sentence != token.sentence or other.upos in ("PUNCT", "VERB", "AUX"):
                    break
                if _norm(other.lemma) in nouns and other.head == token.index and other.deprel in ("obj", "obl"):
                    found.append(CueMatch(
                        "verb", "verb.collocation", other.start, token.end, token.index,
                        (j, token.index), lemma + " " + _norm(other.lemma),
                        _collocation_classes(lemma),
                    ))
                    break
    return found


_PHRASE_SECTIONS = ("source", "according", "link", "quoting", "setting")


def _pattern_matches(doc: Doc, section: str, rule: str, pattern) -> list:
    """The pattern's matches, sentence by sentence: where it runs past its
    time limit on one sentence, that sentence is skipped for that pattern
    (and logged), and the rest of the document keeps its cues. Matched on
    the parser's copy of the text (same length: `»nсо ссылкой на` is a cue)."""
    text = parser_text(doc)
    pieces = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
    matches = []
    for start, end in pieces:
        try:
            matches.extend(pattern.finditer(text, start, end, timeout=PATTERN_TIMEOUT))
        except TimeoutError:
            log.warning("pattern phrases.%s.%s ran past %ss on characters %d-%d; skipped there",
                        section, rule, PATTERN_TIMEOUT, start, end)
    return matches


def _phrase_cues(doc: Doc) -> list[CueMatch]:
    found = []
    for section in _PHRASE_SECTIONS:
        for rule, pattern in grammar.compiled("phrases", section):
            for match in _pattern_matches(doc, section, rule, pattern):
                first = doc.first_token_from(match.start())
                members = []
                i = first
                while i < len(doc.tokens) and doc.tokens[i].start < match.end():
                    members.append(i)
                    i += 1
                if not members:
                    continue
                possessive = None
                if "poss" in pattern.groupindex and match.start("poss") >= 0:
                    token = doc.token_at(match.start("poss"))
                    possessive = token.index if token else None
                head = members[-1]
                found.append(CueMatch(
                    section, f"{section}.{rule}", match.start(), match.end(), head,
                    tuple(members), _norm(match.group(0)), frozenset({section}),
                    possessive=possessive,
                ))
    return found


def find_cues(doc: Doc) -> list[CueMatch]:
    """Every cue of the document, in text order."""
    cues = _verb_cues(doc) + _phrase_cues(doc)
    cues.sort(key=lambda c: (c.start, -c.end))
    return cues
