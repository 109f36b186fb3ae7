"""Parse many files at once: a folder tree on the cores of one machine, or a Dask bag.

Every result is a *record*, a plain ``dict`` ready for :func:`json.dumps` and
for pickling between processes: one per document found, in the
``vnadmindoc/1`` contract plus the ``source`` it came from and its ``index``
there; or, for an input that could not be read or parsed, one error record
``{"source", "error": {"type", "message"}}``.  A bad file never stops a run.

>>> records = parse_text("Số: 12/UBND-VX\\nV/v tăng cường phòng, chống dịch\\n", source="a.txt")
>>> [(r["source"], r["index"], r["code"]) for r in records]
[('a.txt', 0, '12/UBND-VX')]
>>> parse_text("   ", source="blank.txt")[0]["error"]["type"]
'EmptyInputError'

On a Dask cluster (``pip install "vnadmindoc[dask]"``)::

    import dask.bag as db
    from vnadmindoc.batch import find_inputs, parse_bag

    paths = db.from_sequence(find_inputs("archive/", recursive=True), npartitions=64)
    records = parse_bag(paths)              # a bag of records
    records.map(json.dumps).to_textfiles("out/*.jsonl")
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnadmindoc._extras import require
from vnadmindoc.deadline import time_limit
from vnadmindoc.errors import EmptyInputError, VnAdminDocError
from vnadmindoc.parse import load_stages

if TYPE_CHECKING:
    import dask.bag

__all__ = [
    "INPUT_SUFFIXES",
    "Record",
    "describe",
    "expand_inputs",
    "find_inputs",
    "is_error",
    "parse_bag",
    "parse_bytes",
    "parse_path",
    "parse_paths",
    "parse_text",
]

Record = dict[str, Any]
"""One document in the ``vnadmindoc/1`` contract with ``source`` and ``index``, or an error."""

INPUT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".json", ".edxml")
"""The files :func:`find_inputs` picks up in a folder (by extension, case ignored)."""


def is_error(record: Record) -> bool:
    """True for the record of an input that could not be read or parsed."""
    return "error" in record


def describe(exc: BaseException) -> str:
    """A short reason for a failed input, as the command line prints it."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError) and exc.strerror and not isinstance(exc, VnAdminDocError):
        return exc.strerror
    return str(exc) or type(exc).__name__


def _error_record(source: str, exc: BaseException) -> Record:
    known = isinstance(exc, (VnAdminDocError, OSError, ValueError))
    message = describe(exc)
    error: dict[str, Any] = {"type": type(exc).__name__, "message": message}
    if not known:
        # A bug of ours, not a bad input: keep what a report needs.
        error["traceback"] = "".join(traceback.format_exception(exc)).rstrip()
    return {"source": source, "error": error}


def _records(source: str, documents: Iterable[Any]) -> list[Record]:
    from vnadmindoc.jsonio import to_dict

    documents = list(documents)
    if not documents:
        # A blank file is worth a line in the failure summary: it is often a failed export.
        return [_error_record(source, EmptyInputError("no text to parse"))]
    out = []
    for index, doc in enumerate(documents):
        data = to_dict(doc)
        data["source"] = source
        data["index"] = index
        out.append(data)
    return out


def parse_text(text: str, source: str = "<text>", *, timeout: float | None = None) -> list[Record]:
    """The records of the documents in ``text`` (an error record if it holds none).

    ``timeout`` limits the parse (seconds); past it the record is a
    ``ParseTimeoutError``.
    """
    from vnadmindoc.parse import parse

    try:
        return _records(source, parse(text, timeout=timeout))
    except Exception as exc:  # one input must not stop a batch
        return [_error_record(source, exc)]


def parse_bytes(
    data: bytes, source: str = "-", format: str | None = None, *, timeout: float | None = None
) -> list[Record]:
    """The records of the documents in ``data``, the bytes of a file (text unless ``format``)."""
    from vnadmindoc.inputs import load

    try:
        load_stages()  # outside the time limit: loading the parser is no part of this input
        with time_limit(timeout):
            return _records(source, load(data, format or "text").documents)
    except Exception as exc:  # one input must not stop a batch
        return [_error_record(source, exc)]


