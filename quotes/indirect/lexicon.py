"""The word classes of the indirect-speech grammar, read from
`grammars/indirect.toml` (a linguist edits that file, not this one)."""

from __future__ import annotations

from .. import grammar


def _words(*path: str) -> frozenset[str]:
    return grammar.words("indirect", *path)


COMPLEMENTIZERS: dict[str, float] = {
    str(word): float(confidence) for word, confidence in grammar.load("indirect")["complementizers"].items()}
CLAUSE_STOP = _words("clause_stop", "words")
WH_WORDS = _words("wh", "words")
WH_VERBS = _words("wh", "verbs")
NON_SPEAKER_SUBJECTS = _words("non_speaker_subjects", "words")
SKIP_SUBJECTS = _words("skip_subjects", "words")
THING_SUBJECT_VERBS = _words("thing_subjects", "verbs")
RELAY_LEMMAS = _words("relay", "lemmas")
WEAK_RELAY_LEMMAS = _words("relay", "weak_speaker")
LOCATIVE = _words("locative", "words")
LOCATIVE_TIME = _words("locative", "time")
LOCATIVE_BROADCAST = _words("locative", "broadcast")
LOCATIVE_ON_PLACES = _words("locative", "on_places")
CLAUSE_BREAK = _words("clause_break", "words")
CLAUSE_BREAK_FORWARD = _words("clause_break", "forward")
CLAUSE_SEPARATORS = _words("clause_break", "separators")
CONTRAST = _words("clause_break", "contrast")
NOT_BEFORE_KAK = _words("kak", "not_after")
NOT_BEFORE_COMMA_KAK = _words("kak", "not_after_comma")
NAMING_ASIDE = _words("kak", "naming")
FORECASTS = _words("forecasts", "lemmas")
RELATIVE = _words("relative", "words")
RELATIVE_ABOUT = _words("relative", "about")
CLAUSE_LINKS = _words("clause_links", "words")
CONNECTIVES = _words("connectives", "phrases")
MODAL_DATIVE = _words("modal_dative", "lemmas")
FIRST_PERSON = _words("first_person", "words")
NAMING_PREPOSITIONS = _words("naming", "prepositions")
TITLE_WORDS = _words("titles", "words")
TITLE_STEMS = tuple(sorted(_words("titles", "stems")))
SCARE_MARKERS = tuple(sorted(_words("scare", "stems")))
RELATIVE_PRONOUNS = _words("relative", "pronouns")
SUBORDINATORS = _words("subordinators", "words")
COMPOUND_SUBORDINATORS = tuple(sorted(_words("subordinators", "compound")))
PERIOD_PREPOSITIONS = _words("period", "prepositions")
PERIOD_NOUNS = _words("period", "nouns")
FIRST_PERSON_POSSESSIVES = _words("first_person", "possessives")
CLAUSE_BREAK_PAIRS = frozenset(tuple(pair.split()) for pair in _words("clause_break", "forward_pairs"))
RELATIVE_WORDS = _words("relative_clause", "words")
TERM_FIRST = frozenset(grammar.load("indirect")["term"]["first"])
TERM_MAX_WORDS = int(grammar.load("indirect")["term"]["max_words"])
NARRATORS_GERUNDS = _words("narrators_gerunds", "lemmas")
OCCASION_GERUNDS = _words("occasion_gerunds", "lemmas")
DATA_NOUNS = _words("grounds", "data")
