"""The ``vnadmindoc`` command line.

``vnadmindoc parse FILE|DIR... [--recursive] [--jobs N] [--format json|jsonl]``
prints the documents found in each file (or in each folder's input files) in
the ``vnadmindoc/1`` JSON contract; with ``jsonl``, an input that fails is an
error record in the output, and a summary of failures ends the run.

``vnadmindoc check FILE... [--select CODES] [--ignore CODES] [--format
text|json] [--lang vi|en]`` checks every document against Nghị định 30/2020
and Hướng dẫn 36-HD/VPTW and prints one line per diagnostic,
``path:line:col: CODE severity message``, then a summary.

``vnadmindoc rules [--format text|markdown]`` lists the rules.

``vnadmindoc tasks FILE... [--format table|json]`` lists who must do what by
when; ``vnadmindoc graph PATH... [--format json|graphml|dot]`` links a folder
of documents into a citation graph.

``vnadmindoc render IN --to text|markdown|html|docx|json [-o OUT]`` renders
the documents of a text, Markdown, Word (.docx) or ``vnadmindoc/1`` JSON file
(``--from`` overrides the guess by extension).

``-`` reads standard input.  Exit status: 0 on success (``check``: no
errors), 1 when ``check`` found errors, 2 when an input cannot be used
(missing, a directory, not text); the other inputs are still processed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from vnadmindoc import batch
from vnadmindoc._version import __version__
from vnadmindoc.checks.reference import rules_markdown
from vnadmindoc.errors import (
    DecodeError,
    EmptyInputError,
    IncompleteEdxmlWarning,
    MissingExtraError,
    RenderError,
    SchemaError,
    UnknownRuleError,
)
from vnadmindoc.inputs import FORMATS as INPUT_FORMATS
from vnadmindoc.inputs import Loaded, load
from vnadmindoc.jsonio import SCHEMA, documents_to_json
from vnadmindoc.qcvn102 import sender_of, to_edxml
from vnadmindoc.render import FORMATS, render, render_docx
from vnadmindoc.validate import Severity, chosen_rules, rules, validate

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2


def _from(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--from",
        dest="source_format",
        choices=INPUT_FORMATS,
        help="input format (default: by extension: .docx, .pdf, .json, .edxml; otherwise text "
        "or Markdown)",
    )


def _files(command: argparse.ArgumentParser) -> None:
    command.add_argument("files", nargs="+", metavar="FILE", help="file to read, or - for stdin")


def _output(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )


def _count(minimum: int) -> Callable[[str], int]:
    """An argument type: a whole number of at least ``minimum``."""

    def read(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {number}")
        return number

    return read


def _seconds(value: str) -> float:
    """An argument type: a positive number of seconds."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds > 0:  # (also NaN)
        raise argparse.ArgumentTypeError(f"must be more than 0, not {value}")
    return seconds


def _folders(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-r", "--recursive", action="store_true", help="also read the folders inside folders"
    )
    command.add_argument(
        "-j",
        "--jobs",
        type=_count(0),
        default=1,
        metavar="N",
        help="parse on N processes (0: one per core; default: 1)",
    )


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
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="file to read, - for stdin, or a folder (its .txt, .md, .html, .docx, .pdf, .json "
        "and .edxml files)",
    )
    _from(p)
    _folders(p)
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="give up on a file after SECONDS (it becomes an error record); default: no limit",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress line on standard error (auto: when it is a terminal)",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one envelope {schema, documents}; jsonl: one document per line (default: json)",
    )
    p.add_argument("--indent", type=_count(0), default=None, help="indent JSON output by N spaces")
    _output(p)

    c = sub.add_parser(
        "check",
        help="check documents against Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW",
        description="Check every document in each FILE and print one line per diagnostic "
        "(path:line:col: CODE severity message). Exit status 1 when errors are found.",
    )
    _files(c)
    _from(c)
    c.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only these rules: codes, code prefixes or names, comma-separated (e.g. N,D302)",
    )
    c.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip these rules: codes, code prefixes or names, comma-separated",
    )
    c.add_argument("--format", choices=("text", "json"), default="text", help="default: text")
    c.add_argument("--lang", choices=("vi", "en"), default="en", help="message language")
    _output(c)

    d = sub.add_parser(
        "render",
        help="render documents as text, Markdown, HTML, Word or JSON",
        description="Render the documents of IN (text, Markdown, .docx or vnadmindoc/1 JSON). "
        "Several documents render one after the other; a Word file takes one (see --index).",
    )
    d.add_argument("input", metavar="IN", help="file to read, or - for stdin")
    d.add_argument(
        "--to",
        required=True,
        choices=(*FORMATS, "edxml"),
        help="output format; edxml is the QCVN 102:2016 exchange package",
    )
    d.add_argument(
        "--sender-id",
        default="",
        metavar="ORGANID",
        help="edxml: the sender's mã định danh, e.g. 000.00.00.H07",
    )
    _from(d)
    d.add_argument(
        "--index", type=_count(0), help="render only the document at this 0-based position"
    )
    _output(d)

    t = sub.add_parser(
        "tasks",
        help="list who must do what by when",
        description="Read the directives of each document as tasks: the units in charge, the "
        "units that co-operate, the action and its deadlines.",
    )
    _files(t)
    _from(t)
    t.add_argument("--format", choices=("table", "json"), default="table", help="default: table")
    _output(t)

    g = sub.add_parser(
        "graph",
        help="link a folder of documents into a citation graph",
        description="Parse the documents in each folder or file and link every reference to the "
        "document with that code; references to documents not there are listed as unresolved.",
    )
    g.add_argument("paths", nargs="+", metavar="PATH", help="folder or file")
    _folders(g)
    g.add_argument(
        "--format", choices=("json", "graphml", "dot"), default="json", help="default: json"
    )
    _output(g)

    r = sub.add_parser("rules", help="list the rules of the check command")
    r.add_argument("--format", choices=("text", "markdown"), default="text", help="default: text")
    _output(r)
    return ap


