"""Direct speech: quoted words presented as the speaker's own.

The Russian layouts, each a rule:

- `direct.after`    `«П», — а.`  `«П?!» — а.`  `"П", - а` (hyphen as dash)
- `direct.after.comma` `"П", говорится в сообщении` (no dash, cue first)
- `direct.split`    `«П, — а, — п».`  one quote, two spans
- `direct.colon`    `А: «П».`  and `А: «П», — а.` (the author after wins)
- `direct.dialogue` `— П, — а.`  a paragraph opened by a dash
- `direct.interview` `Имя Фамилия (роль): П` paragraphs of an interview
  (quotes/layouts.py)
- `direct.floating` a quote that is a sentence of its own right after an
  attributed one: same speaker (resolved by the speaker stage)

Cue and speaker come from the author's words: the first reporting verb
there, and its subject from the parse or the nearest nominative.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

import regex

from . import grammar, layouts, names, punctuation
from .attribution import Attribution, RelayRef
from .intervals import StartIndex, cached, overlapping_names
from .cues import CueMatch, lexicon
from .indirect.lexicon import RELAY_LEMMAS
from .marks import QuotedSpan
from .mentions import (PERSONAL_SUBJECTS, QUOTED_WORDS, QUOTING_LEMMAS, RECEIVING, THIRD_PERSON_POSSESSIVES, MentionRef,
                       as_for, indeclinable_subject, is_pronoun, latin_script, norm, noun_phrase, one_of, quoted_person,
                       quotes_him, sender_of, sentence_end, subject_of, with_apposed_name)
from .model import Doc, Span, Token
from .punctuation import QUOTE_GLYPHS

SPEECH_NOUNS = frozenset({"ответ", "слово", "заявление", "реплика", "комментарий", "фраза",
                          "вопрос", "призыв", "обещание", "признание", "позиция", "вердикт"})
# a speech event named as a heading, with no verb: `телевизионное обращение
# президента: «…»`, `прямая линия с Владимиром Путиным: «…»`
SPEECH_EVENTS = frozenset({"обращение", "выступление", "послание", "речь", "интервью", "линия", "беседа"})
# … held with the one who speaks (`прямая линия с X`, `интервью с X`)
_HELD_WITH = frozenset({"линия", "интервью", "беседа"})
# … never the press that asks (`Интервью с корреспондентом`)
_INTERVIEWERS = grammar.words("entities", "interview", "askers")
DASHES = frozenset({"—", "–", "-", "--", "―", "‒"})
# a site's address as a name (`Delfi.ee`, `Lenta.ru`): an outlet
_SITE_ADDRESS = regex.compile(r"\w\.(?:ru|ee|com|net|org|ua|by|kz|lv|lt|info|uk|de)\b", regex.IGNORECASE)
_AFTER = regex.compile(r"[ \t\u00a0]*(?P<punct>[,.!?…]*)[ \t\u00a0]*(?P<dash>—|–|―|‒|--|-)?[ \t\u00a0]*")


class _Context:
    """What every direct rule reads: the doc, its cues by token, its quotes."""

    def __init__(self, doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch]):
        self.doc = doc
        self.quoted = quoted
        self.verb_cues: dict[int, CueMatch] = {}
        for cue in cues:
            if cue.kind in ("verb", "impersonal", "quoting"):
                for token in cue.tokens[:1] if cue.kind != "quoting" else cue.tokens:
                    self.verb_cues.setdefault(token, cue)
        self.phrase_cues = [c for c in cues if c.kind in ("source", "according", "link")]

    def bound(self, q: QuotedSpan) -> Span:
        """Where the author's words of `q` may lie: its parent's content, or
        its paragraph."""
        if q.parent is not None:
            return self.quoted[q.parent].content
        par = self.doc.paragraph_at(q.open)
        end_par = self.doc.paragraph_at(q.close)
        start = par.start if par else 0
        end = end_par.end if end_par else len(self.doc.text)
        return Span(start, end)

    def tokens_in(self, start: int, end: int) -> range:
        # token ends grow along the text: the stop is found by binary search
        first = self.doc.first_token_from(start)
        return range(first, max(first, self.doc.first_token_from(end)))


def _position(ctx: _Context, q: QuotedSpan) -> int:
    """`ctx.quoted.index(q)` from a table made once."""
    table = ctx.__dict__.get("_positions")
    if table is None or table[0] != len(ctx.quoted):
        positions: dict = {}
        for i, other in enumerate(ctx.quoted):
            positions.setdefault(other, i)
        table = ctx._positions = (len(ctx.quoted), positions)
    return table[1][q]


def _starts_utterance(doc: Doc, q: QuotedSpan, bound: Span) -> bool:
    """The quote opens a sentence: nothing but a dash, a colon, sentence
    punctuation or another quote's close stands before its mark."""
    i = q.open - 1
    while i >= bound.start and doc.text[i] in " \t\u00a0":
        i -= 1
    if i < bound.start:
        return True
    if doc.text[i] == ";":
        # (one of several quotes after one colon: `отмечают: «A»; «B»`; not a
        # list of names, `компании «Газпром»; «Роснефть»`)
        if len(doc.text[q.content.start:q.content.end].split()) < 3:
            return False
        k = i - 1
        while k >= bound.start and doc.text[k] in " \t\u00a0":
            k -= 1
        return k >= bound.start and doc.text[k] in "»\"”“"
    return doc.text[i] in ".!?…:—–-(\n" or doc.text[i - 1:i + 1] == "--"


def _opens_a_sentence(doc: Doc, q: QuotedSpan) -> bool:
    """The quoted words begin with a capital: a sentence of their own
    (`: «Работы начнутся в мае»`), not a word of the clause before the
    colon (`одно желание: «победить»`)."""
    first = next((ch for ch in doc.text[q.open + 1:q.close] if ch.isalnum()), "")
    return first.isupper()


def _between_dashes(doc: Doc, q: QuotedSpan, bound: Span) -> bool:
    """A quoted name set off by dashes inside a sentence (`компании -
    "Стройиндустрии-С" - Сергея Терентьева было возбуждено`, `главной
    награды - "Лучший спектакль" - стали`): a word stands before the dash."""
    i = q.open - 1
    while i >= bound.start and doc.text[i] in " \t\u00a0":
        i -= 1
    if i < bound.start or doc.text[i] not in "—–-":
        return False
    i -= 1
    while i >= bound.start and doc.text[i] in " \t\u00a0":
        i -= 1
    return i >= bound.start and (doc.text[i].isalnum() or doc.text[i] in "»\"”)")


def _ends_utterance(doc: Doc, q: QuotedSpan, bound: Span) -> bool:
    i = q.close + 1
    while i < bound.end and doc.text[i] in " \t\u00a0":
        i += 1
    if i >= bound.end:
        return True
    if doc.text[i] == ";":
        # (`«A»; «B»`: the next of several quotes follows)
        k = i + 1
        while k < bound.end and doc.text[k] in " \t\u00a0":
            k += 1
        return k >= bound.end or doc.text[k] in "«\"„“\n"
    return doc.text[i] in ".!?…\"«„(\n"


def _to_comma(doc: Doc, region: range) -> range:
    """The author's words up to their first comma (`так не бывает, если
    человек …`: the clause after it is another's)."""
    stop = next((k for k in region if doc.tokens[k].text == ","), region.stop)
    return range(region.start, stop)


def _cue_in_region(ctx: _Context, region: range, max_lead: int = 10,
                   require_listed: bool = False) -> tuple[Optional[CueMatch], Optional[int], bool]:
    """The reporting verb of the author's words: (cue, verb token, listed)."""
    doc = ctx.doc
    lead = 0
    for i in region:
        cue = ctx.verb_cues.get(i)
        if cue is not None and (cue.kind != "verb" or cue.lemma in lexicon().direct
                                or " " in cue.lemma):
            return cue, cue.head, True
        token = doc.tokens[i]
        if token.upos in ("VERB", "AUX") and token.feat("VerbForm") in ("Fin", "Conv") \
                and not require_listed:
            unlisted = CueMatch("verb", "verb.unlisted", token.start, token.end, i, (i,),
                                token.lemma.lower(), frozenset({"unlisted"}))
            return unlisted, i, False
        if token.upos in ("VERB",) and token.feat("VerbForm") == "Fin":
            return None, None, False
        lead += 1
        if lead >= max_lead:
            break
    return None, None, False


def _author_region_after(ctx: _Context, start: int, bound: Span) -> range:
    """Tokens of the author's words from `start` to the end of the sentence,
    a dash that resumes the quote, or an opening mark of a new quote."""
    doc = ctx.doc
    tokens = ctx.tokens_in(start, bound.end)
    stop = tokens.start
    for i in tokens:
        token = doc.tokens[i]
        if sentence_end(doc, i):
            break
        if token.text in DASHES and i > tokens.start and doc.tokens[i - 1].text in (",", ".", ":"):
            stop = i - 1  # `, — п»`: the quote resumes
            break
        if token.text in (":",):
            break
        stop = i + 1
    return range(tokens.start, stop)


