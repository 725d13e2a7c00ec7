"""Command line: ``python -m kzlib export OUTDIR [SOURCE ...]``."""
from __future__ import annotations

import argparse
import sys

from .errors import InputError


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kzlib", description="Structure texts into tidy tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every table as OUTDIR/<table>.csv")
    exp.add_argument("outdir", help="folder for the CSV files")
    exp.add_argument("sources", nargs="*", help="text files (default: every .txt in seeds/)")
    rep = sub.add_parser("report", help="write tables, figures and index.html beside the rendered notebooks")
    rep.add_argument("outdir", help="the report folder holding one HTML page per notebook")
    rep.add_argument("sources", nargs="*", help="text files (default: every .txt in seeds/)")
    args = parser.parse_args(argv)
    try:
        if args.command == "export":
            from .corpus import load
            from .export import write_tables

            written = write_tables(load(*args.sources).tables(), args.outdir)
            print(f"wrote {len(written)} tables to {args.outdir}")
        else:
            from .corpus import load
            from .report import write_report

            print(f"wrote {write_report(load(*args.sources), args.outdir)}")
    except InputError as exc:
        print(f"kzlib: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kzlib: error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0