def _load(name: str, fmt: str | None) -> Loaded:
    """The documents of ``name`` (``-`` for standard input) read as ``fmt`` (or by extension)."""
    if name == "-":
        return load(sys.stdin.buffer.read(), fmt or "text")
    path = Path(name)
    if path.is_dir():
        raise IsADirectoryError(f"{name} is a directory")
    return load(path, fmt)


_UNUSABLE = (OSError, DecodeError, SchemaError, MissingExtraError, ValueError)


def _error(name: str, exc: BaseException) -> str:
    return f"vnadmindoc: {name}: {batch.describe(exc)}"


class _Progress:
    """One line on standard error, rewritten as files are done (only on a terminal)."""

    def __init__(self, total: int, mode: str) -> None:
        self.total = total
        self.on = mode == "always" or (mode == "auto" and sys.stderr.isatty() and total > 1)
        self.files = self.documents = self.failed = 0
        self.width = 0

    def clear(self) -> None:
        if self.on and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            self.width = 0

    def update(self, records: list[dict[str, Any]]) -> None:
        self.files += 1
        failed = sum(1 for r in records if batch.is_error(r))
        self.failed += failed
        self.documents += len(records) - failed
        if self.on:
            line = (
                f"{self.files}/{self.total} files, {self.documents} documents, {self.failed} failed"
            )
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)