def _possessive_of_words(doc: Doc, cue: CueMatch) -> Optional[int]:
    """`Журнал X приводит его слова`, `В журнале X приводятся ее слова`: the
    possessive on the words the cue's phrase quotes names their speaker (the
    medium quotes them)."""
    for k in cue.tokens:
        if norm(doc.tokens[k].text) not in THIRD_PERSON_POSSESSIVES:
            continue
        # (past an adjective: `приводит его собственные слова`)
        words = next((j for j in range(k + 1, min(k + 3, len(doc.tokens))) if doc.tokens[j].upos != "ADJ"), None)
        if words in cue.tokens and norm(doc.tokens[words].lemma or "") in QUOTED_WORDS:
            return k
    return None


def _make_mention(ctx: _Context, cue: Optional[CueMatch], verb: int, region: range,
                  prefer_after: bool) -> Optional[MentionRef]:
    doc = ctx.doc
    exclude = set(cue.tokens) if cue else {verb}
    if cue is not None and cue.kind == "impersonal":
        return document_mention(doc, verb, region)
    if cue is not None and cue.kind == "quoting" and (owner := _possessive_of_words(doc, cue)) is not None:
        return MentionRef(doc.tokens[owner].start, doc.tokens[owner].end, owner, (owner,))
    if cue is not None and (cue.kind == "quoting" or cue.lemma in QUOTING_LEMMAS or quotes_him(doc, verb)):
        quoted_head = quoted_person(doc, verb, region, exclude)
        if quoted_head is not None:
            return quoted_speaker(doc, verb, quoted_head, region, exclude)
    head = subject_of(doc, verb, region, exclude, prefer_after=prefer_after)
    if head is None:
        if doc.tokens[verb].feat("Number") == "Plur":
            # `— пояснили в милиции`: the institution speaks
            from .indirect.speaker import _locative_speaker

            return _locative_speaker(doc, verb, region, set(exclude))
        return None
    mention = noun_phrase(doc, head, region, exclude)
    comma = doc.first_token_from(mention.end)
    if head > verb and comma < region.stop and doc.tokens[comma].text == ",":
        # `— заявил друг Ростроповича, писатель Александр Солженицын.`: the
        # post and name apposed to the role phrase, to the sentence's end
        stop = next((k for k in range(comma + 1, region.stop) if doc.tokens[k].text in (",", ";", ":")
                     or sentence_end(doc, k)), region.stop)
        if stop == region.stop or sentence_end(doc, stop):
            mention = with_apposed_name(doc, mention, comma, stop)
    if (name := indeclinable_subject(doc, doc.tokens[verb], doc.tokens[head])) is not None:
        # (the name alone: its object `немцев`, which the parse hung on it, is not the speaker)
        inside = tuple(k for k in mention.tokens if name.start <= doc.tokens[k].start < name.end)
        mention = MentionRef(doc.tokens[inside[0]].start, doc.tokens[inside[-1]].end, head, inside)
    if head > verb and doc.tokens[verb].feat("Number") == "Plur":
        # `— сообщили РИА "Новости" в МЧС`: the medium after a plural verb is
        # spoken to; the institution in `в …` speaks
        from .indirect.speaker import _locative_speaker, institution_told, names_kind

        if names_kind(doc, mention) == "media":
            local = _locative_speaker(doc, verb, region, exclude | set(mention.tokens))
            if local is not None and institution_told(doc, local):
                return local
    return mention


def quoted_speaker(doc: Doc, verb: int, head: int, region: range, exclude: set) -> MentionRef:
    """The mention of whose words `цитирует X Y` quotes, from the head
    `quoted_person` found: a document's author, else the phrase without a
    medium the parse hung on it."""
    return quoted_document_author(doc, head, region, verb) or _without_quoting_medium(doc, verb, head, region, exclude)


def quoted_document_author(doc: Doc, noun: int, region: range, verb: int) -> Optional[MentionRef]:
    """`цитирует InoPressa заметку, опубликованную на сайте The Daily Beast`:
    a document quoted speaks through its author, whom a participle on it
    names (its agent, or the owner of the place it was published in)."""
    if doc.tokens[noun].upos != "NOUN" or not names.is_document_noun(doc, noun):
        return None
    # (the participle phrase set off by a comma lies past the author's words)
    sentence = range(region.start, doc.sentence_of(noun).token_range.stop)
    for child in doc.children(noun):
        if child < noun or child not in sentence or doc.tokens[child].feat("VerbForm") != "Part":
            continue
        agent = _participle_agent(doc, child)
        if agent is not None and agent in sentence:
            return noun_phrase(doc, agent, sentence, {verb, noun, child})
        for place in doc.children(child):
            if place in sentence and names.is_publication_place(doc, place):
                owner = _publication_owner(doc, place, sentence, verb)
                if owner is not None:
                    return owner
    return None


def _without_quoting_medium(doc: Doc, verb: int, head: int, region: range, exclude: set) -> MentionRef:
    """`приводит слова председателя администрации РИА "Новости"`: a medium
    that ends the quoted person's phrase, where the verb has no subject of
    its own, is who quotes (the parse hung it on the phrase)."""
    mention = noun_phrase(doc, head, region, exclude)
    if any(doc.tokens[c].deprel.startswith("nsubj") for c in doc.children(verb)):
        return mention
    for k in mention.tokens:
        if k > head and doc.tokens[k].upos in ("PROPN", "X") \
                and names.canonical(doc, noun_phrase(doc, k, region, exclude))[1] == "media":
            return noun_phrase(doc, head, region, exclude | set(range(k, max(mention.tokens) + 1)))
        # (a name in the nominative, quoted or in Latin script, after the
        # person quoted in another case: `цитирует президента "Интерфакс"`,
        # `приводит слова Уайта Las Vegas Review-Journal`, `перевел слова
        # женщины "Кавказский узел"`, a quoted name opening with its adjective; not a name its
        # type noun introduces, `главы компании "Газпром"`)
        if k > head and doc.tokens[head].feat("Case") in ("Acc", "Gen") \
                and (doc.tokens[k].upos in ("PROPN", "X", "NOUN")
                     or doc.tokens[k].upos == "ADJ" and doc.tokens[k - 1].text in QUOTE_GLYPHS) \
                and doc.tokens[k].feat("Case") in (None, "Nom") \
                and (doc.tokens[k - 1].text in QUOTE_GLYPHS or latin_script(doc.tokens[k].text)):
            cut = k - 1 if doc.tokens[k - 1].text in QUOTE_GLYPHS else k
            before = doc.tokens[cut - 1]
            # (nor one a person's name follows: `директора LTA Майкла Дауни`)
            named_after = any(n.type == "PER" and n.end > doc.tokens[k].start and n.start < mention.end
                              for n in overlapping_names(doc, doc.tokens[k].start, mention.end))
            if cut > head and not named_after and not (
                    before.upos == "NOUN" and (names.lexicon_word(before, "org_nouns")
                                               or names.lexicon_word(before, "media_nouns"))):
                return noun_phrase(doc, head, region, exclude | set(range(cut, max(mention.tokens) + 1)))
    return mention


_WHOSE = frozenset({"которого", "которой", "которых"})
_WHERE = frozenset({"где"})
_IN_WHICH = frozenset({"котором", "которой", "которых"})


