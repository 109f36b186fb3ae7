"""What ``import vnadmindoc`` loads: the parser, not the optional parts (see the benchmarks)."""

from __future__ import annotations

import subprocess
import sys

import vnadmindoc

LAZY = ["batch", "citations", "doccode", "docx_reader", "graph", "inputs", "pdf_reader", "qcvn102"]


def test_import_leaves_the_optional_parts_unloaded() -> None:
    code = "import sys, vnadmindoc; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "vnadmindoc.parse" in loaded
    assert [m for m in LAZY if f"vnadmindoc.{m}" in loaded] == []
    assert not {"docx", "pdfminer", "dask"} & loaded


def test_lazy_names_resolve_on_first_use() -> None:
    assert vnadmindoc.find_citations("theo Công văn số 12/UBND-VX")[0].code is not None
    assert callable(vnadmindoc.annotate)
    assert callable(vnadmindoc.qcvn102.document_id)
