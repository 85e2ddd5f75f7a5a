"""The embedded default backend: natasha (razdel, slovnet, pymorphy2).

Everything ships inside the installed packages; nothing is downloaded.
Sentences are cut at line breaks first, so a headline never runs into the
lead and a sentence never crosses a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from typing import Iterable, Iterator, Optional

from ..model import Doc, NamedSpan, Sentence, Token
from . import layout
from .morphology import (common_noun_only, deputy_title, finite_verb_only, name_never_nominative,
                         plural_people_noun)


class NatashaBackend:
    name = "natasha"

    def __init__(self) -> None:
        from natasha import (
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
        )

        embedding = NewsEmbedding()
        from .. import vectors

        vectors.use(embedding)  # the role ranker's word similarity reads the same vectors
        self.morph_tagger = NewsMorphTagger(embedding)
        self.syntax_parser = NewsSyntaxParser(embedding)
        self.ner_tagger = NewsNERTagger(embedding)
        # batches are cut here (`_by_length`); slovnet's own cut must not be smaller
        for model in (self.morph_tagger, self.syntax_parser, self.ner_tagger):
            model.batch_size = model.infer.encoder.batch_size = max(_BATCH.values())

    def _names(self, text: str, raw_sentences, predictions) -> list[NamedSpan]:
        """Slovnet's NER over the sentences already tokenised, in batches: the
        same model natasha runs on the whole text, without tokenising it
        again or decoding one sequence as long as the document."""
        names = []
        for (_, _, _, words), tags in zip(raw_sentences, predictions):
            for start, end, kind in _bio_spans(tags, words):
                names.append(NamedSpan(start, end, kind, text[start:end]))
        return names

    def _ner(self, word_lists):
        infer = self.ner_tagger.infer
        return infer.decoder(infer.process(infer.encoder(word_lists)))

    def _segment(self, text: str):
        """(paragraphs, sentences): each sentence `(paragraph, start, end,
        [(start, end, word)])`, cut at line breaks first."""
        from razdel import sentenize, tokenize

        clean = layout.normalise_for_parser(text)
        paragraphs = layout.paragraphs(text)
        raw_sentences = []
        for paragraph in paragraphs:
            chunk = clean[paragraph.start:paragraph.end]
            for sent in sentenize(chunk):
                base = paragraph.start + sent.start
                words = _joined_abbreviations(_number_comma_split([
                    (base + t.start, base + t.stop, t.text)
                    for t in tokenize(sent.text)
                ]), clean)
                for piece in _capped(words):
                    raw_sentences.append(
                        (paragraph.index, piece[0][0], piece[-1][1], piece)
                    )
        return paragraphs, raw_sentences

    def _annotate(self, word_lists, batch: int = 8):
        """(morph, syntax, NER) of each sentence, lazily and in order; the
        models see the sentences sorted by length, window by window, in
        batches of `batch`, so that a batch pads little (each sentence's
        result is the same whatever its batch)."""
        if not word_lists:
            return iter(()), iter(()), iter(())
        return (_by_length(self.morph_tagger.map, word_lists, batch),
                _by_length(self.syntax_parser.map, word_lists, batch),
                _by_length(self._ner, word_lists, batch))

    def parse(self, text: str) -> Doc:
        paragraphs, raw_sentences = self._segment(text)
        word_lists = [[w for _, _, w in s[3]] for s in raw_sentences]
        # lazily, window by window: the markups of a long document are never
        # all in memory at once, only the tokens made from them
        return self._build(text, paragraphs, raw_sentences, *self._annotate(word_lists, _BATCH["one"]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[Doc]:
        """`parse` of each text, in order, with the sentences of several
        texts batched together: sorted by length across documents, the
        models' batches pad far less than within one short article."""
        group: list = []
        size = 0
        for text in texts:
            paragraphs, raw_sentences = self._segment(text)
            group.append((text, paragraphs, raw_sentences))
            size += len(raw_sentences)
            if size >= _WINDOW:
                yield from self._parse_group(group)
                group, size = [], 0
        if group:
            yield from self._parse_group(group)

    def _parse_group(self, group: list) -> Iterator[Doc]:
        word_lists = [[w for _, _, w in s[3]] for _, _, raw in group for s in raw]
        morph, syntax, ner = self._annotate(word_lists, _BATCH["many"])
        for text, paragraphs, raw_sentences in group:
            n = len(raw_sentences)
            yield self._build(text, paragraphs, raw_sentences, islice(morph, n), islice(syntax, n),
                              islice(ner, n))

    def _build(self, text: str, paragraphs, raw_sentences, morph, syntax, ner) -> Doc:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        names = self._names(text, raw_sentences, ner) if raw_sentences else []
        name_starts = [n.start for n in names]  # (in text order, none overlapping)
        dropped: set[tuple[int, int]] = set()  # names that are deputies' titles, one word each
        for s_index, ((par, start, end, words), m, s) in enumerate(
            zip(raw_sentences, morph, syntax)
        ):
            first = len(tokens)
            ids = {t.id: first + i for i, t in enumerate(s.tokens)}
            for i, ((w_start, w_end, _), mt, st) in enumerate(
                zip(words, m.tokens, s.tokens)
            ):
                head = ids.get(st.head_id)
                feats = dict(mt.feats or {})
                upos = mt.pos
                if upos == "PUNCT" and any(ch.isalpha() for ch in text[w_start:w_end]):
                    upos = "NOUN"  # (`Интернет-компании` tagged PUNCT: a word is no punctuation)
                if upos not in ("NOUN", "PROPN") and _NAME_PARTICLE.match(text, w_start, w_end):
                    upos = "PROPN"  # `эль-Барадеи`, `аль-Асад`, `ибн-Сауд` tagged a particle: a name
                if upos == "NOUN" and feats.get("Number") == "Sing" and text[w_end - 2:w_end] in ("ов", "ев") \
                        and plural_people_noun(text[w_start:w_end]):
                    feats["Number"] = "Plur"  # `по словам кремленологов`: a word the tagger never saw
                if upos == "NOUN" and text[w_start:w_end].isalpha() and not text[w_start:w_end].isupper() \
                        and (verb := finite_verb_only(text[w_start:w_end])) is not None:
                    upos, feats = "VERB", verb  # `, что разослал в СМИ`: a verb the tagger called a noun
                deputy = upos != "NOUN" and text[w_start:w_end].isalpha() and deputy_title(text[w_start:w_end])
                if deputy:
                    # `Замгенпрокурора напомнил`, `Замначальника полиции Иван
                    # Петров сообщил`: a deputy's title, tagged a name or an
                    # adjective, is a noun (and no name the NER found)
                    dropped.add((w_start, w_end))
                if (deputy or upos == "PROPN" and i == 0) and text[w_start:w_end].isalpha() \
                        and (deputy or not _named_at(names, name_starts, w_start)) \
                        and (readings := common_noun_only(text[w_start:w_end])) \
                        and any(r.get("Animacy") == "Anim" for r in readings):
                    # `Внук лидера КНДР … написал`: a common noun for people
                    # opening the sentence, capitalised only for that and no
                    # name the NER found (a surname may be a thing's plural:
                    # `Бульбов`, `Ливни`), in the case the dictionary gives it:
                    # a nominative for the parse's subject, else the tagger's
                    # case and number where they are one of its readings
                    # (`Внук` is also `внука`'s plural genitive)
                    upos = "NOUN"
                    wanted = {"Case": "Nom"} if (st.rel or "").startswith("nsubj") \
                        else {"Case": feats.get("Case"), "Number": feats.get("Number")}
                    feats = next((r for r in readings if all(r.get(k) == v for k, v in wanted.items())),
                                 readings[0])
                deprel = st.rel or "dep"
                surname_next = i + 1 < len(s.tokens) and s.tokens[i + 1].rel == "flat:name" \
                    and ids.get(s.tokens[i + 1].head_id) == first + i
                if upos == "PROPN" and feats.get("Case") == "Nom" and deprel in ("nmod", "appos") \
                        and head is not None and head < first + i and tokens[head].upos == "NOUN" \
                        and not surname_next \
                        and (gender := name_never_nominative(text[w_start:w_end])) is not None:
                    # `отец 32-летней Роксаны`, `Отец Роксаны заявил`: a name that
                    # is never a nominative, hung on the noun before it, is its
                    # genitive, no apposition (not a foreign first name before
                    # its surname: `Певец Рики Мартин`, `Актриса Зои Салдана`)
                    feats.update(Case="Gen", Gender=gender or feats.get("Gender"))
                    deprel = "nmod"
                if upos == "PROPN" and deprel == "appos" and head is not None and first <= head < first + i \
                        and _person_starts(names, name_starts, w_start) \
                        and (nearer := _nearer_noun(tokens, head, first + i, feats)) is not None:
                    # `Гендиректор "Краснодара" Владимир Хашиг высказался о
                    # переходе защитника "Гента" Самуэля Жиго`: a name in
                    # another case than the noun it is hung on belongs to the
                    # nearer noun for people that shares its case (the
                    # defender, not the director general)
                    head = nearer
                tokens.append(Token(
                    index=first + i,
                    text=text[w_start:w_end],
                    start=w_start,
                    end=w_end,
                    lemma=None,  # computed on first use: most tokens never need one
                    upos=upos,
                    feats=feats,
                    head=head if head != first + i else None,
                    deprel=deprel,
                    sentence=s_index,
                ))
            _break_cycles(tokens, first)
            sentences.append(Sentence(s_index, start, end, first, len(tokens), par))
        if dropped:
            names = [n for n in names if (n.start, n.end) not in dropped]

        return Doc(
            text=text,
            tokens=tuple(tokens),
            sentences=tuple(sentences),
            paragraphs=tuple(paragraphs),
            names=tuple(names),
            backend=self.name,
        )