def _parse_files(args: argparse.Namespace, out: TextIO) -> int:
    names = batch.expand_inputs(args.files, recursive=args.recursive)
    empty = [
        name
        for name in args.files
        if name != "-"
        and Path(name).is_dir()
        and not batch.find_inputs(name, recursive=args.recursive)
    ]
    for name in empty:
        kinds = ", ".join(batch.INPUT_SUFFIXES)
        print(f"vnadmindoc: {name}: no files to read in this folder ({kinds})", file=sys.stderr)
    progress = _Progress(len(names), args.progress)
    documents: list[dict[str, Any]] = []
    failures: list[dict[str, Any]] = []

    def results() -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for name in names:
            if name == "-":
                data = sys.stdin.buffer.read()
                yield name, batch.parse_bytes(data, "-", args.source_format, timeout=args.timeout)
        paths = [n for n in names if n != "-"]
        yield from batch.parse_paths(
            paths, jobs=args.jobs, format=args.source_format, timeout=args.timeout
        )

    for name, records in results():
        progress.update(records)
        for record in records:
            if batch.is_error(record):
                failures.append(record)
                progress.clear()
                print(f"vnadmindoc: {name}: {record['error']['message']}", file=sys.stderr)
                if args.format == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                documents.append(record)
    progress.clear()
    if args.format == "json":
        envelope = {"schema": SCHEMA, "documents": documents}
        out.write(json.dumps(envelope, ensure_ascii=False, indent=args.indent) + "\n")
    if failures:
        print(
            f"vnadmindoc: {len(failures)} of {len(names)} inputs failed; "
            f"{progress.documents} documents parsed",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_USAGE if empty else EXIT_OK


def _codes(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``; a line ends at "\\n", "\\r\\n" or a lone "\\r"
    (old Mac files), as the parser reads it."""
    lone_cr = text.count("\r", 0, offset) - text.count("\r\n", 0, offset)
    line = text.count("\n", 0, offset) + lone_cr + 1
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    return line, offset - start + 1


def _check_files(args: argparse.Namespace, out: TextIO) -> int:
    status = EXIT_OK
    select, ignore = _codes(args.select), _codes(args.ignore) or []
    try:
        chosen_rules(select, ignore)
    except UnknownRuleError as exc:
        print(f"vnadmindoc: {exc}", file=sys.stderr)
        return EXIT_USAGE
    records: list[dict[str, Any]] = []
    counts = dict.fromkeys(Severity, 0)
    checked = 0
    for name in args.files:
        try:
            loaded = _load(name, args.source_format)
        except _UNUSABLE as exc:
            print(_error(name, exc), file=sys.stderr)
            status = EXIT_USAGE
            continue
        if not loaded.documents:
            print(_error(name, EmptyInputError("no document found")), file=sys.stderr)
            status = EXIT_USAGE
            continue
        checked += 1
        text = loaded.text or ""
        found = [
            (index, doc, d)
            for index, doc in enumerate(loaded.documents)
            for d in validate(doc, source=loaded.text, select=select, ignore=ignore)
        ]
        for index, doc, d in found:
            counts[d.severity] += 1
            line, column = _position(text, d.span.start) if d.span is not None else (1, 1)
            message = d.text(args.lang)
            if args.format == "text":
                out.write(f"{name}:{line}:{column}: {d.code} {d.severity.value} {message}\n")
            records.append(
                {
                    "path": name,
                    "index": index,
                    "document": doc.code.code if doc.code else None,
                    "line": line,
                    "column": column,
                    "code": d.code,
                    "severity": d.severity.value,
                    "message": message,
                    "field": d.field,
                    "span": [d.span.start, d.span.end] if d.span is not None else None,
                }
            )
    if args.format == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(_summary(counts, checked, args.lang) + "\n")
    if status == EXIT_OK and counts[Severity.ERROR]:
        status = EXIT_ERRORS
    return status


def _summary(counts: dict[Severity, int], files: int, lang: str) -> str:
    e, w, i = (counts[s] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
    if lang == "vi":
        return f"{files} tệp: {e} lỗi, {w} cảnh báo, {i} lưu ý."
    return (
        f"{_plural(files, 'file')} checked: {_plural(e, 'error')}, {_plural(w, 'warning')}, "
        f"{_plural(i, 'info')}."
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _list_rules(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "markdown":
        out.write(rules_markdown())
        return EXIT_OK
    for r in rules().values():
        out.write(f"{r.code}  {r.severity.value:<7}  {r.name:<22}  {r.summary}\n")
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    try:
        documents = list(_load(args.input, args.source_format).documents)
    except _UNUSABLE as exc:
        print(_error(args.input, exc), file=sys.stderr)
        return EXIT_USAGE
    if args.index is not None:
        if not 0 <= args.index < len(documents):
            print(f"vnadmindoc: {args.input}: no document at index {args.index}", file=sys.stderr)
            return EXIT_USAGE
        documents = [documents[args.index]]
    if not documents:
        print(f"vnadmindoc: {args.input}: no document found", file=sys.stderr)
        return EXIT_USAGE
    if args.to in ("docx", "edxml") and len(documents) > 1:
        print(
            f"vnadmindoc: {args.input}: {len(documents)} documents; a {args.to} file holds one "
            "(choose with --index)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        if args.to == "docx":
            data = render_docx(documents[0])
        elif args.to == "edxml":
            doc = documents[0]
            if not args.sender_id:
                print(
                    f"vnadmindoc: warning: {args.input}: no --sender-id; the edXML's OrganId "
                    "fields stay empty (QCVN 102 needs the sender's mã định danh)",
                    file=sys.stderr,
                )
            with warnings.catch_warnings():
                # Said above, as the command line says things.
                warnings.simplefilter("ignore", IncompleteEdxmlWarning)
                data = to_edxml(doc, sender=sender_of(doc, args.sender_id))
        elif args.to == "json":
            data = documents_to_json(documents).encode("utf-8")
        else:
            separator = "\n" if args.to != "html" else ""
            data = separator.join(str(render(d, args.to)) for d in documents).encode("utf-8")
    except (RenderError, ValueError) as exc:
        print(_error(args.input, exc), file=sys.stderr)
        return EXIT_USAGE
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            print(_error(args.output, exc), file=sys.stderr)
            return EXIT_USAGE
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def cli_markdown() -> str:
    """The command-line reference page (``docs/cli.md``), from the argument parser itself."""
    parser = _parser()

    def formatter(prog: str) -> argparse.HelpFormatter:
        return argparse.HelpFormatter(prog, width=100)  # the same page on every terminal

    parser.formatter_class = formatter
    out = [
        "# Command line",
        "",
        "Generated from the argument parser by `vnadmindoc.cli.cli_markdown()`; do not edit:",
        "`python -c 'from vnadmindoc.cli import cli_markdown; print(cli_markdown(), end=\"\")'`.",
        "",
        "Exit status: 0 on success (`check`: no errors), 1 when `check` found errors, 2 when an",
        "input cannot be used — the other inputs are still processed.",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
    ]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        command.prog = f"vnadmindoc {name}"
        command.formatter_class = formatter
        out += ["", f"## vnadmindoc {name}", "", "```text", command.format_help().rstrip(), "```"]
    return "\n".join(out) + "\n"


def _tasks(args: argparse.Namespace, out: TextIO) -> int:
    from vnadmindoc.tasks import find_tasks

    status = EXIT_OK
    rows: list[dict[str, Any]] = []
    for name in args.files:
        try:
            loaded = _load(name, args.source_format)
        except _UNUSABLE as exc:
            print(_error(name, exc), file=sys.stderr)
            status = EXIT_USAGE
            continue
        if not loaded.documents:
            print(_error(name, EmptyInputError("no document found")), file=sys.stderr)
            status = EXIT_USAGE
            continue
        for index, doc in enumerate(loaded.documents):
            for task in find_tasks(doc, loaded.text):
                rows.append(
                    {
                        "source": name,
                        "index": index,
                        "document": doc.code.code if doc.code else None,
                        "label": task.label,
                        "leads": list(task.leads),
                        "partners": list(task.partners),
                        "action": task.action,
                        "deadlines": [
                            {
                                "date": d.date.isoformat(),
                                "text": d.text,
                                "span": [d.span.start, d.span.end] if d.span is not None else None,
                            }
                            for d in task.deadlines
                        ],
                        "span": [task.span.start, task.span.end] if task.span is not None else None,
                    }
                )
    if args.format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return status
    for row in rows:
        who = "; ".join(row["leads"]) or "-"
        if row["partners"]:
            who += " (+ " + "; ".join(row["partners"]) + ")"
        when = ", ".join(d["date"] for d in row["deadlines"]) or "-"
        action = row["action"] if len(row["action"]) <= 100 else row["action"][:99] + "…"
        out.write(f"{row['document'] or row['source']}  {row['label']}\t{who}\t{when}\t{action}\n")
    return status


def _graph(args: argparse.Namespace, out: TextIO) -> int:
    from vnadmindoc.graph import graph_of_folder

    graph, failures = graph_of_folder(args.paths, recursive=args.recursive, jobs=args.jobs)
    for record in failures:
        print(f"vnadmindoc: {record['source']}: {record['error']['message']}", file=sys.stderr)
    if args.format == "graphml":
        out.write(graph.to_graphml())
    elif args.format == "dot":
        out.write(graph.to_dot())
    else:
        out.write(graph.to_json() + "\n")
    print(
        f"vnadmindoc: {len(graph.nodes)} documents, {len(graph.edges)} links, "
        f"{len(graph.unresolved)} unresolved references, {len(failures)} inputs failed",
        file=sys.stderr,
    )
    return EXIT_USAGE if failures else EXIT_OK


_COMMANDS = {
    "parse": _parse_files,
    "check": _check_files,
    "rules": _list_rules,
    "tasks": _tasks,
    "graph": _graph,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``… | head``): stop quietly, as Unix tools do. Python would
        # report the pipe again when it flushes standard output at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "render":
        return _render(args)  # writes bytes itself: Word files are binary
    run = _COMMANDS[args.command]
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                return run(args, out)
        except OSError as exc:
            print(_error(args.output, exc), file=sys.stderr)
            return EXIT_USAGE
    # Vietnamese text must reach the terminal or pipe intact whatever the locale says.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    return run(args, sys.stdout)
