"""A quote bank across documents: who said it first, who passed it on.

```python
from quotes.bank import Bank, build, search, speaker, trail

bank = build(["news.jsonl"], "bank.sqlite")        # extracts where needed
for quote in search(bank, "историческое значение", outlet="ТАСС"):
    print(quote["quote_id"], quote["document_id"], quote["text"])
trail(bank, "tass-01:3")                           # the cluster, oldest first
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Union

from .clusters import MIN_WORDS, THRESHOLD
from .inputs import BankDocument, normalise_date, read
from .queries import cluster, search, speaker, speakers, trail
from .store import Bank, BankError, BuildReport

__all__ = ["Bank", "BankDocument", "BankError", "BuildReport", "MIN_WORDS", "THRESHOLD",
           "build", "cluster", "export_parquet", "normalise_date", "open_bank", "read",
           "search", "speaker", "speakers", "trail"]


def open_bank(path: Union[str, Path]) -> Bank:
    """An existing bank (BankError where there is none)."""
    return Bank(path, create=False)


def build(paths: list[str], db: Union[str, Path, Bank], *, extractor=None,
          id_field: str = "id", text_field: str = "text", defaults: Optional[dict] = None,
          warn: Optional[Callable[[str], None]] = None) -> Bank:
    """Add the documents of `paths` to the bank at `db` (created if new) and
    return it; `bank.last_report` says what was added. Texts are extracted
    with `extractor` (the default natasha one if None)."""
    bank = db if isinstance(db, Bank) else Bank(db)
    state = {"extractor": extractor}

    def extract(ident: str, text: str) -> dict:
        if state["extractor"] is None:
            from ..extractor import Extractor

            state["extractor"] = Extractor()
        return state["extractor"].extract_document(text, id=ident).to_dict()

    errors = []
    documents = []
    for item in read(paths, extract, id_field=id_field, text_field=text_field,
                     defaults=defaults, warn=warn):
        if isinstance(item, BankDocument):
            documents.append(item)
        else:
            errors.append(item)
    report = bank.add(documents)
    report.errors = errors
    bank.last_report = report
    return bank


def export_parquet(bank: Bank, folder: Union[str, Path]) -> list[Path]:
    from .parquet import export

    return export(bank, folder)
