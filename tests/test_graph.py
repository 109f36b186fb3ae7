"""The citation graph of a folder: on the dev corpus, the seed chain 848 → 3151 → 241."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from vnadmindoc import parse
from vnadmindoc.graph import build_graph, graph_of_folder

from .conftest import corpus_files


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if not corpus_files():
        pytest.skip("dev corpus not available")
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in corpus_files():
        shutil.copy(path, docs / path.name)
    return docs


def _links(graph_dict: dict[str, list[dict[str, object]]]) -> set[tuple[object, object]]:
    code = {n["id"]: n["code"] for n in graph_dict["nodes"]}
    return {(code[e["source"]], code[e["target"]]) for e in graph_dict["edges"]}


def test_the_dev_corpus_holds_the_seed_chain(folder: Path) -> None:
    graph, failures = graph_of_folder([folder])
    assert failures == []
    links = _links(graph.to_dict())
    assert ("848/UBND-TH", "3151/UBND-KGVX") in links
    assert ("3151/UBND-KGVX", "241/TB-VPCP") in links
    assert len(graph.nodes) == sum(
        len(parse(p.read_text(encoding="utf-8"))) for p in corpus_files()
    )
    unresolved = {u.code for u in graph.unresolved}
    assert "4011/VPCP-KSTT" in unresolved  # cited, but not in the folder
    assert not unresolved & {"848/UBND-TH", "3151/UBND-KGVX", "241/TB-VPCP"}


def test_graphml_and_dot(folder: Path) -> None:
    graph, _ = graph_of_folder([folder])
    root = ElementTree.fromstring(graph.to_graphml().encode("utf-8"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall("g:graph/g:node", ns)) == len(graph.nodes)
    assert len(root.findall("g:graph/g:edge", ns)) == len(graph.edges)
    dot = graph.to_dot()
    assert dot.startswith("digraph citations {")
    assert dot.count(" -> ") == len(graph.edges)


def test_a_code_twice_in_the_folder_links_to_both() -> None:
    a = parse("Số: 1/UBND-VP\nV/v thực hiện Công văn số 2/UBND-VP")[0]
    b = parse("Số: 2/UBND-VP\nV/v một")[0]
    graph = build_graph([("a", a), ("b", b), ("c", b)])
    assert [(e.source, e.target) for e in graph.edges] == [("a#0", "b#0"), ("a#0", "c#0")]
    assert '"quote\\"d#0"' in build_graph([('quote"d', b)]).to_dot()


def test_cli_graph(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.json"
    proc = subprocess.run(
        [sys.executable, "-m", "vnadmindoc", "graph", str(folder), "-o", str(out)],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    links = _links(json.loads(out.read_text(encoding="utf-8")))
    assert ("848/UBND-TH", "3151/UBND-KGVX") in links
    assert "3 links" in proc.stderr.decode()
