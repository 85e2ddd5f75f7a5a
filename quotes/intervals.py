"""Interval look-ups in logarithmic time, so that a long document costs what
its length says: "is this offset inside some span", "which names overlap
these characters", "which quoted spans start in this range". Each answer is
the one a scan over every span would give, in the same order."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right, insort
from typing import Iterable, Iterator, Sequence


class Cover:
    """Half-open spans `[start, end)`; `covers(offset)` says whether one
    holds `offset`: the spans sorted by start, with the furthest end reached
    by each prefix."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = []
        furthest = None
        for _, end in ordered:
            furthest = end if furthest is None or end > furthest else furthest
            self.reach.append(furthest)

    def covers(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset)
        return i > 0 and self.reach[i - 1] > offset

    def holds(self, start: int, end: int) -> bool:
        """Whether one span contains `[start, end)`: `s <= start and end <= e`."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


class GrowingCover:
    """Half-open spans `[start, end)` added one by one; `covers(offset)`
    says whether one holds `offset`, reading only the spans that start
    within the longest span's length before it."""

    __slots__ = ("spans", "longest")

    def __init__(self):
        self.spans: list[tuple[int, int]] = []
        self.longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def covers(self, offset: int) -> bool:
        spans = self.spans
        for k in range(bisect_right(spans, (offset, math.inf)) - 1, -1, -1):
            start, end = spans[k]
            if start + self.longest <= offset:
                return False
            if end > offset:
                return True
        return False


class StartIndex:
    """Items with `start` and `end` (any order); `overlapping(a, b)` gives
    those with `start < b` and `a < end`, `starting(a, b)` those with
    `a <= start < b`, both in the items' own order."""

    __slots__ = ("items", "size", "starts", "order", "longest", "ordered", "classes")

    def __init__(self, items: Sequence, start=lambda x: x.start, end=lambda x: x.end):
        self.items = items
        self.size = len(items)
        keyed = sorted((start(item), i) for i, item in enumerate(items))
        self.starts = [s for s, _ in keyed]
        self.order = [i for _, i in keyed]
        self.longest = max((end(item) - start(item) for item in items), default=0)
        self.ordered = self.order == sorted(self.order)  # the items come sorted by start
        # the items by length class (lengths below 2, 4, 8, ...), each with
        # its starts and its longest: one long item widens the search for
        # `overlapping` only among the few as long as it
        classes: dict[int, tuple[list, list, list]] = {}
        for s, i in keyed:
            length = max(0, end(items[i]) - s)
            starts, order, longest = classes.setdefault(length.bit_length(), ([], [], [0]))
            starts.append(s)
            order.append(i)
            longest[0] = max(longest[0], length)
        self.classes = [(starts, order, longest[0]) for starts, order, longest in classes.values()]

    def after(self, low: int) -> Iterator:
        """The items whose start is at least `low`, in item order, lazily."""
        if self.ordered:
            for k in range(bisect_left(self.starts, low), len(self.starts)):
                yield self.items[self.order[k]]
        else:
            for item in self.items:
                if item.start >= low:
                    yield item

    def indices(self, low: int, high: int) -> list[int]:
        """Indices of the items whose start is in `[low, high)`, in item order."""
        first, last = bisect_left(self.starts, low), bisect_left(self.starts, high)
        return sorted(self.order[first:last])

    def starting(self, low: int, high: int) -> list:
        return [self.items[i] for i in self.indices(low, high)]

    def overlapping(self, low: int, high: int, end=lambda x: x.end) -> list:
        """The items with `start < high` and `low < end`, in item order: an
        item that ends after `low` starts less than its length before it."""
        found = []
        for starts, order, longest in self.classes:
            found += order[bisect_left(starts, low - longest):bisect_left(starts, high)]
        found.sort()
        return [item for item in (self.items[i] for i in found) if end(item) > low]


def cached(memo: dict, key: str, items: Sequence, **keys) -> StartIndex:
    """A `StartIndex` of `items` kept in `memo`, rebuilt when they change."""
    index = memo.get(key)
    if index is None or index.items is not items or index.size != len(items):
        index = memo[key] = StartIndex(items, **keys)
    return index


def cached_cover(memo: dict, key: str, items: Sequence, spans) -> Cover:
    """A `Cover` of `spans(items)` kept in `memo`, rebuilt when they change."""
    entry = memo.get(key)
    if entry is None or entry[0] is not items or entry[1] != len(items):
        entry = memo[key] = (items, len(items), Cover(spans(items)))
    return entry[2]


def names_index(doc) -> StartIndex:
    """The doc's named spans indexed by start (kept in `doc.memo`)."""
    index = doc.memo.get("intervals.names")
    if index is None or index.items is not doc.names:
        index = doc.memo["intervals.names"] = StartIndex(doc.names)
    return index


def overlapping_names(doc, start: int, end: int) -> list:
    """`[n for n in doc.names if n.start < end and start < n.end]`."""
    return names_index(doc).overlapping(start, end)
