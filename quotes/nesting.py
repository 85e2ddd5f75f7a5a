"""Ordering attributions, merging duplicates, and finding each one's parent.

Two rules may report the same words (a что-clause in quote marks is seen by
the indirect rule and by the quote marks); the surer one stays. A statement
attributed inside another quote's content gets that quote as `parent`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

import regex

from .attribution import Attribution
from .mentions import PERSONAL_SUBJECTS


def _cue_inside(inner: Attribution, outer: Attribution) -> bool:
    return inner.cue is not None and any(s.start <= inner.cue.start and inner.cue.end <= s.end
                                         for s in outer.spans)


def _duplicates(a: Attribution, b: Attribution) -> bool:
    if _cue_inside(a, b) or _cue_inside(b, a):
        return False  # one reports the other: nested, not the same words twice
    overlap = a.overlap(b)
    shorter = min(a.length(), b.length())
    return shorter > 0 and overlap >= 0.8 * shorter and max(a.length(), b.length()) <= 1.6 * shorter


def _inside(inner: Attribution, outer: Attribution) -> bool:
    """`inner` is said within `outer`'s content: its content and its cue lie
    inside one of `outer`'s spans."""
    if inner is outer:
        return False
    anchor_start = min(inner.start, inner.cue.start if inner.cue else inner.start)
    anchor_end = max(inner.end, inner.cue.end if inner.cue else inner.end)
    return any(s.start <= anchor_start and anchor_end <= s.end for s in outer.spans) \
        and outer.length() > inner.length()


def arrange(found: list[Attribution]) -> list[Attribution]:
    """Attributions in text order, duplicates merged, parents set.

    Only attributions whose characters meet can be duplicates or parents, so
    each one is compared with those an index by position brings up, never
    with every other: the cost grows with the document, not its square."""
    kept: list[Attribution] = []
    # (lowest start, order kept) of the kept attributions that can clash, by start
    placed: list[tuple[int, int]] = []
    reach = 0  # the widest of them
    for candidate in sorted(found, key=lambda a: -a.confidence):
        clash = None
        if not candidate.frame_only:
            low, high = _bounds(candidate)
            first = bisect_left(placed, (low - reach, -1))
            last = bisect_left(placed, (high, -1))
            near = sorted(order for _, order in placed[first:last])
            clash = next((kept[k] for k in near if _duplicates(kept[k], candidate)), None)
        if clash is None:
            if not candidate.frame_only:
                low, high = _bounds(candidate)
                insort(placed, (low, len(kept)))
                reach = max(reach, high - low)
            kept.append(candidate)
    kept.sort(key=lambda a: (a.start, -a.end))
    # every span of the attributions that can be parents, by start
    spans = sorted((s.start, s.end, j) for j, a in enumerate(kept) if not a.frame_only for s in a.spans)
    starts = [start for start, _, _ in spans]
    longest = max((end - start for start, end, _ in spans), default=0)
    for i, attribution in enumerate(kept):
        attribution.parent = None
        best = None
        if not attribution.frame_only:
            anchor_start = min(attribution.start, attribution.cue.start if attribution.cue else attribution.start)
            anchor_end = max(attribution.end, attribution.cue.end if attribution.cue else attribution.end)
            holders = sorted({j for start, end, j in spans[bisect_left(starts, anchor_end - longest):
                                                           bisect_right(starts, anchor_start)]
                              if end >= anchor_end})
            for j in holders:
                other = kept[j]
                if j != i and _inside(attribution, other):
                    if best is None or other.length() < kept[best].length():
                        best = j
        attribution.parent = best
    return kept


def _bounds(attribution: Attribution) -> tuple[int, int]:
    return (min(s.start for s in attribution.spans), max(s.end for s in attribution.spans)) \
        if attribution.spans else (0, 0)


def drop_self_nesting(attributions: list[Attribution]) -> None:
    """A speaker does not report himself: `опроверг информацию, назвав ее
    «уткой»` is two statements of one speaker, not one inside the other; and
    his own hedge inside his report (`заявил, что, по его мнению, P`) is no
    second quote of P."""
    for attribution in attributions:
        parent = attribution.parent
        if parent is None:
            continue
        outer = attributions[parent]
        if _told_again(attribution, outer):
            continue  # nested still: its chain takes the second telling's layers (drop_told_again)
        if attribution.speaker is not None and outer.speaker is not None \
                and attribution.speaker.entity and attribution.speaker.entity == outer.speaker.entity \
                and outer.type != "direct":
            attribution.parent = outer.parent
            mention = attribution.mention
            if mention is not None and attribution.cue is not None \
                    and attribution.cue.start <= mention.start < attribution.cue.end:
                attribution.frame_only = True


def _told_again(inner: Attribution, outer: Attribution) -> bool:
    """`P. Об этом сообщил X` over a sentence that is itself X's report (`X
    заявил, что P`): the same speaker, or a pronoun that could only point
    to him (its quote holds him, so it is left unresolved)."""
    if not outer.rule.startswith(("indirect.anaphora", "mixed.anaphora")) or outer.frame_only or inner.cue is None \
            or inner.speaker is None or not inner.speaker.entity or outer.speaker is None \
            or not any(s.start <= inner.cue.start < s.end for s in outer.spans):
        return False
    if outer.speaker.entity:
        return outer.speaker.entity == inner.speaker.entity
    mention = outer.speaker.mention
    return mention is not None and mention.text.lower() in PERSONAL_SUBJECTS


