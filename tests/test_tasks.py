"""Directives as tasks: the tree of points, units in charge and co-operating, deadlines."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from vnadmindoc import Directive, parse, parse_document
from vnadmindoc.tasks import directive_tree, find_deadlines, find_tasks

from .conftest import CORPUS, corpus_files

SOURCE = """Số: 12/UBND-VX
Hà Nội, ngày 05 tháng 3 năm 2021
V/v phòng, chống dịch
Kính gửi: Các sở, ngành.

1. Sở Y tế chủ trì, phối hợp với Công an tỉnh và UBND các huyện, thành phố
triển khai tiêm chủng; báo cáo UBND tỉnh **trước ngày 20/5/2021**.
2. Giao Sở Tài chính, Kho bạc Nhà nước tỉnh:
a) Bố trí kinh phí, hoàn thành trong tháng 9;
- đợt một chậm nhất ngày 5 tháng 6;
- đợt hai;
b) Báo cáo kết quả trước 15/10.
3. Các đơn vị khác thực hiện theo chức năng.
"""


def test_directive_tree_nests_points_and_bullets() -> None:
    d = directive_tree(Directive("2", "Giao Sở Tài chính:\na) Một;\n- x;\n+ y;\n- z;\nb) Hai."))
    assert [c.label for c in d.children] == ["a", "b"]
    a = d.children[0]
    assert [c.label for c in a.children] == ["-1", "-2"]
    assert [c.label for c in a.children[0].children] == ["+1"]
    assert a.text == "Một;\n- x;\n+ y;\n- z;"
    assert d.text == "Giao Sở Tài chính:\na) Một;\n- x;\n+ y;\n- z;\nb) Hai."  # unchanged


def test_tasks_read_units_actions_and_deadlines_with_source_spans() -> None:
    doc = parse_document(SOURCE)
    tasks = find_tasks(doc, SOURCE)
    got = {t.label: (t.leads, t.partners, [d.date.isoformat() for d in t.deadlines]) for t in tasks}
    assert got == {
        "1": (("Sở Y tế",), ("Công an tỉnh", "UBND các huyện, thành phố"), ["2021-05-20"]),
        "2": (("Sở Tài chính", "Kho bạc Nhà nước tỉnh"), (), []),
        "2.a": (("Sở Tài chính", "Kho bạc Nhà nước tỉnh"), (), ["2021-09"]),
        "2.a.-1": (("Sở Tài chính", "Kho bạc Nhà nước tỉnh"), (), ["2021-06-05"]),
        "2.a.-2": (("Sở Tài chính", "Kho bạc Nhà nước tỉnh"), (), []),
        "2.b": (("Sở Tài chính", "Kho bạc Nhà nước tỉnh"), (), ["2021-10-15"]),
        "3": ((), (), []),
    }
    for task in tasks:
        assert task.span is not None
        for deadline in task.deadlines:
            assert deadline.span is not None
            assert SOURCE[deadline.span.start : deadline.span.end] == deadline.text
    assert tasks[0].action.startswith("Sở Y tế chủ trì")
    assert "trước ngày 20/5/2021" in tasks[0].action  # mark-up blanked out, words kept


def test_tasks_without_the_source_have_no_spans() -> None:
    tasks = find_tasks(parse_document(SOURCE))
    assert [t.label for t in tasks][:3] == ["1", "2", "2.a"]
    assert all(t.span is None for t in tasks)


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("hoàn thành trước ngày 15/10", 2021, ["2021-10-15"]),
        ("chậm nhất là ngày 05/3/2022", None, ["2022-03-05"]),
        ("hạn chót 31/12", 2020, ["2020-12-31"]),
        ("trong tháng 9/2021", None, ["2021-09"]),
        ("trong tháng 9", None, []),  # no year anywhere: not a date
        ("trước ngày 31/2/2021", None, []),  # no such day
        ("trong 15/10 ngày làm việc", 2021, []),
        ("truoc ngay 15/10/2021 (OCR without diacritics)", None, ["2021-10-15"]),
    ],
)
def test_deadlines(text: str, year: int | None, expected: list[str]) -> None:
    assert [d.date.isoformat() for d in find_deadlines(text, year=year)] == expected


def test_deadlines_of_the_dev_corpus_point_into_the_source() -> None:
    seen = 0
    for path in corpus_files():
        text = path.read_text(encoding="utf-8")
        for doc in parse(text):
            for task in find_tasks(doc, text):
                for deadline in task.deadlines:
                    assert deadline.span is not None
                    assert text[deadline.span.start : deadline.span.end] == deadline.text
                    seen += 1
    if corpus_files():
        assert seen >= 10


def test_cli_tasks_as_json() -> None:
    path = CORPUS / "seed-02.txt"
    if not path.exists():
        pytest.skip("dev corpus not available")
    proc = subprocess.run(
        [sys.executable, "-m", "vnadmindoc", "tasks", str(path), "--format", "json"],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    dated = {r["label"]: [d["date"] for d in r["deadlines"]] for r in rows if r["deadlines"]}
    assert dated == {"5": ["2021-05-20"], "8": ["2021-05-21"]}
    assert next(r for r in rows if r["label"] == "5")["leads"] == ["Sở Y tế"]
