"""Speakers as document entities: names, pronouns, role nouns, variants.

Every speaker mention is tied to one document entity with a canonical
nominative name. People are clustered by surname (`Азер Гараев`, `Гараев`,
`А. Гараев`, `A.Гараев` are one), role nouns go to the person they were
introduced with (`политолог Азер Гараев` … `сказал политолог`), and
pronouns to the nearest compatible entity, preferring the speaker of the
attribution before.
"""

from __future__ import annotations

from typing import Optional

import attrs
import regex

from .attribution import Attribution
from .mentions import MentionRef, is_pronoun, noun_phrase, norm
from .model import Doc, Entity, Mention, Speaker
from . import names

_INITIAL = regex.compile(r"^(?:\p{L}\.\s*)+")

PRONOUN_AGREEMENT = {
    "он": ("Masc", "Sing"), "его": ("Masc", "Sing"), "него": ("Masc", "Sing"),
    "ему": ("Masc", "Sing"), "нему": ("Masc", "Sing"), "им": ("Masc", "Sing"),
    "она": ("Fem", "Sing"), "ее": ("Fem", "Sing"), "её": ("Fem", "Sing"),
    "нее": ("Fem", "Sing"), "ей": ("Fem", "Sing"), "ней": ("Fem", "Sing"),
    "они": (None, "Plur"), "их": (None, "Plur"), "них": (None, "Plur"),
    "оно": ("Neut", "Sing"),
}


@attrs.define
class _Entity:
    id: str
    name: str
    kind: str
    key: str
    gender: Optional[str] = None
    number: str = "Sing"
    roles: set = attrs.Factory(set)
    mentions: list = attrs.Factory(list)

    def freeze(self, doc: Doc) -> Entity:
        unique = sorted({(m.start, m.end) for m in self.mentions})
        return Entity(self.id, self.name, self.kind,
                      tuple(Mention(doc.text[s:e], s, e) for s, e in unique))


def surname_key(name: str) -> str:
    """`А. Гараев`, `A.Гараев`, `Азер Гараев` → `гараев`."""
    words = [w for w in regex.split(r"[\s.]+", norm(name)) if w]
    words = [w for w in words if len(w) > 1] or words
    return words[-1] if words else ""


def _stem(word: str) -> str:
    return word[:-2] if len(word) > 4 else word


class _Registry:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.entities: list[_Entity] = []
        self.by_surname: dict[str, _Entity] = {}
        self.by_key: dict[str, _Entity] = {}
        self.by_role: dict[str, _Entity] = {}
        self._seed_people()

    def _new(self, name: str, kind: str, key: str, **fields) -> _Entity:
        entity = _Entity(f"e{len(self.entities) + 1}", name, kind, key, **fields)
        self.entities.append(entity)
        return entity

    def _seed_people(self) -> None:
        doc = self.doc
        for span in doc.names:
            if span.type != "PER":
                continue
            full = names.name_span_nominative(doc, span.start, span.end)
            key = surname_key(full)
            if not key:
                continue
            tokens = doc.tokens_in(span.start, span.end)
            gender = next((t.feat("Gender") for t in tokens if t.feat("Gender")), None)
            entity = self._person(full, key, gender)
            entity.mentions.append(Mention(span.text, span.start, span.end))
            # a role noun right before the name introduces the role
            if tokens:
                role = self._role_before(tokens[0].index)
                if role:
                    entity.roles.add(role)
                    self.by_role[role] = entity

    def _role_before(self, index: int) -> Optional[str]:
        doc = self.doc
        j = index - 1
        steps = 0
        while j >= 0 and steps < 6 and doc.tokens[j].sentence == doc.tokens[index].sentence:
            token = doc.tokens[j]
            if token.text in (",", ".", ":", ";", "—", "–") or token.upos == "VERB":
                return None
            if names.is_role_noun(doc, j) and token.upos == "NOUN":
                return norm(token.lemma)
            j -= 1
            steps += 1
        return None

    def _person(self, full: str, key: str, gender: Optional[str]) -> _Entity:
        stem = _stem(key)
        entity = self.by_surname.get(stem)
        if entity is None:
            entity = self._new(full, "person", key, gender=gender)
            self.by_surname[stem] = entity
        elif len(full.split()) > len(entity.name.split()) and not _INITIAL.match(full):
            entity.name = full
        if entity.gender is None:
            entity.gender = gender
        return entity

    def person_for(self, name: str) -> _Entity:
        return self._person(name, surname_key(name), None)

    def other(self, name: str, kind: str) -> _Entity:
        key = norm(name).replace("«", "").replace("»", "").replace('"', "").strip()
        entity = self.by_key.get(key)
        if entity is None:
            entity = self._new(name, kind, key)
            self.by_key[key] = entity
        return entity


