"""Calibrated confidence: the estimated probability that a quote is right end
to end (its content matches a gold quote, and its speaker and chain are right,
as `quotes eval` scores them).

A rule's own number says how sure that rule is of its layout; whether the
quote is right end to end also depends on how the speaker was found (a name
in the clause, a pronoun resolved across sentences, nobody), how far the
pieces lie apart and how long the chain is. `features` turns an attribution
into named numbers known at extraction time; a logistic model fitted on gold
(`training/confidence.py`) weighs them. The weights ship as
`quotes/confidence.json`; scoring them needs nothing but Python.
"""

from __future__ import annotations

import contextlib
import json
import math
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping, Optional, Sequence

import attrs

from . import names
from .attribution import Attribution, depth
from .intervals import overlapping_names
from .mentions import is_pronoun, norm
from .model import Doc

MODEL_FILE = Path(__file__).with_name("confidence.json")

_RELATIVES = frozenset({"который", "которая", "которое", "которые", "которого", "которой",
                        "которых", "которому", "которым", "котором", "которую"})
_MARKS = "«»„“”\"'"


def _log(value: float) -> float:
    return math.log1p(max(0.0, value))


def mention_class(doc: Doc, a: Attribution) -> str:
    """How the speaker was found, as the speaker stage decides it: a name in
    the mention, a pronoun or relative, a role noun, an institution, a
    speaker taken over from the quote before, or nobody."""
    if a.inherits:
        return "inherited"
    if a.mention is None:
        return "impersonal" if a.no_speaker else "none"
    head = doc.tokens[a.mention.head]
    word = norm(head.text)
    if word in _RELATIVES:
        return "relative"
    if is_pronoun(head):
        return "pronoun"
    overlapping = overlapping_names(doc, a.mention.start, a.mention.end)  # an index, not a scan
    if any(n.type == "PER" for n in overlapping):
        return "person_name"
    if any(n.type == "ORG" for n in overlapping):
        return "org_name"
    if head.upos == "PROPN":
        return "propn"
    if names.is_role_noun(doc, a.mention.head):
        return "role"
    return "noun"


def _sentence_of(doc: Doc, offset: int) -> int:
    token = doc.token_at(offset)
    if token is None:
        index = min(doc.first_token_from(offset), len(doc.tokens) - 1)
        token = doc.tokens[index] if doc.tokens else None
    return token.sentence if token is not None else 0


