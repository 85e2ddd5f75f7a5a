"""Batches: many documents through one extractor or N worker processes,
records in input order, and runs that resume where a killed one stopped.

Every document becomes one record, `{"id", "quotes", "entities"}` or
`{"id", "error"}`; `records()` yields them with the stderr line each error
deserves, the same whichever way the work was spread.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

# (record, message for stderr or None)
Outcome = tuple[dict, Optional[str]]


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def one(extractor, item, settings: Optional[dict] = None, doc=None) -> Outcome:
    """The record of one input item; an exception becomes an error record
    (one bad document never stops the batch). `settings`: `doc_timeout`
    (CPU seconds, scaled by length), `with_text`, `min_confidence`. `doc`:
    the item's parse where `Extractor.parse_ahead` made it already."""
    from .budget import document_budget, seconds_for
    from .guard import extract_text
    from .io import InputError, finish_record

    settings = settings or {}
    if isinstance(item, InputError):
        return item.to_dict(), f"{item.where}: {item.message}"
    try:
        text = item.doc.text if hasattr(item, "doc") else item.text
        with document_budget(seconds_for(settings.get("doc_timeout"), len(text))):
            if hasattr(item, "doc"):
                result = extractor.extract_parsed(item.doc, id=item.id)
            elif doc is not None:
                result = extract_text(extractor, item.text, item.id, doc)
            else:
                result = extractor.extract_document(item.text, id=item.id)
    except Exception as error:
        where = f"{item.source}:{item.line}" if item.line else item.source
        message = f"{where}: {type(error).__name__}: {error}"
        return finish_record(item, {"id": item.id, "error": message}), message
    if settings.get("min_confidence") is not None:
        from .confidence import at_least

        result = at_least(result, settings["min_confidence"])
    return finish_record(item, result.to_dict(), settings.get("with_text", False)), None


def limit_blas_threads() -> None:
    """One BLAS thread per process: N workers then use N cores instead of
    fighting over them (each BLAS pool would start a thread per core)."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass


# the extractor a worker process uses: inherited through fork, or made once
_WORKER_EXTRACTOR = None
_WORKER_FACTORY: Optional[Callable] = None


def _worker_start(factory: Optional[Callable]) -> None:
    global _WORKER_EXTRACTOR, _WORKER_FACTORY
    import signal

    # Ctrl-C is the parent's to handle (it stops the pool): no traceback per
    # worker; SIGTERM (the pool's way to stop a worker) ends it quietly, not
    # through the handler the parent may have installed before forking
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    limit_blas_threads()
    if factory is not None and _WORKER_EXTRACTOR is None:
        _WORKER_FACTORY = factory


# documents handed to the parser together (their sentences batched) and to
# a worker as one task
GROUP = 8


def _group_outcomes(extractor, group: list, settings: Optional[dict]) -> list[Outcome]:
    """The outcomes of a group of items, their texts parsed together."""
    texts = [item.text if _plain(item) else None for item in group]
    docs = extractor.parse_ahead(texts)
    return [one(extractor, item, settings, doc) for item, doc in zip(group, docs)]


def _plain(item) -> bool:
    """An input text (not an input error, not a parse read from CoNLL-U)."""
    return not hasattr(item, "doc") and isinstance(getattr(item, "text", None), str) \
        and hasattr(item, "id")


def _worker_group(job) -> list[Outcome]:
    global _WORKER_EXTRACTOR
    group, settings = job
    if _WORKER_EXTRACTOR is None:
        _WORKER_EXTRACTOR = _WORKER_FACTORY()
    return _group_outcomes(_WORKER_EXTRACTOR, group, settings)


def outcomes(extractor_factory: Callable, items: Iterable, jobs: int = 1,
             extractor=None, settings: Optional[dict] = None) -> Iterator[Outcome]:
    """The outcome of every item, in input order. With `jobs` > 1 the work
    goes to that many processes: forked from this one after the models are
    loaded where the platform forks (they share its memory), else started
    fresh, each loading the models once."""
    import multiprocessing

    from .extractor import chunks

    if jobs <= 1:
        extractor = extractor if extractor is not None else extractor_factory()
        for group in chunks(items, GROUP):
            yield from _group_outcomes(extractor, group, settings)
        return
    global _WORKER_EXTRACTOR
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        _WORKER_EXTRACTOR = extractor if extractor is not None else extractor_factory()
        context = multiprocessing.get_context("fork")
        initargs = (None,)
    else:
        context = multiprocessing.get_context("spawn")
        initargs = (extractor_factory,)
    try:
        with context.Pool(jobs, initializer=_worker_start, initargs=initargs) as pool:
            # imap keeps input order; a task is a small group of documents
            # (parsed together), small enough to keep the workers evenly fed
            for outcomes_of_group in pool.imap(_worker_group, ((group, settings) for group in
                                                               chunks(items, GROUP)), chunksize=1):
                yield from outcomes_of_group
            pool.close()  # a normal end: the workers finish and exit
            pool.join()
    finally:
        if forking:
            _WORKER_EXTRACTOR = None


# --- resuming ------------------------------------------------------------------

def completed(path: str) -> Counter:
    """The ids of the whole records an earlier run left in `path` (counted:
    inputs may repeat an id). A last line cut short by a kill is removed, so
    appending goes on from a record boundary."""
    done: Counter = Counter()
    file = Path(path)
    if not file.exists():
        return done
    data = file.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):  # a half-written last line: not a record
        with open(file, "r+b") as handle:
            handle.truncate(end)
    for number, line in enumerate(data[:end].splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not a JSONL record ({error.msg}); "
                             "--resume needs the output of an earlier run") from None
        done[record.get("id")] += 1
    return done


def skip_done(items: Iterable, done: Counter) -> Iterator:
    """The items whose id is not among the records already written."""
    remaining = Counter(done)
    for item in items:
        if remaining[item.id] > 0:
            remaining[item.id] -= 1
            continue
        yield item
