"""`quotes bank …`: build a bank, search it, follow a speaker or a trail."""

from __future__ import annotations

import argparse
import json
import sys

BANK_EXAMPLES = """\
examples:
  quotes bank build examples/news.jsonl examples/volkov.txt   # into ./bank.sqlite (--db)
  quotes bank search "ремонт" --since 2026-11-01
  quotes bank speaker "А. Сорокина" --json
  quotes bank trail kirova-bridge:0
  quotes bank export --parquet bank_parquet

A JSONL input line with "quotes" is extraction output; one with a text is
extracted first. Fields outlet, date (ISO 8601) and url, at the top level or
in "meta", become the document's metadata.
"""


def add_parser(sub) -> None:
    """The `bank` subcommand and its own subcommands."""
    bank = sub.add_parser(
        "bank", help="a quote bank across documents (SQLite)", epilog=BANK_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build and query a bank of quotes across documents: the same quote in "
                    "many articles, who said it first, which outlets passed it on.")
    verbs = bank.add_subparsers(dest="bank_command", required=True, metavar="VERB")

    def common(parser, json_flag=True):
        parser.add_argument("--db", default="bank.sqlite", help="the bank file (default: bank.sqlite)")
        if json_flag:
            parser.add_argument("--json", action="store_true", help="print a JSON array")

    build = verbs.add_parser("build", help="add documents (extraction output or texts)",
                             description="Add documents to the bank; re-adding one updates it.")
    build.add_argument("paths", nargs="+", metavar="FILE",
                       help="extraction JSONL, input JSONL, .txt file, folder of .txt, or -")
    common(build, json_flag=False)
    build.add_argument("--outlet", help="outlet of documents that name none")
    build.add_argument("--date", help="date of documents that give none (ISO 8601)")
    build.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    build.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    build.add_argument("--backend", default="natasha", choices=["natasha", "stanza"],
                       help="parser for texts that are extracted first (default: natasha)")

    search = verbs.add_parser("search", help="quotes containing a phrase")
    search.add_argument("phrase", metavar="PHRASE", nargs="?", default="",
                        help="words searched as a phrase (case and ё ignored)")
    common(search)
    search.add_argument("--speaker", metavar="NAME", help="only this speaker (any name variant)")
    search.add_argument("--outlet", help="only this outlet")
    search.add_argument("--since", metavar="DATE", help="only documents dated DATE or later")
    search.add_argument("--limit", type=int, default=100, help="at most this many (default 100)")

    speaker = verbs.add_parser("speaker", help="what a person was quoted saying")
    speaker.add_argument("name", metavar="NAME", help="any variant: Азер Гараев, А. Гараев, Гараев")
    common(speaker)
    speaker.add_argument("--limit", type=int, help="at most this many")

    trail = verbs.add_parser("trail", help="a quote's cluster in time order")
    trail.add_argument("quote_id", metavar="QUOTE_ID", help="DOCUMENT_ID:N, as search prints it")
    common(trail)

    export = verbs.add_parser("export", help="write the tables as Parquet")
    common(export, json_flag=False)
    export.add_argument("--parquet", metavar="DIR", required=True, help="folder for TABLE.parquet files")


def run(args) -> int:
    from .store import BankError

    try:
        if args.bank_command == "build":
            return _build(args)
        return _query(args)
    except BankError as error:
        print(f"quotes bank: {error}", file=sys.stderr)
        return 2


def _build(args) -> int:
    import time

    from . import build
    from .inputs import normalise_date

    defaults = {"outlet": args.outlet}
    try:
        defaults["date"] = normalise_date(args.date, "--date")
    except ValueError as error:
        print(f"quotes bank: {error}", file=sys.stderr)
        return 2
    extractor = None
    if args.backend != "natasha":
        from ..extractor import Extractor

        extractor = Extractor(args.backend)
    started = time.monotonic()
    bank = build(args.paths, args.db, extractor=extractor, id_field=args.id_field,
                 text_field=args.text_field, defaults=defaults)
    report = bank.last_report
    for error in report.errors:
        print(f"quotes bank: {error.where}: {error.message}", file=sys.stderr)
    counts = bank.counts()
    bank.close()
    print(f"{args.db}: {report.added} documents added, {report.updated} updated, "
          f"{report.unchanged} unchanged ({len(report.errors)} errors) in "
          f"{time.monotonic() - started:.1f} s; the bank holds {counts['documents']} documents, "
          f"{counts['quotes']} quotes, {counts['speakers']} speakers, {counts['clusters']} clusters",
          file=sys.stderr)
    return 1 if report.errors else 0


def _query(args) -> int:
    from . import export_parquet, open_bank, search, speaker, speakers, trail

    bank = open_bank(args.db)
    try:
        if args.bank_command == "export":
            for path in export_parquet(bank, args.parquet):
                print(path)
            return 0
        if args.bank_command == "search":
            quotes = search(bank, args.phrase, speaker=args.speaker, outlet=args.outlet,
                            since=args.since, limit=args.limit)
        elif args.bank_command == "speaker":
            quotes = speaker(bank, args.name, limit=args.limit)
            if not args.json:
                for record in speakers(bank, args.name):
                    print(f"# {record['name']} ({record['kind']}, {record['quotes']} quotes): "
                          + "; ".join(record["variants"]))
        else:
            quotes = trail(bank, args.quote_id)
    finally:
        bank.close()
    if args.json:
        print(json.dumps(quotes, ensure_ascii=False, indent=1))
    else:
        for quote in quotes:
            print(_line(quote))
    if not quotes and not args.json:
        print("(nothing found)", file=sys.stderr)
    return 0


def _line(quote: dict) -> str:
    speaker = quote["speaker"] or {}
    who = speaker.get("bank_name") or speaker.get("name") or "?"
    chain = " → ".join(r["name"] for r in quote["chain"])
    head = (f"{quote['quote_id']}  {quote['date'] or '—'}  {quote['outlet'] or '—'}  "
            f"{who}" + (f"  via {chain}" if chain else ""))
    if (quote.get("cluster_documents") or 1) > 1:
        head += f"  [in {quote['cluster_documents']} documents]"
    return f"{head}\n    {quote['type']}: «{quote['text']}»"
