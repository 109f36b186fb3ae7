"""The command line's answers to mistakes: misspelt rule codes, empty inputs, bad arguments,
folders with nothing to read, a reader that goes away. Run in process, but for the pipe."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import vnadmindoc
from vnadmindoc.cli import main

from .conftest import EXAMPLES

EXAMPLE = EXAMPLES / "cong-van-619-UBND-VXNV.txt"
DRAFT = EXAMPLES / "du-thao.txt"


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_misspelt_rule_code_is_an_error_not_a_silent_pass(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", option, "ZZZ", str(DRAFT)]) == 2
    assert "no rule has the code, code prefix or name 'ZZZ'" in capsys.readouterr().err
    # The codes the rules have still work, by code, prefix and name.
    assert main(["check", "--select", "D3,number-padding", str(DRAFT)]) == 1
    found = capsys.readouterr().out
    assert " D302 " in found
    assert " N202 " in found
    assert " T402 " not in found


def test_the_library_rejects_unknown_rule_codes_too() -> None:
    with pytest.raises(vnadmindoc.UnknownRuleError):
        vnadmindoc.check("", select=["number-pading"])
    with pytest.raises(ValueError, match="X9"):  # also a ValueError, as errors about values are
        vnadmindoc.validate(vnadmindoc.Document(), ignore=["X9"])


def test_the_draft_example_shows_the_rules_it_breaks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(DRAFT)]) == 1
    out = capsys.readouterr().out
    codes = [line.split()[1] for line in out.splitlines()[:-1]]
    assert codes == ["N201", "N202", "T402", "D302", "R504", "S601"]
    assert out.splitlines()[-1] == "1 file checked: 2 errors, 3 warnings, 1 info."


def test_diagnostics_of_a_later_document_point_into_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The second document has no heading: its diagnostic for the missing part points at its
    # start, not at the file's first line, and names the document.
    two = tmp_path / "two.txt"
    text = EXAMPLE.read_text(encoding="utf-8")
    second = "\n".join(
        line for line in text.splitlines() if not line.startswith(("**CỘNG HÒA", "Độc lập"))
    )
    two.write_text(text + "\n" + second, encoding="utf-8")
    main(["check", "--select", "H104", "--format", "json", str(two)])
    (record,) = json.loads(capsys.readouterr().out)
    start = text.count("\n") + 2  # the second document's first line
    assert (record["code"], record["index"]) == ("H104", 1)
    assert start <= record["line"] <= start + 3
    assert record["document"] == "619/UBND-VXNV"
    assert record["span"] is not None


@pytest.mark.parametrize("command", ["check", "tasks"])
def test_an_empty_file_is_unusable_input(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main([command, str(empty)]) == 2
    assert f"{empty}: no document found" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "--jobs", "-1"], "argument -j/--jobs: must be 0 or more, not -1"),
        (["parse", "--indent", "-3"], "argument --indent: must be 0 or more, not -3"),
        (["parse", "--timeout", "-5"], "argument --timeout: must be more than 0, not -5"),
        (["parse", "--timeout", "nan"], "argument --timeout: must be more than 0, not nan"),
        (["render", "--to", "text", "--index", "-1"], "argument --index: must be 0 or more"),
    ],
)
def test_bad_arguments_are_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit:
        main([*args, str(EXAMPLE)])
    assert exit.value.code == 2
    assert message in capsys.readouterr().err


def test_a_folder_gives_its_html_pages_and_an_empty_one_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = vnadmindoc.render_html(vnadmindoc.parse_file(EXAMPLE)[0])
    (pages / "a.html").write_text(page, encoding="utf-8")
    (pages / "b.HTM").write_text(page, encoding="utf-8")
    assert main(["parse", "--format", "jsonl", str(pages)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(Path(r["source"]).name, r["code"]) for r in records] == [
        ("a.html", "619/UBND-VXNV"),
        ("b.HTM", "619/UBND-VXNV"),
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["parse", str(empty)]) == 2
    assert f"{empty}: no files to read in this folder" in capsys.readouterr().err


def test_edxml_without_a_sender_id_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.edxml"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # one warning, the command line's, not the library's too
        assert main(["render", str(EXAMPLE), "--to", "edxml", "-o", str(out)]) == 0
    assert "no --sender-id" in capsys.readouterr().err
    assert main(["render", str(EXAMPLE), "--to", "edxml", "--sender-id", "000.00.00.H07"]) == 0
    assert "no --sender-id" not in capsys.readouterr().err


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    # "vnadmindoc parse … | head -1": the pipe closes after the first line.
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnadmindoc", "parse", "--format", "jsonl", *[str(EXAMPLE)] * 200],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err


def test_unknown_formats_raise_a_typed_error(tmp_path: Path) -> None:
    doc = vnadmindoc.parse_file(EXAMPLE)[0]
    with pytest.raises(vnadmindoc.UnknownFormatError, match="choose from"):
        vnadmindoc.render(doc, "pdf")
    with pytest.raises(vnadmindoc.UnknownFormatError, match="choose from"):
        vnadmindoc.parse_file(EXAMPLE, format="xyz")
    saved = tmp_path / "x.json"
    saved.write_text(vnadmindoc.documents_to_json([doc]), encoding="utf-8")
    with pytest.raises(vnadmindoc.UnknownFormatError, match=r"vnadmindoc\.load\(\)"):
        vnadmindoc.parse_file(saved)
    assert vnadmindoc.load(saved).documents == (doc,)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_positions_count_lines_however_they_end(
    newline: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(DRAFT.read_text(encoding="utf-8").replace("\n", newline).encode("utf-8"))
    main(["check", "--select", "D302", str(draft)])
    assert capsys.readouterr().out.startswith(f"{draft}:9:9: D302 error ")
