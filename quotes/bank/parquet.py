"""The bank's tables as Parquet files, for DuckDB or Spark once a bank
outgrows one SQLite file (`quotes bank export --parquet DIR`)."""

from __future__ import annotations

from pathlib import Path
from typing import Union

from .schema import TABLES
from .store import Bank

# SQLite declares types loosely; Parquet needs one type per column
_TYPES = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string", "BLOB": "binary"}


def export(bank: Bank, folder: Union[str, Path]) -> list[Path]:
    """Write every table as `folder/TABLE.parquet`; returns the paths."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ImportError("Parquet export needs pyarrow: pip install 'quotes[bank]'") from error
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        columns = bank.db.execute(f"PRAGMA table_info({table})").fetchall()
        names = [c["name"] for c in columns]
        schema = pa.schema([(c["name"], getattr(pa, _TYPES.get(c["type"].upper(), "string"))())
                            for c in columns])
        rows = bank.db.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()
        data = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        path = folder / f"{table}.parquet"
        pq.write_table(pa.table(data, schema=schema), path)
        written.append(path)
    return written
