"""The seed article end to end (../shared/corpus; skipped where absent)."""

import json


def _seed(shared):
    text = (shared / "corpus" / "seed-dayaz-garaev.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "corpus" / "seed.gold.jsonl").read_text(encoding="utf-8"))
    return text, gold


def test_seed_direct_quotes_match_gold_spans(extractor, shared):
    text, gold = _seed(shared)
    quotes = [q for q in extractor.extract(text) if q.type == "direct"]
    gold_direct = [g for g in gold["quotes"] if g["type"] == "direct"]
    assert [[list(s.to_list()) for s in q.spans] for q in quotes] == [g["content"] for g in gold_direct]
    assert [q.cue.text for q in quotes] == ["сказал", "сказал", "подчеркнул"]
    assert [q.speaker.mention.text for q in quotes] == ["политолог", "политолог", "он"]
    # the first runs across two paragraphs
    assert "\n\n" in quotes[0].text


def test_seed_direct_speakers_are_garaev(extractor, shared):
    text, _ = _seed(shared)
    quotes = [q for q in extractor.extract(text) if q.type == "direct"]
    assert {q.speaker.name for q in quotes} == {"Азер Гараев"}
