"""The `quotes` command: `extract` texts to JSONL, `eval` against gold."""

from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from .errors import EXIT_CODES_HELP

MAIN_EXAMPLES = """\
examples:
  quotes extract examples/volkov.txt               # one document, JSONL on stdout
  quotes extract examples/news.jsonl -o out.jsonl  # {"id","text"} per line
  quotes extract examples/ --format csv -o out.csv # one row per quote
  quotes view examples/news.jsonl -o view/         # HTML pages to read the quotes in
  quotes eval corpus/gold.jsonl                    # score the extractor on gold
  quotes schema                                    # what every output field means
"""

EXTRACT_EXAMPLES = """\
examples:
  quotes extract examples/volkov.txt
  quotes extract examples/ -o out.jsonl
  quotes extract examples/news.jsonl --id-field id --text-field text
  quotes extract examples/news.jsonl --format csv -o quotes.csv
  cat examples/volkov.txt | quotes extract -
  quotes parse examples/volkov.txt -o volkov.conllu
  quotes extract --conllu volkov.conllu

Each output line is {"id", "quotes": [...], "entities": [...]}; a document
that cannot be read gives {"id", "error"} and the batch goes on (exit 1).
"""

PARSE_EXAMPLES = """\
examples:
  quotes parse examples/volkov.txt -o volkov.conllu
  quotes extract --conllu volkov.conllu    # the same quotes as from the text
"""

