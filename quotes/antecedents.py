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

from typing import Optional

from . import names, ranker
from .mentions import norm

# the decision "an entity of its own"
NEW = object()
_INDEFINITE = frozenset({"один", "одна", "одного", "одной", "одним", "некоторые", "некоторых", "несколько",
                         "многие", "многих", "ряд", "ряда", "другой", "другие", "других", "другая"})


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


def in_title(doc, entity, offset: int) -> bool:
    """The entity is named in the headline, before `offset`."""
    end = min(title_end(doc), offset)
    return any(m.start < end for m in entity.mentions)


def _roles_match(a: str, b: str) -> bool:
    from .speakers import _same_role

    return _same_role(a, b)


def candidates(resolver, mention, attribution, lemma: str, complement: set, gender: Optional[str],
               number: Optional[str], excluded: set, plural: bool) -> list[tuple]:
    """(key, payload, features) of every candidate antecedent, `NEW` first.
    A payload is ("entity", entity, offset), ("noun", token index, offset) or
    ("new", None, offset)."""
    from .speakers import HEAD_ROLES, _compatible

    doc = resolver.doc
    registry = resolver.registry
    offset = mention.start
    sentence = _sentence(doc, min(offset, attribution.start) if attribution.spans else offset)
    paragraph = doc.sentences[sentence].paragraph
    first_paragraph = paragraph <= 1
    found: dict[str, list] = {}
    spoke_before: dict[str, int] = {}
    last = None
    for start, entity, other in resolver.resolved:
        if start < offset:
            spoke_before[entity.id] = start
            last = entity
    recent = resolver._recent_speakers(offset, 2)
    counts: dict[str, int] = {}
    nearest: dict = {}  # entity id -> its last event before the mention (subject read when needed)
    for event in registry.events:
        if event.end > offset:
            break
        counts[event.entity.id] = counts.get(event.entity.id, 0) + 1
        nearest[event.entity.id] = event
    entities = {e.id: e for e in registry.entities}
    context_words = registry.role_context

    # the entity the rules' introduction loop would take (`политолог` after
    # `политолог Азер Гараев`): a strong hint, not a certainty
    rules_intro = None
    for start, role, entity in sorted(registry.roles, key=lambda r: -r[0]):
        if start >= offset or entity.id in excluded or not entity.surname \
                or not _compatible(entity, gender, number) or not _roles_match(role, lemma):
            continue
        if not complement or complement & context_words.get(entity.id, set()) \
                or entity.id in recent and role == lemma:
            rules_intro = entity
            break

    def words_of(entity) -> tuple[set, set]:
        """(head nouns, other nouns and names) of an entity's mentions before."""
        heads, others = set(), set()
        for m in entity.mentions:
            if m.end > offset:
                continue
            for token in doc.tokens_in(m.start, m.end):
                if token.upos in ("NOUN", "PROPN", "X"):
                    word = names.lex_lemma(token)
                    role = names.is_role_noun(doc, token.index) or names.lexicon_word(token, "group_nouns")
                    (heads if role else others).add(word)
                    # a role in a complement: whom the entity serves
                    # (`пресс-секретарь президента`), see `serves`
                    if role and token.deprel == "nmod":
                        principals.setdefault(entity.id, set()).add(word)
        return heads, others

    principals: dict[str, set] = {}  # entity id -> roles named in its complements

    def serves(entity) -> bool:
        """`президент` after `пресс-секретарь президента Дмитрий Песков`,
        `глава службы` after `заместитель начальника службы X`: the noun names
        whom the candidate serves, not the candidate."""
        if lemma not in HEAD_ROLES:
            return False  # a deputy is a `представитель` too
        words_of(entity)
        served = principals.get(entity.id, set())
        roles = set(entity.roles)
        if not roles or roles & HEAD_ROLES or any(_roles_match(r, lemma) for r in roles):
            return False
        served = served | context_words.get(entity.id, set())
        return any(_roles_match(p, lemma) for p in served - roles)

    def entity_features(entity, at: int, subject: bool) -> dict:
        d = max(0, sentence - _sentence(doc, at))
        heads, others = words_of(entity)
        roles = set(entity.roles) | heads
        same = any(_roles_match(r, lemma) for r in roles)
        context = context_words.get(entity.id, set()) | others | heads
        head_role = lemma in HEAD_ROLES and bool(roles & HEAD_ROLES)
        return dict(
            distance=min(10, d), far=d > 4, same_paragraph=doc.sentences[_sentence(doc, at)].paragraph == paragraph,
            spoke=entity.id in spoke_before, last_speaker=entity is last, recent=entity.id in recent,
            mentions=min(4, counts.get(entity.id, 0)), subject=subject,
            named_person=entity.kind == "person" and bool(entity.surname),
            role_only=not entity.surname, group=entity.kind == "group" or entity.number == "Plur",
            same_role=same, head_role=head_role, role_conflict=bool(entity.roles) and not same and not head_role,
            complement_match=bool(complement and complement & context),
            complement_conflict=bool(complement and context and not complement & context),
            gender_agree=bool(gender and entity.gender == gender),
            in_quote=any(span.start <= at < span.end for span in attribution.spans),
            rules_last=entity is last and not complement and not plural, rules_intro=entity is rules_intro,
            title=in_title(doc, entity, offset))

    rows = []
    for entity_id in set(nearest) | set(spoke_before):
        entity = entities.get(entity_id)
        if entity is None or entity.id in excluded or entity.kind not in ("person", "unknown", "group"):
            continue
        # people, and groups for a plural: never a thing (`среда`, `сторона`)
        if plural and not (entity.kind == "group" or entity.number == "Plur" and entity.animate):
            continue
        if not plural and not _compatible(entity, gender, number, persons_only=True):
            continue
        at = max(nearest[entity_id].start if entity_id in nearest else -1, spoke_before.get(entity_id, -1))
        if at < 0 or sentence - _sentence(doc, at) > 12:
            continue
        if serves(entity):
            continue
        subject = resolver._is_subject(nearest[entity_id]) if entity_id in nearest else False
        rows.append((entity.id, ("entity", entity, at), entity_features(entity, at, subject)))
    # earlier nouns of the same role that no entity holds: `подозреваемого в
    # убийстве` … `Подозреваемый`
    first = doc.sentences[max(0, sentence - 8)].first
    held = None  # the spans entities hold, gathered only if a noun of the role is met
    for i in range(first, doc.first_token_from(offset)):
        token = doc.tokens[i]
        if token.upos != "NOUN" or resolver._inside_content(token.start):
            continue
        word = names.lex_lemma(token)
        if not _roles_match(word, lemma):
            continue
        if held is None:
            held = {(m.start, m.end) for e in registry.entities for m in e.mentions}
        if any(s <= token.start < e for s, e in held):
            continue
        if (token.feat("Number") == "Plur") != plural:
            continue
        d = max(0, sentence - token.sentence)
        rows.append((f"np{i}", ("noun", i, token.start), dict(
            noun=True, distance=min(10, d), far=d > 4, same_role=True,
            same_paragraph=doc.sentences[token.sentence].paragraph == paragraph,
            subject=token.deprel.startswith("nsubj"), mentions=1, group=plural,
            in_quote=any(span.start <= token.start < span.end for span in attribution.spans))))
    # salience among the entities: the most named, the only named person
    most = max((f["mentions"] for k, p, f in rows if p[0] == "entity"), default=0)
    people = [k for k, p, f in rows if p[0] == "entity" and f["named_person"]]
    for key, payload, features in rows:
        if payload[0] == "entity":
            features["most_mentioned"] = features["mentions"] == most
            features["only_person"] = people == [key]
    # how the phrase reads: `израильский премьер` points back, `один из
    # экспертов`, `эксперты ВТБ Капитал` bring someone in
    tokens = [doc.tokens[i] for i in mention.tokens if i != mention.head]
    new = dict(new=True, new_complement=bool(complement), new_plural=plural, new_first=first_paragraph,
               new_alone=not rows, new_no_speaker=not spoke_before, new_prior=ranker.prior(lemma),
               new_adjective=any(t.upos == "ADJ" and t.head == mention.head for t in tokens),
               new_indefinite=any(t.upos == "NUM" or norm(t.text) in _INDEFINITE for t in tokens),
               new_named_complement=any(t.upos in ("PROPN", "X") for t in tokens))
    return [("new", ("new", None, offset), new)] + rows


