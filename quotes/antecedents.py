"""Role nouns and group nouns for the learned ranker: which earlier entity a
`глава МИД`, `белорусский лидер`, `эксперты` stands for, or none.

The rules of `speakers.py` settle a role noun where they are certain (a
person introduced with the same role and complement, a former role, a
headline's role named in the lead). Where they would only guess (the last
speaker, the person named most, a new entity), these candidates are ranked
instead: the people and groups named or heard before, earlier nouns of the
same role, and `NEW` (an entity of its own). Features: distance, salience,
whether the candidate spoke, role and complement match with the words that
introduced it, gender and number agreement. Weights: the `role` model of
`quotes/ranker.json`, trained on RuCoCo (`training/train_ranker.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from . import grammar, names, ranker, vectors
from .mentions import POSSESSIVES, MentionRef, complement_of_noun, norm, same_word

# the decision "an entity of its own"
NEW = object()
# nouns that say whose someone is (`брат активиста`, `адвокат журналиста`)
RELATIONS = grammar.words("entities", "relations", "nouns")
_INDEFINITE = frozenset({"один", "одна", "одного", "одной", "одним", "некоторые", "некоторых", "несколько",
                         "многие", "многих", "ряд", "ряда", "другой", "другие", "других", "другая"})


# an age (`23-летний россиянин`, `пятидесятилетняя актриса`): in the gold
# coreference such a phrase points back to someone named before far more
# often than it brings someone in, unlike other adjectives
_AGE = re.compile(r"летн(?:ий|яя|его|ей|ему|ем|им|юю|ие|их|ими|ее)$")


def _sentence(doc, offset: int) -> int:
    return doc.tokens[doc.first_token_from(offset)].sentence


def title_end(doc) -> int:
    """Where the headline ends: the first non-empty line, where more follow
    (-1 otherwise). The person a headline names (`Кирилл Рогов: «…»`) is
    the one a bare role noun after it often stands for (`пишет политолог`)."""
    end = doc.memo.get("antecedents.title_end")
    if end is None:
        lines = [p for p in doc.paragraphs if doc.text[p.start:p.end].strip()]
        end = doc.memo["antecedents.title_end"] = lines[0].end if len(lines) > 1 else -1
    return end


def in_title(registry, entity, offset: int) -> bool:
    """The headline gives the entity the word (`Кирилл Рогов: «…»`,
    `Путин: Россия не будет …`), before `offset`: its first event (the
    registry keeps each entity's events in text order) is in the headline
    and a colon follows it."""
    end = min(title_end(registry.doc), offset)
    own = registry.by_entity.get(entity.id)
    if not own or own[0][1].start >= end:
        return False
    text = registry.doc.text
    return text[own[0][1].end:end].lstrip(" »\"").startswith(":")


def _other_complement(entity, complement: set, context_words: dict, lemma: str) -> bool:
    """`представитель Общества Красного Креста` is not the `представитель
    МИД` heard before: an entity known only by a role and its complement
    (no name) is another one where both complements are given and share no
    word."""
    from .speakers import _lexicon

    words = [w.strip("«»\"").lower() for w in entity.name.split()]
    if not complement or entity.surname or not any(w in entity.roles for w in words[:3]):
        return False  # a person with a name, not one known by a role alone
    # what only points back (`компании`) or names the outlet spoken to
    # (`собеседник агентства`) tells no affiliation
    vague = _lexicon()["anaphoric"] | _lexicon()["generic_media"] | _lexicon()["generic_org"]
    if not complement - vague:
        return False  # `представитель пресс-службы` after `… пресс-службы ГУ МЧС`
    heard = {w for w in context_words.get(entity.id, set()) - set(entity.roles) - {lemma}
             if not names.is_media_name(w)}
    known = heard - vague
    # `прокуратуры` and `Генпрокуратуры` may be one institution; a vague word
    # heard agrees all the same (`представитель службы` after `представитель
    # пресс-службы Южного регионального центра МЧС`)
    return bool(known) and not any(same_word(a, b) or a.endswith(b) or b.endswith(a)
                                   for a in complement for b in heard)


# trades practised anywhere: a country adjective on them is a nationality
NATIONALITY_TRADES = grammar.words("entities", "person", "nationality_trades")


def nationality_only(doc, mention, lemma: str) -> bool:
    """`голландский специалист`, `бразильский форвард`: the countries the
    phrase names are adjectives of a trade practised anywhere, the person's
    nationality; the coach of Russia's team may be Dutch."""
    if lemma not in NATIONALITY_TRADES:
        return False
    found = [doc.tokens[i] for i in mention.tokens if names.countries([doc.tokens[i]])]
    return bool(found) and all(t.upos == "ADJ" and t.head == mention.head for t in found)


def other_nationality(registry, entity, offset: int, wanted: frozenset) -> bool:
    """The nationality a trade's adjective names against the one the text
    gave the candidate, by adjective too (`голландский тренер Гус Хиддинк`;
    not the country of his post, `тренер сборной России`)."""
    known = set(registry.nationalities.get(entity.id, ()))
    for m in entity.mentions:
        if m.end <= offset:
            known |= names.countries(t for t in registry.doc.tokens_in(m.start, m.end) if t.upos == "ADJ")
    return bool(known) and not known & wanted


def other_country(registry, entity, offset: int, wanted: frozenset, unknown_differs: bool = False) -> bool:
    """`израильский премьер`, `глава МИД РФ`: a role noun naming one country
    never stands for someone known with another country only (by the role
    phrases that introduced him and his mentions before `offset`);
    `unknown_differs`: nor for one known with no country (`российские
    депутаты` are not the people of the `Верховная Рада` named before)."""
    if not wanted:
        return False
    known = set(registry.countries.get(entity.id, ()))
    for m in entity.mentions:
        if m.end <= offset:
            known |= names.countries(registry.doc.tokens_in(m.start, m.end))
    return (bool(known) or unknown_differs) and not known & wanted


_HEADING_VERBS = frozenset({"возглавлять", "возглавить", "руководить", "основать", "основывать", "создать",
                            "создавать", "учредить", "представлять", "владеть", "управлять", "возглавляться"})


def _names_in_own_phrase(doc, mention, lemma: str = "") -> set[str]:
    """The names (lower case) in the clauses on a mention's words beyond the
    mention itself: a relative clause, a participle's phrase (`глава
    организации, в которой работала Кантони`); not its apposition (`глава
    банка Гэри Кон`). A clause that says who heads the thing may name the
    noun's own person (`директор центра, который возглавлял Титов`), never
    where the noun is a post under the head (`генеральный секретарь
    движения, возглавляемого Макроном`)."""
    inside = set(mention.tokens)
    outside = [c for i in {mention.head, *mention.tokens} for c in doc.children(i) if c not in inside]
    clauses = [c for c in outside if doc.tokens[c].deprel.startswith("acl")]
    sentence = doc.sentence_of(mention.head).token_range
    heading = frozenset(k for k in sentence if _heads_something(doc.tokens[k])) \
        if lemma not in _SUBORDINATE_POSTS else frozenset()
    found = {norm(doc.tokens[k].text) for c in clauses if c not in heading for k in doc.subtree(c, heading)
             if k not in inside and doc.tokens[k].upos == "PROPN"}
    # a name the parse hung on the noun past a clause's opening word, with no
    # comma before it, lies in the clause all the same (`секретарь движения,
    # возглавляемого кандидатом Эмманюэлем Макроном`, the name an apposition
    # of `секретарь`); after a comma it is the noun's own (`директор
    # компании, основанной в 1990 году, Иван Петров`)
    opening = min((c for c in clauses if c not in heading), default=None)
    if opening is not None:
        found.update(norm(doc.tokens[k].text) for c in outside
                     if c > opening and doc.tokens[c].deprel in ("appos", "flat:name", "nmod")
                     and doc.tokens[c - 1].upos != "PUNCT"
                     for k in doc.subtree(c) if k not in inside and doc.tokens[k].upos == "PROPN")
    return found


# posts under a body's head, whose holder a clause saying who heads or
# founded the body never names (`генеральный секретарь движения,
# возглавляемого Макроном`); any other noun may be the head it names
# (`директор центра, который возглавлял Титов`, `тренер команды, которую
# возглавляет Семак`)
_SUBORDINATE_POSTS = frozenset({"секретарь", "пресс-секретарь", "генсек", "представитель", "представительница",
                                "заместитель", "замглавы", "замминистра", "зампред", "помощник", "помощница",
                                "советник", "советница", "сотрудник", "сотрудница", "спикер", "адвокат", "юрист",
                                "референт", "консультант"})


def _heads_something(token) -> bool:
    return token.upos == "VERB" and (token.lemma or "").lower() in _HEADING_VERBS


# cardinal numbers by their lemma (`оба` is two)
_NUMBERS = {"один": 1, "два": 2, "оба": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
            "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сто": 100}
_DIGITS = re.compile(r"(\d+)(?:-[а-я]+)?$")


def _counts(doc, indices) -> set[int]:
    """The numbers a phrase's words count with (`двух`, `обеих`, `3`,
    `2-х`), as values: a phrase counting other things is another phrase's
    referent. A number word it cannot read says nothing."""
    found = set()
    for k in indices:
        token = doc.tokens[k]
        if token.upos != "NUM" or _AGE.search(norm(token.text)):
            continue
        digits = _DIGITS.match(norm(token.text))
        value = int(digits.group(1)) if digits else _NUMBERS.get(norm(token.lemma or token.text))
        if value is not None:
            found.add(value)
    return found


def _own_words(doc, index: int, depth: int) -> list[int]:
    """The tokens below `index`, `depth` levels down, not through a clause
    or a participle's phrase (`министры, прибывшие на 3 дня`) nor a
    conjunct."""
    return _dependents(doc, index, depth, lambda t: not t.deprel.startswith(("acl", "conj", "parataxis"))
                       and t.feat("VerbForm") != "Part")


def _dependents(doc, index: int, depth: int, through=None) -> list[int]:
    """The tokens below `index` in the parse, `depth` levels down (only
    through the tokens `through` accepts, where given)."""
    found, level = [], [index]
    for _ in range(depth):
        level = [c for k in level for c in doc.children(k) if through is None or through(doc.tokens[c])]
        found.extend(level)
    return found


def _roles_match(a: str, b: str) -> bool:
    from .speakers import _same_role

    return _same_role(a, b)


def _window_start(doc, sentence: int, back: int) -> int:
    """An offset at or before every offset in sentence `sentence - back` or
    later: the end of the token before that sentence (0 where none)."""
    first = sentence - back
    if first <= 0:
        return 0
    token = doc.sentences[first].first
    return doc.tokens[token - 1].end if token > 0 else 0


def _words_of(registry, entity, offset: int) -> tuple[set, set]:
    """(head nouns, other nouns and names) of an entity's mentions that end
    by `offset`. Each word is kept with the earliest end of a mention that
    gives it, read once per mention: the mentions are only ever appended
    to (a list replaced when one is taken away is read again)."""
    cache = registry.memo.setdefault("antecedents.words", {})
    entry = cache.get(entity.id)
    if entry is None or entry[0] is not entity.mentions:
        entry = cache[entity.id] = [entity.mentions, 0, {}, {}]
    mentions, done, heads, others = entry
    if done < len(mentions):
        doc = registry.doc
        for m in mentions[done:]:
            for token in doc.tokens_in(m.start, m.end):
                if token.upos in ("NOUN", "PROPN", "X"):
                    head = names.is_role_noun(doc, token.index) or names.lexicon_word(token, "group_nouns")
                    # (a genitive under another noun of the mention is its
                    # complement: `глава администрации президента` is no president)
                    head = head and not complement_of_noun(doc, token, m.start)
                    word = names.lex_lemma(token) if head else names.complement_word(token)
                    words = heads if head else others
                    if words.get(word, m.end) >= m.end:
                        words[word] = m.end
        entry[1] = len(mentions)
    return {w for w, end in heads.items() if end <= offset}, {w for w, end in others.items() if end <= offset}


def candidates(resolver, mention, attribution, lemma: str, complement: set, gender: Optional[str],
               number: Optional[str], excluded: set, plural: bool) -> list[tuple]:
    """(key, payload, features) of every candidate antecedent, `NEW` first.
    A payload is ("entity", entity, offset), ("noun", token index, offset) or
    ("new", None, offset).

    What a walk over every earlier event and speaker would find, read from
    the last twelve sentences (an entity last met further back is no
    candidate) and the registry's per-entity indexes: the events a walk
    from the start reads before the first that ends after the mention
    (`prefix_end`), how many of them are the entity's (`read_before`), its
    last, and its speeches by binary search. The entities come in the order
    they were made."""
    from .speakers import (HEAD_ROLES, POSTS, _compatible, _event_start, _head_of, _lexicon, _resolved_start,
                           _role_family, complements_agree, heads_match, in_participle)

    doc = resolver.doc
    registry = resolver.registry
    offset = mention.start
    # `собеседница агентства`: whoever spoke to the outlet; the outlet tells
    # no affiliation and the noun no role the person holds
    source = lemma in names._lexicon()["media_sources"]
    # a nationality (`россиянин`, `американка`) says nothing against a post
    demonym = lemma in names.DEMONYMS
    descriptor = lemma in _DESCRIPTORS and number != "Plur"
    if source:
        complement = {w for w in complement if w not in names._lexicon()["generic_media"]
                      and not names.is_media_name(w)}
    # the nouns of a participle's phrase before the noun (`отвечающий за
    # финансы вице-премьер`, `уволенный из «Спартака» тренер`) tell the person
    # apart where they agree, but are no post of which a conflict could be
    # read (`восстановленный на работе журналист`)
    described = names.complement_words(doc, (i for i in mention.tokens if i != mention.head
                                             and (i < mention.head or in_participle(doc, mention, i))))

    def agree(context) -> bool:
        return bool(complement | described) and complements_agree(complement | described, context)

    # (they set a candidate apart only where they pick one out: `отвечающий
    # за финансы вице-премьер` after two vice-premiers, one for finance; what
    # fits no one is description, `восстановленный на работе журналист`)
    selects = bool(described) and any(ctx and complements_agree(described, ctx)
                                      for ctx in registry.role_context.values())

    def conflict(context) -> bool:
        return bool((complement or selects) and context and not complements_agree(complement | described, context))

    sentence = _sentence(doc, min(offset, attribution.start) if attribution.spans else offset)
    paragraph = doc.sentences[sentence].paragraph
    first_paragraph = paragraph <= 1
    resolved = resolver.resolved
    before = bisect_left(resolved, offset, key=_resolved_start)  # the speakers anchored before the mention
    last = resolved[before - 1][1] if before else None
    recent = resolver._recent_speakers(offset, 2)
    prefix = registry.prefix_end(offset)
    low = _window_start(doc, sentence, 12)
    events = registry.events
    near: dict[str, object] = {}  # the entities named or heard in the last twelve sentences
    for k in range(bisect_left(events, low, key=_event_start), prefix):
        near.setdefault(events[k].entity.id, events[k].entity)
    for k in range(bisect_left(resolved, low, key=_resolved_start), before):
        near.setdefault(resolved[k][1].id, resolved[k][1])
    context_words = registry.role_context

    # the entity the rules' introduction loop would take (`политолог` after
    # `политолог Азер Гараев`): a strong hint, not a certainty
    rules_intro = None
    for start, role, entity in registry.latest_roles(registry.roles, offset, _role_family(lemma)):
        if start >= offset or entity.id in excluded or not entity.surname \
                or not _compatible(entity, gender, number) or not _roles_match(role, lemma):
            continue
        told = complement | described if selects else complement
        if not told or complements_agree(told, context_words.get(entity.id, set())) \
                or entity.id in recent and role == lemma:
            rules_intro = entity
            break

    def serves(entity) -> bool:
        """`президент` after `пресс-секретарь президента Дмитрий Песков` or
        `глава администрации президента Сергей Иванов`, `глава службы` after
        `заместитель начальника службы X`: the noun names whom the candidate
        serves, not the candidate."""
        roles = set(entity.roles)
        if lemma not in HEAD_ROLES and not roles & RELATIONS:
            # (only a relation says whose someone is: `брат активиста Виталий
            # Петров` is not the `активист`, `адвокат журналиста` not the
            # `журналист`; a deputy is a `представитель` too)
            return False
        # (a general head serves whom his complement names: `глава
        # администрации президента` is no `президент`; a post of its own is
        # one, `президент компании`)
        if not roles or roles & POSTS or any(_roles_match(r, lemma) for r in roles):
            return False
        # the roles in its complements (read only here: rare) and, but for a
        # general head, in the words that introduced it (`на заседании Совета
        # при Президенте глава РФ Дмитрий Медведев` is the president)
        served = set() if roles & HEAD_ROLES else set(context_words.get(entity.id, set()))
        for m in entity.mentions:
            if m.end <= offset:
                served.update(names.lex_lemma(t) for t in doc.tokens_in(m.start, m.end)
                              if t.deprel == "nmod" and t.upos == "NOUN" and names.is_role_noun(doc, t.index))
        return any(_roles_match(p, lemma) for p in served - roles)

    spokesman = lemma in _SPOKESMAN_NOUNS
    # `защитник фигуранта`, `адвокат обвиняемого`: a role noun in the
    # complement names whom the speaker serves, never the speaker
    served_roles = {w for w in complement if w in names._lexicon()["roles"] and not _roles_match(w, lemma)}

    def entity_features(entity, at: int, subject: bool, count: int, spoke: bool) -> dict:
        d = max(0, sentence - _sentence(doc, at))
        heads, others = _words_of(registry, entity, offset)
        roles = set(entity.roles) | heads
        # (a press officer is the body's representative: `представитель
        # Росрыболовства` after `руководитель центра общественных связей
        # Росрыболовства Александр Савельев`)
        same = any(_roles_match(r, lemma) for r in roles) or (
            spokesman and _speaks_for_press(doc, entity, offset)
            and agree(context_words.get(entity.id, set()) | others)) \
            or demonym and _introduced_as(doc, entity, lemma, offset)
        context = context_words.get(entity.id, set()) | others | heads
        head_role = any(heads_match(lemma, r) for r in roles)
        return dict(
            distance=min(10, d), far=d > 4, same_paragraph=doc.sentences[_sentence(doc, at)].paragraph == paragraph,
            spoke=spoke, last_speaker=entity is last, recent=entity.id in recent,
            mentions=min(4, count), subject=subject,
            named_person=entity.kind == "person" and bool(entity.surname),
            role_only=not entity.surname, group=entity.kind == "group" or entity.number == "Plur",
            same_role=same, head_role=head_role,
            role_conflict=bool(entity.roles) and not same and not head_role and not source and not demonym
            and not descriptor,
            complement_match=agree(context), complement_conflict=conflict(context),
            gender_agree=bool(gender and entity.gender == gender),
            in_quote=any(span.start <= at < span.end for span in attribution.spans),
            rules_last=entity is last and not complement and not plural, rules_intro=entity is rules_intro,
            title=in_title(registry, entity, offset), role_similarity=vectors.closest(lemma, roles),
            # (for a post that changes hands, only of someone the text made a
            # subject or heard: the vectors know who held it most, not who
            # holds it in this text, `Михаил Мишустин провел встречу с
            # Дмитрием Медведевым. Премьер заявил`)
            name_known=(subject or spoke or lemma not in HEAD_ROLES) and _name_known(lemma, entity),
            complement_known=lemma in HEAD_ROLES and _complement_known(complement, entity), roles=roles)

    # `израильский премьер`, `глава МИД Франции`: never one introduced with another country only
    wanted_countries = names.countries(doc.tokens[i] for i in mention.tokens)
    own_contrasts = _contrast_words(doc.tokens[k] for k in doc.children(mention.head) if k in mention.tokens)
    nationality = nationality_only(doc, mention, lemma)
    # `глава организации, в которой работала Кантони`: whom the noun's own
    # clause names is someone else
    named_within = _names_in_own_phrase(doc, mention, lemma)

    # an earlier noun taken as the antecedent (no cue of its own) that is no
    # subject is not the subject of its own sentence (`Судья Дмитриева
    # удовлетворила иск пострадавшего`: the victim is not the judge); a
    # source is (`Хобсон рассказал о завтраке, который, по словам диетолога, …`)
    head_token = doc.tokens[mention.head]
    not_subject = attribution.cue is None and not head_token.deprel.startswith(("nsubj", "appos", "flat", "conj"))

    def subject_beside(event) -> bool:
        # (`Судья Любовь Дмитриева`: the name hangs on the role)
        token = doc.tokens[doc.apposition_top(doc.first_token_from(event.start))]
        return not_subject and token.sentence == head_token.sentence and token.deprel.startswith("nsubj") \
            and not resolver._inside_content(event.start)

    # `прокуроры`, `следователи`, `депутаты`: the institution named before
    # whose people the noun names may be speaking through them
    members = plural and names.has_institution(lemma)

    def institution_of_members(entity) -> bool:
        """An institution named (by its own name: `в ведомстве` may have been
        read wrong) for what it did itself, not only as whose the people
        of a phrase before were (`группа депутатов Верховной Рады`: those
        people are the noun's antecedent, not the Rada)."""
        if entity.kind != "organization" or not names.names_institution_of(lemma, entity.name):
            return False
        for m in entity.mentions:
            tokens = tuple(t.index for t in doc.tokens_in(m.start, m.end))
            if m.end > offset or not tokens:
                continue
            top = doc.tokens[_head_of(doc, MentionRef(m.start, m.end, tokens[0], tokens))]
            owner = doc.tokens[top.head] if top.head is not None else None
            if not (top.deprel.startswith("nmod") and owner is not None and owner.upos == "NOUN"
                    and (names.is_role_noun(doc, owner.index) or names.lexicon_word(owner, "group_nouns")
                         or owner.feat("Animacy") == "Anim")):
                return True
        return False

    rows = []
    for entity in sorted(near.values(), key=lambda e: int(e.id[1:])):
        member = members and entity.id not in excluded and institution_of_members(entity)
        if not member and (entity.id in excluded or entity.kind not in ("person", "unknown", "group")):
            continue
        # (a trade's nationality against one who practises a trade; a post
        # holder's country stays his post's: `министр спорта России` is no
        # `голландский специалист`)
        if other_nationality(registry, entity, offset, wanted_countries) \
                if nationality and set(entity.roles) & NATIONALITY_TRADES \
                else other_country(registry, entity, offset, wanted_countries, unknown_differs=member):
            continue
        if entity.surname and any(same_word(entity.surname, word) for word in named_within):
            continue
        if own_contrasts and contrasted(own_contrasts, _contrast_words(
                t for m in entity.mentions if m.end <= offset for t in doc.tokens_in(m.start, m.end))):
            continue  # `младшего сына` is not the `Старший сын` named before
        if descriptor and set(entity.roles) & _lexicon()["state_posts"] \
                and not context_words.get(entity.id, set()) & _lexicon()["institutions"]:
            continue  # a state's president or minister is no `эксперт` (a fund's president may be)
        # people, and groups for a plural: never a thing (`среда`, `сторона`)
        if plural and not member and not (entity.kind == "group" or entity.number == "Plur" and entity.animate):
            continue
        # (`источник в ЦИК` is grammatically a thing: a source for `собеседник агентства` all the same;
        # a bare `Источник` is only a source heard before, never someone the source spoke of)
        heard_source = source and bool(_words_of(registry, entity, offset)[0] & names._lexicon()["media_sources"])
        if lemma == "источник" and not heard_source:
            continue
        if not plural and not _compatible(entity, gender, number, persons_only=not heard_source):
            continue
        count = registry.read_before(entity.id, prefix)  # its events the walk reads; the last is the nearest
        nearest = registry.by_entity[entity.id][count - 1][1] if count else None
        speeches = resolver.spoke_at.get(entity.id, ())
        spoke = bisect_left(speeches, offset)
        at = max(nearest.start if nearest is not None else -1, speeches[spoke - 1] if spoke else -1)
        if at < 0 or sentence - _sentence(doc, at) > 12:
            continue
        if nearest is not None and nearest.start >= at and subject_beside(nearest):
            continue
        if not member and (serves(entity) or _other_complement(entity, complement, context_words, lemma)
                           or served_roles & set(entity.roles) and lemma not in context_words.get(entity.id, ())):
            continue
        subject = resolver._is_subject(nearest) if nearest is not None else False
        if source and not spoke and not (subject and sentence - _sentence(doc, at) <= 2):
            continue  # a `собеседник агентства` is someone heard, or just made a subject
        features = entity_features(entity, at, subject, count, spoke > 0)
        features["member"] = member
        rows.append((entity.id, ("entity", entity, at), features))
    # earlier nouns of the same role that no entity holds: `подозреваемого в
    # убийстве` … `Подозреваемый`
    first = doc.sentences[max(0, sentence - 8)].first
    own_states = _states(doc, mention.head)
    own_counts = _counts(doc, [i for i in _own_words(doc, mention.head, 3) if i in mention.tokens])
    for i in range(first, doc.first_token_from(offset)):
        token = doc.tokens[i]
        # (a group a quote's words name is one a later plural noun may take
        # up: `пишет, что японские ученые нашли …` … `По мнению ученых`; one
        # person inside someone's words is more often another's, `что
        # руководитель …` read from the speaker's side); a noun that opens its
        # sentence capitalised may be tagged a name (a headline's `Блоггер
        # сообщил …` … `Украинский блоггер`)
        if not (token.upos == "NOUN" or token.upos == "PROPN" and token.index == doc.sentences[token.sentence].first) \
                or resolver._inside_content(token.start) and (
                    not plural or any(span.start <= token.start < span.end for span in attribution.spans)):
            continue  # (never one inside the words being attributed: `«Другие депутаты …», - заявили депутаты`)
        word = names.lex_lemma(token)
        if not _roles_match(word, lemma):
            continue
        if registry.held.covers(token.start) or names.in_a_things_name(doc, i):
            continue  # inside a span some entity holds, or a ship's name (`судно «Капитан Моргун»`)
        if own_states and (states := _states(doc, i)) and not own_states & states:
            continue  # `выжившего водителя` is not the `погибшего водителя`
        if own_contrasts and contrasted(own_contrasts, _contrast_words(doc.tokens[k] for k in doc.children(i))):
            continue  # `младшего сына` is not the `старшего сына`
        if own_counts and (counts := _counts(doc, _own_words(doc, i, 3))) and own_counts != counts:
            continue  # `министры трех стран` are not the `министры пяти стран`
        if (token.feat("Number") == "Plur") != plural:
            continue
        if wanted_countries and (found := names.noun_countries(doc, i)) \
                and not found & wanted_countries:
            continue  # `грузинским лидером` is no `белорусский лидер`
        d = max(0, sentence - token.sentence)
        # its own complement against the mention's (`жители села Толстой-Юрт`
        # … `Жители села`): nouns and names of its dependents
        context = names.complement_words(doc, _dependents(doc, i, 3))
        rows.append((f"np{i}", ("noun", i, token.start), dict(
            noun=True, distance=min(10, d), far=d > 4, same_role=True, role_similarity=vectors.similarity(lemma, word),
            roles={word}, context=context,
            same_paragraph=doc.sentences[token.sentence].paragraph == paragraph,
            subject=token.deprel.startswith("nsubj"), mentions=1, group=plural,
            in_quote=any(span.start <= token.start < span.end for span in attribution.spans),
            complement_match=agree(context), complement_conflict=conflict(context))))
    # salience among the entities: the most named, the only named person
    most = max((f["mentions"] for k, p, f in rows if p[0] == "entity"), default=0)
    people = [k for k, p, f in rows if p[0] == "entity" and f["named_person"]]
    for key, payload, features in rows:
        if payload[0] == "entity":
            features["most_mentioned"] = features["mentions"] == most
            features["only_person"] = people == [key]
    # how the phrase reads: `израильский премьер` points back, `один из
    # экспертов`, `эксперты ВТБ Капитал` bring someone in
    # (not the words of a participle's phrase: `работающая двадцать лет хирург`)
    tokens = [doc.tokens[i] for i in mention.tokens if i != mention.head and not in_participle(doc, mention, i)]
    new = dict(new=True, new_complement=bool(complement), new_plural=plural, new_first=first_paragraph,
               new_alone=not rows, new_no_speaker=not before, new_prior=ranker.prior(lemma),
               new_adjective=any(t.upos == "ADJ" and t.head == mention.head and not _AGE.search(norm(t.text))
                                 for t in tokens),
               new_indefinite=any(t.upos == "NUM" and (t.head == mention.head or head_token.head == t.index)
                                  and not _AGE.search(norm(t.text)) or norm(t.text) in _INDEFINITE
                                  for t in tokens),
               new_named_complement=any(t.upos in ("PROPN", "X") for t in tokens))
    return [("new", ("new", None, offset), new)] + rows


def _introduced_as(doc, entity, lemma: str, offset: int) -> bool:
    """A mention before `offset` right after the noun (`с канадцем Бермейном
    Стиверном` … `сказал канадец`): a demonym the name was introduced with."""
    from .speakers import _nouns_before

    return any(doc.tokens[k].upos == "NOUN" and lemma in (names.lex_lemma(doc.tokens[k]), norm(doc.tokens[k].lemma or ""))
               for k in _nouns_before(doc, entity, offset))


_SPOKESMAN_NOUNS = frozenset({"представитель", "представительница", "спикер"})
_PRESS_POST = re.compile(r"пресс-(?:секретар|служб|атташе|центр|офис|бюро)|общественн\w* связ"
                         r"|связ\w* с (?:общественност|прессой|сми)"
                         r"|информационн\w+ (?:управлен|отдел|служб|центр)", re.IGNORECASE)


def _speaks_for_press(doc, entity, offset: int) -> bool:
    """Whether a mention before `offset` gives the person a press post
    (`пресс-секретарь`, `сотрудник пресс-службы`, `руководитель центра
    общественных связей`)."""
    return entity.kind == "person" and any(m.end <= offset and _PRESS_POST.search(doc.text[m.start:m.end])
                                           for m in entity.mentions)


_DESCRIPTORS = grammar.words("entities", "person", "descriptors")
_CONTRASTS = tuple(frozenset(group) for group in grammar.load("entities")["person"]["contrasts"])


def _contrast_words(tokens) -> set[str]:
    """The words of the tokens that tell people of one role apart
    (`старший`, `второй`)."""
    return {word for token in tokens if token.upos in ("ADJ", "NUM", "DET")
            and any((word := norm(token.lemma or token.text)) in group for group in _CONTRASTS)}


def contrasted(own: set, other: set) -> bool:
    """`младший сын` against `Старший сын`: a group of contrasting words
    each phrase takes a different word of."""
    return any(own & group and other & group and not own & other & group for group in _CONTRASTS)


def _states(doc, noun: int) -> set[str]:
    """The participles before a noun that tell what befell the person or
    what they did (`погибшего водителя`, `выжившего водителя`,
    `задержанный`): two nouns each with its own and none in common are two
    people."""
    return {word for token in _modifiers_before(doc, noun) if token.feat("VerbForm") == "Part"
            and not (word := norm(token.lemma or token.text)).startswith(_POINTING)}


def _modifiers_before(doc, noun: int) -> list:
    """The adjectival modifiers (amod) before a noun, participles included."""
    return [doc.tokens[k] for k in doc.children(noun) if k < noun and doc.tokens[k].deprel == "amod"]


# participles that point back rather than tell a state (`упомянутый водитель`)
_POINTING = ("упомянут", "указанн", "названн", "вышеупомянут", "вышеназванн", "вышеуказанн", "обозначенн")


def _name_known(lemma: str, entity) -> bool:
    """The news vectors put the person's surname right beside the noun
    (cosine 0.4 or more): the papers wrote of them as such (`шахматист` and
    `Каспаров` 0.51, `физик` and `Хокинг` 0.63, `адвокат` and `Лавров`
    0.15), which the text itself may never say. (Not a patronymic read as
    a surname, `Алексеевна`, which lies near every kin word; `Абрамович` is
    a surname too.)"""
    surname = _vector_surname(entity)
    return surname is not None and vectors.similarity(lemma, surname) >= 0.4


def _vector_surname(entity) -> Optional[str]:
    """A person's surname as the news vectors are asked about it; None for
    no person, no surname, or a patronymic read as a surname."""
    if entity.kind != "person" or not entity.surname:
        return None
    tags = names.name_tags(entity.surname)
    if "Patr" in tags and "Surn" not in tags:
        return None
    return norm(entity.surname)


def _complement_known(complement: set, entity) -> bool:
    """The news vectors put the person's surname beside a word of the
    noun's complement (cosine 0.35 or more; `глава Казахстана`: `Назарбаев`
    0.46, `Путин` 0.23; `генсек ООН`: `Аннан` 0.39; below it the papers
    only wrote of them together, `мэрия` and `Навальный` 0.12): whose post it was,
    where the text named the people together (`Путин, Лукашенко и
    Назарбаев`) and never said who holds which. Read for a head's post
    only (`глава`, `президент`, `министр`): the vectors know an
    institution's or a country's head, not its `представитель`, `посол`
    or `адвокат`."""
    surname = _vector_surname(entity) if complement else None
    return surname is not None and any(word != surname and vectors.similarity(word, surname) >= 0.35
                                       for word in complement)


# the nouns for whoever heads a country (`глава Казахстана`, `президент
# Франции`, `лидер КНДР`)
_COUNTRY_HEADS = frozenset({"глава", "лидер", "руководитель", "президент", "премьер", "премьер-министр"})


def choose(resolver, mention, attribution, lemma: str, complement: set, gender: Optional[str],
           number: Optional[str], excluded: set, plural: bool = False, agreeing: bool = False):
    """The learned choice for a role or group noun: a payload for `take`,
    `NEW`, or None where the ranker is off (the rules decide). Nothing is
    changed yet: the rules may still settle the mention with certainty.
    `agreeing`: only a candidate whose known roles and complements say
    nothing against the noun's (a former role, which the ranker never
    learned on)."""
    from . import speakers

    recording = speakers.RECORDER is not None
    if not recording and not ranker.enabled("role"):
        return None
    rows = candidates(resolver, mention, attribution, lemma, complement, gender, number, excluded, plural)
    if recording:
        speakers.RECORDER.append(_record(resolver.doc, mention, rows, lemma))
    if not ranker.enabled("role"):
        return None
    learned = ranker.scores([ranker.vector(f, "role") for _, _, f in rows], "role")
    # never a candidate all of whose posts the gold coreference never saw as
    # the entity of the noun as written (`судья` is not the lawyer who spoke
    # before him; `премьер` not the `глава Минфина`)
    written = names.lex_lemma(resolver.doc.tokens[mention.head])
    context = resolver.registry.role_context
    # nor the head of a fund or a bank for a state post (`премьер`, `президент России`)
    # (`В свою очередь, X заявил`: not the last speaker where he spoke in this
    # sentence or the one before; heard further back, with other news between,
    # the noun answers that news and may be him again)
    answering = speakers.in_turn(resolver.doc, mention)
    # (a name or abbreviation in the noun's own complement, which other words
    # may name too: `депутатов петербургского Заксобрания`)
    named_complement = any(resolver.doc.tokens[i].text[:1].isupper() for i in mention.tokens if i > mention.head)
    # (those names, no medium's: `Президент Microsoft`, not `премьера "Интерфакс"` misread)
    named_words = {names.lex_lemma(resolver.doc.tokens[i]) for i in mention.tokens if i > mention.head
                   and resolver.doc.tokens[i].upos in ("PROPN", "X", "NOUN") and resolver.doc.tokens[i].text[:1].isupper()
                   and not names.is_media_name(resolver.doc.tokens[i].text)}
    # `Его адвокат`, `ее помощник`, `их представители`: someone's lawyer is
    # not the one whose he is; only one known by the noun's role may be meant
    # (`адвокат Иванова Петр Сидоров` … `его адвокат`)
    possessed = _possessed(resolver.doc, mention) and written not in _COUNTERPARTS
    # `Блоггеры же утверждают`: a topic set against the one before
    contrasted_topic = mention.head + 1 < len(resolver.doc.tokens) \
        and norm(resolver.doc.tokens[mention.head + 1].text) == "же"
    allowed = [n for n, (_, payload, f) in enumerate(rows)
               if payload[0] == "new" or not (possessed and not f.get("same_role"))
               and not (answering and f.get("last_speaker") and f.get("distance", 0) <= 1)
               and not ranker.never_one(written, _posts_held(f.get("roles", set())))
               and not _other_side(lemma, f.get("roles", set()))
               and not (payload[0] == "entity" and _press_of_a_medium(written, complement, f.get("roles", set())))
               and not (payload[0] == "entity" and _deputy_for_head(resolver.doc, written, payload[1], mention.start))
               and not (payload[0] == "entity" and speakers.heads_other_institution(
                   f.get("roles", set()), context.get(payload[1].id, set()), lemma, written, complement))
               and not (payload[0] == "entity" and speakers.heads_other_country_post(
                   f.get("roles", set()), context.get(payload[1].id, set()), written, named_words))
               and not (payload[0] == "noun" and speakers.heads_other_country_post(
                   f.get("roles", set()), f.get("context", set()), written, named_words))
               and not (agreeing and (f.get("role_conflict") or f.get("complement_conflict")))
               and not (plural and payload[0] == "entity" and _other_group(f, lemma, complement, named_complement))
               and not (plural and payload[0] == "entity" and contrasted_topic
                        and _group_of_another_noun(resolver.doc, payload[1], lemma))
               and not (lemma not in _ANYONE and _other_description(f))
               and not (payload[0] == "entity" and not f.get("same_role")
                        and _someone_unnamed_since(resolver, payload[2], mention, attribution))]
    # (`Некоторые губернаторы`, `одним участникам`: part of a group, someone new)
    if plural and not complement and not rows[0][2].get("new_indefinite"):
        allowed = _the_group_before(resolver, mention, rows, allowed, lemma) or allowed
    # (the people the news vectors know beside the country whose head the
    # noun names, its complement a country alone, where the text named
    # several together: `Путин, Лукашенко и
    # Назарбаев обсудили …` … `напомнил глава Казахстана` is not the one who
    # spoke last; not for a club or a company, beside which the vectors know
    # its players too, `президент ЦСКА` is no `баскетболист ЦСКА`, nor for
    # a post under its head, `глава военного ведомства РФ` is its minister,
    # whom the vectors know less beside the country than the president)
    if lemma in _COUNTRY_HEADS and complement and complement <= names.country_words():
        known = [n for n in allowed if rows[n][2].get("complement_known")]
        if known:
            allowed = [n for n in allowed if rows[n][1][0] == "new"] + known
    # `сам координатор движения`, `Сам посол`: the emphatic `сам` points at
    # someone already met (every such role noun on RuCoCo has an antecedent)
    def unlike(f) -> bool:
        # (a post of another body, or a role far from the noun's: `сам
        # директор завода` is not the `Министр обороны` who visited; a
        # `чемпион` may be the `фигурист`)
        return bool(f.get("role_conflict") and (f.get("complement_conflict") or f.get("role_similarity", 0.0) < 0.3))

    # a nationality noun is the one the text introduced with it (`с канадцем
    # Бермейном Стиверном` … `сказал канадец`), where there is one
    # (or an earlier noun of it, which the ranker may find nearer: `другой россиянин`)
    # (the bare noun: `другой россиянин` is someone else)
    introduced = [n for n in allowed if rows[n][1][0] == "entity" and lemma in names.DEMONYMS
                  and rows[n][2].get("same_role")] if mention.tokens == (mention.head,) else []
    nearer = [n for n in allowed if rows[n][1][0] == "noun" and rows[n][2].get("same_role")
              and all(rows[n][2].get("distance", 0) < rows[m][2].get("distance", 0) for m in introduced)]
    if introduced and not nearer:
        allowed = introduced
    elif introduced:
        # (one named with the noun since is the latest of that nationality:
        # `Россиянин Андрей Рублев …` … `вышел другой россиянин` … `сказал россиянин`)
        allowed = [n for n in allowed if n not in introduced]
    if _emphatic(resolver.doc, mention) and any(rows[n][1][0] != "new" and not unlike(rows[n][2]) for n in allowed):
        allowed = [n for n in allowed if rows[n][1][0] != "new" and not unlike(rows[n][2])]
    # one named before with this very noun is meant before one whose known
    # roles are far from it (`Студент-блоггер описал …` … `сказал депутат
    # Емельянов` … `Блоггер также заявил`: not the deputy who spoke last)
    # (a role the news vectors put far from it, below 0.25: `депутат` and `блоггер`
    # 0.10; `председатель` and the `глава` met 0.49)
    def very_role(f) -> bool:
        roles = f.get("roles", ())
        return lemma in roles or any(lemma in speakers._compound_roles(r) for r in roles)

    # (an earlier noun no entity holds: the roles an entity gathered may be
    # another's taken in by an earlier link)
    if any(rows[n][1][0] == "noun" and very_role(rows[n][2]) and not rows[n][2].get("complement_conflict")
           for n in allowed):
        allowed = [n for n in allowed if not (rows[n][2].get("role_conflict") and rows[n][2].get("role_similarity", 0.0) < 0.25
                                              and not rows[n][2].get("complement_match"))]
    best = max(allowed, key=lambda n: (learned[n], -n))
    payload = rows[best][1]
    return NEW if payload[0] == "new" else payload


def _emphatic(doc, mention) -> bool:
    """The role noun carries `сам` (`сам координатор`, `самого аналитика`)."""
    return any(doc.tokens[k].lemma == "сам" or norm(doc.tokens[k].text) in _SAM
               for k in doc.children(mention.head) if k in mention.tokens and k < mention.head)


_SAM = frozenset({"сам", "сама", "само", "сами", "самого", "самой", "самому", "самим", "самих", "самими"})


def _the_group_before(resolver, mention, rows, allowed: list[int], lemma: str) -> list[int]:
    """For a plural of a role with no complement, the candidates it must be
    one of, never `new` (empty where none is there). `Следователи` six
    sentences after `следователи`: the group the text already has under
    that very noun, near or far, where an adjective of the noun's is the
    group's too (`Японские ученые` after `японские ученые`; not `Молодые
    врачи` after `Врачи городской больницы`, nor `Воронежские пенсионеры`
    after `Российские пенсионеры`); else, with no adjective of its own, the
    institution whose people the noun names (`Гидрометцентр` …
    `синоптики`, `Совет Федерации` … `сенаторы`; `местные чиновники` may be
    no ministry's). The ranker, fitted on singular and plural nouns
    together, kept far plurals new: on RuCoCo train, of 55 such plurals
    with a same-role candidate it kept new 36 were the group, and of 16
    with an institution of their members 12 were the institution. Not a
    synonym (`политологи` … `экспертов` may be two groups)."""
    doc = resolver.doc
    own = _adjectives(doc, mention.head)
    others = [n for n in allowed if rows[n][1][0] != "new"]
    same = [n for n in others if lemma in rows[n][2].get("roles", ())
            and own <= _group_adjectives(doc, rows[n][1], lemma, mention.start)]
    if same or rows[0][2].get("new_adjective"):
        return same
    return [n for n in others if rows[n][2].get("member")]


def _adjectives(doc, noun: int) -> set[str]:
    """The adjectives before a noun that describe it (`японские ученые`),
    not those that only point (`эти`, `такие`, `сами`)."""
    return {norm(token.lemma or token.text) for token in _modifiers_before(doc, noun)
            if token.upos == "ADJ" and token.feat("VerbForm") != "Part"}


def _group_adjectives(doc, payload, lemma: str, before: int) -> set[str]:
    """The adjectives of a candidate's nouns of that lemma met before
    `before` (an earlier noun's own, or those of an entity's mentions)."""
    if payload[0] == "noun":
        return _adjectives(doc, payload[1])
    found = set()
    for m in payload[1].mentions:
        if m.end <= before:
            for token in doc.tokens_in(m.start, m.end):
                if token.upos == "NOUN" and names.lex_lemma(token) == lemma:
                    found |= _adjectives(doc, token.index)
    return found


# (`его клиент`: whom the possessor serves, anyone named before)
_COUNTERPARTS = grammar.words("entities", "relations", "counterparts")
# the sides of a trial and its parties (`[relations] sides`, `parties`)
_TRIAL = tuple(tuple(frozenset(side) for side in grammar.load("entities")["relations"].get(table, ()))
               for table in ("sides", "parties"))
# for each table, the words of the others (no posts in it: `адвокат обвиняемого`
# names the lawyer's client, not a second post of his)
_TRIAL_OTHERS = tuple(frozenset().union(*(side for other in _TRIAL if other is not sides for side in other))
                      for sides in _TRIAL)


# the people of the press: journalists and their narrower nouns ([hypernyms])
_PRESS = frozenset({"журналист", "журналистка"}) | grammar.words("entities", "hypernyms", "журналист") \
    | grammar.words("entities", "hypernyms", "журналистка")


def _other_side(lemma: str, roles: set) -> bool:
    """`гособвинитель` after `адвокат Абызова`: someone known only by posts on
    another side of a trial than the noun's is someone else (the prosecutor
    is never the defendant's lawyer, nor the judge; the defendant never the
    plaintiff). Sides and parties are not crossed: a lawyer may stand trial."""
    for sides, others in zip(_TRIAL, _TRIAL_OTHERS):
        mine = next((side for side in sides if lemma in side), None)
        if mine is None:
            continue
        roles = set(roles) - others
        if not roles or roles & mine:
            return False
        return all(any(role in side for side in sides if side is not mine) for role in roles)
    return False


def _press_of_a_medium(written: str, complement: set, roles: set) -> bool:
    """`Корреспондент РИА Новости` after `сообщил РИА "Новости"
    вице-президент банка Эмиль Алиев`: a journalist of a medium is one of its
    own staff, never someone known by posts outside the press who spoke to
    it (the medium in both their words says nothing of who is who)."""
    from .speakers import _lexicon

    if written not in _PRESS or not any(names.is_media_name(w) or w in _lexicon()["generic_media"]
                                        for w in complement):
        return False
    return bool(roles) and not set(roles) & _PRESS


def _possessed(doc, mention) -> bool:
    """A possessive pronoun of the role noun's own says whose the person is
    (`Его адвокат заявил`, `их представители`)."""
    return any(norm(doc.tokens[c].text) in POSSESSIVES and c < mention.head
               for c in doc.children(mention.head))


def _other_group(features: dict, lemma: str, complement: set, named_complement: bool) -> bool:
    """`Представители авиакомпании … Представители аэропорта`, `источники в
    полиции … Адвокаты поясняют`: a group whose complement says another
    thing in common nouns, or whose every head noun and post is another
    role, is another group (a named group's people, or a source heard
    before, may still be the noun's: `собеседники агентства` after
    `источники в министерстве`)."""
    if features.get("named_person") or lemma in names._lexicon()["media_sources"]:
        return False
    # (a type noun in the complement fits the institution named before:
    # `представители компании` after `Представители «Газпрома»`)
    if features.get("complement_conflict") and not complement <= names.outlet_words() and not named_complement:
        return True
    roles = features.get("roles", set())
    return bool(roles) and not features.get("same_role") and not features.get("head_role")


def _group_of_another_noun(doc, entity, lemma: str) -> bool:
    """`Сами переписчики признаются … Блоггеры же утверждают`: against a
    topic set apart by `же`, a group known by no post, every mention of it
    headed by a common noun for people far from the noun's in meaning
    (navec cosine under 0.2: not `эксперты` for `аналитики`, `жители` for
    `очевидцы`), is another group (without `же` a text names one group by
    several nouns: `Научные работники института … Историки посоветовали`)."""
    from .speakers import _span_head

    if entity.kind != "group" or entity.roles:
        return False
    heads = [_span_head(doc, m.start, m.end) for m in entity.mentions]
    if not heads or any(h is None or h.upos != "NOUN" or h.feat("Animacy") != "Anim" for h in heads):
        return False
    return all(word != lemma and vectors.similarity(word, lemma) < 0.2 for word in {names.lex_lemma(h) for h in heads})


def _someone_unnamed_since(resolver, at: int, mention, attribution) -> bool:
    """`Директор завода Павел Громов пообещал P. Один из собеседников
    «Ведомостей» в Минпромторге назвал это нереальным. «…», — пояснил
    чиновник`: someone the text names by a noun only was made a subject
    after the candidate was last met (outside anyone's words); a role
    noun that does not repeat the candidate's role is more likely that
    one than the person named before."""
    doc = resolver.doc
    first = doc.first_token_from(at)
    last = mention.tokens[0]
    wanted = doc.tokens[mention.head].feat("Number") or "Sing"
    inside = {t for span in attribution.spans for t in range(doc.first_token_from(span.start), last)
              if doc.tokens[t].start < span.end}
    people = names.people_cover(doc)
    for k in range(first + 1, last):
        token = doc.tokens[k]
        if not token.deprel.startswith("nsubj") or token.feat("Case") not in ("Nom", None) \
                or k in inside or people.covers(token.start) or resolver._inside_content(token.start):
            continue
        number = token.feat("Number")
        if token.upos in ("NUM", "PRON", "DET") and norm(token.text) in ("один", "одна", "одно"):
            # `Один из собеседников «Ведомостей»`: one of the people its noun names
            token, number = next((doc.tokens[c] for c in doc.children(k) if doc.tokens[c].upos == "NOUN"
                                  and doc.tokens[c].feat("Case") == "Gen"), None), "Sing"
            if token is None:
                continue
        elif token.upos != "NOUN":
            continue
        elif not (names.lexicon_word(token, "media_sources") or _marked_new(doc, k)):
            # (only someone the text marks as not named: `один из собеседников`,
            # `источник в министерстве`, `некая женщина`, `другой эксперт`,
            # `еще один житель`, `незнакомая журналистам женщина`; a definite
            # description may be the candidate again, `Бывший сотрудник ЮКОСа
            # вновь заявил`)
            continue
        if number != wanted:
            continue  # (`Рабочие вышли на митинг`: a group, not the one the noun names)
        if token.feat("Animacy") != "Anim" and not names.lexicon_word(token, "media_sources"):
            continue
        if token.sentence == doc.tokens[first].sentence:
            continue  # (the candidate's own sentence: a noun beside it)
        if any(people.covers(doc.tokens[c].start) for c in doc.children(token.index)):
            continue  # (`министр Иван Петров`: named)
        return True
    return _defined_since(resolver, first, at, mention, inside, people)


def _defined_since(resolver, first: int, at: int, mention, inside: set, people) -> bool:
    """`Кадыров раскритиковал мужчину, который появился на свадьбе. «…», —
    сказал мужчина`: for a noun that tells only sex, age or origin, one of
    its kind the text defines by a clause of its own (in any case) after
    the candidate, or in a clause naming the candidate, is someone else the
    noun more likely means (not for a post: `пообещал чиновник` is still
    the one named)."""
    doc = resolver.doc
    head = doc.tokens[mention.head]
    if not _person_only(names.complement_word(head)):
        return False
    wanted = head.feat("Number") or "Sing"
    for k in range(doc.sentences[doc.tokens[first].sentence].first, mention.tokens[0]):
        token = doc.tokens[k]
        if token.upos != "NOUN" or k in inside or token.feat("Number") != wanted or token.feat("Animacy") != "Anim" \
                or people.covers(token.start) or resolver._inside_content(token.start) \
                or not _person_only(names.complement_word(token)) \
                or token.feat("Gender") and head.feat("Gender") and token.feat("Gender") != head.feat("Gender") \
                or any(people.covers(doc.tokens[c].start) for c in doc.children(k)):
            continue  # (`женщина` is no `мужчина`; `житель села Иван Петров` is named)
        clause = _defining_clause(doc, k)
        if clause is not None and (k > first or doc.tokens[clause.start].start <= at < doc.tokens[clause.stop - 1].end):
            return True
    return False


def _defining_clause(doc, k: int) -> Optional[range]:
    """The tokens of a relative clause or participle phrase after noun `k`."""
    for c in doc.children(k):
        if c > k and doc.tokens[c].deprel.startswith("acl"):
            span = doc.subtree(c)
            return range(min(span), max(span) + 1)
    return None


def _marked_new(doc, k: int) -> bool:
    """A noun the text marks as someone not met before: `некая женщина`,
    `другой эксперт`, `незнакомая журналистам женщина`, `еще один житель`."""
    for c in doc.children(k):
        if c > k:
            continue
        word = norm(doc.tokens[c].text)
        if word in _UNNAMED_MARKS:
            return True
        if word in ("один", "одна", "одно") and (c > 0 and norm(doc.tokens[c - 1].text) in ("еще", "ещё") or any(
                norm(doc.tokens[g].text) in ("еще", "ещё") for g in doc.children(c))):
            return True
    return False


def _person_only(word: str) -> bool:
    """A noun that tells only sex, age or origin (`мужчина`, `житель`, `чеченец`)."""
    return word in _ANYONE or word in names.DEMONYMS or word in ("житель", "жительница")


# words that mark someone as not named (`некая женщина`, `другой эксперт`)
_UNNAMED_MARKS = frozenset({"некий", "некая", "некое", "некие", "какой-то", "какая-то", "другой", "другая",
                            "иной", "иная", "неназванный", "неназванная", "анонимный", "анонимная",
                            "незнакомый", "незнакомая", "незнакомые", "неизвестный", "неизвестная", "неизвестные"})


# nouns that tell only sex or age: anyone described before may be meant
# (`родственница` … `девушка`)
_ANYONE = frozenset({"мужчина", "женщина", "девушка", "парень", "юноша", "человек", "старик", "старушка",
                     "подросток", "ребенок", "девочка", "мальчик", "дама", "господин", "госпожа"})


def _other_description(features: dict) -> bool:
    """Someone known only by a description of another kind (`Капитан` for
    `министр`): with no name, the role noun is all that tells who it is, so
    a role unlike it (no synonym, no head of it, far in meaning) is another
    person."""
    return bool(features.get("role_only") and features.get("role_conflict")
                and features.get("role_similarity", 0.0) < 0.3)


def take(resolver, payload, attribution):
    """The entity of a chosen candidate (an earlier noun becomes one)."""
    kind, what, at = payload
    if kind == "entity":
        return what
    return _noun_entity(resolver, what, attribution)


def _noun_entity(resolver, index: int, attribution):
    from .mentions import noun_phrase

    doc = resolver.doc
    token = doc.tokens[index]
    exclude = set()
    if token.deprel == "nmod" and token.head is not None and names.is_role_noun(doc, token.head):
        # `заместитель начальника службы Льюис Рамзи`: the chief, not the deputy's name
        exclude = {token.head} | {c for c in doc.children(token.head)
                                  if doc.tokens[c].deprel.split(":")[0] in ("appos", "flat")}
    # `Экономист Лев Гурин и депутат Марина Ясная`: the noun's own person,
    # not the coordination its phrase heads
    exclude |= {c for c in doc.children(index) if doc.tokens[c].deprel == "conj"}
    ref = noun_phrase(doc, index, doc.sentence_of(index).token_range, exclude)
    entity = resolver._phrase_entity(ref, like=attribution, parent=attribution.parent)
    if entity is None:
        return None
    if entity.canonical is None:
        entity.canonical = ref.to_mention(doc)
    return entity


def _deputy_for_head(doc, lemma: str, entity, offset: int) -> bool:
    """A deputy is not the head: someone named before only as `заместитель
    министра обороны`, `вице-премьер`, `замглавы` is no `президент`,
    `министр` or `глава` (the first role noun of each of his mentions is a
    deputy's title; a deputy's own title, `замминистра`, is his)."""
    from .speakers import HEAD_ROLES, _lexicon

    if lemma not in HEAD_ROLES:
        return False
    deputies = set(_lexicon()["deputies"]) | {"заместитель", "заместительница"}
    titles = []
    for m in entity.mentions:
        if m.end > offset:
            continue
        first = next((t for t in doc.tokens_in(m.start, m.end) if t.upos == "NOUN" and names.is_role_noun(doc, t.index)),
                     None)
        if first is not None:
            titles.append(names.lex_lemma(first))
    return bool(titles) and all(t in deputies or t.startswith("вице-") for t in titles)


def _posts_held(roles: set) -> set:
    """A person's roles, read by post: a `глава` who is also `министр` (`глава
    Минфина`) is the minister, so the general head noun says no more."""
    from .speakers import GENERAL_HEADS, POSTS

    return roles - GENERAL_HEADS if roles & POSTS else roles


def _record(doc, mention, rows, lemma: str = "") -> dict:
    out = []
    for key, (kind, what, at), features in rows:
        if kind == "entity":
            spans = [(m.start, m.end) for m in what.mentions if m.end <= mention.start]
            spans.append((at, doc.tokens[doc.first_token_from(at)].end))
        elif kind == "noun":
            spans = [(doc.tokens[what].start, doc.tokens[what].end)]
        else:
            spans = []
        out.append({"spans": spans, "features": ranker.vector(features, "role"), "new": kind == "new"})
    head = doc.tokens[mention.head]
    return {"model": "role", "mention": (mention.start, mention.end), "head": (head.start, head.end),
            "candidates": out, "lemma": lemma}


def far_pronoun(resolver, mention, attribution, gender: Optional[str], number: Optional[str], excluded: set):
    """A pronoun with no candidate in the rules' window (a few sentences):
    the people (or, for `они`, groups) named further back, up to twelve
    sentences, scored by the pronoun model; None where the ranker is off."""
    from .speakers import (_compatible, _event_start, _named, _part_of_anothers_name, _pronoun_traits, _recency,
                           _resolved_start, _sentence_initial)

    if not ranker.enabled("pronoun"):
        return None
    doc = resolver.doc
    offset = mention.start
    sentence = _sentence(doc, min(offset, attribution.start) if attribution.spans else offset)
    paragraph = doc.sentences[sentence].paragraph
    resolved = resolver.resolved
    before = bisect_left(resolved, offset, key=_resolved_start)  # the speakers anchored before the mention
    last = resolved[before - 1][1] if before else None
    registry = resolver.registry
    # a walk from the start over the events it reads (`prefix_end`) keeps
    # each entity's last that qualifies, in the order it met the entity:
    # only the last twelve sentences can hold one close enough, and the
    # order is that of each entity's first event that qualifies
    prefix = registry.prefix_end(offset)
    events = registry.events
    last_met: dict[str, object] = {}
    for k in range(bisect_left(events, _window_start(doc, sentence, 12), key=_event_start), prefix):
        event = events[k]
        if event.entity.id in excluded or resolver._inside_speech(event.start, attribution):
            continue
        if not _compatible(event.entity, gender, number, number != "Plur"):
            continue
        if number == "Plur" and _part_of_anothers_name(doc, event.start):
            continue  # (`Союз жильцов домов «Парус» … По их мнению`: not the houses)
        last_met[event.entity.id] = event

    def first_met(event) -> tuple[int, int]:
        # excluded and compatible hold for the entity: only the content differs between its events
        return next(key for key, own in registry.by_entity[event.entity.id]
                    if not resolver._inside_speech(own.start, attribution))

    seen = [(event.entity, event.start, resolver._is_subject(event)) for event in
            sorted(last_met.values(), key=first_met)]
    counts = {entity.id: registry.read_before(entity.id, prefix) for entity, _, _ in seen}
    spoke = {entity.id for entity, _, _ in seen if bisect_left(resolver.spoke_at.get(entity.id, ()), offset)}
    features, entities = {}, []
    latest, latest_subject = {}, {}
    initial = _sentence_initial(doc, mention)
    reported = resolver._reported_spans(_window_start(doc, sentence, 14), offset) + \
        [(span.start, span.end) for span in attribution.spans]
    for entity, at, subject in seen:
        d = max(0, sentence - _sentence(doc, at))
        if d > 12:
            continue
        rules = 10 - 3 * d + (3 if subject else 0) + min(3, counts.get(entity.id, 1) - 1) + _named(entity)
        features[entity.id] = dict(
            rules=rules, distance=d, same_sentence=d == 0,
            same_paragraph=doc.sentences[_sentence(doc, at)].paragraph == paragraph,
            spoke=entity.id in spoke, last_speaker=entity is last, subject=subject,
            mentions=min(4, counts.get(entity.id, 0)), named_person=bool(_named(entity)),
            organization=entity.kind in ("organization", "media"),
            gender_known=bool(gender and entity.gender == gender), plural=number == "Plur",
            direct=attribution.type == "direct", chars=min(10.0, (offset - at) / 100),
            **_pronoun_traits(entity, gender, initial))
        entities.append(entity)
        if any(start <= at < end for start, end in reported):
            continue  # reported words hold no topic
        latest[entity.id] = at
        if subject:
            latest_subject[entity.id] = at
    if not entities:
        return None
    _recency(features, latest, latest_subject)
    rows = [ranker.vector(features[entity.id]) for entity in entities]
    learned = ranker.scores(rows, "pronoun")
    return entities[max(range(len(rows)), key=lambda n: (learned[n], n))]