@attrs.frozen
class _DocFacts:
    """What every quote of a document shares, computed once per document.
    The facts that compare a quote with the quotes before it (the previous
    speaker, the rivals, the chains of the same speaker) are computed for
    all quotes in one pass over them sorted by start: asked quote by quote
    they would cost the square of the quotes."""

    lowered: str
    quotes: int
    chained: bool
    by_speaker: Mapping[str, tuple[int, ...]]
    # attribution index -> index of the speaking attribution that starts last
    # before it (the first of those starting there), where there is one
    previous: Mapping[int, int] = attrs.field(factory=dict)
    # attribution index -> other entities of its speaker's kind that spoke before it
    rivals: Mapping[int, int] = attrs.field(factory=dict)
    # speaker entity -> how many of its attributions carry each chain
    chains: Mapping[str, Counter] = attrs.field(factory=dict)
    counted: dict = attrs.field(factory=dict, eq=False)  # stem -> occurrences in `lowered`

    @classmethod
    def of(cls, doc: Doc, attributions: Sequence[Attribution]) -> "_DocFacts":
        by_speaker: dict[str, list[int]] = {}
        for i, b in enumerate(attributions):
            entity = getattr(b.speaker, "entity", None)
            if entity and not b.frame_only:
                by_speaker.setdefault(entity, []).append(i)
        chains = {entity: Counter(_chain_names(attributions[i]) for i in indices)
                  for entity, indices in by_speaker.items()}
        # the speaking attributions by start; `earlier` of a quote is a prefix
        keyed = sorted((attributions[i].start, i) for indices in by_speaker.values() for i in indices)
        starts = [start for start, _ in keyed]
        previous, rivals = {}, {}
        queries = sorted((bisect_left(starts, a.start), i) for i, a in enumerate(attributions)
                         if a.speaker is not None and getattr(a.speaker, "entity", None))
        seen: dict[str, set] = {}  # speaker kind -> entities in the prefix read so far
        read = 0
        for prefix, i in queries:
            while read < prefix:
                b = attributions[keyed[read][1]]
                seen.setdefault(b.speaker.kind, set()).add(b.speaker.entity)
                read += 1
            if prefix:
                previous[i] = keyed[bisect_left(starts, starts[prefix - 1])][1]
            speaker = attributions[i].speaker
            group = seen.get(speaker.kind, ())
            rivals[i] = len(group) - (speaker.entity in group)
        return cls(doc.text.lower().replace("ё", "е"),
                   sum(1 for b in attributions if not b.frame_only),
                   any(b.chain for b in attributions if b.parent is None and not b.frame_only),
                   {k: tuple(v) for k, v in by_speaker.items()},
                   previous, rivals, chains)

    def count(self, stem: str) -> int:
        """`lowered.count(stem)` for a stem without whitespace, without
        reading the whole text once per speaker: the stem occurs only inside
        the whitespace-separated words that hold its first three letters,
        found in an index of the document's distinct words."""
        found = self.counted.get(stem)
        if found is None:
            # a short text is read faster than an index is built; a long one
            # would be read once per speaker
            if len(stem) < 3 or len(stem.split()) != 1 or stem.split()[0] != stem \
                    or len(self.lowered) < SHORT_TEXT:
                found = self.lowered.count(stem)
            else:
                words, by_trigram = self._words()
                found = sum(words[w] * w.count(stem) for w in by_trigram.get(stem[:3], ()))
            self.counted[stem] = found
        return found

    def _words(self) -> tuple:
        index = self.counted.get(None)
        if index is None:
            words = Counter(self.lowered.split())
            by_trigram: dict[str, list[str]] = {}
            for word in words:
                for trigram in {word[i:i + 3] for i in range(len(word) - 2)}:
                    by_trigram.setdefault(trigram, []).append(word)
            index = self.counted[None] = (words, by_trigram)
        return index


# characters below which `count` reads the text instead of indexing its words
SHORT_TEXT = 50_000