def _agreement(doc: Doc, index: int) -> tuple[Optional[str], Optional[str]]:
    token = doc.tokens[index]
    word = norm(token.text)
    if word in PRONOUN_AGREEMENT:
        return PRONOUN_AGREEMENT[word]
    return token.feat("Gender"), token.feat("Number")


def _compatible(entity: _Entity, gender: Optional[str], number: Optional[str]) -> bool:
    if number == "Plur":
        return entity.number == "Plur" or entity.kind in ("group", "organization", "media")
    if entity.number == "Plur" and entity.kind == "group":
        return False
    if gender and entity.gender and entity.kind == "person":
        return gender == entity.gender
    if gender == "Fem" and entity.kind != "person":
        return entity.gender == "Fem"
    return True


def resolve(doc: Doc, attributions: list[Attribution]) -> list[Entity]:
    """Give every attribution a `Speaker`; return the document's entities."""
    registry = _Registry(doc)
    ordered = sorted(range(len(attributions)), key=lambda i: _anchor(attributions[i]))
    history: list[tuple[int, _Entity]] = []  # (offset, entity) of resolved speakers
    for i in ordered:
        attribution = attributions[i]
        entity = None
        mention = attribution.mention
        if attribution.inherits and history:
            entity = _previous(history, _anchor(attribution), attribution)
        elif mention is not None:
            entity = _entity_for(doc, registry, mention, history, attribution)
        if entity is None:
            attribution.speaker = Speaker(
                None, attribution.speaker_kind or "unknown", None,
                mention.to_mention(doc) if mention else None,
            )
            continue
        if mention is not None:
            entity.mentions.append(mention.to_mention(doc))
        attribution.speaker = Speaker(
            entity.name, entity.kind, entity.id, mention.to_mention(doc) if mention else None
        )
        history.append((_anchor(attribution), entity))
    used = {a.speaker.entity for a in attributions if a.speaker and a.speaker.entity}
    return [e.freeze(doc) for e in registry.entities if e.id in used or e.kind == "person"]


def _anchor(attribution: Attribution) -> int:
    if attribution.mention is not None:
        return attribution.mention.start
    if attribution.cue is not None:
        return attribution.cue.start
    return attribution.start


def _previous(history, offset: int, attribution: Attribution) -> Optional[_Entity]:
    before = [e for o, e in history if o <= offset]
    return before[-1] if before else (history[-1][1] if history else None)


def _entity_for(doc: Doc, registry: _Registry, mention: MentionRef,
                history, attribution: Attribution) -> Optional[_Entity]:
    head = doc.tokens[mention.head]
    if is_pronoun(head):
        gender, number = _agreement(doc, mention.head)
        offset = mention.start
        for o, entity in reversed(history):
            if o < offset and _compatible(entity, gender, number):
                return entity
        # the nearest person named before
        best = None
        for entity in registry.entities:
            for m in entity.mentions:
                if m.end <= offset and _compatible(entity, gender, number):
                    if best is None or m.end > best[0]:
                        best = (m.end, entity)
        return best[1] if best else None
    name, kind = names.canonical(doc, mention)
    if not name:
        return None
    if kind == "person" and any(n.type == "PER" and n.start < mention.end and mention.start < n.end
                                for n in doc.names):
        entity = registry.person_for(name)
        lemma = norm(head.lemma)
        if names.is_role_noun(doc, mention.head):
            entity.roles.add(lemma)
            registry.by_role[lemma] = entity
        return entity
    lemma = norm(head.lemma)
    if names.is_role_noun(doc, mention.head) and kind == "person":
        entity = registry.by_role.get(lemma)
        if entity is None:
            # the role of the last person speaker of the same gender
            gender = head.feat("Gender")
            for o, candidate in reversed(history):
                if o < mention.start and candidate.kind == "person" and lemma in candidate.roles:
                    return candidate
            if len(mention.tokens) == 1:
                for o, candidate in reversed(history):
                    if o < mention.start and candidate.kind == "person" and \
                            (gender is None or candidate.gender in (None, gender) or lemma.startswith("собеседни")):
                        candidate.roles.add(lemma)
                        return candidate
            entity = registry.other(name, kind)
            entity.gender = gender
            entity.roles.add(lemma)
            registry.by_role[lemma] = entity
        return entity
    entity = registry.other(name, kind)
    if head.feat("Number") == "Plur" and kind == "group":
        entity.number = "Plur"
    if entity.gender is None:
        entity.gender = head.feat("Gender")
    return entity