EVAL_EXAMPLES = """\
examples:
  quotes eval corpus/gold.jsonl --misses
  quotes extract corpus/gold.jsonl -o pred.jsonl
  quotes eval corpus/gold.jsonl pred.jsonl --strict
  quotes eval ../shared/corpus/adaq/adaq.gold.jsonl --speaker-by-mention --json
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Find quotations in Russian news text: who said what, through whom.",
        epilog=MAIN_EXAMPLES + "\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = sub.add_parser(
        "extract", help="extract quotes to JSONL", epilog=EXTRACT_EXAMPLES + "\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract quotes from .txt files, folders of them, JSONL, or stdin (-).",
    )
    extract.add_argument("paths", nargs="*", metavar="PATH",
                         help=".txt file, folder of .txt files, .jsonl file, or - for stdin")
    extract.add_argument("-o", "--output", help="write JSONL here instead of stdout")
    extract.add_argument("--backend", default="natasha", choices=["natasha", "stanza"],
                         help="parser (default: natasha, embedded)")
    extract.add_argument("--stanza-dir", help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    extract.add_argument("--conllu", metavar="FILE", action="append", default=[],
                         help="extract from a CoNLL-U parse instead of raw text")
    extract.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    extract.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    _input_options(extract)
    extract.add_argument("--include-optional", action="store_true",
                         help="also report borderline attributions (noun objects, directives)")
    _batch_options(extract)

    _add_confidence_options(extract)

    parse = sub.add_parser(
        "parse", help="write the parse as CoNLL-U", epilog=PARSE_EXAMPLES + "\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Parse texts and write CoNLL-U with offsets and NER tags in MISC "
                    "(the input `quotes extract --conllu` reads back).",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help=".txt file, folder, .jsonl, or -")
    parse.add_argument("-o", "--output", help="write CoNLL-U here instead of stdout")
    parse.add_argument("--backend", default="natasha", choices=["natasha", "stanza"],
                       help="parser (default: natasha, embedded)")
    parse.add_argument("--stanza-dir", help="Stanza resources directory")
    parse.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    parse.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    _input_options(parse, with_text=False)

    download = sub.add_parser(
        "stanza-download", help="fetch Stanza's Russian models (needs internet)",
        epilog="example:\n  quotes stanza-download --dir ~/stanza_resources\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Download Stanza's Russian models into the resources directory "
                    "(default: $STANZA_RESOURCES_DIR or Stanza's own default).",
    )
    download.add_argument("--dir", help="resources directory")

    evaluate = sub.add_parser(
        "eval", help="score predictions against gold", epilog=EVAL_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Score quotes against a gold JSONL file (../shared/docs/ATTRIBUTION.md). "
                    "Without PRED the extractor runs on the gold texts first.",
    )
    evaluate.add_argument("gold", metavar="GOLD", help="gold JSONL")
    evaluate.add_argument("pred", metavar="PRED", nargs="?", help="predicted JSONL (default: run the extractor)")
    evaluate.add_argument("--root", help="folder that gold `file` paths are relative to")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--misses", action="store_true",
                          help="list missed and false quotes and wrong speakers/chains")
    evaluate.add_argument("--speaker-by-mention", action="store_true",
                          help="a speaker counts when the predicted mention overlaps the gold one")
    evaluate.add_argument("--backend", default="natasha", choices=["natasha", "stanza"],
                          help="parser when the extractor runs (default: natasha)")
    evaluate.add_argument("--include-optional", action="store_true",
                          help="let the extractor report borderline attributions too")
    _add_eval_strict(evaluate)
    _add_extract_format(extract)
    _add_version(parser)
    _add_schema(sub)
    _add_view(sub)

    from .bank.cli import add_parser as add_bank_parser  # the quote bank (quotes/bank/)

    add_bank_parser(sub)
    return parser


def _batch_options(extract: argparse.ArgumentParser) -> None:
    """Batches: worker processes, resuming, progress, Dask, Parquet."""
    batch = extract.add_argument_group("batches")
    batch.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                       help="worker processes (default: the number of cores; 1: no workers); "
                            "records stay in input order")
    batch.add_argument("--resume", action="store_true",
                       help="keep the records already in -o and append the documents not yet there")
    shown = batch.add_mutually_exclusive_group()
    shown.add_argument("--progress", action="store_true",
                       help="show progress on stderr even when it is not a terminal")
    shown.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    batch.add_argument("--dask", metavar="local|ADDRESS",
                       help="run on Dask: `local` starts a local cluster of --jobs worker processes, "
                            "an address (tcp://host:8786) uses a running scheduler")


def _add_confidence_options(extract: argparse.ArgumentParser) -> None:
    extract.add_argument("--min-confidence", type=_probability, default=None, metavar="X",
                         help="keep only quotes whose confidence (the estimated probability "
                              "that the quote is right end to end) is at least X, 0..1")


def _probability(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie in [0, 1], got {value}")
    return number


def _input_options(parser: argparse.ArgumentParser, with_text: bool = True) -> None:
    """Options of the input side and of the per-document budget."""
    parser.add_argument("--stdin-format", choices=["auto", "txt", "jsonl", "json"], default="auto",
                        help="how to read stdin given as -: auto (default) takes JSONL or a "
                             "JSON list when it looks like one, else one text")
    parser.add_argument("-r", "--recursive", action="store_true",
                        help="read the .txt files of subfolders too (ids are paths below the folder)")
    if with_text:
        parser.add_argument("--with-text", action="store_true",
                            help="put each document's text into its record, so a record stands alone")
        parser.add_argument("--doc-timeout", type=float, default=60.0, metavar="SECONDS",
                            help="CPU time one document may take before it becomes an error record "
                                 "naming the stage it was in (default: 60; a document over "
                                 "100,000 characters gets as much again per 100,000; 0: no limit)")


# --- quotes --version, quotes schema, extract --format, eval --strict -------


def _add_version(parser: argparse.ArgumentParser) -> None:
    from . import __version__

    parser.add_argument("--version", action="version", version=f"quotes {__version__}",
                        help="print the version and exit")


def _add_schema(sub) -> None:
    sub.add_parser(
        "schema", help="print the JSON Schema of the output, every field described",
        description="Print the JSON Schema of one `quotes extract` output line; every "
                    "property carries a description of what it means.",
        epilog="example:\n  quotes schema > quotes.schema.json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _schema(args) -> int:
    import json

    from .output import schema

    print(json.dumps(schema(), ensure_ascii=False, indent=2))
    return 0


def _add_extract_format(extract: argparse.ArgumentParser) -> None:
    from .export import FORMATS

    extract.add_argument(
        "--format", default="jsonl", choices=list(FORMATS) + ["parquet"],
        help="jsonl: one document a line (default); csv (UTF-8 with BOM, for Excel) "
             "or tsv: one quote a row; parquet: -o names a folder that gets quotes.parquet "
             "and documents.parquet")


def _add_eval_strict(evaluate: argparse.ArgumentParser) -> None:
    evaluate.add_argument("--strict", action="store_true",
                          help="exit 1 when a gold document has no prediction with its id")


def _extract(args) -> int:
    from .io import check_output, count_documents, open_sink
    from .parse import BackendError

    if not args.paths and not args.conllu:
        print("quotes extract: give at least one PATH (or - for stdin, or --conllu FILE)",
              file=sys.stderr)
        return 2
    if (args.resume or args.format == "parquet") and not args.output:
        print("quotes extract: --resume and --format parquet need -o", file=sys.stderr)
        return 2
    if args.resume and args.format != "jsonl":
        print("quotes extract: --resume works on JSONL output", file=sys.stderr)
        return 2
    if args.format != "parquet":  # parquet: -o is a folder, made when writing
        check_output(args.output)  # before the models load
    options = {}
    if args.backend == "stanza" and args.stanza_dir:
        options["resources_dir"] = args.stanza_dir
    try:  # with --dask the workers load their own
        extractor = None if args.dask else \
            _extractor(args.backend, args.include_optional, tuple(sorted(options.items())))
    except BackendError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return 2

    # --- batches: resume, workers, progress (quotes.batch) ---------------------
    from .batch import completed, cores, outcomes, skip_done

    try:
        done = completed(args.output) if args.resume else None
    except ValueError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return 2
    total = count_documents(args.paths, args.recursive) if args.paths and not args.conllu else None
    jobs = args.jobs if args.jobs is not None else cores()
    if total is not None:
        jobs = min(jobs, max(1, total - sum(done.values()) if done else total))
    items = skip_done(_items(args), done) if done else _items(args)
    progress = _progress(args, total, sum(done.values()) if done else 0)
    settings = {"doc_timeout": args.doc_timeout, "with_text": args.with_text,
                "min_confidence": args.min_confidence}  # per document, in every worker
    if args.dask:
        from .dask import extract_items

        results = extract_items(items, args.dask, workers=max(jobs, 1), backend=args.backend,
                                include_optional=args.include_optional, options=options,
                                settings=settings)
    else:
        factory = _factory(args.backend, args.include_optional, tuple(sorted(options.items())))
        results = outcomes(factory, items, jobs, extractor, settings)

    failures = 0
    if args.format == "parquet":
        from .tables import ParquetSink

        sink_context = ParquetSink(args.output)
    else:
        sink_context = open_sink(args.output, append=args.resume, fmt=args.format)
    try:
        with sink_context as sink:
            for record, message in results:
                if message is not None:
                    failures += 1
                    progress.write(f"quotes: {message}")
                sink.write(record)
                progress.update()
    finally:
        progress.close()
    return 1 if failures else 0


def _progress(args, total: Optional[int], initial: int = 0):
    """tqdm on stderr with rate and ETA: on a terminal by default, always
    with --progress, never with --quiet."""
    shown = not args.quiet and (args.progress or sys.stderr.isatty()) \
        and (total is None or total > 1 or args.progress)
    if not shown:
        return _NoProgress()
    from tqdm import tqdm

    return _Bar(tqdm(total=total, initial=initial, unit="doc", file=sys.stderr, dynamic_ncols=True,
                     mininterval=0.5 if sys.stderr.isatty() else 10.0, desc="quotes", smoothing=0.1))


class _Bar:
    def __init__(self, bar):
        self.bar = bar

    def update(self, n: int = 1) -> None:
        self.bar.update(n)

    def write(self, line: str) -> None:
        self.bar.write(line, file=sys.stderr)  # above the bar, not through it

    def close(self) -> None:
        self.bar.close()


class _NoProgress:
    def update(self, n: int = 1) -> None:
        pass

    def write(self, line: str) -> None:
        print(line, file=sys.stderr)

    def close(self) -> None:
        pass


def _factory(backend: str, include_optional: bool, options: tuple):
    """A picklable way to make the extractor (worker processes that are not
    forked load their own)."""
    import functools

    return functools.partial(_extractor, backend, include_optional, options)


_EXTRACTORS: dict = {}


def _extractor(backend: str, include_optional: bool, options: tuple):
    """One extractor per configuration and process: models load once."""
    from .extractor import Extractor

    key = (backend, include_optional, options)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(backend, include_optional=include_optional, **dict(options))
    return _EXTRACTORS[key]


def _items(args):
    from .io import read_paths

    if args.paths:
        yield from read_paths(args.paths, args.id_field, args.text_field,
                              stdin_format=args.stdin_format, recursive=args.recursive)
    for path in args.conllu:
        from .parse.conllu import read_conllu_documents

        yield from read_conllu_documents(path)


def _eval(args) -> int:
    from .evaluate import main as eval_main

    return eval_main(args)


def _parse(args) -> int:
    from .io import InputError, check_output, open_sink, read_paths
    from .parse import BackendError, get_backend
    from .parse.conllu import write_conllu

    check_output(args.output)  # before the models load
    options = {"resources_dir": args.stanza_dir} if args.backend == "stanza" and args.stanza_dir else {}
    try:
        backend = get_backend(args.backend, **options)
    except BackendError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return 2
    failures = 0
    with open_sink(args.output) as out:
        for item in read_paths(args.paths, args.id_field, args.text_field,
                               stdin_format=args.stdin_format, recursive=args.recursive):
            if isinstance(item, InputError):
                failures += 1
                print(f"quotes: {item.where}: {item.message}", file=sys.stderr)
                continue
            out.write(write_conllu(backend.parse(item.text), item.id) + "\n")
    return 1 if failures else 0


def _download(args) -> int:
    from pathlib import Path

    from .parse import BackendError
    from .parse.stanza import _stanza, default_resources_dir

    try:
        stanza = _stanza()
    except BackendError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return 2
    directory = Path(args.dir) if args.dir else default_resources_dir()
    try:
        stanza.download("ru", model_dir=str(directory))
    except Exception as error:  # offline, proxy, full disk: one line, not a traceback
        print(_download_failure(directory, error), file=sys.stderr)
        return 2
    print(f"Stanza's Russian models are in {directory}")
    return 0


def _download_failure(directory, error: Exception) -> str:
    """One line saying why `stanza-download` failed."""
    text = f"{type(error).__name__}: {error}"
    network = any(word in text for word in ("Connection", "Resolve", "resolve", "Timeout",
                                            "Network", "network", "Max retries", "unreachable"))
    reason = ("no network: the models are fetched from the internet (github.com, huggingface.co); "
              "copy them from a machine that has it" if network
              else (text.splitlines() or [""])[0][:300])
    return f"quotes: cannot download Stanza's Russian models into {directory}: {reason}"


# --- quotes view --------------------------------------------------------------

VIEW_EXAMPLES = """\
examples:
  quotes view examples/volkov.txt -o volkov.html      # one article: extract, then one page
  quotes view examples/news.jsonl -o view/            # a batch: view/index.html + a page each
  quotes extract examples/news.jsonl -o out.jsonl
  quotes view out.jsonl examples/news.jsonl -o view/  # records shown over their texts, by id