def features(doc: Doc, attributions: Sequence[Attribution], index: int,
             quoted: Sequence = (), facts: Optional[_DocFacts] = None) -> dict[str, float]:
    """Named numbers about attribution `index`, known at extraction time.
    Categorical facts are `name=value: 1.0`; absent ones are left out."""
    facts = facts or _DocFacts.of(doc, attributions)
    a = attributions[index]
    text = doc.text
    f: dict[str, float] = {"bias": 1.0}
    family = a.rule.split(".")
    f[f"family={'.'.join(family[:2])}"] = 1.0
    f["prior"] = float(a.confidence)
    f[f"type={a.type}"] = 1.0
    # the cue
    if a.cue is None:
        f["cue=none"] = 1.0
    else:
        f[f"cue_kind={a.cue.kind}"] = 1.0
        gap = min(abs(a.cue.start - s.end) if a.cue.start >= s.end else
                  abs(s.start - a.cue.end) if a.cue.end <= s.start else 0 for s in a.spans)
        f["log_cue_gap"] = _log(gap)
        f["cue_after_content"] = 1.0 if a.cue.start >= a.end else 0.0
        f["cue_inside_content"] = 1.0 if a.start < a.cue.start < a.end else 0.0
        f["cue_sentences_away"] = min(3.0, abs(_sentence_of(doc, a.cue.start) - _sentence_of(doc, a.start)))
    # the speaker
    how = mention_class(doc, a)
    f[f"mention={how}"] = 1.0
    speaker = a.speaker
    if speaker is not None:
        f[f"speaker_kind={speaker.kind}"] = 1.0
        if speaker.name is None:
            f["speaker_unnamed"] = 1.0
        elif a.mention is not None and norm(speaker.name).split() and \
                norm(speaker.name).split()[-1][:4] not in norm(text[a.mention.start:a.mention.end]):
            f["speaker_resolved_elsewhere"] = 1.0
        if speaker.name:
            words = speaker.name.split()
            f["speaker_name_words"] = min(4.0, float(len(words)))
            if speaker.name[:1].islower():
                f["speaker_name_lower"] = 1.0
            stem = norm(words[-1])[:5]
            f["log_speaker_named"] = _log(facts.count(stem) - 1) if len(stem) >= 3 else 0.0
    if a.mention is not None:
        anchor = a.cue if a.cue is not None else a.spans[0]
        first, last = sorted((a.mention.head, doc.first_token_from(anchor.start)))
        f["log_mention_cue_tokens"] = _log(last - first)
        f["mention_sentences_away"] = min(3.0, abs(_sentence_of(doc, a.mention.start)
                                                   - _sentence_of(doc, anchor.start)))
        f["mention_inside_content"] = 1.0 if any(s.contains(a.mention.span) for s in a.spans) else 0.0
        f["log_mention_words"] = _log(len([i for i in a.mention.tokens if not doc.tokens[i].is_punct]))
    # quote-mark evidence
    content = text[a.start:a.end]
    if a.quoted is not None:
        f["quoted"] = 1.0
        if 0 <= a.quoted < len(quoted):
            q = quoted[a.quoted]
            f["quoted_depth"] = min(2.0, float(q.depth))
    f["marks_around"] = 1.0 if a.start > 0 and text[a.start - 1] in _MARKS \
        and a.end < len(text) and text[a.end] in _MARKS else 0.0
    f["marks_inside"] = min(4.0, float(sum(content.count(m) for m in _MARKS)))
    # size and place
    length = a.length()
    f["log_length"] = _log(length)
    paragraph = doc.paragraph_at(a.start)
    f["first_paragraph"] = 1.0 if paragraph is not None and paragraph.index == 0 else 0.0
    f["log_quotes_in_doc"] = _log(facts.quotes)
    # chain and nesting
    f["chain"] = min(3.0, float(len(a.chain)))
    f["relays_here"] = min(3.0, float(len(a.relays)))
    f["depth"] = min(2.0, float(depth(attributions, index)))
    if not a.chain and facts.chained:
        f["unchained_among_chained"] = 1.0
    if speaker is not None and speaker.entity:
        # the same speaker's other quotes (this one is among them unless frame-only)
        mine, own = _chain_names(a), 0 if a.frame_only else 1
        same = len(facts.by_speaker.get(speaker.entity, ())) - own
        f["log_speaker_quotes"] = _log(same)
        if index in facts.previous:
            previous = attributions[facts.previous[index]]
            f["same_speaker_as_previous"] = 1.0 if previous.speaker.entity == speaker.entity else 0.0
        rivals = facts.rivals[index]
        f["log_rivals_before"] = _log(rivals)
        if how in ("pronoun", "role", "noun", "relative"):
            f["log_rivals_before_anaphor"] = _log(rivals)
        if same:
            alike = facts.chains.get(speaker.entity, Counter())[mine] - own
            f["chain_differs_same_speaker"] = (same - alike) / same
    if a.optional:
        f["optional"] = 1.0
    return f


def _chain_names(a: Attribution) -> tuple:
    return tuple(getattr(r, "name", r) for r in a.chain)


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def logit(p: float) -> float:
    """A probability's log-odds (kept off 0 and 1)."""
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def corrected(p: float, a: float, b: float) -> float:
    """`p` with its log-odds z made a*z + b (the correction for unseen text)."""
    return _logistic(a * logit(p) + b)