def document_mention(doc: Doc, verb: int, region: range) -> Optional[MentionRef]:
    """`говорится в сообщении пресс-службы`: the author of the document where
    it is named, else the document (`в докладе`, `в проекте`). Nouns that are
    not documents (`на встрече указывалось`) name nobody."""
    from .names import is_document_noun, is_publication_place

    candidates = [c for c in doc.children(verb) if c in region]
    candidates += [i for i in region if i not in candidates and i > 0
                   and doc.tokens[i - 1].text.lower() in ("в", "во")]
    # (past the adjectives after `в`: `в совместной декларации РФ и КНР`,
    # the noun the parse hung on the quote's verb)
    candidates += [i for i in region if i not in candidates and doc.tokens[i].upos == "NOUN" and any(
        doc.tokens[k].text.lower() in ("в", "во") and all(doc.tokens[j].upos in ("ADJ", "DET") for j in range(k + 1, i))
        for k in range(max(region.start, i - 4), i - 1))]
    # `В размещенном в среду на сайте заявлении группировки говорится`: the
    # document a participle after `в` opens (the parse may hang it elsewhere)
    candidates += [i for i in region if i not in candidates and doc.tokens[i].upos == "NOUN"
                   and is_document_noun(doc, i) and _participle_before(doc, i) is not None]
    pointed = _pointed_document(doc, verb, candidates)
    if pointed is not None:
        return pointed
    # `распространил заявление, где говорится`, `появился ролик, в котором
    # говорится`: the document the relative clause follows
    for words, preposition in ((_WHERE, False), (_IN_WHICH, True)):
        document = _document_before_relative(doc, verb, region, words, preposition)
        if document is not None:
            return document
    for child in candidates:
        token = doc.tokens[child]
        # (`в группе «Поморье - не помойка!»`: a group with a quoted name of
        # its own is a community that publishes, as a `паблик` is)
        community = norm(token.lemma or "") == "группа" and child + 1 < len(doc.tokens) \
            and doc.tokens[child + 1].text in punctuation.QUOTE_GLYPHS
        owner = _publication_owner(doc, child, region, verb) \
            if is_publication_place(doc, child) or community else None
        if owner is not None:
            return owner
        if token.upos not in ("NOUN", "PROPN") or not is_document_noun(doc, child):
            continue
        participle = _participle_before(doc, child)
        if child > 0 and doc.tokens[child - 1].text.lower() not in ("в", "во") and participle is None and \
                not any(doc.tokens[k].text.lower() in ("в", "во") for k in range(max(0, child - 3), child)):
            continue
        # `в его заявлении`: the one the possessive names is the author
        # (and `в указе которого говорится`: the relative clause's antecedent)
        owner = next((k for k in range(max(0, child - 2), child)
                      if norm(doc.tokens[k].text) in THIRD_PERSON_POSSESSIVES
                      and doc.tokens[k].head == child), None)
        if owner is None and child + 1 < len(doc.tokens) and norm(doc.tokens[child + 1].text) in _WHOSE:
            owner = child + 1
        if owner is not None:
            return MentionRef(doc.tokens[owner].start, doc.tokens[owner].end, owner, (owner,))
        places = []
        for grandchild in doc.children(child):
            agent = _participle_agent(doc, grandchild)
            if grandchild in region and agent is not None and agent in region:
                # `в распространенном секретариатом организации заявлении`,
                # `в заявлении, распространенном пресс-службой Кремля`: its author
                return noun_phrase(doc, agent, region, {verb, child, grandchild})
            behalf = _on_behalf_of(doc, grandchild) if grandchild in region else None
            if behalf is not None and behalf in region:
                # `в сообщении, опубликованном от имени представителя соцсети Ричарда Аллана`
                return noun_phrase(doc, behalf, region, {verb, child, grandchild})
            sender = sender_of(doc, grandchild) if grandchild in region else None
            if sender is not None and sender in region:
                return noun_phrase(doc, sender, region, {verb, child, grandchild})
            if grandchild in region and is_publication_place(doc, grandchild) and grandchild > child:
                places.append(grandchild)  # `в карточке дела на сайте Мосгорсуда`
            elif grandchild in region and grandchild > child and doc.tokens[grandchild].feat("VerbForm") == "Part":
                # `в уведомлении, опубликованном на сайте Минфина США`: the place the participle names
                places += [k for k in doc.children(grandchild) if k in region and k > grandchild
                           and is_publication_place(doc, k)]
            if grandchild in region and _genitive_author(doc, child, grandchild):
                from .indirect.speaker import _whole_name

                # (widened to the organisation's name it cuts: `Комитета за
                # мирное объединение Кореи`)
                author = noun_phrase(doc, grandchild, region, {verb, child})
                whole = _whole_name(doc, author, region)
                return author if "(" in doc.text[whole.start:whole.end] else whole
        for place in places:
            owner = _publication_owner(doc, place, region, verb)
            head = doc.tokens[owner.head] if owner is not None else None
            if head is not None and (overlapping_names(doc, head.start, head.end) or any(
                    mark in doc.text[owner.start:owner.end] for mark in punctuation.QUOTE_GLYPHS)
                    or owner.tokens == (owner.head,) and norm(head.text) in THIRD_PERSON_POSSESSIVES):
                return owner  # a named owner, or a quoted name (`на странице центра` is read back later)
        # `в заявлении FHM`: a name right after the noun (whole: `в докладе
        # S&P`, whose `P` the parse may hang elsewhere)
        nxt = child + 1
        if nxt in region and doc.tokens[nxt].upos in ("PROPN", "X") and doc.tokens[nxt].feat("Case") in ("Gen", None):
            from .indirect.speaker import _whole_name

            return _whole_name(doc, noun_phrase(doc, nxt, region, {verb, child}), region)
        # `в материалах дела`: a thing in the genitive tells which document,
        # no author (a bare `в материалах` points back to a medium's article)
        which = nxt
        while which in region and which < nxt + 2 and doc.tokens[which].upos in ("ADJ", "DET"):
            which += 1  # (`в материалах уголовного дела`)
        if which in region and doc.tokens[which].upos == "NOUN" and doc.tokens[which].feat("Case") == "Gen" \
                and doc.tokens[which].head == child and doc.tokens[which].feat("Animacy") != "Anim" \
                and not names.can_write(doc, which):
            return MentionRef(token.start, doc.tokens[which].end, child, tuple(range(child, which + 1)))
        return MentionRef(token.start, token.end, child, (child,))
    return None



def _on_behalf_of(doc: Doc, participle: int) -> Optional[int]:
    """Whose name a document was published in (`опубликованном от имени X`,
    `распространенном от ее имени`): X or the possessive, its author."""
    if doc.tokens[participle].feat("VerbForm") != "Part":
        return None
    for name in doc.children(participle):
        if norm(doc.tokens[name].lemma or "") == "имя" and any(
                norm(doc.tokens[c].text) == "от" for c in doc.children(name)):
            return next((c for c in doc.children(name) if doc.tokens[c].upos in ("NOUN", "PROPN")
                         and doc.tokens[c].feat("Case") in ("Gen", None)
                         or norm(doc.tokens[c].text) in THIRD_PERSON_POSSESSIVES), None)
    return None


def _participle_before(doc: Doc, noun: int) -> Optional[int]:
    """The participle opening `в распространенном секретариатом заявлении`:
    right after `в`, its phrase runs up to the noun it belongs to."""
    for k in range(max(1, noun - 12), noun):
        token = doc.tokens[k]
        if token.upos == "VERB" and token.feat("VerbForm") == "Part" and token.head == noun \
                and doc.tokens[k - 1].text.lower() in ("в", "во") \
                and not any(doc.tokens[j].text in (",", ";", ":") for j in range(k, noun)):
            return k
    return None


def _participle_agent(doc: Doc, participle: int) -> Optional[int]:
    """The instrumental agent of a passive participle (`распространенном
    пресс-службой`): who made the document."""
    token = doc.tokens[participle]
    if token.upos != "VERB" or token.feat("VerbForm") != "Part" or token.feat("Voice") not in ("Pass", None) \
            or (token.lemma or "").lower() in RECEIVING:
        return None  # (`в полученном агентством ответе`: the agency received it)
    for child in doc.children(participle):
        agent = doc.tokens[child]
        if agent.deprel in ("obl:agent", "obl") and agent.feat("Case") == "Ins" and agent.upos in ("NOUN", "PROPN") \
                and not any(doc.tokens[c].deprel == "case" for c in doc.children(child)) \
                and (agent.deprel == "obl:agent" or agent.feat("Animacy") == "Anim" or agent.upos == "PROPN"
                     or names.lexicon_word(agent, "org_nouns") or names.lexicon_word(agent, "media_nouns")
                     or names.lexicon_word(agent, "group_nouns")):
            return child
    return None


_POINTERS = {"котором": "relative", "которой": "relative", "которых": "relative", "нем": "Masc", "ней": "Fem",
             "них": "Plur"}