def parse_path(
    path: str | os.PathLike[str], format: str | None = None, *, timeout: float | None = None
) -> list[Record]:
    """The records of the documents in the file at ``path`` (format by extension).

    Never raises for a bad file: unreadable, undecodable or empty files, and
    files whose parse takes longer than ``timeout`` seconds, give one error record.
    """
    from vnadmindoc.inputs import load

    source = os.fspath(path)
    try:
        if Path(source).is_dir():
            raise IsADirectoryError(21, "is a directory", source)
        load_stages()  # outside the time limit: loading the parser is no part of this file
        with time_limit(timeout):
            return _records(source, load(source, format).documents)
    except Exception as exc:  # one input must not stop a batch
        return [_error_record(source, exc)]


def find_inputs(
    root: str | os.PathLike[str],
    *,
    recursive: bool = False,
    suffixes: Iterable[str] = INPUT_SUFFIXES,
) -> list[str]:
    """The input files under folder ``root``, sorted; hidden files and folders are skipped."""
    wanted = {s.lower() for s in suffixes}
    base = Path(root)
    found = base.rglob("*") if recursive else base.glob("*")
    return sorted(
        str(p)
        for p in found
        if p.suffix.lower() in wanted
        and not any(part.startswith(".") for part in p.relative_to(base).parts)
        and p.is_file()
    )


def expand_inputs(paths: Iterable[str | os.PathLike[str]], *, recursive: bool = False) -> list[str]:
    """``paths`` with each folder replaced by its input files (see :func:`find_inputs`);
    files, and ``-`` for standard input, stay as they are."""
    out: list[str] = []
    for path in paths:
        name = os.fspath(path)
        if name != "-" and Path(name).is_dir():
            out += find_inputs(name, recursive=recursive)
        else:
            out.append(name)
    return out


def parse_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    format: str | None = None,
    timeout: float | None = None,
    chunksize: int = 4,
) -> Iterator[tuple[str, list[Record]]]:
    """``(path, records)`` for each path, in the order given, on ``jobs`` processes.

    ``jobs=0`` uses every core.  Results arrive as they are ready, so a caller can
    write them and show progress while the rest are parsed.
    """
    names = [os.fspath(p) for p in paths]
    workers = (os.cpu_count() or 1) if jobs == 0 else jobs
    work = _PathAs(format, timeout)
    if workers <= 1 or len(names) <= 1:
        for name in names:
            yield name, work(name)
        return
    load_stages()  # once, here: forked workers inherit the loaded parser
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(work, names, chunksize=chunksize)
        yield from zip(names, results, strict=True)


def parse_bag(
    bag: dask.bag.Bag,
    *,
    texts: bool = False,
    format: str | None = None,
    timeout: float | None = None,
) -> Any:
    """Parse a Dask bag of paths (or of texts, with ``texts=True``) into a bag of records.

    Each element becomes one or more records (see :func:`parse_path`), so the
    result is flat: one element per document or per failed input.  Paths must be
    readable where the workers run.
    """
    require("dask.bag", needed_by="parse_bag", package="Dask", extra="dask")
    work: Callable[[Any], list[Record]]
    work = _TextWithin(timeout) if texts else _PathAs(format, timeout)
    untyped: Any = bag  # dask's own annotations are incomplete
    return untyped.map(work).flatten()


class _PathAs:
    """``parse_path`` with fixed options, picklable for worker processes (a lambda is not)."""

    def __init__(self, format: str | None, timeout: float | None) -> None:
        self.format = format
        self.timeout = timeout

    def __call__(self, path: str) -> list[Record]:
        return parse_path(path, self.format, timeout=self.timeout)


class _TextWithin:
    """``parse_text`` with a fixed time limit, picklable for worker processes."""

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout

    def __call__(self, text: str) -> list[Record]:
        return parse_text(text, timeout=self.timeout)
