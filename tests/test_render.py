"""Renderers: round trips through every format, on generated and on real documents."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given

from vnadmindoc import (
    DecodeError,
    Document,
    DocumentCode,
    Issuer,
    PartialDate,
    RenderError,
    from_json,
    parse,
    parse_document,
    parse_file,
    read_docx,
    render,
    render_docx,
    render_html,
    render_markdown,
    render_text,
    to_json,
)
from vnadmindoc.strategies import documents

from .conftest import ROUND_TRIPS, corpus_files


@ROUND_TRIPS
@given(documents())
def test_text_round_trip(doc: Document) -> None:
    assert parse_document(render(doc, "text")) == doc


@ROUND_TRIPS
@given(documents())
def test_text_round_trip_from_decomposed_unicode(doc: Document) -> None:
    text = unicodedata.normalize("NFD", render_text(doc)).replace("\n", "\r\n")
    assert parse_document(text) == doc


@ROUND_TRIPS
@given(documents())
def test_markdown_round_trip(doc: Document) -> None:
    assert parse_document(render_markdown(doc)) == doc


@ROUND_TRIPS
@given(documents())
def test_docx_round_trip(doc: Document) -> None:
    assert parse_document(read_docx(render_docx(doc))) == doc


@ROUND_TRIPS
@given(documents())
def test_html_round_trip(doc: Document) -> None:
    assert parse_document(render_html(doc)) == doc


@ROUND_TRIPS
@given(documents(parseable=False))
def test_json_round_trip(doc: Document) -> None:
    assert from_json(to_json(doc)) == doc


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "docx"])
def test_real_documents_round_trip(path: Path, fmt: str) -> None:
    for doc in parse_file(path):
        out = render(doc, fmt)
        text = read_docx(out) if isinstance(out, bytes) else out
        (again,) = parse(text)
        assert again == doc


def test_a_document_without_content_cannot_be_rendered() -> None:
    for fmt in ("text", "markdown", "html", "docx"):
        with pytest.raises(RenderError, match="nothing to render"):
            render(Document(kind="cong_van"), fmt)
    with pytest.raises(ValueError, match="unknown format"):
        render(Document(title="THÔNG BÁO"), "pdf")


def test_missing_parts_are_left_out() -> None:
    doc = Document(code=DocumentCode(number="12", symbol="UBND-VX"), place="Hà Nội")
    assert render_text(doc) == "Số: 12/UBND-VX\n\nHà Nội, ngày    tháng    năm\n"


def test_html_is_a_standalone_page_that_escapes_every_value() -> None:
    doc = Document(
        issuer=Issuer("<b>SỞ Y TẾ</b>"),
        title="THÔNG BÁO",
        subject="<script>alert('x')</script>",
        body="Nội dung & <i>thẻ</i>",
    )
    page = render_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;b&gt;SỞ Y TẾ&lt;/b&gt;" in page
    assert "Nội dung &amp; &lt;i&gt;thẻ&lt;/i&gt;" in page
    assert 'class="heading"' in page
    assert 'class="closing"' not in page  # no Nơi nhận, no signature


def test_docx_is_an_a4_word_file_in_times_new_roman() -> None:
    data = render_docx(Document(title="THÔNG BÁO", subject="Kết luận", date=PartialDate(2021, 9)))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
        styles = package.read("word/styles.xml").decode("utf-8")
    assert 'w:w="11906"' in xml  # 21.0 cm in twentieths of a point
    assert "Times New Roman" in xml + styles
    assert "THÔNG BÁO" in xml


def test_read_docx_takes_paths_bytes_and_files_and_rejects_other_data(tmp_path: Path) -> None:
    data = render_docx(Document(title="THÔNG BÁO", subject="Kết luận của Ban Thường vụ"))
    path = tmp_path / "tb.docx"
    path.write_bytes(data)
    expected = read_docx(data)
    assert "THÔNG BÁO\n" in expected
    assert read_docx(path) == read_docx(str(path)) == read_docx(io.BytesIO(data)) == expected
    with pytest.raises(DecodeError):
        read_docx(b"not a zip")
    with pytest.raises(DecodeError):
        read_docx(_zip({"other.xml": b"<x/>"}))


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    return buffer.getvalue()
