"""The working record the attribution rules fill in, before output.

Rules create `Attribution`s (content, cue, speaker mention, the rule that
fired); the speaker and chain stages add entities and relays; the extractor
turns them into frozen `Quote`s.
"""

from __future__ import annotations

from typing import Optional

import attrs

from .cues import CueMatch
from .mentions import MentionRef
from .model import Span


# direct quotes after a colon that closes a reported clause (`заявил, что P:
# «Q»`): the clause's cue is theirs too, and still reports the clause
SHARED_CUE_RULES = ("direct.colon.clause", "direct.colon.report")


@attrs.define
class RelayRef:
    """A relay found in the text: the medium's mention and its cue."""

    mention: MentionRef
    cue_start: int
    cue_end: int
    rule: str


@attrs.define
class Attribution:
    type: str
    spans: list[Span]
    rule: str
    confidence: float
    cue: Optional[CueMatch] = None
    mention: Optional[MentionRef] = None
    quoted: Optional[int] = None  # index of the QuotedSpan of a direct quote
    parent: Optional[int] = None
    optional: bool = False
    inherits: bool = False  # takes the speaker of the attribution before it
    no_speaker: bool = False  # impersonal: nobody is named (`сообщалось`)
    speaker_kind: Optional[str] = None  # a kind the rule knows (`document`)
    relays: list[RelayRef] = attrs.Factory(list)
    frame_only: bool = False  # names a speaker and relays, reports nothing itself
    # filled by later stages
    speaker: object = None
    chain: list = attrs.Factory(list)

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def extent(self) -> Span:
        return Span(self.start, self.end)

    def overlap(self, other: "Attribution") -> int:
        return sum(a.overlap(b) for a in self.spans for b in other.spans)

    def length(self) -> int:
        return sum(len(s) for s in self.spans)


def depth(attributions: list[Attribution], index: int) -> int:
    """How many quotes enclose attribution `index` (parents followed up,
    stopping at a cycle)."""
    levels, seen = 0, set()
    parent = attributions[index].parent
    while parent is not None and parent not in seen:
        seen.add(parent)
        levels += 1
        parent = attributions[parent].parent
    return levels