# Sentences are sorted by length within windows of this many (a long
# document's markups are made window by window, never all held at once).
_WINDOW = 512
# sentences per batch: one short article's few sentences pad least in small
# batches; the sorted sentences of many documents run faster in larger ones
# (dev, 71 articles through parse_many: 4.2 s of CPU with 8, 3.9 s with 32)
_BATCH = {"one": 8, "many": 32}


def _name_at(names: list[NamedSpan], starts: list[int], offset: int) -> Optional[NamedSpan]:
    """The one of the NER's names (in text order, none overlapping, `starts`
    theirs) that covers the character at `offset`, else None."""
    k = bisect_right(starts, offset) - 1
    return names[k] if k >= 0 and offset < names[k].end else None


def _named_at(names: list[NamedSpan], starts: list[int], offset: int) -> bool:
    return _name_at(names, starts, offset) is not None


def _person_starts(names: list[NamedSpan], starts: list[int], offset: int) -> bool:
    """Whether a person's name the NER found begins at `offset`."""
    name = _name_at(names, starts, offset)
    return name is not None and name.start == offset and name.type == "PER"


# the quote marks a title between a noun and its name may hold (`защитника "Гента" Самуэля Жиго`)
_TITLE_MARKS = frozenset('"«»„“”')


def _nearer_noun(tokens: list[Token], head: int, index: int, feats: dict):
    """The nearest noun for people between `head` and the name at `index`
    agreeing with the name in case, number and gender, where the name's
    case is not the head's (accusative and genitive, one form for people,
    count as one); None where a comma, a conjunction or a verb comes first."""
    case = feats.get("Case")
    cases = {"Acc", "Gen"}
    if not case or tokens[head].feat("Case") in (None, case) or {case, tokens[head].feat("Case")} == cases:
        return None
    for k in range(index - 1, head, -1):
        token = tokens[k]
        if token.upos == "PUNCT" and token.text not in _TITLE_MARKS or token.upos in ("CCONJ", "VERB", "AUX"):
            return None
        genders = (feats.get("Gender"), token.feat("Gender"))
        if token.upos == "NOUN" and token.feat("Animacy") == "Anim" and token.feat("Case") == case \
                and token.feat("Number") == "Sing" and (None in genders or genders[0] == genders[1]):
            return k
    return None