def _pointed_document(doc: Doc, verb: int, candidates: list[int]) -> Optional[MentionRef]:
    """`заявление, в котором говорится`, `… приводит заявление Y. В нем
    говорится`: the document pointed back to speaks, or rather its author:
    its genitive (`заявление представителя Вайнштейна`), else the subject
    of the verb that issued it (`Соединенные Штаты выступили с заявлением`)."""
    pointer = next((c for c in candidates if norm(doc.tokens[c].text) in _POINTERS and c > 0
                    and doc.tokens[c - 1].text.lower() in ("в", "во")), None)
    if pointer is None:
        return _there(doc, verb, candidates)
    document = None
    if _POINTERS[norm(doc.tokens[pointer].text)] == "relative":
        head = doc.tokens[verb].head
        # (the relative word agrees with its noun: `ответ … на поданную
        # заявку, в котором говорится` is the answer's, on which `заявку` hangs)
        if head is not None:
            head = _agreeing_noun(doc, doc.tokens[pointer], head)
        if doc.tokens[verb].deprel == "acl:relcl" and head is not None and names.is_document_noun(doc, head):
            document = head
    elif pointer == doc.sentence_of(pointer).first + 1 and doc.tokens[pointer].sentence > 0:
        # `В нем говорится`: the last document of the sentence before, of its
        # gender; `В них говорилось`, of the plural (`раздавали листовки`)
        before = doc.sentences[doc.tokens[pointer].sentence - 1].token_range
        gender = _POINTERS[norm(doc.tokens[pointer].text)]
        documents = [k for k in reversed(before) if doc.tokens[k].upos == "NOUN" and names.is_document_noun(doc, k)
                     and (_plural_noun(doc, k) == (gender == "Plur"))
                     and (gender == "Plur" or doc.tokens[k].feat("Gender") in (None, gender) or gender == "Masc"
                          and doc.tokens[k].feat("Gender") == "Neut")]
        # a document the sentence is about (`цитирует … поручение президента`),
        # not a word in a phrase (`в пригородном сообщении`)
        document = next((k for k in documents if doc.tokens[k].deprel in ("obj", "nsubj", "nsubj:pass")),
                        documents[0] if documents else None)
    if document is None:
        return None
    return _document_speaker(doc, document)


def _plural_noun(doc: Doc, noun: int) -> bool:
    """Plural, or counted (`два доклада`, which the tagger reads singular;
    not `одно письмо`, nor a numbered one, `приказ № 125`)."""
    return doc.tokens[noun].feat("Number") == "Plur" or any(
        doc.tokens[c].deprel in ("nummod", "nummod:gov") and doc.tokens[c].upos == "NUM"
        and not norm(doc.tokens[c].text).startswith("одн") for c in doc.children(noun))


def _document_speaker(doc: Doc, document: int) -> MentionRef:
    """A document pointed back to speaks through its author: its genitive
    (`заявление представителя Вайнштейна`), else the subject of the verb
    that issued it (`Соединенные Штаты выступили с заявлением`), else itself."""
    around = doc.sentence_of(document).token_range
    for child in doc.children(document):
        if _genitive_author(doc, document, child):
            return noun_phrase(doc, child, around, {document})
    issuer = doc.tokens[document].head
    if issuer is not None and doc.tokens[document].deprel in ("obj", "obl") \
            and (doc.tokens[issuer].lemma or "").lower() in names.document_issuers():
        subject = subject_of(doc, issuer, around, {document})
        if subject is not None:
            return noun_phrase(doc, subject, around, {issuer, document})
    token = doc.tokens[document]
    return MentionRef(token.start, token.end, document, (document,))


def _there(doc: Doc, verb: int, candidates: list[int]) -> Optional[MentionRef]:
    """`… нашли на сайте госзакупок. Там было указано, что P`, `Министерство
    опубликовало доклад. Там говорится`: `там` opening the sentence points
    back to the last document or publication place of the sentence before;
    the place speaks through its owner, the document through its author
    (`Делегация прибыла в Москву. Там было сказано` names no one)."""
    there = next((c for c in candidates if norm(doc.tokens[c].text) == "там"
                  and c == doc.sentence_of(c).first and doc.tokens[c].sentence > 0), None)
    if there is None:
        return None
    before = doc.sentences[doc.tokens[there].sentence - 1].token_range
    # (a document before the place it lies in: `разместила объявление на своем
    # сайте`; one the sentence is about, not a word of a phrase: `прибыла в
    # Москву для подписания договора`)
    about = [k for k in reversed(before) if doc.tokens[k].upos == "NOUN"
             and doc.tokens[k].deprel in ("obj", "nsubj", "nsubj:pass", "obl")]
    document = next((k for k in about if names.is_document_noun(doc, k)), None)
    if document is not None:
        return _document_speaker(doc, document)
    place = next((k for k in about if names.is_publication_place(doc, k)), None)
    if place is None:
        return None
    token = doc.tokens[place]
    return _publication_owner(doc, place, before, verb) or MentionRef(token.start, token.end, place, (place,))


def _genitive_author(doc: Doc, document: int, child: int) -> bool:
    """`заявление представителя X`, `в сообщении пресс-службы`: a genitive
    after the document noun that wrote it (not `в карточке дела`)."""
    token = doc.tokens[child]
    # (`в заявлении одного из режиссеров картины`: one of them wrote it)
    # (no preposition's object but whence it came: `в сообщении для СМИ` names
    # whom it was for, `в ответе из Америки` who sent it)
    return token.deprel.startswith("nmod") and child > document and token.feat("Case") in ("Gen", None) \
        and not any(doc.tokens[c].deprel == "case" and doc.tokens[c].upos == "ADP"
                    and norm(doc.tokens[c].text) not in ("от", "из") for c in doc.children(child)) \
        and (token.upos in ("NOUN", "PROPN", "X") or one_of(doc, child, range(child, len(doc.tokens)))) \
        and not _mute(doc, child) \
        and not (names.lex_lemma(doc.tokens[document]) in _ABOUT_THINGS and _a_thing(doc, child))


# documents whose genitive is most often what they describe (`в спецификации
# заказа`, `в описании товара`), not who wrote them: only one who can write is
# their author (`в инструкции производителя`)
_ABOUT_THINGS = frozenset({"спецификация", "описание", "задание", "техзадание", "инструкция", "регламент",
                           "аннотация", "документация", "примечание"})


def _a_thing(doc: Doc, index: int) -> bool:
    """A common noun that names no one who writes (people, bodies and
    outlets write: `в описании пресс-службы`, `в инструкции производителя`)."""
    token = doc.tokens[index]
    if token.upos != "NOUN" or overlapping_names(doc, token.start, token.end) or names.is_document_noun(doc, index):
        return False  # (`в тексте показаний экс-майора`: a document's document, whose author is read on)
    return not names.can_write(doc, index)


def _mute(doc: Doc, index: int) -> bool:
    """A genitive that wrote nothing: `в карточке дела`, `в протоколе
    заседания` name the case or the meeting, not the author."""
    return doc.tokens[index].upos == "NOUN" and names.lexicon_word(doc.tokens[index], "not_authors") is not None


def _document_before_relative(doc: Doc, verb: int, region: range, words: frozenset,
                              preposition: bool) -> Optional[MentionRef]:
    """The document noun right before `, где` or, with `preposition`, `, в
    котором` (one of `words` after its `в`), a few words before `verb`."""
    step = 1 if preposition else 0
    for k in range(max(region.start, verb - 3 - step), verb):
        noun = k - 2 - step
        if norm(doc.tokens[k].text) not in words or noun < 0 \
                or preposition and norm(doc.tokens[k - 1].text) not in ("в", "во"):
            continue
        if doc.tokens[noun + 1].text == "," and doc.tokens[noun].upos == "NOUN" \
                and names.is_document_noun(doc, noun):
            # (the relative word agrees with its noun: `ответ … на поданную
            # заявку, в котором говорится` is the answer's, the noun `заявку`
            # hangs on, not the application's)
            if preposition:
                noun = _agreeing_noun(doc, doc.tokens[k], noun, lambda up: names.is_document_noun(doc, up))
                if noun is None:
                    return None
            token = doc.tokens[noun]
            return MentionRef(token.start, token.end, noun, (noun,))
    return None


def _agreeing_noun(doc: Doc, relative: Token, noun: int, through=lambda up: True) -> Optional[int]:
    """`noun`, or the first noun before it up its parse heads (each one
    `through` allows) that the relative word agrees with; None where the
    climb ends first."""
    while not _relative_agrees(relative, doc.tokens[noun]):
        up = doc.tokens[noun].head
        if up is None or up >= noun or doc.tokens[up].upos != "NOUN" or not through(up):
            return None
        noun = up
    return noun


def _relative_agrees(relative: Token, noun: Token) -> bool:
    """`котором` goes with a masculine or neuter singular noun, `которой`
    with a feminine one, `которых` with a plural; a noun that shows
    neither agrees."""
    word = norm(relative.text)
    number, gender = noun.feat("Number"), noun.feat("Gender")
    if word == "которых":
        return number in (None, "Plur")
    if number == "Plur":
        return False
    if word == "котором":
        return gender in (None, "Masc", "Neut")
    if word == "которой":
        return gender in (None, "Fem")
    return True