def choose(resolver, mention, attribution, lemma: str, complement: set, gender: Optional[str],
           number: Optional[str], excluded: set, plural: bool = False):
    """The learned choice for a role or group noun: a payload for `take`,
    `NEW`, or None where the ranker is off (the rules decide). Nothing is
    changed yet: the rules may still settle the mention with certainty."""
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
    best = max(range(len(rows)), key=lambda n: (learned[n], -n))
    payload = rows[best][1]
    return NEW if payload[0] == "new" else payload


def take(resolver, payload, attribution):
    """The entity of a chosen candidate (an earlier noun becomes one)."""
    kind, what, at = payload
    if kind == "entity":
        return what
    return _noun_entity(resolver, what, attribution)


def _noun_entity(resolver, index: int, attribution):
    from .attribution import Attribution
    from .mentions import noun_phrase

    doc = resolver.doc
    token = doc.tokens[index]
    exclude = set()
    if token.deprel == "nmod" and token.head is not None and names.is_role_noun(doc, token.head):
        # `заместитель начальника службы Льюис Рамзи`: the chief, not the deputy's name
        exclude = {token.head} | {c for c in doc.children(token.head)
                                  if doc.tokens[c].deprel.split(":")[0] in ("appos", "flat")}
    ref = noun_phrase(doc, index, doc.sentence_of(index).token_range, exclude)
    stub = Attribution(attribution.type, attribution.spans, attribution.rule, 0, mention=ref)
    stub.parent = attribution.parent
    entity = resolver.entity_for(stub)
    if entity is None:
        return None
    resolver.registry.attach(entity, ref.to_mention(doc))
    if entity.canonical is None:
        entity.canonical = ref.to_mention(doc)
    return entity


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
    from .speakers import _compatible, _named

    if not ranker.enabled("pronoun"):
        return None
    doc = resolver.doc
    offset = mention.start
    sentence = _sentence(doc, min(offset, attribution.start) if attribution.spans else offset)
    paragraph = doc.sentences[sentence].paragraph
    last = next((e for s, e, a in reversed(resolver.resolved) if s < offset), None)
    spoke = {e.id for s, e, a in resolver.resolved if s < offset}
    seen: dict[str, tuple] = {}
    counts: dict[str, int] = {}
    for event in resolver.registry.events:
        if event.end > offset:
            break
        counts[event.entity.id] = counts.get(event.entity.id, 0) + 1
        if event.entity.id in excluded or resolver._inside_speech(event.start, attribution):
            continue
        if not _compatible(event.entity, gender, number, number != "Plur"):
            continue
        seen[event.entity.id] = (event.entity, event.start, resolver._is_subject(event))
    rows, entities = [], []
    for entity, at, subject in seen.values():
        d = max(0, sentence - _sentence(doc, at))
        if d > 12:
            continue
        rules = 10 - 3 * d + (3 if subject else 0) + min(3, counts.get(entity.id, 1) - 1) + _named(entity)
        rows.append(ranker.vector(dict(
            rules=rules, distance=d, same_sentence=d == 0,
            same_paragraph=doc.sentences[_sentence(doc, at)].paragraph == paragraph,
            spoke=entity.id in spoke, last_speaker=entity is last, subject=subject,
            mentions=min(4, counts.get(entity.id, 0)), named_person=bool(_named(entity)),
            organization=entity.kind in ("organization", "media"),
            gender_known=bool(gender and entity.gender == gender), plural=number == "Plur",
            direct=attribution.type == "direct", chars=min(10.0, (offset - at) / 100),
            title=in_title(doc, entity, offset))))
        entities.append(entity)
    if not rows:
        return None
    learned = ranker.scores(rows, "pronoun")
    return entities[max(range(len(rows)), key=lambda n: (learned[n], n))]
