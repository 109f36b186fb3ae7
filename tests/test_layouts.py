"""Layouts the dev corpus does not show, written for these tests (tests/data/layouts)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vnadmindoc import parse_file, to_dict

LAYOUTS = Path(__file__).parent / "data" / "layouts"


def _project(doc: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The parts of a document's JSON that ``expected`` speaks about, in its shape."""
    out: dict[str, Any] = {}
    for key in expected:
        got = doc[key]
        if key == "issuer" and got is not None:
            got = {k: got[k] for k in ("name", "parent")}
        elif key == "received" and got is not None:
            got = {k: got[k] for k in ("number", "date")}
        elif key == "archive" and got is not None:
            got = {k: got[k] for k in ("units", "drafter", "copies")}
        elif key == "directives":
            got = [{k: d[k] for k in ("label", "lead") if k == "label" or d[k]} for d in got]
        elif key == "references":
            got = [{k: r[k] for k in ("code", "kind", "date", "issuer")} for r in got]
        elif key == "signatures":
            got = [
                {
                    "authority": [[a["kind"], a["holder"]] for a in s["authority"]],
                    "position": s["position"],
                    "name": s["name"],
                }
                for s in got
            ]
        out[key] = got
    return out


@pytest.mark.parametrize("path", sorted(LAYOUTS.glob("*.txt")), ids=lambda p: p.stem)
def test_layout(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    (doc,) = parse_file(path)
    assert _project(to_dict(doc), expected) == expected
