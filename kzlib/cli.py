"""Command line: ``python -m kzlib {export,report,qdpx} [--codebook FOLDER [--extend]] [--max-bytes N] OUT
[SOURCE ...]`` (``export`` also ``--jobs N``).

Bad input gets one line on stderr naming the path and the cause, exit status 2, and no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import InputError


def _sources(paths_given, max_bytes):
    from . import paths, source

    files = paths_given or paths.seed_files()
    if not files:
        if not paths.SEEDS.is_dir():
            raise InputError("no SOURCE given (name the text files to read)")
        raise InputError(f"{paths.SEEDS}: no .txt sources found (name the text files to read)")
    seen: set = set()
    for p in files:
        key = os.path.abspath(p)  # the same name twice (no symlink resolution: a loop is read_source's to report)
        if key in seen:
            raise InputError(f"{p}: given twice; name each source once")
        seen.add(key)
    out = [source.read_source(p, max_bytes=max_bytes) for p in files]
    ids: dict[str, str] = {}
    for s in out:
        if ids.setdefault(s.doc_id, s.path) != s.path:
            raise InputError(f"{s.path}: shares the doc_id {s.doc_id!r} with {ids[s.doc_id]}; rename one file")
    return out


def _codebook(args):
    """The codebook of ``--codebook FOLDER`` (with ``--extend``: the shipped one plus its rows), else None."""
    if args.codebook is None:
        if args.extend:
            raise InputError("--extend needs --codebook FOLDER (the rows to add to the shipped codebook)")
        return None
    from .codebook import Codebook

    return Codebook.load(args.codebook, extend=args.extend)


def _count(text: str) -> int:
    """A whole number of 0 or more (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative (0 means no limit)")
    return value


def _load_modules(command: str, freeze: bool) -> None:
    """Import what ``command`` needs with the garbage collector paused (:mod:`kzlib.collector`): pandas and the
    extractors are hundreds of modules whose objects all live on, so the collections that would run while they load
    find nothing (about a tenth of the start-up time). With ``freeze`` (``python -m kzlib``, whose process ends
    with the command), those objects are then moved to the collector's permanent generation (``gc.freeze``): no
    later collection traverses them again, neither the one that would follow the pause, nor the full ones of a long
    run and of the interpreter's exit (each tens of milliseconds)."""
    import gc

    from .collector import few_collections

    with few_collections(pause=True):
        from . import corpus  # noqa: F401 (every command reads sources into tables)

        if command == "export":
            from . import batch  # noqa: F401
        if freeze:
            gc.freeze()


class _Parser(argparse.ArgumentParser):
    """argparse with the project's one-line errors: ``kzlib: error: ...`` and exit status 2, no usage block."""

    def error(self, message):
        self.exit(2, f"kzlib: error: {message} (see {self.prog} --help)\n")


def _common(parser) -> None:
    """The options of every command that reads sources: the codebook and the size limit."""
    parser.add_argument(
        "--codebook",
        metavar="FOLDER",
        help="a folder of codebook CSV files named and shaped like the shipped ones (default: the shipped codebook)",
    )
    parser.add_argument(
        "--extend",
        action="store_true",
        help="with --codebook: the shipped codebook plus the folder's rows (same key: the folder's row wins)",
    )
    parser.add_argument(
        "--max-bytes",
        type=_count,
        default=None,
        metavar="N",
        help="refuse source files larger than N bytes (default 64 MiB, or KZLIB_MAX_BYTES; 0: no limit)",
    )


def _parse(parser, sub, argv: list) -> argparse.Namespace:
    """The command, then its options and operands in any order (``report OUT --notebooks DIR SRC``).

    argparse's intermixed parsing does not take subcommands, so the command's own parser reads the rest."""
    if argv and argv[0] in sub.choices:
        args = sub.choices[argv[0]].parse_intermixed_args(argv[1:])
        args.command = argv[0]
        return args
    return parser.parse_args(argv)  # help, or the error for a missing or unknown command


# what happens without sources: a checkout reads its seeds/; an installed package has none and refuses (exit 2)
SOURCES_HELP = (
    "text files (default, in a kzlib source checkout: every .txt in its seeds/; an installed kzlib has no seeds/, "
    "so without them it stops with 'no SOURCE given', exit 2)"
)


def main(argv=None, *, freeze_imports: bool = False) -> int:
    """The command line; ``freeze_imports``: see :func:`_load_modules` (for a process that ends with the command)."""
    parser = _Parser(prog="python -m kzlib", description="Structure texts into tidy tables.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    exp = sub.add_parser("export", help="write every table as OUTDIR/<table>.csv")
    exp.add_argument("outdir", help="folder for the CSV files (replaced whole; it may hold only earlier tables)")
    exp.add_argument("sources", nargs="*", help=SOURCES_HELP)
    exp.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0: one per core); the output is the same byte for byte",
    )
    _common(exp)
    rep = sub.add_parser(
        "report", help="write the report: index, notebook pages, reading pages, figures, tables, provenance"
    )
    rep.add_argument("outdir", help="the report folder (written all or nothing)")
    rep.add_argument("sources", nargs="*", help=SOURCES_HELP)
    rep.add_argument("--notebooks", metavar="DIR", help="folder of executed notebooks (.ipynb) to render as pages")
    rep.add_argument(
        "--screenshots",
        action="store_true",
        help="also write screenshots/ of the index and a reading page (when Chromium is present)",
    )
    _common(rep)
    qda = sub.add_parser("qdpx", help="write the coding as a REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder)")
    qda.add_argument("outdir", metavar="OUTFILE", help="the .qdpx file to write")  # outdir: one name for errors
    qda.add_argument("sources", nargs="*", help=SOURCES_HELP)
    _common(qda)
    args = _parse(parser, sub, sys.argv[1:] if argv is None else list(argv))
    try:
        from .source import shown

        codebook = _codebook(args)
        notebooks = []
        if args.command == "report" and args.notebooks:
            folder = Path(args.notebooks)
            if not folder.is_dir():
                raise InputError(f"{folder}: not a folder of executed notebooks")
            notebooks = sorted(folder.glob("*.ipynb"))
        sources = _sources(args.sources, args.max_bytes)  # before pandas and the extractors: bad input fails fast
        _load_modules(args.command, freeze_imports)
        if args.command == "export":
            from .batch import export

            written = export(sources, args.outdir, jobs=args.jobs, codebook=codebook)
            print(f"wrote {len(written)} tables to {shown(args.outdir)}")
        elif args.command == "qdpx":
            from .corpus import Corpus
            from .qdpx import write

            corpus = Corpus(sources, codebook=codebook)
            print(f"wrote {shown(write(corpus, args.outdir))}")
        else:
            from .corpus import Corpus
            from .report import write_report

            corpus = Corpus(sources, codebook=codebook)
            report = write_report(corpus, args.outdir, notebooks, args.screenshots)
            print(f"wrote {shown(report)}")
    except InputError as exc:
        print(f"kzlib: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        from .source import os_cause, shown

        where = shown(exc.filename) if exc.filename else shown(args.outdir)
        print(f"kzlib: error: {where}: {os_cause(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kzlib: interrupted", file=sys.stderr)
        return 130
    return 0
