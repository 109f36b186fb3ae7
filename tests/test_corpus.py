"""The dev corpus, scored field by field against its gold files with the project's scorer."""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import pytest

from vnadmindoc import parse_file, to_dict

from .conftest import CORPUS, corpus_files, gold, needs_corpus, scorer

pytestmark = needs_corpus


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_field_matches_the_gold(path: Path) -> None:
    score = scorer()
    expected = gold(path)
    predicted = [to_dict(d) for d in parse_file(path)]
    assert len(predicted) == len(expected), "every document of the file is found"
    fields: dict[str, list[float]] = collections.defaultdict(list)
    for g, p in score.align(expected, predicted):
        score.score_doc(g, p, fields)
    misses: dict[str, Any] = {k: v for k, v in fields.items() if min(v) < 1}
    assert not misses


def test_seed_03_holds_the_chain_of_three_documents() -> None:
    path = CORPUS / "seed-03.txt"
    docs = parse_file(path)
    assert [d.code.code for d in docs if d.code] == ["848/UBND-TH", "3151/UBND-KGVX", "241/TB-VPCP"]
    first, second, _ = docs
    assert "3151/UBND-KGVX" in {r.code.code for r in first.references}
    assert "241/TB-VPCP" in {r.code.code for r in second.references}


def test_spans_point_at_the_values_in_the_source() -> None:
    path = CORPUS / "seed-04.txt"
    source = path.read_text(encoding="utf-8")
    (doc,) = parse_file(path)
    assert doc.spans["place"].slice(source) == "Bắc Kạn"
    assert doc.code is not None
    assert doc.code.span is not None
    assert doc.code.span.slice(source) == "619** /UBND-VXNV"
    assert doc.issuer is not None
    assert doc.issuer.span is not None
    assert "TỈNH BẮC KẠN" in doc.issuer.span.slice(source)
    for recipient in doc.distribution:
        assert recipient.span is not None
        assert recipient.name in recipient.span.slice(source)
    for sig in doc.signatures:
        assert sig.name is not None
        assert sig.span is not None
        assert sig.name in sig.span.slice(source)
