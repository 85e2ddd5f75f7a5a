"""The interval indexes give what a scan over every span gives, in the same
order; `nesting.arrange` with them equals the pairwise comparison it replaced."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import nesting
from quotes.attribution import Attribution
from quotes.cues import CueMatch
from quotes.intervals import Cover, StartIndex
from quotes.model import Span


@attrs.frozen
class Item:
    start: int
    end: int


spans = st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda p: (p[0], p[0] + p[1]))
items = st.lists(spans.map(lambda p: Item(*p)), max_size=25)


@given(st.lists(spans, max_size=25), st.integers(-2, 80))
def test_cover_answers_as_a_scan(pairs, offset):
    assert Cover(pairs).covers(offset) == any(s <= offset < e for s, e in pairs)


@given(items, st.integers(-2, 80), st.integers(0, 20))
def test_start_index_answers_as_a_scan(things, low, width):
    index = StartIndex(things)
    high = low + width
    assert index.overlapping(low, high) == [t for t in things if t.start < high and low < t.end]
    assert index.starting(low, high) == [t for t in things if low <= t.start < high]
    assert list(index.after(low)) == [t for t in things if t.start >= low]


# --- nesting.arrange against the pairwise version it replaced -------------------

def arrange_pairwise(found):
    kept = []
    for candidate in sorted(found, key=lambda a: -a.confidence):
        clash = None if candidate.frame_only else next(
            (k for k in kept if not k.frame_only and nesting._duplicates(k, candidate)), None)
        if clash is None:
            kept.append(candidate)
    kept.sort(key=lambda a: (a.start, -a.end))
    for i, attribution in enumerate(kept):
        attribution.parent = None
        best = None
        for j, other in enumerate(kept):
            if j != i and not other.frame_only and not attribution.frame_only \
                    and nesting._inside(attribution, other):
                if best is None or other.length() < kept[best].length():
                    best = j
        attribution.parent = best
    return kept


@st.composite
def attributions(draw):
    result = []
    for _ in range(draw(st.integers(0, 12))):
        first = draw(st.integers(0, 200))
        pieces = [Span(first, first + draw(st.integers(1, 60)))]
        if draw(st.booleans()):
            second = pieces[0].end + draw(st.integers(1, 30))
            pieces.append(Span(second, second + draw(st.integers(1, 40))))
        cue = None
        if draw(st.booleans()):
            at = draw(st.integers(0, 320))
            cue = CueMatch("verb", "test", at, at + draw(st.integers(1, 8)), 0, (0,), "сказать")
        result.append(Attribution(draw(st.sampled_from(["direct", "indirect"])), pieces, "test",
                                  draw(st.sampled_from([0.5, 0.75, 0.9])), cue=cue,
                                  frame_only=draw(st.integers(0, 5)) == 0))
    return result


@settings(max_examples=300, deadline=None)
@given(attributions())
def test_arrange_equals_the_pairwise_comparison(found):
    import copy

    twin = copy.deepcopy(found)
    fast = nesting.arrange(found)
    slow = arrange_pairwise(twin)
    assert [(a.spans, a.cue, a.parent, a.confidence) for a in fast] == \
        [(a.spans, a.cue, a.parent, a.confidence) for a in slow]