def drop_told_again(attributions: list[Attribution]) -> None:
    """`X заявил, что P. Об этом он заявил в интервью Y`: one report told
    again. Once the report's chain holds the layers the second telling names
    (chains.build), the second telling is no quote of its own."""
    for inner in attributions:
        if inner.parent is not None and _told_again(inner, attributions[inner.parent]):
            outer = attributions[inner.parent]
            outer.frame_only = True
            inner.parent = outer.parent


def drop_relay_wrappers(doc, attributions: list[Attribution]) -> None:
    """`Ford заявил, что P, сообщает РИА "Новости" со ссылкой на AFP`,
    `Шорин заявлял, что P, отмечается в сообщении`, `согласно опросу, 53%
    респондентов заявили, что P`: a trailing report or a `согласно` by no
    person, whose words are all one report that opens them and names its
    own speaker, passes that report on. Once the report's chain holds it and
    its layers (chains.build), it is no quote of its own (the dev gold
    keeps none; a person's trailing report of another's is his claim, and
    stays)."""
    for inner in attributions:
        if inner.parent is None or inner.optional or inner.cue is None or inner.mention is None \
                or not inner.rule.startswith(("indirect.clause", "mixed.clause")):
            continue
        verb = doc.tokens[inner.cue.head]
        if verb.feat("VerbForm") == "Part" or verb.feat("Voice") == "Pass":
            continue  # (`Юрист был признан виновным в том, что P`: a verdict, no one's report)
        if "speech" not in inner.cue.classes:
            continue  # (`Регулятор допускает, что P, говорится в пресс-релизе`: a view the release reports)
        outer = attributions[inner.parent]
        if outer.frame_only or outer.cue is None or outer.mention is None or len(outer.spans) != 1 \
                or not outer.rule.startswith(("indirect.trailing", "indirect.according")) \
                or outer.speaker is None or outer.speaker.kind == "person":
            continue
        content = outer.spans[0]
        if not all(content.start <= k.start and k.end <= content.end for k in (inner.mention, inner.cue)) \
                or "," in doc.text[content.start:min(inner.mention.start, inner.cue.start)]:
            continue  # (its speaker and verb open the words: `Люди, которые говорят, что P, …` say more)
        if inner.mention.end <= inner.cue.start and "," in doc.text[inner.mention.end:inner.cue.start]:
            continue  # (`Обама оценивает итоги, отмечая, что P, сообщает Reuters`: more than the report)
        # (from its speaker or verb to its words' end: the words between, `, что`, are its too)
        reach = max(s.end for s in inner.spans) - min(inner.mention.start, inner.cue.start)
        if reach < 0.8 * (content.end - content.start):
            continue
        outer.frame_only = True
        inner.parent = outer.parent


# source phrases that pass on what someone said or knows
_RELAY_FRAMES = ("po_dannym", "po_informatsii", "po_svedeniyam", "po_slovam", "so_slov", "po_soobshcheniyam")


def drop_source_frames(attributions: list[Attribution]) -> None:
    """`Полиция, по данным газеты, отметила, что P`: the source phrase inside
    someone's report frames that report and says nothing else. Once the
    report's chain holds the source (chains.build), the frame is no quote."""
    for inner in attributions:
        if inner.parent is None or inner.cue is None or inner.mention is None:
            continue
        outer = attributions[inner.parent]
        if outer.frame_only or outer.cue is None or outer.cue.kind not in ("source", "according") \
                or len(outer.spans) != 2 or not outer.cue.rule.endswith(_RELAY_FRAMES):
            continue  # `по мнению экспертов` is their own view, not a relay
        left, right = outer.spans
        # the report's speaker is the frame's left part, its verb opens the right part
        if left.start <= inner.mention.start and inner.mention.end <= left.end \
                and right.start <= inner.cue.start <= right.start + 2 and inner.end <= right.end:
            outer.frame_only = True


# source phrases that hedge a claim and may name nobody (`по предварительным данным`)
_HEDGES = ("po_dannym", "po_informatsii", "po_svedeniyam", "po_otsenke", "po_slukham", "po_versii",
           "po_soobshcheniyam")


def drop_nameless_hedges(text: str, attributions: list[Attribution]) -> None:
    """`Как сообщили в РОВД, происшествие, по предварительным данным, носит
    техногенный характер`: a source phrase naming nobody inside someone's
    words is how that speaker hedges the claim, no second quote of it (on
    its own, `По предварительным данным, P` stays a quote nobody is named
    for). What it held hangs on its parent."""
    for i, inner in enumerate(attributions):
        if inner.parent is None or inner.frame_only or inner.cue is None or inner.mention is not None \
                or inner.cue.possessive is not None or not inner.cue.rule.endswith(_HEDGES) \
                or _source_after(text, inner):
            continue
        inner.frame_only = True
        for other in attributions:
            if other.parent == i:
                other.parent = inner.parent


_NAMED_AFTER = regex.compile(r"\s*,\s*(?:котор|\w+(?:енн|анн|ивш|вш)\w*\s+(?:от|из|в|на)\b|\w+(?:енн|анн)\w*\s+\p{Lu})")


def _source_after(text: str, inner: Attribution) -> bool:
    """`по данным, полученным от МЧС`, `по данным, которые приводит РБК`:
    the source named in a clause after the phrase's comma."""
    return _NAMED_AFTER.match(text, inner.cue.end) is not None


def reported(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions that become quotes: frames dropped, parents renumbered."""
    index = {}
    kept = []
    for i, attribution in enumerate(attributions):
        if not attribution.frame_only:
            index[i] = len(kept)
            kept.append(attribution)
    for attribution in kept:
        attribution.parent = index.get(attribution.parent) if attribution.parent is not None else None
    return kept