def _publication_owner(doc: Doc, place: int, region: range, verb: int) -> Optional[MentionRef]:
    """`сообщается на официальном сайте ГУ МЧС`, `говорится на странице
    министра в Facebook`: the owner of the place (its genitive) speaks; a
    place with no owner named names nobody."""
    # (`на сайте`, `в блоге`, `в телеграм-канале`)
    if not any(doc.tokens[k].text.lower() in ("на", "в", "во") for k in range(max(region.start, place - 3), place)):
        return None
    # `на ее странице «ВКонтакте»`: the possessive is the owner, the name
    # after the place the network it lies on
    following = doc.tokens[place + 1] if place + 1 < len(doc.tokens) else None
    quoted = following is not None and following.text in punctuation.QUOTE_GLYPHS
    owner = next((k for k in range(max(region.start, place - 2), place)
                  if norm(doc.tokens[k].text) in THIRD_PERSON_POSSESSIVES
                  and doc.tokens[k].head == place), None)
    if owner is not None and (quoted or following is not None and any(
            n.start == following.start for n in overlapping_names(doc, following.start, following.end))):
        return MentionRef(doc.tokens[owner].start, doc.tokens[owner].end, owner, (owner,))
    # `в группе «Поморье - не помойка!»`, `в телеграм-канале «Поморье»`: a
    # place named in its own right, in the nominative, speaks as itself
    if quoted and place + 2 < region.stop and doc.tokens[place + 2].feat("Case") != "Gen":
        # (the name may end in `!`, which the segmenter takes for a sentence's end)
        closing = next((k for k in range(place + 2, min(len(doc.tokens), place + 10))
                        if doc.tokens[k].text in punctuation.QUOTE_GLYPHS), None)
        # (not a network's own name: `в группе «ВКонтакте»`, `в аккаунте «Твиттер»`)
        if closing is not None and closing > place + 2 \
                and norm(doc.text[doc.tokens[place + 2].start:doc.tokens[closing - 1].end]) \
                not in names.SOCIAL_NETWORKS | {"в контакте"}:
            # (the name in its marks, kept as written: `«Мы против свалки»`)
            head = next((k for k in range(place + 2, closing)
                         if doc.tokens[k].upos in ("NOUN", "PROPN") and not is_pronoun(doc.tokens[k])), place + 2)
            return MentionRef(doc.tokens[place + 1].start, doc.tokens[closing].end, head,
                              tuple(range(place + 1, closing + 1)))
    # (a name's adjectives first: `на сайте Ленинского районного суда`; not
    # a description's, `на сайте местной надзорной службы`, a generic noun
    # read back later)
    for k in range(place + 1, min(region.stop, place + 6 + quoted)):
        token = doc.tokens[k]
        if token.upos in ("NOUN", "PROPN", "X") and token.feat("Case") in ("Gen", None):
            found = noun_phrase(doc, k, region, {verb, place})
            # (or one a name's genitive makes definite: `на сайте московского
            # межрегионального управления Следственного комитета`)
            if k > place + 2 + quoted and not overlapping_names(doc, doc.tokens[place + 1].start, token.end) \
                    and not any(n.type == "ORG" for n in overlapping_names(doc, token.end, found.end)):
                break
            # (in any case: the site's name follows in the genitive, `на сайте Демократора`)
            if names.petition_site(doc.text[found.start:found.end]):
                return None  # `в петиции на сайте Change.org`: the site hosts whoever wrote it
            return found
        # (`на сайте «Оппозиционного блока»`: a quoted name)
        if token.upos not in ("ADJ", "DET") and not (k == place + 1 and token.text in punctuation.QUOTE_GLYPHS):
            break
    return None


def _split_inside(ctx: _Context, part: Span) -> Optional[tuple[Span, Span, CueMatch | None, int, range]]:
    """`П1, — а, — П2` inside one pair of marks."""
    doc = ctx.doc
    tokens = ctx.tokens_in(part.start, part.end)
    for i in tokens:
        if doc.tokens[i].text not in DASHES or i == tokens.start:
            continue
        before = doc.tokens[i - 1]
        if before.text not in (",", ".", "!", "?", "…"):
            continue
        # the author's words run to a second dash after a comma or full stop
        j = i + 1
        second = None
        while j < tokens.stop and j - i <= 25:
            if doc.tokens[j].text in DASHES and doc.tokens[j - 1].text in (",", "."):
                second = j
                break
            j += 1
        if second is None:
            continue
        region = range(i + 1, second - 1)
        cue, verb, listed = _cue_in_region(ctx, region, max_lead=8)
        # (a finite verb opening the author's words between the two dashes
        # and a subject after it is a report whatever the verb: `«P1, —
        # отреагировал блогер Антон Носик. — P2»`)
        unlisted_report = verb is not None and not listed and verb == region.start \
            and doc.tokens[verb].feat("VerbForm") == "Fin" and len(region) <= 10 \
            and any(doc.tokens[c].deprel.startswith("nsubj") and c > verb for c in doc.children(verb))
        if verb is None or not listed and not unlisted_report:
            continue
        end1 = before.start if before.text in (",", ".") else before.end
        first_span = Span(part.start, end1)
        second_span = Span(doc.tokens[second + 1].start, part.end) if second + 1 < tokens.stop else None
        if second_span is None or len(first_span) == 0:
            continue
        return first_span, second_span, cue, verb, region
    return None


def _trailing_relay(ctx: _Context, q: QuotedSpan, bound: Span) -> Optional[RelayRef]:
    """`«П1, — сказал Эрдоган. — П2», — передает РИА Новости`, `— цитирует
    слова премьера пресс-служба президента`: a split quote names its speaker
    inside the marks, so a relay verb after them, with an organisation or a
    medium for its subject, passes the words on."""
    doc = ctx.doc
    after = _AFTER.match(doc.text, q.close + 1, bound.end)
    if not after or not (after.group("dash") or "," in after.group("punct")):
        return None
    region = _author_region_after(ctx, after.end(), bound)
    cue, verb, listed = _cue_in_region(ctx, region, max_lead=4, require_listed=True)
    if cue is None or not listed or cue.lemma not in RELAY_LEMMAS:
        return None
    head = subject_of(doc, verb, region, set(cue.tokens), prefer_after=True)
    if head is None or doc.tokens[head].upos == "PRON":
        return None
    mention = noun_phrase(doc, head, region, set(cue.tokens))
    if names.canonical(doc, mention)[1] not in ("media", "organization"):
        return None
    return RelayRef(mention, cue.start, cue.end, "relay.trailing")


def find_direct(doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch]) -> list[Attribution]:
    ctx = _Context(doc, quoted, cues)
    results: list[Attribution] = []
    for index, q in enumerate(quoted):
        found = _attribute(ctx, index, q)
        if found is not None:
            results.append(found)
    return layouts.drop_metadata(doc, results)


def _attribute(ctx: _Context, index: int, q: QuotedSpan) -> Optional[Attribution]:
    doc = ctx.doc
    bound = ctx.bound(q)

    # split: «П1, — а, — П2»
    for k, part in enumerate(q.spans):
        split = _split_inside(ctx, part)
        if split is not None:
            first, second, cue, verb, region = split
            spans = list(q.spans[:k]) + [first, second] + list(q.spans[k + 1:])
            split_quote = Attribution(
                "direct", spans, "direct.split", 0.95, cue=cue,
                mention=_make_mention(ctx, cue, verb, region, prefer_after=True),
                quoted=index,
            )
            relay = _trailing_relay(ctx, q, bound)
            if relay is not None:
                split_quote.relays.append(relay)
            return split_quote

    starts = _starts_utterance(doc, q, bound)

    # after: «П», — а.
    after = _AFTER.match(doc.text, q.close + 1, bound.end)
    if after and starts:
        punct, dash = after.group("punct"), after.group("dash")
        if dash or "," in punct:
            region = _author_region_after(ctx, after.end(), bound)
            cue, verb, listed = _cue_in_region(
                ctx, region, max_lead=10 if dash else 2, require_listed=not dash)
            mention = _make_mention(ctx, cue, verb, region, prefer_after=True) if verb is not None else None
            if verb is not None and not listed:
                if mention is None and verb != region.start and not any(
                        (doc.tokens[k].upos == "PROPN" or doc.tokens[k].upos in ("NOUN", "PRON")
                         and doc.tokens[k].feat("Case") in ("Nom", None))
                        and not any(doc.tokens[c].deprel == "case" for c in doc.children(k))
                        for k in _to_comma(doc, region)) and _colon_before(ctx, q, bound) is not None:
                    # `Он сказал: «Здрасте, я пришел» - так (в Кремле) не
                    # бывает`: after words a colon's verb introduced, a verb
                    # no one does (no subject in the author's words) is the
                    # author's comment on the quote, not the verb of its saying
                    # (`«Посмотрим», - неопределенно махнул рукой` keeps it)
                    verb = None
            if cue is not None and cue.unsaid:
                # `Прямо - «да, наши войска там» - он не говорил`: words not said
                return None
            if verb is not None and (listed or len(region) <= 8) \
                    and not (not listed and _between_dashes(doc, q, bound)):
                rule = "direct.after" if dash else "direct.after.comma"
                if not listed:
                    rule += ".unlisted"
                # `Петров заявил: «П», сообщает ТАСС`: the speaker is before
                # the colon; the outlet after the quote passes it on (but
                # `цитирует министра «Интерфакс»` names the speaker itself)
                # (a name the lexicon does not know as an outlet, an
                # organisation or a site's address, passes it on all the
                # same: `ответил: «…», передает Delfi.ee`)
                if cue is not None and cue.lemma in RELAY_LEMMAS and mention is not None \
                        and names.canonical(doc, mention)[1] in ("media", "organization") \
                        or cue is not None and cue.lemma in RELAY_LEMMAS and mention is not None \
                        and _SITE_ADDRESS.search(doc.text[mention.start:mention.end]):
                    colon = _colon_before(ctx, q, bound)
                    if colon is not None and colon.rule == "direct.colon":
                        colon.relays.append(RelayRef(mention, cue.start, cue.end, "relay.trailing"))
                        return colon
                return Attribution(
                    "direct", list(q.spans), rule, 0.95 if listed else 0.7,
                    cue=cue, mention=mention, quoted=index,
                )

    # before: А: «П».
    colon = _colon_before(ctx, q, bound)
    if colon is not None:
        return colon

    # dialogue: — П, — а.
    return None