@attrs.frozen
class Model:
    """A logistic model over named features, then an optional monotone map
    (isotonic steps) fitted on out-of-fold scores."""

    weights: Mapping[str, float]
    scale: Mapping[str, tuple[float, float]] = attrs.field(factory=dict)  # name -> (mean, sd)
    steps: tuple[tuple[float, float], ...] = ()  # (upper score, probability), ascending
    meta: Mapping[str, object] = attrs.field(factory=dict)
    # (a, b): the probability's log-odds z become a*z + b, fitted on quotes of
    # unseen articles judged by hand (`training/calibrate_unseen.py`): the dev
    # articles the rules were written on are right more often than new text
    unseen: tuple[float, ...] = ()

    def score(self, feats: Mapping[str, float]) -> float:
        z = 0.0
        for name, value in feats.items():
            weight = self.weights.get(name)
            if weight is None:
                continue  # a rule or class the fit never saw weighs nothing
            if name in self.scale:
                mean, sd = self.scale[name]
                value = (value - mean) / sd
            z += weight * value
        return _logistic(z)

    def probability(self, feats: Mapping[str, float]) -> float:
        return self.for_unseen(self.dev_probability(feats))

    def dev_probability(self, feats: Mapping[str, float]) -> float:
        """The probability as fitted on the dev articles, before the
        correction for unseen text."""
        p = self.score(feats)
        if self.steps:
            p = _step(self.steps, p)
        return min(1.0, max(0.0, p))

    def for_unseen(self, p: float) -> float:
        return corrected(p, *self.unseen) if self.unseen else p

    def to_dict(self) -> dict:
        return {"weights": dict(sorted(self.weights.items())),
                "scale": {k: list(v) for k, v in sorted(self.scale.items())},
                "steps": [list(s) for s in self.steps], "meta": dict(self.meta),
                **({"unseen": list(self.unseen)} if self.unseen else {})}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Model":
        try:
            return cls({str(k): float(v) for k, v in data["weights"].items()},
                       {str(k): (float(v[0]), float(v[1])) for k, v in data.get("scale", {}).items()},
                       tuple((float(a), float(b)) for a, b in data.get("steps", ())),
                       dict(data.get("meta", {})),
                       tuple(float(v) for v in data.get("unseen", ()))[:2])
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise ValueError(f"confidence model: malformed ({type(error).__name__}: {error})") from error


def _step(steps: Sequence[tuple[float, float]], p: float) -> float:
    """Piecewise-linear interpolation through the isotonic points."""
    if p <= steps[0][0]:
        return steps[0][1]
    for (x0, y0), (x1, y1) in zip(steps, steps[1:]):
        if p <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)
    return steps[-1][1]


@lru_cache(maxsize=1)
def load(path: Optional[str] = None) -> Optional[Model]:
    """The shipped model; None where the file is absent (rules' own numbers stay)."""
    file = Path(path) if path else MODEL_FILE
    if not file.is_file():
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValueError(f"confidence model {file}: {error}") from error
    return Model.from_dict(data)


_OBSERVERS: list[list] = []


@contextlib.contextmanager
def observe() -> Iterator[list]:
    """Collect `(attribution, features)` for every attribution scored while
    the block runs (the fitting script reads the features this way, so that
    fitting and run time compute them in one place)."""
    rows: list = []
    _OBSERVERS.append(rows)
    try:
        yield rows
    finally:
        _OBSERVERS.remove(rows)


def assign(doc: Doc, attributions: list[Attribution], quoted: Sequence = (),
           model: Optional[Model] = None) -> None:
    """Replace each attribution's rule confidence with the model's probability
    (speakers and chains must be set already)."""
    model = model or load()
    facts = _DocFacts.of(doc, attributions)
    scored = []
    for i, a in enumerate(attributions):
        if a.frame_only:
            continue
        feats = features(doc, attributions, i, quoted, facts)
        for rows in _OBSERVERS:
            rows.append((a, feats))
        scored.append((a, feats))
    if model is None:
        return
    for a, feats in scored:
        a.confidence = model.probability(feats)


def at_least(extraction, threshold: float):
    """An `Extraction` keeping only quotes with confidence >= `threshold`
    (`quotes extract --min-confidence`), compared as the output writes it
    (three decimals), so that what a reader sees agrees with what was kept.
    Parents are renumbered; a kept quote whose parent is dropped takes the
    nearest kept ancestor."""
    quotes = extraction.quotes
    kept = [i for i, q in enumerate(quotes) if round(q.confidence, 3) >= threshold]
    index = {old: new for new, old in enumerate(kept)}

    def parent_of(i: int) -> Optional[int]:
        seen = set()
        parent = quotes[i].parent
        while parent is not None and parent not in index and parent not in seen:
            seen.add(parent)
            parent = quotes[parent].parent
        return index.get(parent) if parent is not None else None

    filtered = tuple(attrs.evolve(quotes[i], parent=parent_of(i)) for i in kept)
    return attrs.evolve(extraction, quotes=filtered)
