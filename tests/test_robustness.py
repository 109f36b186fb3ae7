"""Any input gives a result or a documented exception, never a crash or a hang."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmindoc import EmptyInputError, VnAdminDocError, parse, parse_document, to_dict, validate
from vnadmindoc.cli import main

from .conftest import corpus_files


@given(st.text())
def test_arbitrary_text_parses(text: str) -> None:
    documents = parse(text)
    for doc in documents:
        to_dict(doc)
        if doc.span is not None:
            assert 0 <= doc.span.start <= doc.span.end <= len(text)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_decoded_as_latin1_parse(data: bytes) -> None:
    parse(data.decode("latin-1"))


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_blank_input(text: str) -> None:
    assert parse(text) == []
    with pytest.raises(EmptyInputError):
        parse_document(text)


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="read_text"):
        parse(b"bytes")  # type: ignore[arg-type]


def _mutations(source: str) -> list[str]:
    lines = source.split("\n")
    return [
        "\n".join(lines[::2]),
        "\n".join(lines + lines),
        "\n".join(reversed(lines)),
        unicodedata.normalize("NFD", source),
        source.replace("\n", "\r\n"),
        source.replace(" ", "\t"),
        source.replace(" ", "\u200b "),
        "".join(c for c in unicodedata.normalize("NFD", source) if not unicodedata.combining(c)),
        source.replace("\n", " "),
        source[: len(source) // 2],
    ]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_mutated_real_documents_parse(path: Path) -> None:
    for mutated in _mutations(path.read_text(encoding="utf-8")):
        for doc in parse(mutated):
            to_dict(doc)


@given(st.data())
def test_random_mutations_of_a_real_document(data: st.DataObject) -> None:
    files = corpus_files()
    if not files:
        return
    source = data.draw(st.sampled_from(files)).read_text(encoding="utf-8")
    lines = source.split("\n")
    picked = data.draw(st.lists(st.sampled_from(lines), max_size=80))
    for doc in parse("\n".join(picked)):
        to_dict(doc)


def test_large_input_parses() -> None:
    files = corpus_files()
    text = "\n".join(p.read_text(encoding="utf-8") for p in files) if files else "Số: 1/UBND\n"
    big = text * max(1, 5_000_000 // max(1, len(text)))
    docs = parse(big)
    assert docs


_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad")


def _mutate(lines: list[str], op: str, k: int, extra: str) -> list[str]:
    """One mutation of a document's lines: what OCR, exports and hands do to them."""
    if not lines:
        return lines
    k %= len(lines)
    line = lines[k]
    if op == "drop":
        return lines[:k] + lines[k + 1 :]
    if op == "duplicate":
        return [*lines[: k + 1], line, *lines[k + 1 :]]
    if op == "swap":
        j = (k + 1) % len(lines)
        out = list(lines)
        out[k], out[j] = out[j], out[k]
        return out
    if op == "strip_diacritics":
        nfd = unicodedata.normalize("NFD", line)
        line = "".join(c for c in nfd if not unicodedata.combining(c)).replace("đ", "d")
    elif op == "nfd":
        line = unicodedata.normalize("NFD", line)
    elif op == "crlf":
        line += "\r"
    elif op == "tabs":
        line = line.replace(" ", "\t")
    elif op == "zero_width":
        cut = len(extra) % (len(line) + 1)
        line = line[:cut] + _ZERO_WIDTH[len(extra) % len(_ZERO_WIDTH)] + line[cut:]
    elif op == "insert":
        line = line + extra
    return [*lines[:k], line, *lines[k + 1 :]]


_OPS = ("drop", "duplicate", "swap", "strip_diacritics", "nfd", "crlf", "tabs", "zero_width")


@given(
    st.data(),
    st.lists(
        st.tuples(st.sampled_from((*_OPS, "insert")), st.integers(0, 10_000), st.text(max_size=8)),
        max_size=25,
    ),
)
def test_mutated_documents_give_results_or_documented_errors(
    data: st.DataObject, ops: list[tuple[str, int, str]]
) -> None:
    files = corpus_files()
    if not files:
        return
    lines = data.draw(st.sampled_from(files)).read_text(encoding="utf-8").split("\n")
    for op, k, extra in ops:
        lines = _mutate(lines, op, k, extra)
    try:
        for doc in parse("\n".join(lines)):
            to_dict(doc)
            validate(doc)
    except VnAdminDocError:
        pass  # documented; anything else fails the test


@given(st.binary(max_size=3000))
def test_arbitrary_bytes_through_the_command_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_bytes(data)
        for command in (["parse", "--format", "jsonl"], ["check", "--format", "json"]):
            out = io.StringIO()
            err = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main([*command, str(path), "-o", str(Path(folder) / "out")])
            assert status in (0, 1, 2), err.getvalue()
            written = (Path(folder) / "out").read_text(encoding="utf-8")
            if command[0] == "parse":
                for line in written.splitlines():
                    json.loads(line)
            else:
                json.loads(written)
