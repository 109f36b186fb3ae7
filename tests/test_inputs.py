"""Inputs as users have them: Word and PDF files from another program, JSON, edXML."""

from __future__ import annotations

import collections
import io
import zipfile
from pathlib import Path

import pytest

from vnadmindoc import (
    DecodeError,
    LegacyEncodingError,
    NoTextLayerError,
    parse_file,
    read_docx,
    to_dict,
)
from vnadmindoc.inputs import guess_format, load
from vnadmindoc.pdf_reader import read_pdf
from vnadmindoc.qcvn102 import sender_of, to_edxml

from .conftest import CORPUS, EXAMPLES, gold, needs_corpus, scorer

OFFICE = Path(__file__).parent / "data" / "office"
FILES = sorted(p for p in OFFICE.iterdir() if p.suffix in (".docx", ".pdf"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_files_made_by_libreoffice_parse_to_the_same_fields_as_the_text(path: Path) -> None:
    score = scorer()
    name = path.name.split(".")[0]
    expected = gold(CORPUS / f"{name}.txt")
    predicted = [to_dict(d) for d in parse_file(path)]
    assert len(predicted) == len(expected)
    fields: dict[str, list[float]] = collections.defaultdict(list)
    for g, p in score.align(expected, predicted):
        score.score_doc(g, p, fields)
    assert {k: v for k, v in fields.items() if min(v) < 1} == {}


def test_pdf_columns_come_out_left_then_right() -> None:
    text = read_pdf(OFFICE / "seed-04.libreoffice.pdf")
    lines = text.splitlines()
    assert lines[0] == "ỦY BAN NHÂN DÂN"
    assert lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") > lines.index("Số: 619/UBND-VXNV")
    assert lines.index("TM. ỦY BAN NHÂN DÂN") > lines.index("- Lưu: VT, Việt.")


def _pdf_without_text() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_scan_without_text_asks_for_ocr_and_garbage_is_refused() -> None:
    with pytest.raises(NoTextLayerError, match="OCR"):
        read_pdf(_pdf_without_text())
    with pytest.raises(DecodeError):
        read_pdf(b"%PDF-1.4 nothing else")


def _docx(body: str) -> bytes:
    xml = f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_word_tracked_changes_are_accepted_and_text_boxes_kept() -> None:
    body = (
        "<w:p><w:r><w:t>Số: 12/</w:t></w:r><w:ins><w:r><w:t>UBND-VX</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>SYT-VP</w:delText></w:r></w:del></w:p>"
        "<w:p><w:r><w:t>Kính gửi: Sở Y tế</w:t></w:r>"
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>KHẨN</w:t></w:r></w:p></w:txbxContent>"
        "</w:pict></w:r></w:p>"
    )
    assert read_docx(_docx(body)) == "Số: 12/UBND-VX\nKính gửi: Sở Y tế\nKHẨN\n"


@pytest.mark.parametrize(
    ("font", "family"), [(".VnTime", "TCVN3"), ("VNI-Times", "VNI")], ids=["tcvn3", "vni"]
)
def test_word_text_in_legacy_vietnamese_fonts_is_named(font: str, family: str) -> None:
    body = f'<w:p><w:r><w:rPr><w:rFonts w:ascii="{font}"/></w:rPr><w:t>C\xb8c</w:t></w:r></w:p>'
    with pytest.raises(LegacyEncodingError, match=family):
        read_docx(_docx(body))


def test_load_reads_every_format_and_keeps_the_text_for_spans(tmp_path: Path) -> None:
    example = EXAMPLES / "cong-van-619-UBND-VXNV.txt"
    text = load(example)
    assert text.format == "text"
    assert text.text is not None
    (doc,) = text.documents
    edxml = tmp_path / "cv.edxml"
    edxml.write_bytes(to_edxml(doc, sender=sender_of(doc, "000.00.00.H07")))
    assert load(edxml).documents[0].code == doc.code
    assert load(edxml).text is None
    assert load(OFFICE / "seed-04.libreoffice.docx").format == "docx"
    assert [guess_format(n) for n in ("a.DOCX", "b.pdf", "c.json", "d.edxml", "e.md", "f")] == [
        "docx",
        "pdf",
        "json",
        "edxml",
        "text",
        "text",
    ]
    with pytest.raises(DecodeError):
        load(b"{not json", "json")
    with pytest.raises(ValueError, match="unknown input format"):
        load(example, "odt")


def test_a_missing_extra_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from vnadmindoc import Document, MissingExtraError, qcvn102, render_docx

    for module, call, extra in (
        ("docx", lambda: render_docx(Document(title="THÔNG BÁO")), "docx"),
        ("pdfminer", lambda: read_pdf(b"%PDF-1.4"), "pdf"),
        ("defusedxml", lambda: qcvn102.from_edxml(b"<edXML/>"), "edxml"),
    ):
        with monkeypatch.context() as patch:
            patch.setitem(sys.modules, module, None)  # as if not installed
            with pytest.raises(MissingExtraError, match=rf"vnadmindoc\[{extra}\]"):
                call()
    assert issubclass(MissingExtraError, ImportError)
