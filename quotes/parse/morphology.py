"""pymorphy2 dictionaries opened by path: lemmas and inflection.

natasha's `MorphVocab()` finds its dictionary through `pkg_resources`, which
recent setuptools no longer ships (installing torch pulls such a setuptools).
Opening the dictionary by its path from `pymorphy2_dicts_ru` needs neither.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Optional

from .layout import HOMOGLYPHS


@lru_cache(maxsize=1)
def vocab():
    """The shared natasha `MorphVocab`, opened without `pkg_resources`."""
    import pymorphy2_dicts_ru
    from natasha.morph.vocab import MorphForm, MorphVocab
    from pymorphy2.analyzer import MorphAnalyzer

    class _PathVocab(MorphVocab):
        def __init__(self) -> None:
            # natasha picks a lemma by the tagger's features, not by pymorphy2's
            # probabilities, so their estimator (a third of the time) is left out
            MorphAnalyzer.__init__(
                self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm,
                probability_estimator_cls=None,
            )

    return _PathVocab()


@lru_cache(maxsize=20_000)
def adjective_genders(word: str) -> frozenset:
    """The genders the dictionary allows a singular adjective form
    (`65-летнюю` is only feminine, whatever the tagger said)."""
    try:
        forms = vocab()(word.lower().replace("ё", "е"))
    except ValueError:
        return frozenset()
    return frozenset(f.feats.get("Gender") for f in forms
                     if f.pos == "ADJ" and f.feats.get("Number", "Sing") == "Sing" and f.feats.get("Gender"))


@lru_cache(maxsize=20_000)
def plural_people_noun(word: str) -> bool:
    """Every noun reading the dictionary has of the form is a plural for
    people (`кремленологов`, `германистов`: the tagger, which never saw the
    word, may call it singular, and a group of them becomes the one person
    named before). Only people: what a plural thing is matters to no speaker."""
    try:
        forms = [f for f in vocab()(word.lower().replace("ё", "е")) if f.pos == "NOUN"]
    except ValueError:
        return False
    return bool(forms) and all(f.feats.get("Number") == "Plur" and f.feats.get("Animacy") == "Anim" for f in forms)


@lru_cache(maxsize=20_000)
def name_never_nominative(word: str) -> Optional[str]:
    """The gender of a person's name the dictionary reads in the singular
    only as a genitive or accusative (`Роксаны`, `Майи`: never a nominative
    singular), else None. The tagger guesses a rare name's case, and a
    genitive it calls nominative becomes the speaker (`отец 32-летней
    Роксаны, Реза Сабери`)."""
    word = word.lower().replace("ё", "е")
    try:
        if not vocab().word_is_known(word):
            return None  # (a guess: `Натия` read as `Натий`'s genitive)
        forms = vocab()(word)
    except ValueError:
        return None
    single = [f for f in forms if f.feats.get("Number") == "Sing"]
    if not single or any(f.pos != "NOUN" or f.feats.get("Animacy") != "Anim" for f in forms) \
            or any(f.feats.get("Case") not in ("Gen", "Acc") for f in single) \
            or not any(f.feats.get("Case") == "Gen" for f in single):
        return None
    return next(f.feats.get("Gender") for f in single if f.feats.get("Case") == "Gen")


# tags of a dictionary reading that is a name of its own
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})


@lru_cache(maxsize=20_000)
def deputy_title(word: str) -> bool:
    """`Замгенпрокурора`, `замначальника`: `зам` and the genitive of a
    person's noun, a deputy's title that never declines (the dictionary
    knows some, `замминистра`; the NER takes others for a name)."""
    word = word.lower().replace("ё", "е")
    rest = word[3:]
    try:
        return word.startswith("зам") and len(rest) > 3 and vocab().word_is_known(rest) and any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.animacy == "anim"
            and not _PROPER & p.tag.grammemes for p in vocab().parse(rest))
    except ValueError:
        return False


@lru_cache(maxsize=20_000)
def common_noun_only(word: str) -> tuple:
    """The noun features of a capitalised word the dictionary knows only as
    a common noun, no name of any kind (`Внук`, `Генпрокурор`), one dict per
    reading; empty otherwise. Opening a sentence, such a word is tagged a
    name now and then, in a case it guesses (`Внук лидера КНДР … написал`:
    a genitive proper name, and the grandson no subject)."""
    word = word.lower().replace("ё", "е")
    try:
        if not vocab().word_is_known(word):
            # `Замгенпрокурора`, `Замначальника`: a deputy's title the
            # dictionary lacks, `зам` and the genitive of a person's noun,
            # which never declines
            if deputy_title(word):
                return tuple({"Animacy": "Anim", "Gender": "Masc", "Number": "Sing", "Case": case}
                             for case in ("Nom", "Gen", "Dat", "Acc", "Ins", "Loc"))
            return ()
        parses = vocab().parse(word)
    except ValueError:
        return ()
    if not parses or any(p.tag.POS != "NOUN" or _PROPER & p.tag.grammemes for p in parses):
        return ()
    return tuple(dict(f.feats) for f in vocab()(word) if f.pos == "NOUN")


@lru_cache(maxsize=20_000)
def finite_verb_only(word: str) -> Optional[dict]:
    """The features of a word the dictionary knows only as a finite verb
    (`разослал`, `заявила`), else None. The tagger sometimes calls such a
    word a noun (`Мамонтов, прославившийся тем, что разослал в СМИ письма`),
    and a nominative noun is taken for a speaker."""
    word = word.lower().replace("ё", "е")
    try:
        if not vocab().word_is_known(word):
            return None
        forms = vocab()(word)
    except ValueError:
        return None
    if not forms or any(f.pos != "VERB" or f.feats.get("VerbForm") != "Fin" for f in forms):
        return None
    return dict(forms[0].feats)


_LEMMA_CACHE: dict = {}


def lemmatize(word: str, pos: str, feats: Mapping[str, str]) -> str:
    """natasha's lemma of `word` given the tagger's POS and features."""
    if any("а" <= ch.lower() <= "я" for ch in word) and any("a" <= ch.lower() <= "z" for ch in word):
        word = word.translate(HOMOGLYPHS)  # `oн` typed with a Latin o
    key = (word, pos, tuple(sorted(feats.items())))
    lemma = _LEMMA_CACHE.get(key)
    if lemma is None:
        from natasha.morph.lemma import lemmatize as natasha_lemmatize

        try:
            lemma = natasha_lemmatize(vocab(), word, pos, feats)
        except ValueError:
            # pymorphy2 asks unicodedata for the name of every letter, and
            # characters without one (unassigned code points) raise
            lemma = word.lower().replace("ё", "е")
        if len(_LEMMA_CACHE) > 200_000:
            _LEMMA_CACHE.clear()
        _LEMMA_CACHE[key] = lemma
    return lemma


_GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


@lru_cache(maxsize=50_000)
def to_nominative(word: str, pos: str, gender: Optional[str], number: Optional[str],
                  case: Optional[str]) -> str:
    """`word` put in the nominative, keeping gender and number; lower case.

    Used for names and role nouns (`Азера Гараева` → `азер гараев`). Falls
    back to the word itself where the dictionary offers no fitting form.
    """
    lower = word.lower().replace("ё", "е")
    if case in (None, "Nom") or pos not in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "VERB"):
        return lower
    try:
        forms = vocab()(lower)
    except ValueError:  # a letter without a Unicode name (see `lemmatize`)
        return lower
    want_pos = "NOUN" if pos == "PROPN" else pos
    best = None
    for form in forms:
        form_pos = "NOUN" if form.pos == "PROPN" else form.pos
        if form_pos != want_pos:
            continue
        if form.feats.get("Case") != case:
            continue
        if gender and form.feats.get("Gender") not in (None, gender):
            continue
        if number and form.feats.get("Number") not in (None, number):
            continue
        best = form
        break
    if best is None:
        for form in forms:
            # `Кондолизы Райс`: a singular name is no plural form (`Райсы`)
            if form.feats.get("Case") == case and (number == "Plur" or form.feats.get("Number") != "Plur"):
                best = form
                break
    if best is None:
        return lower
    grams = {"Nom"}
    if number == "Plur":
        grams.add("Plur")
    inflected = best.inflect(grams)
    if inflected is None:
        inflected = best.inflect({"Nom"})
    if inflected is None:
        return lower
    return _closest_variant(inflected, lower).replace("ё", "е")


def _prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _closest_variant(inflected, original: str) -> str:
    """Of the forms of the lexeme with the same grammemes, the one nearest
    the word as written: `Высшей школы` is `Высшая`, not `Высочайшая`, both
    superlatives of `высокий` in the dictionary."""
    word = inflected.word
    if _prefix(word, original) >= len(word) - 3:
        return word  # only the ending changed
    tag = inflected.tag
    same = [f.word for f in inflected.lexeme if f.tag.case == tag.case and f.tag.number == tag.number
            and f.tag.gender == tag.gender and f.tag.POS == tag.POS]
    return max(same, key=lambda w: (_prefix(w, original), w == word), default=word)


@lru_cache(maxsize=20_000)
def normal_forms(word: str) -> frozenset:
    """Every dictionary word `word` can be a form of (`голоса` → голос):
    `тренер` is no form of `тренд` however much of it they share."""
    try:
        return frozenset(f.normal for f in vocab()(word.lower().replace("ё", "е")))
    except ValueError:
        return frozenset()
