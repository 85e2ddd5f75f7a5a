"""How a command-line run ends: one line on stderr and a distinct exit code.

Whatever stops a run (Ctrl-C, SIGTERM, a full disk, a closed pipe, a bad
output path, a bug) ends here, in `run`, as one line naming the problem and
the exit code of `errors.EXIT_*`; never a traceback (QUOTES_DEBUG=1 shows
it). SIGINT and SIGTERM become `Stopped` between records, never inside
one: while a `Sink` writes a record (`whole()`) a signal waits until the
record is out.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from .errors import (
    EXIT_INTERNAL,
    EXIT_PIPE,
    EXIT_SIGINT,
    OutputError,
    Stopped,
)

_HANDLED = (signal.SIGINT, signal.SIGTERM)


class _State:
    holding = 0            # depth of `whole()` sections
    pending = None         # a signal that came while holding
    stopping = False       # Stopped already raised: later signals wait
    sinks: list = []
    last = None            # the last sink opened, for the closing line


def _handler(signum, frame) -> None:
    if _State.holding or _State.stopping:
        _State.pending = _State.pending or signum
        return
    _State.stopping = True
    raise Stopped(signum)


@contextmanager
def whole() -> Iterator[None]:
    """Hold SIGINT/SIGTERM back while one record is written."""
    _State.holding += 1
    try:
        yield
    finally:
        _State.holding -= 1
    if not _State.holding and _State.pending and not _State.stopping:
        signum, _State.pending = _State.pending, None
        _State.stopping = True
        raise Stopped(signum)


def register_sink(sink) -> None:
    _State.sinks.append(sink)
    _State.last = sink


def unregister_sink(sink) -> None:
    if sink in _State.sinks:
        _State.sinks.remove(sink)


def _written() -> str:
    """`; out.jsonl holds 12 whole records`, for the closing line."""
    sink = _State.last
    if sink is None or not getattr(sink, "regular", False):
        return ""  # stdout, a device: nothing to say about a file
    plural = "" if sink.count == 1 else "s"
    return f"; {sink.name} holds {sink.count} whole record{plural}"


def _quiet_stdout() -> None:
    """After stdout failed (closed pipe, full device), point it at /dev/null
    so that the interpreter's last flush raises nothing at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _say(message: str) -> None:
    try:
        print(f"quotes: {message}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def run(command: Callable[[], int]) -> int:
    """Run `command` with SIGINT/SIGTERM handled; every ending becomes one
    line on stderr and an exit code."""
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in _HANDLED:
            previous[signum] = signal.signal(signum, _handler)
    _State.holding, _State.pending, _State.stopping, _State.last = 0, None, False, None
    try:
        return command()
    except Stopped as stop:
        what = {signal.SIGINT: "interrupted (SIGINT)",
                signal.SIGTERM: "terminated (SIGTERM)"}.get(stop.signum, f"stopped ({stop})")
        _say(what + _written())
        return stop.code
    except KeyboardInterrupt:
        _say("interrupted" + _written())
        return EXIT_SIGINT
    except OutputError as error:
        if error.target == "<stdout>":
            _quiet_stdout()
        _say(str(error) + _written())
        return error.code
    except BrokenPipeError:
        _quiet_stdout()
        _say("cannot write <stdout>: the reading end of the pipe was closed" + _written())
        return EXIT_PIPE
    except Exception as error:  # a bug: say it in one line
        if os.environ.get("QUOTES_DEBUG"):
            raise
        first = (str(error).splitlines() or [""])[0][:300]
        _say(f"internal error: {type(error).__name__}: {first} (QUOTES_DEBUG=1 shows the traceback)")
        return EXIT_INTERNAL
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _State.sinks.clear()
        _State.pending, _State.stopping = None, False
