"""A folder of documents linked into a citation graph (đồ thị trích dẫn).

Each document is a node; each reference whose code belongs to a document of the
folder is an edge from the citing document to the cited one; references to
documents outside the folder are listed as unresolved.  The graph is written as
JSON, GraphML (for Gephi, yEd, NetworkX) or DOT (Graphviz).

>>> from vnadmindoc import parse
>>> district = parse("Số: 848/UBND-TH\\nV/v thực hiện Công văn số 3151/UBND-KGVX")[0]
>>> province = parse("Số: 3151/UBND-KGVX\\nV/v triển khai Thông báo số 241/TB-VPCP")[0]
>>> graph = build_graph([("a.txt", district), ("b.txt", province)])
>>> [(graph.node(e.source).code, graph.node(e.target).code) for e in graph.edges]
[('848/UBND-TH', '3151/UBND-KGVX')]
>>> [(u.source, u.code) for u in graph.unresolved]
[('b.txt#0', '241/TB-VPCP')]
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any
from xml.etree import ElementTree

import attrs

from vnadmindoc.model import Document, Reference

__all__ = ["CitationGraph", "Edge", "Node", "Unresolved", "build_graph", "graph_of_folder"]


def _key(code: str) -> str:
    """Codes compared as a reader compares them: case and spacing aside."""
    return "".join(code.split()).casefold()


@attrs.frozen
class Node:
    """One document of the folder."""

    id: str
    """``source#index``: the file and the document's position in it."""
    source: str
    index: int
    code: str | None
    kind: str | None
    date: str | None
    issuer: str | None
    subject: str | None


@attrs.frozen
class Edge:
    """A reference from one document of the folder to another."""

    source: str
    target: str
    code: str
    kind: str | None
    date: str | None


@attrs.frozen
class Unresolved:
    """A reference to a document that is not in the folder."""

    source: str
    code: str
    kind: str | None
    date: str | None
    issuer: str | None


@attrs.frozen
class CitationGraph:
    """Nodes, edges and unresolved references; plain values, ready to serialise."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    unresolved: tuple[Unresolved, ...]

    def node(self, node_id: str) -> Node:
        """The node with ``node_id``; :class:`KeyError` if there is none."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def to_dict(self) -> dict[str, Any]:
        """``{"nodes": [...], "edges": [...], "unresolved": [...]}`` with plain values."""
        return {
            "nodes": [attrs.asdict(n) for n in self.nodes],
            "edges": [attrs.asdict(e) for e in self.edges],
            "unresolved": [attrs.asdict(u) for u in self.unresolved],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_graphml(self) -> str:
        """The graph as GraphML: node and edge attributes as typed ``<data>`` keys."""
        root = ElementTree.Element("graphml", xmlns="http://graphml.graphdrawing.org/xmlns")
        node_keys = ("source", "index", "code", "kind", "date", "issuer", "subject")
        edge_keys = ("code", "kind", "date")
        for name in node_keys:
            ElementTree.SubElement(
                root,
                "key",
                {
                    "id": f"n_{name}",
                    "for": "node",
                    "attr.name": name,
                    "attr.type": "int" if name == "index" else "string",
                },
            )
        for name in edge_keys:
            ElementTree.SubElement(
                root,
                "key",
                {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": "string"},
            )
        graph = ElementTree.SubElement(root, "graph", id="citations", edgedefault="directed")
        for node in self.nodes:
            element = ElementTree.SubElement(graph, "node", id=node.id)
            for name in node_keys:
                value = getattr(node, name)
                if value is not None:
                    ElementTree.SubElement(element, "data", key=f"n_{name}").text = str(value)
        for k, edge in enumerate(self.edges):
            element = ElementTree.SubElement(
                graph, "edge", id=f"e{k}", source=edge.source, target=edge.target
            )
            for name in edge_keys:
                value = getattr(edge, name)
                if value is not None:
                    ElementTree.SubElement(element, "data", key=f"e_{name}").text = value
        ElementTree.indent(root)
        body = ElementTree.tostring(root, encoding="unicode")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

    def to_dot(self) -> str:
        """The graph in Graphviz DOT: documents labelled by code, references by type."""
        lines = ["digraph citations {", "  rankdir=LR;", "  node [shape=box];"]
        for node in self.nodes:
            label = node.code or node.id
            lines.append(f"  {_dot(node.id)} [label={_dot(label)}];")
        for edge in self.edges:
            label = f" [label={_dot(edge.kind)}]" if edge.kind else ""
            lines.append(f"  {_dot(edge.source)} -> {_dot(edge.target)}{label};")
        lines.append("}")
        return "\n".join(lines) + "\n"


def _dot(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def build_graph(documents: Iterable[tuple[str, Document]]) -> CitationGraph:
    """Link ``(source, document)`` pairs: a reference becomes an edge to every document with
    its code (a code held twice gives two edges), or an :class:`Unresolved` entry."""
    nodes: list[Node] = []
    refs: list[tuple[str, Reference]] = []
    by_code: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for source, doc in documents:
        index = counts.get(source, 0)
        counts[source] = index + 1
        node_id = f"{source}#{index}"
        code = doc.code.code if doc.code and doc.code.number else None
        nodes.append(
            Node(
                id=node_id,
                source=source,
                index=index,
                code=code,
                kind=doc.kind,
                date=_date(doc.date),
                issuer=doc.issuer.name if doc.issuer else None,
                subject=doc.subject,
            )
        )
        if code is not None:
            by_code.setdefault(_key(code), []).append(node_id)
        refs += [(node_id, ref) for ref in doc.references]
    edges: list[Edge] = []
    unresolved: list[Unresolved] = []
    for node_id, ref in refs:
        targets = [t for t in by_code.get(_key(ref.code.code), []) if t != node_id]
        for target in targets:
            edges.append(Edge(node_id, target, ref.code.code, ref.kind, _date(ref.date)))
        if not targets:
            unresolved.append(
                Unresolved(node_id, ref.code.code, ref.kind, _date(ref.date), ref.issuer)
            )
    return CitationGraph(tuple(nodes), tuple(edges), tuple(unresolved))


def graph_of_folder(
    paths: Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    jobs: int = 1,
    timeout: float | None = None,
) -> tuple[CitationGraph, list[dict[str, Any]]]:
    """Parse the files and folders in ``paths`` and link them; also returns the error
    records of the inputs that failed (see :mod:`vnadmindoc.batch`)."""
    from vnadmindoc.batch import expand_inputs, is_error, parse_paths
    from vnadmindoc.jsonio import from_dict

    names = expand_inputs(paths, recursive=recursive)
    documents: list[tuple[str, Document]] = []
    failures: list[dict[str, Any]] = []
    for name, records in parse_paths(names, jobs=jobs, timeout=timeout):
        for record in records:
            if is_error(record):
                failures.append(record)
            else:
                documents.append((name, from_dict(record)))
    return build_graph(documents), failures
