"""Every error type of the toolkit, in one module any layer may import.

Parsers, readers, the pipeline and the command line all raise or return
these, so no lower layer has to reach up into `io` or `cli` for them. The
exit codes of the command line live here too, next to the errors that
cause them.
"""

from __future__ import annotations

import errno
import signal
from typing import Optional

import attrs

# --- exit codes of `quotes extract` / `quotes parse` ------------------------

EXIT_OK = 0
EXIT_DOCUMENT_ERRORS = 1   # finished; some documents gave error records
EXIT_USAGE = 2             # bad arguments, or models that cannot be loaded or fetched
EXIT_OUTPUT = 3            # the output cannot be opened (missing folder, read-only, a folder)
EXIT_DISK_FULL = 4         # the output device filled up while writing
EXIT_WRITE = 5             # any other failure to write the output
EXIT_INTERNAL = 70         # a bug: one line on stderr, QUOTES_DEBUG=1 for the traceback
EXIT_SIGINT = 128 + signal.SIGINT     # 130: Ctrl-C
EXIT_PIPE = 128 + signal.SIGPIPE      # 141: the reader of stdout went away
EXIT_SIGTERM = 128 + signal.SIGTERM   # 143: killed politely

EXIT_CODES_HELP = """\
exit codes:
  0    every document done
  1    done, but some documents gave error records (each named on stderr)
  2    bad arguments, or the models cannot be loaded or downloaded
  3    the output cannot be opened (missing folder, read-only, a folder)
  4    the output device is full (the file keeps only whole records)
  5    another error while writing the output
  70   internal error (QUOTES_DEBUG=1 shows the traceback)
  130  interrupted (Ctrl-C); 141 output pipe closed; 143 terminated (SIGTERM)
"""


class QuotesError(Exception):
    """Base of the toolkit's own exceptions."""


class BackendError(QuotesError, RuntimeError):
    """A backend cannot be built (missing models or packages)."""


class OutputError(QuotesError):
    """The output cannot be opened or written; `code` is the exit code."""

    def __init__(self, target: str, reason: str, code: int = EXIT_OUTPUT):
        super().__init__(f"cannot write {target}: {reason}")
        self.target = target
        self.reason = reason
        self.code = code

    @classmethod
    def from_os_error(cls, target: str, error: OSError) -> "OutputError":
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return cls(target, "no space left on the device", EXIT_DISK_FULL)
        if isinstance(error, BrokenPipeError) or error.errno == errno.EPIPE:
            return cls(target, "the reading end of the pipe was closed", EXIT_PIPE)
        return cls(target, error.strerror or str(error), EXIT_WRITE)


class DocumentTimeout(QuotesError):
    """A document ran past its time budget; `stage` is where it was."""

    def __init__(self, seconds: float, stage: str):
        super().__init__(f"over the {seconds:g} s CPU budget per document (stopped in {stage})")
        self.seconds = seconds
        self.stage = stage


class Stopped(BaseException):
    """The run was asked to end (SIGINT, SIGTERM). A BaseException, like
    KeyboardInterrupt, so that no per-document `except Exception` swallows it."""

    def __init__(self, signum: int):
        self.signum = signum
        name = signal.Signals(signum).name
        super().__init__(name)

    @property
    def code(self) -> int:
        return 128 + self.signum


@attrs.frozen
class InputError:
    """A document that cannot be read: a record, not an exception, so a
    reader yields it in place of the document and the batch goes on."""

    id: str
    source: str
    line: Optional[int]
    message: str
    meta: Optional[dict] = attrs.field(default=None, eq=False)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def to_dict(self) -> dict:
        record = {"id": self.id, "error": f"{self.where}: {self.message}"}
        if self.meta:
            record["meta"] = self.meta
        return record