def _colon_before(ctx: _Context, q: QuotedSpan, bound: Span) -> Optional[Attribution]:
    doc = ctx.doc
    i = q.open - 1
    while i >= bound.start and doc.text[i] in " \t\u00a0":
        i -= 1
    if i < bound.start or doc.text[i] not in ":—–-":
        return None
    colon_char = doc.text[i]
    sentence_token = doc.token_at(i)
    if sentence_token is None:
        return None
    sentence = doc.sentence_of(sentence_token.index)
    start = max(sentence.start, bound.start)
    # the author's words: from the sentence start (or the last quote before)
    # only quotes closing between `start` and the colon can move it (by closing position)
    # (a name in marks moves it only where the verb has no subject after it:
    # `Романович в интервью «Коммерсанту» заявил: «…»`)
    past_names = start
    for other in cached(ctx.__dict__, "_by_close", ctx.quoted,
                        start=lambda x: x.close, end=lambda x: x.close).starting(start, i):
        if other.close < i and other.close >= start and other.depth == q.depth:
            if not _a_name_in_marks(doc, other):
                past_names = max(past_names, other.close + 1)
            start = other.close + 1
    region = ctx.tokens_in(start, i)
    before_names = ctx.tokens_in(past_names, i)
    cue = _last_cue(ctx, region)
    if cue is None and len(before_names) > len(region):
        # `Романович заявил «Коммерсанту»: «…»`: the verb before the name (not
        # a trailing report's, whose words come before it: `P, сообщил РИА
        # «Новости» Соловьев: «…»` keeps P; a comma right before the verb ends
        # P, one of an opening word, `Кроме того, Романович заявил`, does not)
        found = _last_cue(ctx, range(before_names.start, region.start))
        if found is not None and (min(found.tokens) == 0 or doc.tokens[min(found.tokens) - 1].text != ","):
            cue, region = found, before_names
    verb = cue.head if cue is not None else None
    if not region:
        return None
    if cue is not None and "citing" in cue.classes:
        return None  # `Издание приводит данные опроса: «…»`: figures, no one's words
    # the last word before the colon, and the noun it belongs to (past its
    # author: `рассказы Вертинского`)
    last = next((j for j in reversed(region) if doc.tokens[j].upos != "PUNCT"), None)
    noun = last
    while noun is not None and doc.tokens[noun].deprel.startswith(("nmod", "flat")) \
            and doc.tokens[noun].head is not None and doc.tokens[noun].head in region \
            and doc.tokens[noun].head < noun:
        noun = doc.tokens[noun].head
    # (not the work that speaks: `говорится в книге Михаила Зыгаря: «…»`)
    if noun is not None and doc.tokens[noun].upos == "NOUN" and _work(doc.tokens[noun]) \
            and not any(norm(doc.tokens[c].text) in ("в", "во") for c in doc.children(noun)) \
            and (cue is None or cue.kind != "impersonal"):
        # `опубликовал первые рассказы Вертинского: «Красные бабочки» и …`,
        # `главу о последнем эпизоде сезона — «Враг народа»`: a work's title
        return None
    if cue is None and colon_char != ":":
        return None
    outer = _report_around(ctx, region, verb) if cue is not None and colon_char == ":" else None
    if outer is not None:
        # `Министр заявил, что Киев не собирается просить о помощи: «…»`: the
        # verb before the colon is inside the report's clause; the quote that
        # follows the clause goes on with the reporter's words, under his cue
        # (the dev gold: `предположил, что P: "Q"`, `отметил, что P: «Q»`)
        mention = _make_mention(ctx, outer[0], outer[1], region, prefer_after=False)
        return Attribution("direct", list(q.spans), "direct.colon.report", 0.8, cue=outer[0], mention=mention,
                           quoted=_position(ctx, q))
    if cue is not None and any(doc.tokens[k].text.lower() in ("что", "чтобы") and not as_for(doc, k)
                               for k in range(verb, region.stop)):
        if colon_char != ":" or not _opens_a_sentence(doc, q) or doc.tokens[verb].feat("VerbForm") == "Inf":
            return None  # `заявил, что Веллитон - «подонок»`: mixed speech, not direct
        # `заявил, что дорогу починят: «Работы начнутся в мае»`: the clause
        # ends at the colon, and a sentence of the reporter's own follows (not
        # after an infinitive: `чтобы подчеркнуть, что P: «Q»` says whose?)
        mention = _make_mention(ctx, cue, verb, region, prefer_after=False)
        return Attribution("direct", list(q.spans), "direct.colon.clause", 0.8,
                           cue=cue, mention=mention, quoted=_position(ctx, q))
    if cue is not None:
        mention = _make_mention(ctx, cue, verb, region, prefer_after=False)
        if mention is None and len(before_names) > len(region):
            mention = _make_mention(ctx, cue, verb, before_names, prefer_after=False)
        if mention is None and doc.tokens[verb].deprel == "conj":
            # a conjunct's subject before the quoted words the region starts
            # after (`актриса попросила не писать слов «великая», «прекрасная»
            # и попросила: «…»`)
            # (never one inside quoted words: `«Жильцы получат квартиры», —
            # заверили журналистов и добавили: «…»` names no one)
            whole = ctx.tokens_in(max(sentence.start, bound.start), i)
            found = _make_mention(ctx, cue, verb, whole, prefer_after=False)
            if found is not None and not any(o.open <= found.start < o.close for o in ctx.quoted):
                mention = found
        if mention is None and cue.phrasing:
            return None  # `Сформулировать это можно просто: «…»`: how one might put it, nobody's words
        return Attribution("direct", list(q.spans), "direct.colon", 0.9,
                           cue=cue, mention=mention, quoted=_position(ctx, q))
    # a speech noun: `Его ответ был коротким: «Нет»`, `слова министра: «…»`
    for j in region:
        token = doc.tokens[j]
        if token.upos != "NOUN" or token.lemma.lower() not in SPEECH_NOUNS:
            continue
        owner = None
        for child in doc.children(j):
            c = doc.tokens[child]
            if child in region and (c.text.lower() in ("его", "ее", "её", "их")
                                    or c.deprel.startswith("nmod") and c.feat("Case") == "Gen"
                                    and c.upos in ("NOUN", "PROPN")):
                owner = child
                break
        if owner is None and j - 1 in region and doc.tokens[j - 1].text.lower() in ("его", "ее", "её", "их"):
            owner = j - 1
        if owner is not None:
            mention = noun_phrase(doc, owner, region, {j})
            return Attribution("direct", list(q.spans), "direct.colon.noun", 0.7,
                               mention=mention, quoted=_position(ctx, q))
    event = _speech_event(ctx, q, region)
    if event is not None:
        return event
    # (a written text names what the words are, no one who said them: `лист
    # бумаги с надписью: «…»`, `поперек граф … запись: «…»`)
    if last is not None and doc.tokens[last].upos == "NOUN" and norm(doc.tokens[last].lemma or "") in _WRITTEN_TEXTS:
        return None
    # no verb: `Сам Александр Белов оказался более дипломатичным: «…»`
    for j in region:
        token = doc.tokens[j]
        if token.deprel in ("nsubj",) and token.upos in ("PROPN", "NOUN", "PRON") \
                and token.feat("Case") == "Nom" and _is_person_like(doc, j):
            mention = noun_phrase(doc, j, region)
            return Attribution("direct", list(q.spans), "direct.colon.subject", 0.6,
                               mention=mention, quoted=_position(ctx, q))
    # a person's name alone opening the sentence labels the words, whatever
    # the parse made of it (`Вячеслав Бутусов: «…»` read as the root); not
    # in the headline (`Дмитрий Шушарин: "Путин всегда добивается своего"`
    # heads a column: its title, and the column follows)
    from .antecedents import title_end

    words = [j for j in region if doc.tokens[j].upos != "PUNCT"]
    if words and words[0] == doc.sentence_of(words[0]).first and doc.tokens[words[0]].start > title_end(doc) and all(
            doc.tokens[j].upos == "PROPN" and doc.tokens[j].feat("Case") in ("Nom", None) for j in words):
        people = [n for n in overlapping_names(doc, doc.tokens[words[0]].start, doc.tokens[words[-1]].end)
                  if n.type == "PER"]
        if len(people) == 1 and people[0].start <= doc.tokens[words[0]].start \
                and doc.tokens[words[-1]].end <= people[0].end:
            mention = MentionRef(doc.tokens[words[0]].start, doc.tokens[words[-1]].end, words[0], tuple(words))
            return Attribution("direct", list(q.spans), "direct.colon.subject", 0.6,
                               mention=mention, quoted=_position(ctx, q))
    return None


