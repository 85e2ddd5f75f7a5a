"""Dask for clusters: the extractor over a bag or a dataframe of documents,
the models loaded once per worker process (`pip install 'quotes[dask]'`).

    import dask.bag as db
    from quotes.dask import extract_bag
    records = extract_bag(db.from_sequence(pairs, npartitions=64)).compute()

Each record is the dict of a JSONL line: `{"id", "quotes", "entities"}`, or
`{"id", "error"}` for a document that failed.
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator, Optional

from .batch import limit_blas_threads
from .io import InputError, InputRecord

# per worker process: (backend, include_optional, options) -> Extractor
_LOADED: dict = {}


def _worker_extractor(backend: str, include_optional: bool, options: tuple):
    key = (backend, include_optional, options)
    if key not in _LOADED:
        from .extractor import Extractor

        if not _LOADED:
            limit_blas_threads()  # one thread per worker process
        _LOADED[key] = Extractor(backend, include_optional=include_optional, **dict(options))
    return _LOADED[key]


def _as_item(entry, id_field: str, text_field: str, number: int):
    """An `(id, text)` pair or a dict → an input record (or an error)."""
    if isinstance(entry, dict):
        ident = entry.get(id_field)
        ident = str(ident) if ident is not None else str(number)
        text = entry.get(text_field)
    else:
        ident, text = entry
        ident = str(ident)
    if not isinstance(text, str):
        return InputError(ident, "<dask>", None, f"{text_field!r} is missing or not a string")
    return InputRecord(ident, text, "<dask>")


def _partition_records(entries, backend: str, include_optional: bool, options: tuple,
                       id_field: str, text_field: str) -> list[dict]:
    extractor = _worker_extractor(backend, include_optional, options)
    from .batch import GROUP, _group_outcomes
    from .extractor import chunks

    items = (_as_item(entry, id_field, text_field, n) for n, entry in enumerate(entries))
    return [record for group in chunks(items, GROUP) for record, _ in _group_outcomes(extractor, group, None)]


def extract_bag(bag, backend: str = "natasha", include_optional: bool = False,
                id: str = "id", text: str = "text", **backend_options):
    """A bag of `(id, text)` pairs or `{"id", "text", …}` dicts → a bag of
    the JSONL records as dicts, one per document, in the bag's order."""
    return bag.map_partitions(_partition_records, backend, include_optional,
                              tuple(sorted(backend_options.items())), id, text)


def extract_dataframe(ddf, text: str = "text", id: Optional[str] = "id", backend: str = "natasha",
                      include_optional: bool = False, **backend_options):
    """A Dask DataFrame of documents → a Dask DataFrame of their quotes, one
    row per quote (the columns of `quotes.tables.QUOTE_COLUMNS`); `id=None`
    takes the index as the id."""
    import pandas as pd

    from .tables import QUOTE_COLUMNS, _schema

    schema = _schema(QUOTE_COLUMNS)
    meta = schema.empty_table().to_pandas(types_mapper=pd.ArrowDtype)  # nullable, as in Parquet
    options = tuple(sorted(backend_options.items()))

    def partition(frame: pd.DataFrame) -> pd.DataFrame:
        import pyarrow as pa

        from .tables import quote_rows

        ids = frame.index if id is None else frame[id]
        entries = [{"id": i, "text": t} for i, t in zip(ids, frame[text])]
        records = _partition_records(entries, backend, include_optional, options, "id", "text")
        rows = [row for record in records for row in quote_rows(record)]
        return pa.Table.from_pylist(rows, schema=schema).to_pandas(types_mapper=pd.ArrowDtype)

    return ddf.map_partitions(partition, meta=meta)


# --- the command line: `quotes extract --dask local|ADDRESS` ---------------------

def _chunk_outcomes(items: list, backend: str, include_optional: bool, options: tuple,
                    settings: Optional[dict] = None) -> list:
    from .batch import GROUP, _group_outcomes
    from .extractor import chunks

    extractor = _worker_extractor(backend, include_optional, options)
    return [outcome for group in chunks(items, GROUP) for outcome in _group_outcomes(extractor, group, settings)]


def extract_items(items: Iterable, address: str, workers: int = 2, backend: str = "natasha",
                  include_optional: bool = False, options: Optional[dict] = None,
                  chunk: int = 16, settings: Optional[dict] = None) -> Iterator[tuple[dict, Optional[str]]]:
    """(record, stderr message) for every input item, in input order, the
    work done by a Dask cluster: `local` starts one of `workers` processes
    with one thread each, anything else is a scheduler's address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise SystemExit("quotes: --dask needs dask.distributed: pip install 'quotes[dask]'") from None
    options = tuple(sorted((options or {}).items()))
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        slots = max(2, 2 * len(client.scheduler_info().get("workers", {})) or 2 * workers)
        pending: deque = deque()
        batch: list = []

        def submit(group: list) -> None:
            pending.append(client.submit(_chunk_outcomes, group, backend, include_optional, options,
                                         settings, pure=False))

        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                submit(batch)
                batch = []
                while len(pending) >= slots:
                    yield from pending.popleft().result()
        if batch:
            submit(batch)
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