# a name opened by a lower-case particle and a hyphen (`эль-Барадеи`, `аль-Асад`, `бен-Гурион`)
_NAME_PARTICLE = re.compile(r"(?:аль|эль|ал|ас|ад|ан|ар|аз|аш|ат|уль|ун|ибн|бен|бин|абу)-[А-ЯЁ][а-яё]+$")


def _by_length(run, items: list, batch: int) -> Iterator:
    """`run(items)` (one result per item, in order) with the items handed to
    `run` sorted by length within each window, `batch` at a time: the same
    results, in the items' order, from batches of sentences of about the
    same length."""
    for begin in range(0, len(items), _WINDOW):
        window = items[begin:begin + _WINDOW]
        order = sorted(range(len(window)), key=lambda i: len(window[i]))
        ordered = [window[i] for i in order]
        results = [None] * len(window)
        k = 0
        for first in range(0, len(ordered), batch):
            for result in run(ordered[first:first + batch]):
                results[order[k]] = result
                k += 1
        yield from results


# Slovnet's parser holds an n×n array per sentence: 20,000 tokens took 6 GB.
# No sentence of real news comes near this (the longest of 1,200 articles:
# 176 tokens); a longer one is a run-on list or garbage, parsed in pieces.
MAX_SENTENCE_TOKENS = 250
_CUT_AFTER = frozenset(",;:—–-)»\"")


