"""Batch parsing: folders, processes, error records and Dask bags."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from vnadmindoc import batch, from_dict, parse
from vnadmindoc.batch import find_inputs, is_error, parse_path, parse_paths, parse_text

from .conftest import bundled_files

# Real documents that ship with the checkout, so these tests run without ../shared.
# Four tax-office letters with complete headings: three of them in one file are three documents.
SEEDS = [p for p in bundled_files() if p.name.startswith("b-tax-")][:4]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder as archives hold them: good files, a sub-folder, a bad file, hidden files."""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for i, seed in enumerate(SEEDS[:3]):
        (tmp_path / f"doc{i}.txt").write_bytes(seed.read_bytes())
    (tmp_path / "sub" / "deeper" / "doc.md").write_bytes(SEEDS[3].read_bytes())
    (tmp_path / ".git" / "notes.txt").write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "blank.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_find_inputs_reads_folders_and_skips_hidden_ones(tree: Path) -> None:
    top = [Path(p).name for p in find_inputs(tree)]
    assert top == ["blank.txt", "doc0.txt", "doc1.txt", "doc2.txt", "scan.txt"]
    every = [Path(p).relative_to(tree).as_posix() for p in find_inputs(tree, recursive=True)]
    assert "sub/deeper/doc.md" in every
    assert not any(p.startswith(".git") for p in every)


def test_records_carry_source_and_index_and_match_parse() -> None:
    # Three documents in one file, as exports of a dossier come.
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS[:3])
    records = parse_text(text, source="dossier.txt")
    assert [r["index"] for r in records] == [0, 1, 2]
    assert {r["source"] for r in records} == {"dossier.txt"}
    assert [from_dict(r) for r in records] == [
        from_dict(json.loads(json.dumps(r))) for r in records
    ]
    assert [r["code"] for r in records] == [d.code.code for d in parse(text) if d.code]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("missing.txt", None, "FileNotFoundError"),
        ("scan.txt", b"\x00\x01binary", "DecodeError"),
        ("blank.txt", b"   \n", "EmptyInputError"),
        ("broken.docx", b"PK not a zip", "DecodeError"),
    ],
)
def test_a_bad_file_is_an_error_record(
    tmp_path: Path, name: str, content: bytes | None, kind: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    (record,) = parse_path(path)
    assert is_error(record)
    assert record["source"] == str(path)
    assert record["error"]["type"] == kind
    assert record["error"]["message"]
    assert "traceback" not in record["error"]


def test_a_bug_is_recorded_with_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, **options: object) -> list[object]:
        raise RuntimeError("boom")

    module = sys.modules["vnadmindoc.parse"]  # the attribute of the package is the function
    monkeypatch.setattr(module, "parse", broken)
    (record,) = parse_text("Số: 1/UBND-VP", source="x")
    assert record["error"]["type"] == "RuntimeError"
    assert "boom" in record["error"]["traceback"]


def test_processes_give_the_same_records_in_the_same_order(tree: Path) -> None:
    paths = find_inputs(tree, recursive=True)
    one = list(parse_paths(paths, jobs=1))
    two = list(parse_paths(paths, jobs=2, chunksize=1))
    assert one == two
    assert [name for name, _ in two] == paths


def test_results_pickle() -> None:
    docs = parse(SEEDS[0].read_text(encoding="utf-8"))
    assert pickle.loads(pickle.dumps(docs)) == docs
    records = parse_path(SEEDS[0])
    assert pickle.loads(pickle.dumps(records)) == records


def test_dask_bag_of_paths_and_texts_on_the_local_scheduler(tree: Path) -> None:
    dask = pytest.importorskip("dask")
    import dask.bag as db

    paths = find_inputs(tree, recursive=True)
    bag = db.from_sequence(paths, npartitions=2)
    with dask.config.set(scheduler="processes", num_workers=2):
        records = batch.parse_bag(bag).compute()
    assert records == [r for _, rs in parse_paths(paths) for r in rs]
    assert sum(is_error(r) for r in records) == 2  # scan.txt and blank.txt

    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:2]]
    with dask.config.set(scheduler="sync"):
        from_texts = batch.parse_bag(db.from_sequence(texts), texts=True).compute()
    assert [r["code"] for r in from_texts] == [
        r["code"] for t in texts for r in parse_text(t, source="<text>")
    ]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vnadmindoc", *args], capture_output=True, timeout=120
    )


def test_cli_parses_a_tree_to_json_lines_with_error_records(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    proc = run(
        "parse", str(tree), "--recursive", "--jobs", "2", "--format", "jsonl", "-o", str(out)
    )
    assert proc.returncode == 2  # some inputs failed; the rest were parsed
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in lines if is_error(r)]
    assert sorted(Path(r["source"]).name for r in errors) == ["blank.txt", "scan.txt"]
    documents = [r for r in lines if not is_error(r)]
    expected = sum(len(parse(p.read_text(encoding="utf-8"))) for p in SEEDS[:4])
    assert len(documents) == expected
    stderr = proc.stderr.decode()
    assert stderr.strip().splitlines()[-1].startswith("vnadmindoc: 2 of 6 inputs failed")
    assert "\r" not in stderr  # no progress line when standard error is not a terminal


def test_cli_progress_line_when_asked(tree: Path) -> None:
    proc = run("parse", str(tree), "--format", "jsonl", "--progress", "always")
    assert "5/5 files" in proc.stderr.decode()
