"""The command line, run as users run it: a subprocess with files on disk."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from vnadmindoc import json_schema
from vnadmindoc.checks import base_document

from .conftest import EXAMPLES

EXAMPLE = EXAMPLES / "cong-van-619-UBND-VXNV.txt"


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters composed, tone marks apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnadmindoc", *args], input=stdin, capture_output=True, timeout=120
    )


def test_parse_prints_the_envelope() -> None:
    proc = run("parse", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    jsonschema.validate(data, json_schema())
    (doc,) = data["documents"]
    assert doc["code"] == "619/UBND-VXNV"
    assert doc["source"] == str(EXAMPLE)


def test_jsonl_prints_one_document_per_line(tmp_path: Path) -> None:
    two = tmp_path / "two.txt"
    two.write_text(EXAMPLE.read_text(encoding="utf-8") * 2, encoding="utf-8")
    proc = run("parse", "--format", "jsonl", str(EXAMPLE), str(two))
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["source"] for line in lines] == [str(EXAMPLE), str(two), str(two)]


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
        lambda t: _cp1258(t),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-no-bom", "cp1258"],
)
def test_encodings_are_decoded(tmp_path: Path, encode: object) -> None:
    text = "Số: 622/UBND-KGVX\nĐiện Biên, ngày 10 tháng 3 năm 2021\nV/v tiếp tục triển khai\n"
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))  # type: ignore[operator]
    proc = run("parse", str(path))
    assert proc.returncode == 0, proc.stderr
    (doc,) = json.loads(proc.stdout)["documents"]
    assert (doc["code"], doc["place"], doc["date"]) == ("622/UBND-KGVX", "Điện Biên", "2021-03-10")


def test_unusable_inputs_exit_2_with_one_line_each(tmp_path: Path) -> None:
    binary = tmp_path / "scan.bin"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    files = (tmp_path / "missing.txt", tmp_path, binary, broken, EXAMPLE)
    proc = run("check", *map(str, files))
    assert proc.returncode == 2
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 4
    assert "no such file" in errors[0]
    assert "is a directory" in errors[1]
    assert "binary" in errors[2]
    assert "not a readable PDF" in errors[3]

    # parse reads a folder's input files instead; the summary comes last.
    proc = run("parse", *map(str, files))
    assert proc.returncode == 2
    errors = proc.stderr.decode().strip().splitlines()
    assert "no such file" in errors[0]
    pdf_errors = [e for e in errors if "broken.pdf" in e]
    assert len(pdf_errors) == 2  # once from the folder, once named
    assert all(f"vnadmindoc: {broken}: not a readable PDF" in e for e in pdf_errors)
    assert errors[-1] == "vnadmindoc: 4 of 5 inputs failed; 1 documents parsed"
    assert len(json.loads(proc.stdout)["documents"]) == 1  # the good file is still parsed


def test_stdin_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = run("parse", "-", "-o", str(out), stdin=EXAMPLE.read_bytes())
    assert proc.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["kind"] == "cong_van"


def test_version_and_usage() -> None:
    assert run("--version").stdout.decode().startswith("vnadmindoc ")
    assert run().returncode == 2
    assert run("parse").returncode == 2


def test_check_prints_linter_lines_and_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5/QĐ-UBND\nBắc Kạn, ngày 1 tháng 02 năm 2021\n",
        encoding="utf-8",
    )
    done = run("check", "--select", "N202,D302", str(path))
    assert done.returncode == 1  # D302 is an error
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines[0] == f"{path}:5:5: N202 warning write the number '5' as '05'"
    assert lines[1].startswith(f"{path}:6:10: D302 error ")
    assert lines[-1] == "1 file checked: 1 error, 1 warning, 0 infos."
    vi = run("check", "--lang", "vi", "--select", "D302", str(path)).stdout.decode("utf-8")
    assert "Ngày từ 1 đến 9 phải viết 01–09" in vi
    assert run("check", "--ignore", "D302,N202", "--select", "N2,D3", str(path)).returncode == 0


def test_check_json_and_exit_status_for_clean_and_unusable_inputs(tmp_path: Path) -> None:
    done = run("check", "--format", "json", "--select", "N201", str(EXAMPLE))
    records = json.loads(done.stdout)
    assert done.returncode == 0
    assert [(r["code"], r["severity"], r["line"]) for r in records] == [("N201", "info", 9)]
    assert set(records[0]) == {
        "path",
        "index",
        "document",
        "line",
        "column",
        "code",
        "severity",
        "message",
        "field",
        "span",
    }
    missing = run("check", str(tmp_path / "nope.txt"), str(EXAMPLE))
    assert missing.returncode == 2
    assert missing.stderr.decode("utf-8").count("\n") == 1


def test_rules_lists_every_rule_and_the_docs_page_is_current() -> None:
    from vnadmindoc.checks.reference import rules_markdown
    from vnadmindoc.validate import rules

    listed = run("rules").stdout.decode("utf-8").splitlines()
    assert [line.split()[0] for line in listed] == list(rules())
    page = Path(__file__).parents[1] / "docs" / "rules.md"
    assert page.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `vnadmindoc rules --format markdown -o docs/rules.md`"
    )


def test_render_between_text_word_json_and_html(tmp_path: Path) -> None:
    docx = tmp_path / "cv.docx"
    assert run("render", str(EXAMPLE), "--to", "docx", "-o", str(docx)).returncode == 0
    assert docx.read_bytes()[:2] == b"PK"
    text = run("render", str(docx), "--to", "text").stdout.decode("utf-8")
    assert "Số: 619/UBND-VXNV" in text
    data = run("parse", str(EXAMPLE)).stdout
    (tmp_path / "cv.json").write_bytes(data)
    page = run("render", str(tmp_path / "cv.json"), "--to", "html").stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    again = run("render", "-", "--from", "text", "--to", "json", stdin=text.encode("utf-8"))
    assert json.loads(again.stdout)["documents"][0]["code"] == "619/UBND-VXNV"


def test_render_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    two = tmp_path / "two.txt"
    two.write_text(base_document("cong_van") + "\n" + base_document("party"), encoding="utf-8")
    done = run("render", str(two), "--to", "docx", "-o", str(tmp_path / "x.docx"))
    assert done.returncode == 2
    assert b"--index" in done.stderr
    assert (
        run(
            "render", str(two), "--to", "docx", "--index", "1", "-o", str(tmp_path / "x.docx")
        ).returncode
        == 0
    )
    assert run("render", str(two), "--to", "text", "--index", "5").returncode == 2
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a word file")
    assert run("render", str(bad), "--to", "text").returncode == 2


def test_the_cli_reference_page_is_current() -> None:
    from vnadmindoc.cli import cli_markdown

    page = Path(__file__).parents[1] / "docs" / "cli.md"
    assert page.read_text(encoding="utf-8") == cli_markdown(), (
        "docs/cli.md is stale: python -c 'from vnadmindoc.cli import cli_markdown; "
        'print(cli_markdown(), end="")\' > docs/cli.md'
    )
