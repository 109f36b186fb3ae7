"""Any input gives a result or a documented exception, never a crash or a hang."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmindoc import EmptyInputError, parse, parse_document, to_dict

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
