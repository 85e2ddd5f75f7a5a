"""A time budget per document, so that one text never holds up a batch.

`document_budget(seconds)` counts the CPU time of the main thread (a
SIGALRM tick each second reads `time.thread_time()`) around one document's
extraction: not the wall clock, so that a machine loaded by others never
turns a normal document into an error (under a load of 20 on two cores,
plain news articles took over 60 s of wall-clock time), and not the
process's CPU time, which BLAS threads spinning on a busy machine inflate
many times over. When the budget is spent, `DocumentTimeout` is raised where the pipeline
is, naming the stage (the function the extractor was running: the parse,
`indirect.find_indirect`, …). The caller turns it into an error record and
goes on. Signals reach only the main thread, so elsewhere (or where the
platform has no SIGALRM) the budget is not enforced; worker processes run
their documents in their own main thread and are budgeted the same way.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional

from .errors import DocumentTimeout

DEFAULT_SECONDS = 60.0
# a document longer than this gets the budget once per such length
CHARS_PER_BUDGET = 100_000


def seconds_for(seconds: Optional[float], length: int) -> Optional[float]:
    """The budget of a document of `length` characters: `seconds`, and as
    much again per `CHARS_PER_BUDGET` characters beyond the first."""
    if not seconds or seconds <= 0:
        return None
    return seconds * max(1.0, length / CHARS_PER_BUDGET)


# modules whose callees are the stages
_CALLERS = ("quotes.extractor", "quotes.guard")


def stage_of(frame) -> str:
    """The pipeline stage `frame` is in: the function the extractor called
    (module.function), or the innermost function of the toolkit."""
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    names = [(f.f_globals.get("__name__", ""), getattr(f.f_code, "co_qualname", f.f_code.co_name))
             for f in frames]
    for inner, outer in zip(names, names[1:]):
        if outer[0] in _CALLERS and inner[0] not in _CALLERS:
            return f"{inner[0].removeprefix('quotes.')}.{inner[1]}"
    for module, function in names:
        if module.startswith("quotes") and module not in ("quotes.budget",):
            return f"{module.removeprefix('quotes.')}.{function}"
    return "the extractor"


@contextmanager
def document_budget(seconds: Optional[float]) -> Iterator[None]:
    """Raise DocumentTimeout in the code under `with` after `seconds`."""
    if (not seconds or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    started = time.thread_time()
    tick = min(1.0, seconds)

    def expired(signum, frame):
        if time.thread_time() - started >= seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            raise DocumentTimeout(seconds, stage_of(frame))

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, tick, tick)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