def _speech_event(ctx: _Context, q: QuotedSpan, region: range) -> Optional[Attribution]:
    """A speech event named as a heading before the colon, no verb in it:
    `18 марта 2014 года, телевизионное обращение президента: «…»` (the
    owner in the genitive speaks, a person or a body), `прямая линия с
    Владимиром Путиным: «…»` (the one it is held with, never the press:
    `Интервью с корреспондентом`), `выступление на заседании клуба «Валдай»:
    «…»` (no one named: a chronicle's entry, the speaker of the quote just
    before goes on, as after a floating quote)."""
    doc = ctx.doc
    words = [j for j in region if doc.tokens[j].upos != "PUNCT"]
    if not words or words[0] != doc.sentence_of(words[0]).first \
            or any(doc.tokens[j].feat("VerbForm") == "Fin" for j in words):
        return None
    for j in words:
        token = doc.tokens[j]
        lemma = norm(token.lemma or "")
        if token.upos != "NOUN" or lemma not in SPEECH_EVENTS or token.feat("Case") != "Nom":
            continue
        children = [c for c in doc.children(j) if c in region]
        modifiers = {norm(doc.tokens[c].lemma or "") for c in children}
        if lemma == "линия" and "прямой" not in modifiers or lemma == "речь" and "прямой" in modifiers:
            continue  # (a line that is no broadcast; `Прямая речь:` is a rubric)
        for child in children:
            c = doc.tokens[child]
            if not (c.deprel.startswith("nmod") and c.upos in ("NOUN", "PROPN")):
                continue
            case = {norm(doc.tokens[g].text) for g in doc.children(child) if doc.tokens[g].deprel == "case"}
            owner = c.feat("Case") == "Gen" and not case
            held_with = lemma in _HELD_WITH and c.feat("Case") == "Ins" and case == {"с"}
            if held_with and names.lex_lemma(c) in _INTERVIEWERS:
                return None  # `Интервью с корреспондентом РИА Новости`: the press asks
            if not owner and not (held_with and _is_person_like(doc, child)):
                continue
            mention = noun_phrase(doc, child, region, {j})
            if owner and not _is_person_like(doc, child) and names.canonical(doc, mention)[1] != "organization":
                return None  # (whose the event is, no one who speaks: `Обращение к нации`)
            return Attribution("direct", list(q.spans), "direct.colon.event", 0.7,
                               mention=mention, quoted=_position(ctx, q))
        # (no one named: only right after a quote, as a floating quote goes on)
        label = doc.tokens[words[0]].start
        if not any(label - 400 <= other.close < label and doc.text.count("\n", other.close, label) <= 2
                   for other in ctx.quoted):
            return None
        return Attribution("direct", list(q.spans), "direct.colon.event", 0.6,
                           quoted=_position(ctx, q), inherits=True)
    return None


def _report_around(ctx: _Context, region: range, verb: int):
    """(cue, verb) of a verb of speech earlier in `region` whose `что`-clause
    holds `verb` (a verb cue itself) and runs on to the region's end with
    no report of its own between: `заявил, что … не собирается просить …:`."""
    doc = ctx.doc
    for j in region:
        if j >= verb:
            return None
        outer = ctx.verb_cues.get(j)
        if outer is None or "speech" not in outer.classes or doc.tokens[j].feat("VerbForm") != "Fin":
            continue
        that = next((k for k in range(j + 1, verb) if doc.tokens[k].text.lower() == "что"
                     and doc.tokens[k].upos == "SCONJ"), None)
        # (the colon's own verb an infinitive of the clause, no report of its
        # own: `заметил, что может посоветовать только одно: «…»`)
        if that is not None and not any(k in ctx.verb_cues and "speech" in ctx.verb_cues[k].classes
                                        and not (k == verb and doc.tokens[k].feat("VerbForm") == "Inf")
                                        for k in range(that + 1, region.stop)):
            return outer, j
    return None


def _is_person_like(doc: Doc, index: int) -> bool:
    token = doc.tokens[index]
    if token.upos == "PRON":
        return token.text.lower() in PERSONAL_SUBJECTS
    if token.feat("Animacy") == "Anim":
        return True
    return any(n.type == "PER" for n in overlapping_names(doc, token.start, token.start + 1))


_DIALOGUE_START = regex.compile(r"[ \t\u00a0]*(?:—|–|―|--|-)[ \t\u00a0]+(?=\S)")


def find_dialogue(doc: Doc, quoted: list[QuotedSpan], cues: list[CueMatch]) -> list[Attribution]:
    """`— П, — а. — П2`: a paragraph opened by a dash, with the author's
    words after a second dash. Lines without the author's words are not
    reported: nothing says who speaks."""
    ctx = _Context(doc, quoted, cues)
    results = []
    for par in doc.paragraphs:
        opening = _DIALOGUE_START.match(doc.text, par.start, par.end)
        if opening is None:
            continue
        tokens = ctx.tokens_in(opening.end(), par.end)
        if not tokens:
            continue
        for i in tokens:
            token = doc.tokens[i]
            if token.text not in DASHES or i == tokens.start:
                continue
            before = doc.tokens[i - 1]
            if before.text not in (",", "!", "?", "…", "?!", "!?"):
                continue
            region = _author_region_after(ctx, token.end, Span(par.start, par.end))
            cue, verb, listed = _cue_in_region(ctx, region, max_lead=6)
            if verb is None or (not listed and verb != region.start):
                continue
            end1 = before.start if before.text == "," else before.end
            spans = [_strip(doc, Span(opening.end(), end1))]
            after_author = region.stop
            # `— П2` after the author's words
            if after_author < tokens.stop and after_author + 1 < tokens.stop \
                    and doc.tokens[after_author + 1].text in DASHES:
                rest = Span(doc.tokens[after_author + 1].end, par.end)
                spans.append(_strip(doc, rest, final=True))
            spans = [s for s in spans if len(s) > 0]
            if spans:
                results.append(Attribution(
                    "direct", spans, "direct.dialogue" if listed else "direct.dialogue.unlisted",
                    0.85 if listed else 0.65, cue=cue,
                    mention=_make_mention(ctx, cue, verb, region, prefer_after=True),
                ))
            break
    return layouts.drop_metadata(doc, results + layouts.find_interview(doc))


def _strip(doc: Doc, span: Span, final: bool = False) -> Span:
    start, end = span.start, span.end
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and (doc.text[end - 1].isspace() or (final and doc.text[end - 1] == ".")):
        end -= 1
    return Span(start, end)


