"""What ``import vnadmindoc`` loads: the model, JSON, rendering and validation; the parser's
stages at the first parse, the optional parts at their first use (see the benchmarks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import vnadmindoc

LAZY = ["batch", "citations", "doccode", "docx_reader", "graph", "inputs", "pdf_reader", "qcvn102"]
# The parser's stages: their patterns are compiled when the first text is parsed.
ENGINE = ["pipeline", "segment", "layout", "restore", "tasks", "walk", "fields"]


def _loaded(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    code += "; import sys; print(' '.join(sorted(sys.modules)))"
    return set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )


def test_import_leaves_the_optional_parts_and_the_parsers_stages_unloaded() -> None:
    loaded = _loaded("import vnadmindoc")
    assert {"vnadmindoc.parse", "vnadmindoc.model", "vnadmindoc.render"} <= loaded
    assert [m for m in LAZY + ENGINE if f"vnadmindoc.{m}" in loaded] == []
    assert not {"docx", "pdfminer", "dask"} & loaded


def test_the_first_parse_loads_the_stages() -> None:
    loaded = _loaded("import vnadmindoc; vnadmindoc.parse('Số: 12/UBND-VX')")
    assert [m for m in ENGINE if f"vnadmindoc.{m}" not in loaded] == []
    assert [m for m in LAZY if f"vnadmindoc.{m}" in loaded] == []


def test_rendering_and_json_need_no_parser() -> None:
    loaded = _loaded(
        "import vnadmindoc; d = vnadmindoc.Document(kind='cong_van', subject='x');"
        " vnadmindoc.render_text(d); vnadmindoc.from_json(vnadmindoc.to_json(d))"
    )
    assert [m for m in ENGINE if f"vnadmindoc.{m}" in loaded] == []


def test_lazy_names_resolve_on_first_use() -> None:
    assert vnadmindoc.find_citations("theo Công văn số 12/UBND-VX")[0].code is not None
    assert vnadmindoc.parse_code("12/UBND-VX").number == "12"
    assert vnadmindoc.parse_date("05/3/2021").isoformat() == "2021-03-05"
    assert vnadmindoc.DateLine.__name__ == "DateLine"
    assert callable(vnadmindoc.find_references)
    assert callable(vnadmindoc.parse_date_line)
    assert callable(vnadmindoc.find_tasks)
    assert callable(vnadmindoc.tasks.directive_tree)
    assert callable(vnadmindoc.annotate)
    assert callable(vnadmindoc.qcvn102.document_id)


# Records whether a time limit is running while the stages load: loading is no part of a parse.
_WATCH = """
import importlib.abc, sys
from vnadmindoc import deadline
class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "vnadmindoc.pipeline":
            print("limited" if deadline._DEADLINE.get() is not None else "free")
        return None
sys.meta_path.insert(0, Watch())
import vnadmindoc
from vnadmindoc import batch
"""


@pytest.mark.parametrize(
    "call",
    [
        "vnadmindoc.parse('Số: 12/UBND-VX', timeout=30)",
        "batch.parse_text('Số: 12/UBND-VX', timeout=30)",
        "batch.parse_bytes('Số: 12/UBND-VX'.encode(), timeout=30)",
        "batch.parse_path(sys.argv[1], timeout=30)",
    ],
)
def test_no_time_limit_counts_loading_the_stages(call: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Số: 12/UBND-VX", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", _WATCH + call, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["free"]
