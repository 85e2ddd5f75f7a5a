"""Scoring predictions against gold, exactly as ATTRIBUTION.md defines it.

- A predicted quote matches a gold one when their content spans overlap by
  at least half of the longer one (characters); matching is one-to-one,
  greedy by overlap.
- Optional gold quotes are neither errors when found nor when missed: a
  prediction matched to one is left out of every count.
- Speaker: the predicted canonical name contains a key of the gold entity,
  or every word of a key matches a word of the name up to its last two
  letters; a gold `null` speaker needs a predicted `null`.
- Cue: the predicted cue overlaps the gold one (quotes with a gold cue).
- Chain: same length, every layer matching by keys (`chain_uncertain` skipped).
- End-to-end: a match counts only with the right speaker and chain.
Per type, a match counts for type T when gold and prediction are both T.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Callable, Iterable, Optional

import attrs

from .mentions import same_word

TYPES = ("direct", "indirect", "mixed")
_TRIM = " \t\n\u00a0.,;:!?…—–-«»„“”\"'()"


def _norm(text: str) -> str:
    return text.lower().replace("ё", "е")


def _words(text: str) -> list[str]:
    import regex

    return [w for w in regex.split(r"[^\p{L}\p{N}.]+", _norm(text)) if w.strip(".")]


def _word_match(a: str, b: str) -> bool:
    return same_word(a.strip("."), b.strip("."))


def name_matches(name: Optional[str], keys: Iterable[str]) -> bool:
    """ATTRIBUTION.md's rule for a canonical name against an entity's keys."""
    if not name:
        return False
    lowered = _norm(name)
    name_words = _words(name)
    for key in keys:
        key = _norm(key)
        if key and key in lowered:
            return True
        key_words = _words(key)
        if key_words and all(any(_word_match(k, w) for w in name_words) for k in key_words):
            return True
    return False


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def _overlap(a, b) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _trimmed(text: str, spans) -> tuple:
    result = []
    for s, e in spans:
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if s < e:
            result.append((s, e))
    return tuple(result)


@attrs.define
class PRF:
    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "gold": self.gold, "pred": self.pred}


@attrs.define
class Ratio:
    hit: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"accuracy": round(self.value, 4), "correct": self.hit, "total": self.total}


@attrs.define
class Report:
    documents: int = 0
    optional_gold: int = 0
    overall: PRF = attrs.Factory(PRF)
    by_type: dict = attrs.Factory(lambda: {t: PRF() for t in TYPES})
    exact: Ratio = attrs.Factory(Ratio)
    speaker: Ratio = attrs.Factory(Ratio)
    cue: Ratio = attrs.Factory(Ratio)
    chain: Ratio = attrs.Factory(Ratio)
    end_to_end: PRF = attrs.Factory(PRF)
    misses: list = attrs.Factory(list)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "optional_gold": self.optional_gold,
            "quotes": self.overall.to_dict(),
            "by_type": {t: p.to_dict() for t, p in self.by_type.items()},
            "exact_boundaries": self.exact.to_dict(),
            "speaker": self.speaker.to_dict(),
            "cue": self.cue.to_dict(),
            "chain": self.chain.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
        }

    def figures(self) -> dict[str, float]:
        """The headline numbers, flat (for baselines and tables)."""
        figures = {
            "quote_f1": self.overall.f1, "quote_p": self.overall.precision,
            "quote_r": self.overall.recall,
            "exact": self.exact.value, "speaker": self.speaker.value,
            "cue": self.cue.value, "chain": self.chain.value,
            "e2e_f1": self.end_to_end.f1,
        }
        for t, prf in self.by_type.items():
            figures[f"{t}_f1"] = prf.f1
        return {k: round(v, 4) for k, v in figures.items()}

    def counts(self) -> dict[str, int]:
        """How many items each figure rests on (0: the figure says nothing)."""
        counts = {"quote_f1": self.overall.gold, "quote_p": self.overall.pred,
                  "quote_r": self.overall.gold, "exact": self.exact.total,
                  "speaker": self.speaker.total, "cue": self.cue.total, "chain": self.chain.total,
                  "e2e_f1": self.end_to_end.gold}
        for t, prf in self.by_type.items():
            counts[f"{t}_f1"] = prf.gold
        return counts

    def table(self, title: str = "") -> str:
        lines = []
        if title:
            lines.append(title)
        lines.append(f"{self.documents} documents, {self.overall.gold} required gold quotes "
                     f"({self.optional_gold} optional), {self.overall.pred} predicted")
        lines.append(f"{'':14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'tp':>7}")
        rows = [("all quotes", self.overall)] + [(t, p) for t, p in self.by_type.items()]
        rows.append(("end-to-end", self.end_to_end))
        for name, prf in rows:
            lines.append(f"{name:14}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}"
                         f"{prf.gold:7d}{prf.pred:7d}{prf.tp:7d}")
        for name, ratio in (("exact bounds", self.exact), ("speaker", self.speaker),
                            ("cue", self.cue), ("chain", self.chain)):
            lines.append(f"{name:14}{ratio.value:7.3f}   ({ratio.hit}/{ratio.total} matched)")
        return "\n".join(lines)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    middle = text[start:end]
    if len(middle) > 2 * width:
        middle = middle[:width] + " … " + middle[-width:]
    return (left + "[[" + middle + "]]" + right).replace("\n", " ¶ ")


def _pred_name(chain_item) -> Optional[str]:
    if isinstance(chain_item, dict):
        return chain_item.get("name")
    return chain_item


def match_quotes(gold_quotes: list[dict], pred_quotes: list[dict]) -> tuple[dict[int, int], dict[int, int]]:
    """Pair gold and predicted quotes whose content overlaps by at least half
    of the longer, greedily by overlap, each at most once (ATTRIBUTION.md);
    predictions without spans never match. Returns gold→pred and pred→gold
    index maps."""
    pairs = []
    for gi, g in enumerate(gold_quotes):
        g_len = _length(g["content"])
        for pi, p in enumerate(pred_quotes):
            if not p.get("spans"):
                continue
            overlap = _overlap(g["content"], p["spans"])
            if overlap and overlap >= 0.5 * max(g_len, _length(p["spans"])):
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    gold_match: dict[int, int] = {}
    pred_match: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi not in gold_match and pi not in pred_match:
            gold_match[gi] = pi
            pred_match[pi] = gi
    return gold_match, pred_match


def entity_keys(entities: dict, entity_id) -> list[str]:
    """The keys a predicted name is matched against: the gold entity's
    `keys`, or its name where it has none."""
    entity = entities.get(entity_id) or {}
    return entity.get("keys") or ([entity["name"]] if entity.get("name") else [])


def chain_matches(gold_chain: list, pred_chain: list, keys_of: Callable) -> bool:
    """Same length, and layer by layer the predicted name matches the gold keys."""
    return len(gold_chain) == len(pred_chain) and all(
        name_matches(name, keys_of(layer)) for layer, name in zip(gold_chain, pred_chain))


def score_document(gold: dict, pred: dict, report: Report, speaker_by_mention: bool = False) -> None:
    text = gold["text"]
    entities = gold.get("entities", {}) or {}
    gold_quotes = gold.get("quotes", [])
    pred_quotes = [q for q in pred.get("quotes", []) if q.get("spans")]
    report.documents += 1

    gold_match, pred_match = match_quotes(gold_quotes, pred_quotes)

    def keys_of(entity_id) -> list[str]:
        return entity_keys(entities, entity_id)

    for gi, g in enumerate(gold_quotes):
        if g.get("optional"):
            report.optional_gold += 1
            continue
        report.overall.gold += 1
        report.end_to_end.gold += 1
        if g.get("type") in report.by_type:
            report.by_type[g["type"]].gold += 1
        if gi not in gold_match:
            report.misses.append(("missed", gold["id"], gi, g.get("type"),
                                  _context(text, g["content"][0][0], g["content"][-1][1])))
            continue
        p = pred_quotes[gold_match[gi]]
        report.overall.tp += 1
        if g.get("type") in report.by_type and p.get("type") == g["type"]:
            report.by_type[g["type"]].tp += 1
        report.exact.total += 1
        if _trimmed(text, g["content"]) == _trimmed(text, [tuple(s) for s in p["spans"]]):
            report.exact.hit += 1
        # speaker
        speaker = p.get("speaker") or {}
        if speaker_by_mention:
            gm, pm = g.get("mention"), speaker.get("mention")
            ok = (gm is None and pm is None) or (
                gm is not None and pm is not None
                and _overlap([gm], [(pm["start"], pm["end"])]) > 0)
        elif g.get("speaker") is None:
            ok = speaker.get("name") is None
        else:
            ok = name_matches(speaker.get("name"), keys_of(g["speaker"]))
        report.speaker.total += 1
        report.speaker.hit += ok
        if not ok:
            report.misses.append(("speaker", gold["id"], gi,
                                  f"gold={entities.get(g.get('speaker'), {}).get('name')!r} "
                                  f"pred={speaker.get('name')!r}",
                                  _context(text, g["content"][0][0], g["content"][-1][1], 40)))
        # cue
        if g.get("cue"):
            report.cue.total += 1
            cue = p.get("cue")
            cue_ok = bool(cue and _overlap([g["cue"]], [(cue["start"], cue["end"])]))
            report.cue.hit += cue_ok
            if not cue_ok:
                report.misses.append(("cue", gold["id"], gi,
                                      f"gold={text[g['cue'][0]:g['cue'][1]]!r} pred={cue and cue.get('text')!r}",
                                      _context(text, g["content"][0][0], g["content"][-1][1], 40)))
        # chain
        chain_ok = True
        if not g.get("chain_uncertain"):
            gold_chain = g.get("chain") or []
            pred_chain = [_pred_name(c) for c in p.get("chain") or []]
            chain_ok = chain_matches(gold_chain, pred_chain, keys_of)
            report.chain.total += 1
            report.chain.hit += chain_ok
            if not chain_ok:
                report.misses.append(("chain", gold["id"], gi,
                                      f"gold={[entities.get(c, {}).get('name') for c in gold_chain]} "
                                      f"pred={pred_chain}",
                                      _context(text, g["content"][0][0], g["content"][-1][1], 40)))
        if ok and chain_ok:
            report.end_to_end.tp += 1

    for pi, p in enumerate(pred_quotes):
        gi = pred_match.get(pi)
        if gi is not None and gold_quotes[gi].get("optional"):
            continue
        report.overall.pred += 1
        report.end_to_end.pred += 1
        if p.get("type") in report.by_type:
            report.by_type[p["type"]].pred += 1
        if gi is None:
            spans = p["spans"]
            report.misses.append(("false", gold["id"], pi, p.get("type"),
                                  _context(text, spans[0][0], spans[-1][1])))


def score(gold_docs: list[dict], pred_docs: Iterable[dict], speaker_by_mention: bool = False) -> Report:
    """Score predicted documents (matched to gold by `id`)."""
    by_id = {}
    for doc in pred_docs:
        by_id[str(doc.get("id"))] = doc
    report = Report()
    for gold in gold_docs:
        pred = by_id.get(str(gold["id"]), {"quotes": []})
        score_document(gold, pred, report, speaker_by_mention)
    return report


# --- loading --------------------------------------------------------------


class GoldError(ValueError):
    """A gold file cannot be read."""


def _resolve_file(file: str, gold_path: Path, root: Optional[str]) -> Path:
    candidates = []
    if root:
        candidates.append(Path(root) / file)
    for parent in [gold_path.parent, *gold_path.resolve().parents]:
        candidates.append(parent / file)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(file)


def load_gold(path: str, root: Optional[str] = None) -> list[dict]:
    gold_path = Path(path)
    docs = []
    with gold_path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise GoldError(f"{path}:{number}: {error}") from error
            if "text" not in doc:
                if "file" not in doc:
                    raise GoldError(f"{path}:{number}: neither 'text' nor 'file'")
                try:
                    file = _resolve_file(doc["file"], gold_path, root)
                except FileNotFoundError:
                    raise GoldError(f"{path}:{number}: file {doc['file']!r} not found "
                                    f"(give --root)") from None
                content = file.read_text(encoding="utf-8")
                doc["text"] = json.loads(content)["text"] if file.suffix == ".json" else content
            doc.setdefault("id", f"{gold_path.stem}:{number}")
            docs.append(doc)
    return docs


def load_predictions(path: str) -> list[dict]:
    docs = []
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                try:
                    docs.append(json.loads(raw.decode("utf-8")))
                except (UnicodeDecodeError, json.JSONDecodeError) as error:
                    raise GoldError(f"{path}:{number}: {error}") from error
    return docs


def predict(gold_docs: list[dict], backend: str = "natasha", include_optional: bool = False,
            extractor=None) -> list[dict]:
    from .extractor import Extractor

    extractor = extractor or Extractor(backend, include_optional=include_optional)
    return [extractor.extract_document(d["text"], id=str(d["id"])).to_dict() for d in gold_docs]


def evaluate_file(gold: str, pred: Optional[str] = None, root: Optional[str] = None,
                  speaker_by_mention: bool = False, extractor=None, backend: str = "natasha",
                  include_optional: bool = False) -> Report:
    gold_docs = load_gold(gold, root)
    pred_docs = load_predictions(pred) if pred else predict(gold_docs, backend, include_optional, extractor)
    return score(gold_docs, pred_docs, speaker_by_mention)


def format_misses(report: Report) -> str:
    lines = []
    for kind, doc_id, index, what, context in report.misses:
        lines.append(f"{kind.upper():8} {doc_id}#{index} {what}: {context}")
    return "\n".join(lines)


def id_problems(gold_docs: list[dict], pred_docs: list[dict]) -> list[str]:
    """Why the scores may say nothing: predictions whose ids match no gold id
    (another file, another id field) score as if nothing had been found."""
    gold_ids = [str(d["id"]) for d in gold_docs]
    pred_ids = {str(d.get("id")) for d in pred_docs}
    missing = [i for i in gold_ids if i not in pred_ids]
    if not missing:
        return []
    if len(missing) == len(gold_ids):
        sample = sorted(pred_ids)[:3]
        return [f"no prediction id matches a gold id: every gold document scores as empty "
                f"(gold ids like {gold_ids[:3]}, predictions {sample if sample else 'none'})"]
    return [f"{len(missing)} of {len(gold_ids)} gold documents have no prediction with "
            f"their id (first: {missing[:3]}); they score as empty"]


def main(args) -> int:
    try:
        gold_docs = load_gold(args.gold, args.root)
        if args.pred:
            pred_docs = load_predictions(args.pred)
        else:
            pred_docs = predict(gold_docs, args.backend, args.include_optional)
    except (GoldError, OSError) as error:
        print(f"quotes eval: {error}", file=sys.stderr)
        return 2
    report = score(gold_docs, pred_docs, args.speaker_by_mention)
    problems = id_problems(gold_docs, pred_docs)
    for problem in problems:
        print(f"quotes eval: warning: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.table(f"quotes eval: {args.gold}"))
    if args.misses:
        print(format_misses(report), file=sys.stdout if not args.json else sys.stderr)
    return 1 if problems and getattr(args, "strict", False) else 0