Pages are self-contained (no network, no CDN): copy the folder anywhere and
open index.html. A text given without a record is extracted first.
"""


def _add_view(sub) -> None:
    view = sub.add_parser(
        "view", help="write HTML pages that show the quotes in their text", epilog=VIEW_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write one self-contained HTML page per document, every quote highlighted "
                    "in place, and an index of the batch. Takes texts (extracted first), "
                    "`quotes extract` JSONL, or both (matched by id).",
    )
    view.add_argument("paths", nargs="+", metavar="PATH",
                      help=".txt file, folder, JSONL of texts or of `quotes extract` records, or -")
    view.add_argument("-o", "--output", default="view",
                      help="folder for index.html and the pages (default: view); "
                           "a name ending in .html writes a single document's page there")
    view.add_argument("--title", default="quotes", help="title of the index page")
    view.add_argument("--backend", default="natasha", choices=["natasha", "stanza"],
                      help="parser for texts that come without a record (default: natasha)")
    view.add_argument("--stanza-dir", help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    view.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    view.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    view.add_argument("--bank", metavar="DB",
                      help="a quote bank (quotes bank build): each quote's card lists the other "
                           "documents that carried it, earliest first")
    view.add_argument("--include-optional", action="store_true",
                      help="also report borderline attributions when extracting")


def _view_templates():
    """Jinja2 is the `view` extra: say so before any model loads."""
    from .view import _environment

    return _environment()


def _view(args) -> int:
    from pathlib import Path

    from .parse import BackendError
    from .view import extract_missing, gather, render_page, write_site

    output = Path(args.output)
    single = output.suffix.lower() in (".html", ".htm")
    try:
        target = output.parent if single else output
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"quotes view: cannot write to {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    try:
        _view_templates()
    except RuntimeError as error:
        print(f"quotes view: {error}", file=sys.stderr)
        return 2
    bank = None
    if args.bank:
        from .bank import BankError, open_bank

        try:
            bank = open_bank(args.bank)
        except BankError as error:
            print(f"quotes view: {error}", file=sys.stderr)
            return 2
    documents = gather(args.paths, args.id_field, args.text_field)
    options = {"resources_dir": args.stanza_dir} if args.backend == "stanza" and args.stanza_dir else {}
    try:
        extract_missing(documents, lambda: _extractor(args.backend, args.include_optional,
                                                      tuple(sorted(options.items()))))
    except BackendError as error:
        print(f"quotes: {error}", file=sys.stderr)
        return 2
    for doc in documents:
        if doc.error:
            print(f"quotes view: {doc.error}", file=sys.stderr)
    if single:
        readable = [doc for doc in documents if not doc.error]
        if len(documents) != 1 or not readable:
            print(f"quotes view: {output} is one page, for one document; "
                  f"{len(documents)} were given (write to a folder instead)", file=sys.stderr)
            return 2
        doc = readable[0]
        output.write_text(render_page(doc.id, doc.text, doc.record, doc.meta, bank=bank), encoding="utf-8")
        print(f"quotes view: wrote {output}", file=sys.stderr)
        return 0
    written = write_site(documents, output, title=args.title, bank=bank)
    print(f"quotes view: wrote {len(written['pages'])} pages and {written['index']}", file=sys.stderr)
    return 1 if written["errors"] else 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Parse the arguments and run; every ending is one line and an exit code
    (`quotes.endings`)."""
    from .endings import run

    args = _parser().parse_args(argv)
    return run(lambda: _dispatch(args))


def _dispatch(args) -> int:
    if args.command == "extract":
        return _extract(args)
    if args.command == "parse":
        return _parse(args)
    if args.command == "stanza-download":
        return _download(args)
    if args.command == "eval":
        return _eval(args)
    if args.command == "schema":
        return _schema(args)
    if args.command == "view":
        return _view(args)
    if args.command == "bank":
        from .bank.cli import run as run_bank

        return run_bank(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
