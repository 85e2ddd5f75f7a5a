"""`quotes view`: self-contained HTML pages to read the quotes in.

One page per article, with every quote highlighted in place, and an index
for a batch. A page needs nothing but itself: CSS, script and plots are
inside it, a Content-Security-Policy forbids every request and every script
but its own, so it opens from a USB stick and shows the input's text as
text whatever it holds (templates escape everything; see ATTRIBUTION.md
for what the fields mean).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Optional

from .load import ViewDoc, gather
from .page import hue, page

__all__ = ["ViewDoc", "gather", "render_page", "write_site"]

_HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def _environment():
    try:
        import jinja2
    except ImportError:  # pragma: no cover - the `view` extra
        raise RuntimeError('quotes view needs Jinja2: pip install "quotes[view]"') from None
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_HERE / "templates")),
        autoescape=True, undefined=jinja2.StrictUndefined,
        trim_blocks=False, lstrip_blocks=False,
    )


@lru_cache(maxsize=1)
def _assets() -> dict:
    from markupsafe import Markup

    from .. import __version__

    script = (_HERE / "static" / "article.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return {"css": Markup((_HERE / "static" / "style.css").read_text(encoding="utf-8")),
            "script": Markup(script), "article_hash": f"'sha256-{digest}'", "version": __version__}


def travels(bank, doc_id: str, count: int) -> dict:
    """For each of a document's `count` quotes that a quote bank
    (`quotes.bank`) has seen elsewhere too, its trail: the cluster in time
    order, as (document id, outlet, date, chain) rows, this document marked."""
    from .page import CHAIN_SEPARATOR
    from ..bank import BankError, trail

    found = {}
    for i in range(count):
        try:
            members = trail(bank, f"{doc_id}:{i}")
        except BankError:  # the bank never saw this quote
            continue
        if len({m["document_id"] for m in members}) < 2:
            continue
        found[i] = [{"document_id": m["document_id"], "outlet": m["outlet"] or "",
                     "date": m["date"] or "", "here": m["document_id"] == doc_id,
                     "chain": CHAIN_SEPARATOR.join(layer["name"] or "?" for layer in m["chain"])}
                    for m in members]
    return found


def render_page(doc_id: str, text: str, record: dict, meta: Optional[dict] = None,
                index: Optional[str] = None, previous: Optional[str] = None,
                next: Optional[str] = None, bank=None) -> str:
    """The HTML page of one document and its `quotes extract` record; with a
    quote bank, each quote's card shows the other documents that carried it."""
    environment = _environment()
    assets = _assets()
    found = travels(bank, doc_id, len(record.get("quotes") or [])) if bank is not None else None
    return environment.get_template("article.html.j2").render(
        page=page(doc_id, text, record, meta, found), index=index, previous=previous, next=next,
        css=assets["css"], script=assets["script"], script_hash=assets["article_hash"],
        version=assets["version"])


def _file_name(doc_id: str, taken: set) -> str:
    stem = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:80] or "document"
    name, n = f"{stem}.html", 1
    while name.lower() in taken or name.lower() == "index.html":
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


def _short(name: str, width: int = 28) -> str:
    return name if len(name) <= width else name[:width - 1] + "…"


def _bars(counts: list[tuple[str, int]], hues: Optional[list[int]] = None, width: int = 260) -> list[dict]:
    top = max((n for _, n in counts), default=0) or 1
    return [{"label": _short(label), "title": label, "value": n,
             "width": max(1, round(width * n / top)),
             "hue": hues[i] if hues else hue(i)} for i, (label, n) in enumerate(counts)]


def write_site(documents: list[ViewDoc], folder: Path, title: str = "quotes", bank=None) -> dict:
    """Write one page per document and `index.html` into `folder`;
    returns what was written (pages, index path, errors)."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: set = set()
    names = [None if doc.error else _file_name(doc.id, taken) for doc in documents]
    readable = [i for i, name in enumerate(names) if name]
    rows, speakers = [], {}
    speaker_docs: dict = defaultdict(list)
    kinds: Counter = Counter()
    types: Counter = Counter()
    for position, i in enumerate(readable):
        doc = documents[i]
        previous = names[readable[position - 1]] if position > 0 else None
        following = names[readable[position + 1]] if position + 1 < len(readable) else None
        html = render_page(doc.id, doc.text, doc.record, doc.meta, index="index.html",
                           previous=previous, next=following, bank=bank)
        (folder / names[i]).write_text(html, encoding="utf-8")
    per_doc: dict[int, dict] = {}
    for i in readable:
        doc = documents[i]
        quotes = doc.record.get("quotes") or []
        by_name: Counter = Counter()
        for quote in quotes:
            types[quote["type"]] += 1
            speaker = quote.get("speaker") or {}
            name = speaker.get("name")
            if not name:
                kinds["(no speaker)"] += 1
                continue
            kind = speaker.get("kind") or "unknown"
            kinds[kind] += 1
            by_name[name] += 1
            key = (name.lower().replace("ё", "е"), kind)
            entry = speakers.setdefault(key, {"name": name, "kind": kind, "quotes": 0})
            entry["quotes"] += 1
            if not speaker_docs[key] or speaker_docs[key][-1]["id"] != doc.id:
                speaker_docs[key].append({"id": doc.id, "href": names[i]})
        per_doc[i] = {"quotes": len(quotes), "speakers": by_name.most_common(),
                      "types": {t: sum(q["type"] == t for q in quotes) for t in ("direct", "indirect", "mixed")}}
    for i, doc in enumerate(documents):
        if doc.error:
            rows.append({"id": doc.id, "error": doc.error})
        else:
            rows.append({"id": doc.id, "href": names[i], "error": None, **per_doc[i]})
    ranked = sorted(speakers.items(), key=lambda kv: (-kv[1]["quotes"], kv[1]["name"]))
    top = [{**entry, "documents": speaker_docs[key]} for key, entry in ranked[:50]]
    plots = {
        "speakers": _bars([(s["name"], s["quotes"]) for s in top[:15]]),
        "kinds": _bars(kinds.most_common()),
        "types": _bars([(t, types.get(t, 0)) for t in ("direct", "indirect", "mixed")], [210, 28, 130]),
    }
    assets = _assets()
    index_html = _environment().get_template("index.html.j2").render(
        title=title, documents=rows, speakers=top, plots=plots,
        plot={"width": 200 + 260 + 50, "label": 200, "row": 22},
        total=sum(types.values()), types={t: types.get(t, 0) for t in ("direct", "indirect", "mixed")},
        errors=sum(1 for doc in documents if doc.error),
        css=assets["css"], script_hash="'none'", version=assets["version"])
    index = folder / "index.html"
    index.write_text(index_html, encoding="utf-8")
    return {"index": index, "pages": [folder / n for n in names if n],
            "errors": [doc for doc in documents if doc.error]}


def extract_missing(documents: Iterable[ViewDoc], extractor_factory: Callable) -> None:
    """Run the extractor on the documents that came without a record."""
    extractor = None
    for doc in documents:
        if doc.record is None and doc.error is None:
            extractor = extractor or extractor_factory()
            try:
                doc.record = extractor.extract_document(doc.text, id=doc.id).to_dict()
            except Exception as error:  # one bad document never stops the batch
                doc.error = f"{doc.source}: {type(error).__name__}: {error}"