def find_floating(doc: Doc, quoted: list[QuotedSpan], taken: set[int],
                  attributions: list[Attribution]) -> list[Attribution]:
    """Quotes that stand as sentences of their own right after an attributed
    quote or statement: they inherit its speaker."""
    results = []
    paragraphs: set[int] = set()  # the floating quotes that are whole paragraphs
    anchors = sorted((a for a in attributions if a.parent is None), key=lambda a: a.end)
    anchor_ends = [a.end for a in anchors]
    by_start = StartIndex(attributions)
    for index, q in enumerate(quoted):
        if index in taken or q.depth > 0:
            continue
        par = doc.paragraph_at(q.open)
        bound = Span(par.start, par.end) if par else Span(0, len(doc.text))
        if not (_starts_utterance(doc, q, bound) and _ends_utterance(doc, q, bound)):
            continue
        content = doc.text[q.content.start:q.content.end]
        whole_paragraph = par is not None and not doc.text[par.start:q.open].strip(" —–-") \
            and not doc.text[q.close + 1:par.end].strip(" .!?…")
        if not (whole_paragraph and len(content.split()) >= 3) and \
                (len(content.split()) < 4 or not _looks_like_speech(content)):
            continue
        label = _subheading_label(doc, par, q) if par is not None else None
        if label is not None:
            # `Адвокат: гей-скандал вокруг Френкеля - "нелепые попытки …"`: a
            # subheading that names whose words it gives before its colon
            results.append(Attribution("mixed", list(q.spans), "direct.colon.label", 0.6, mention=label,
                                       quoted=index))
            continue
        # the anchors are sorted by end: those before the quote are a prefix
        before = bisect_right(anchor_ends, q.open)
        last = anchors[before - 1] if before else None
        # (a floating quote found just before is one too where both are whole
        # paragraphs: a column of quoted paragraphs goes on, however long each)
        if whole_paragraph and results and id(results[-1]) in paragraphs and results[-1].end <= q.open \
                and (last is None or results[-1].end > last.end):
            last = results[-1]
        if last is None:
            continue
        gap = doc.text[last.end:q.open]
        if gap.count("\n") > 2 or len(gap) > 400:
            continue
        # nothing but the previous attribution's author words may stand between
        between = by_start.starting(last.end, q.open)
        if between:
            continue
        stance = _stance_before(doc, last.end, q.open)
        if stance is not None:
            # `Кабрера с этим не согласна. «Во-первых, …»`: the words of the one
            # who just took a side, not of the speaker before
            results.append(Attribution("direct", list(q.spans), "direct.floating.stance", 0.6,
                                       mention=stance, quoted=index))
            continue
        results.append(Attribution(
            "direct", list(q.spans), "direct.floating", 0.6,
            quoted=index, inherits=True,
        ))
        if whole_paragraph:
            paragraphs.add(id(results[-1]))
    return results


# predicates of taking a side (`не согласна`, `возразил`, `уверены в обратном`)
_STANCES = frozenset({"согласный", "несогласный", "уверенный", "уверить", "убежденный", "убедить", "возразить",
                      "возражать", "согласиться", "соглашаться", "настаивать", "парировать", "спорить",
                      "оспорить", "оспаривать"})


# verbs of expressing and what is expressed (`выразил соболезнования`, `высказал недоумение`)
_EXPRESS = frozenset({"выразить", "выражать", "высказать", "высказывать"})
_FEELINGS = frozenset({"соболезнование", "сожаление", "благодарность", "признательность", "поддержка",
                       "недоумение", "возмущение", "негодование", "надежда", "уверенность", "озабоченность",
                       "обеспокоенность", "тревога", "несогласие", "протест", "мнение", "удивление", "восхищение"})


def _stance_before(doc: Doc, start: int, end: int) -> Optional[MentionRef]:
    """The subject of the last sentence between `start` and `end`, where it
    is a sentence of its own whose predicate takes a side and whose subject
    is a name or a person's noun."""
    from .names import is_role_noun

    sentences = [s for s in doc.sentences if s.start >= start and s.end <= end]
    if not sentences:
        return None
    sentence = sentences[-1]
    root = next((k for k in sentence.token_range if doc.tokens[k].head is None), None)
    if root is None:
        return None
    # (or expresses a feeling or a view: `Свои соболезнования выразил
    # режиссер Марк Захаров. «…»`)
    expressed = norm(doc.tokens[root].lemma or "") in _EXPRESS and any(
        doc.tokens[c].deprel == "obj" and norm(doc.tokens[c].lemma or "") in _FEELINGS for c in doc.children(root))
    # (or says what one is: `Она называет себя сознательной лентяйкой. «…»`)
    expressed = expressed or norm(doc.tokens[root].lemma or "") in _SELF_NAMING and any(
        norm(doc.tokens[c].text) == "себя" for c in doc.children(root))
    if norm(doc.tokens[root].lemma or "") not in _STANCES and not expressed:
        return None
    if norm(doc.tokens[root].lemma or "") in ("уверить", "убедить") and doc.tokens[root].upos != "ADJ":
        return None  # (`Министра убедил эксперт`: the one convinced is no subject)
    subject = next((c for c in doc.children(root) if doc.tokens[c].deprel == "nsubj"), None)
    if subject is None or not (doc.tokens[subject].upos == "PROPN" and any(
            n.type == "PER" for n in overlapping_names(doc, doc.tokens[subject].start, doc.tokens[subject].end))
            or is_role_noun(doc, subject) or norm(doc.tokens[subject].text) in _PERSONAL_PRONOUNS):
        return None
    if norm(doc.tokens[subject].text) in _PERSONAL_PRONOUNS:
        # (`Она с этим не согласна. «…»`: the pronoun, resolved as any speaker's)
        return MentionRef(doc.tokens[subject].start, doc.tokens[subject].end, subject, (subject,))
    return noun_phrase(doc, subject, sentence.token_range, {root})


# verbs of saying what one is (`называет себя`, `считает себя`)
_SELF_NAMING = frozenset({"называть", "назвать", "считать", "именовать"})
# the third person's pronouns that may stand for the one who took a side
_PERSONAL_PRONOUNS = frozenset({"он", "она", "они"})


def _work(token) -> bool:
    """A noun for a work that has a title (`рассказ`, `эпизод`, `альбом`)."""
    return norm(token.lemma or "") in _WORKS or norm(token.text) in _WORKS


# works that bear titles, not words anyone said
_WORKS = frozenset({"рассказ", "роман", "повесть", "книга", "стихотворение", "поэма", "пьеса", "сборник", "глава",
                    "эпизод", "серия", "сезон", "сериал", "фильм", "картина", "альбом", "песня", "сингл", "композиция",
                    "спектакль", "опера", "балет", "мюзикл", "выставка", "передача", "шоу", "рубрика", "колонка",
                    "рассказы", "романы", "книги", "песни", "фильмы", "серии", "эпизоды", "главы", "альбомы"})


# written texts that a colon and quote marks give word for word: what is
# written, not what someone said (`с надписью: «…»`)
_WRITTEN_TEXTS = frozenset({"надпись", "запись", "подпись", "лозунг", "плакат", "табличка", "транспарант",
                            "вывеска", "слоган", "девиз", "граффити"})


def _subheading_label(doc: Doc, par, q: QuotedSpan) -> Optional[MentionRef]:
    """The label of a one-line paragraph with no full stop that opens with
    a role noun or a person's name and a colon (`Адвокат: гей-скандал …
    "…"`, `Песков: …`), the words it heads holding the quote."""
    from .antecedents import title_end

    line = doc.text[par.start:par.end]
    # (not the headline, which heads a column or the story: `Дмитрий
    # Шушарин: "…"`, `Президент: "…"`, whose lead names him)
    # (nor a link to another story, a line after a dash: `- Билялетдинов: "…"`)
    if par.start <= title_end(doc) or line.lstrip()[:1] in "-—–•" or "\n" in line.strip() or line.rstrip().endswith((".", "!", "?", "…")) and not line.rstrip().endswith(
            tuple(QUOTE_GLYPHS)):
        return None
    colon = doc.text.find(":", par.start, q.open)
    if colon < 0:
        return None
    words = [t for t in doc.tokens_in(par.start, colon) if t.upos != "PUNCT"]
    if not 1 <= len(words) <= 3 or any(t.upos not in ("NOUN", "PROPN", "ADJ") for t in words):
        return None
    head = next((t for t in words if t.upos == "NOUN" and names.is_role_noun(doc, t.index)), None)
    named = [n for n in overlapping_names(doc, words[0].start, words[-1].end) if n.type == "PER"]
    if head is None and not (len(named) == 1 and named[0].start <= words[0].start and words[-1].end <= named[0].end):
        return None
    top = head if head is not None else words[0]
    return MentionRef(words[0].start, words[-1].end, top.index, tuple(t.index for t in words))


def _last_cue(ctx: _Context, tokens: range) -> Optional[CueMatch]:
    """The last verb cue among `tokens`."""
    return next((ctx.verb_cues[j] for j in reversed(tokens) if j in ctx.verb_cues), None)


def _a_name_in_marks(doc: Doc, q: QuotedSpan) -> bool:
    """A name or title the marks hold inside the author's words (`в
    интервью «Коммерсанту» заявил`, `заявил «Коммерсанту»:`): a word or
    three, the first capitalised, no sentence's end inside, the author's
    words or the colon going on after it."""
    content = doc.text[q.content.start:q.content.end]
    words = content.split()
    return 0 < len(words) <= 3 and content[:1].isupper() and not any(c in content for c in ".!?…") \
        and regex.match(r"[ \u00a0]+\w|[ \u00a0]*:", doc.text[q.close + 1:q.close + 4]) is not None


def _looks_like_speech(content: str) -> bool:
    words = content.split()
    if content.rstrip()[-1:] in ".!?…":
        return True
    return len(words) >= 6
