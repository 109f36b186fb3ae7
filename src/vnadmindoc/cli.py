"""The ``vnadmindoc`` command line.

``vnadmindoc parse FILE... [--format json|jsonl]`` prints the documents found
in each file in the ``vnadmindoc/1`` JSON contract.  ``-`` reads standard
input.  Exit status: 0 on success, 2 when an input cannot be used (missing,
a directory, not text); the other inputs are still processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from vnadmindoc._version import __version__
from vnadmindoc.errors import DecodeError
from vnadmindoc.jsonio import SCHEMA, to_dict
from vnadmindoc.parse import parse
from vnadmindoc.readers import decode, read_text

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="vnadmindoc",
        description="Parse, validate and render Vietnamese administrative documents.",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser(
        "parse",
        help="parse documents to JSON",
        description="Parse the documents in each FILE and print them as JSON "
        "(schema vnadmindoc/1).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="text file to read, or - for stdin")
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one envelope {schema, documents}; jsonl: one document per line (default: json)",
    )
    p.add_argument("--indent", type=int, default=None, help="indent JSON output by N spaces")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of standard output")
    return ap


def _read(name: str) -> str:
    if name == "-":
        return decode(sys.stdin.buffer.read())
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(f"{name} is a directory")
    return read_text(path)


def _error(name: str, exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        reason = "no such file"
    elif isinstance(exc, IsADirectoryError):
        reason = "is a directory"
    elif isinstance(exc, PermissionError):
        reason = "permission denied"
    elif isinstance(exc, DecodeError):
        reason = str(exc)
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"vnadmindoc: {name}: {reason}"


def _parse_files(args: argparse.Namespace, out: TextIO) -> int:
    status = EXIT_OK
    documents: list[dict[str, Any]] = []
    for name in args.files:
        try:
            text = _read(name)
        except (OSError, DecodeError) as exc:
            print(_error(name, exc), file=sys.stderr)
            status = EXIT_USAGE
            continue
        for doc in parse(text):
            data = to_dict(doc)
            data["source"] = name
            if args.format == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                documents.append(data)
    if args.format == "json":
        envelope = {"schema": SCHEMA, "documents": documents}
        out.write(json.dumps(envelope, ensure_ascii=False, indent=args.indent) + "\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                return _parse_files(args, out)
        except OSError as exc:
            print(_error(args.output, exc), file=sys.stderr)
            return EXIT_USAGE
    # Vietnamese text must reach the terminal or pipe intact whatever the locale says.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    return _parse_files(args, sys.stdout)