# a number razdel glues to the comma after it (`в 2015,`, `в 23:00,`), as if a
# decimal part were to follow
_NUMBER_COMMA = layout.regex.compile(r"\d(?:[\d.:]*\d)?,")


def _number_comma_split(words: list) -> list:
    """The comma after a number as a word of its own: `в 23:00, 12 человек`
    is `23:00` then `,` (razdel gave `00,`, and the clause after the comma
    no boundary)."""
    out = []
    for start, end, text in words:
        if len(text) > 1 and _NUMBER_COMMA.fullmatch(text):
            out.append((start, end - 1, text[:-1]))
            out.append((end - 1, end, ","))
        else:
            out.append((start, end, text))
    return out


# abbreviations razdel cuts into letters and dots (`и.о.` → `и`, `.`, `о`, `.`)
_ABBREVIATION = layout.regex.compile(r"(?i)\bи\.\s?о\.")


def _joined_abbreviations(words: list, text: str) -> list:
    """One word for `и.о.` (acting), which the tokenizer cuts in four, so
    that `и.о. начальника таможни Алексей Кузьмин` has a head."""
    if len(words) < 4:
        return words
    out, i = [], 0
    while i < len(words):
        start = words[i][0]
        match = _ABBREVIATION.match(text, start) if words[i][2].lower() == "и" else None
        if match is not None:
            end = match.end()
            j = i
            while j < len(words) and words[j][1] <= end:
                j += 1
            if j > i + 1 and words[j - 1][1] == end:
                out.append((start, end, text[start:end]))
                i = j
                continue
        out.append(words[i])
        i += 1
    return out


def _capped(words: list) -> list[list]:
    """`words` of one sentence as pieces of at most MAX_SENTENCE_TOKENS,
    each cut after a punctuation mark in its last third where there is one."""
    pieces = []
    while len(words) > MAX_SENTENCE_TOKENS:
        cut = MAX_SENTENCE_TOKENS
        for i in range(MAX_SENTENCE_TOKENS - 1, MAX_SENTENCE_TOKENS * 2 // 3, -1):
            if words[i][2] in _CUT_AFTER:
                cut = i + 1
                break
        pieces.append(words[:cut])
        words = words[cut:]
    if words:
        pieces.append(words)
    return pieces


# punctuation a name never ends with: the tagger sometimes takes in the full
# stop after a name closing a sentence (`сообщает портал Amurinfo.`)
_NOT_A_NAMES_END = frozenset({".", ",", ";", ":", "!", "?", "…"})


def _bio_spans(tags: list[str], words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    spans = []
    current = None
    previous = ""
    for tag, (start, end, word) in zip(tags, words):
        prefix, _, kind = tag.partition("-")
        # (an initial's point is the name's: `Анастасия С.`, `1953 г.р.`)
        stop = word in _NOT_A_NAMES_END and not (word == "." and _abbreviated(previous))
        if prefix == "B" or (prefix == "I" and (current is None or current[2] != kind)):
            if current:
                spans.append(current)
            current = [start, end, kind] if not stop else None
        elif prefix == "I":
            if not stop:
                current[1] = end
        else:
            if current:
                spans.append(current)
            current = None
        previous = word
    if current:
        spans.append(current)
    return [tuple(span) for span in spans]


def _abbreviated(word: str) -> bool:
    """A word a point abbreviates: an initial (`С`, `И.В`) or a lower-case
    abbreviation (`г.р`, `ул`); not an acronym (`РГ`, `ТАСС`), after which
    the point ends the sentence."""
    parts = word.split(".")
    return all(len(p) == 1 and p.isalpha() for p in parts) \
        or word.replace(".", "").isalpha() and word.replace(".", "").islower()


def _break_cycles(tokens: list[Token], first: int) -> None:
    """Slovnet sometimes returns heads in a cycle. The lowest word of each
    cycle becomes a root, so the parse is a forest any reader accepts (and
    CoNLL-U written from it reads back); several roots are left as they are."""
    import attrs

    for index in range(first, len(tokens)):
        seen = []
        current = index
        while current is not None and current not in seen:
            seen.append(current)
            current = tokens[current].head
        if current is not None:  # came back to a word already on the path: a cycle
            cycle = seen[seen.index(current):]
            lowest = min(cycle)
            tokens[lowest] = attrs.evolve(tokens[lowest], head=None)
