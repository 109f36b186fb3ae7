"""Citations: every coded reference of the dev corpus by hand, forms, roles, annotation."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from vnadmindoc import Citation, CitationForm, annotate, find_citations, vocab
from vnadmindoc.citations import normalize_issuer
from vnadmindoc.strategies import CITERS, REFERENCE_TYPES, codes, partial_dates, vietnamese_words

from .conftest import CORPUS, corpus_files, needs_corpus

HAND_LIST = Path(__file__).parent / "data" / "reference_spans.tsv"


def _hand_list() -> dict[str, list[tuple[int, str, str]]]:
    rows: dict[str, list[tuple[int, str, str]]] = {}
    with HAND_LIST.open(encoding="utf-8") as f:
        lines = (line for line in f if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            rows.setdefault(row["file"], []).append((int(row["line"]), row["code"], row["before"]))
    return rows


HAND = _hand_list()


def _offsets(text: str, items: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Where each hand-listed code starts in ``text`` (repeats on one line in order)."""
    starts = [0] + [m.end() for m in regex.finditer("\n", text)]
    seen: dict[tuple[int, str], int] = {}
    out = []
    for line, code, before in items:
        lo = starts[line - 1]
        hi = text.find("\n", lo) % (len(text) + 1)
        pos = lo - 1
        for _ in range(seen.get((line, code), 0) + 1):
            pos = text.find(code, pos + 1, hi)
        assert pos >= 0, (line, code)
        seen[(line, code)] = seen.get((line, code), 0) + 1
        out.append((pos, code, before))
    return out


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_every_coded_reference_a_reader_sees_is_found_with_its_span(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    citations = find_citations(text)
    by_code_start = {c.code.span.start: c for c in citations if c.code and c.code.span}
    expected = _offsets(text, HAND.get(path.name, []))
    for pos, code, before in expected:
        citation = by_code_start.get(pos)
        assert citation is not None, f"{path.name}: {code!r} at {pos} not found"
        assert citation.code is not None
        assert citation.code.span is not None
        assert text[citation.code.span.start : citation.code.span.end] == code
        assert citation.span is not None
        assert citation.span.start <= pos < citation.span.end
        printed = _squash(citation.text)
        if citation.pinpoint:
            printed = printed[len(_squash(citation.pinpoint)) :].lstrip(" ,")
        assert printed.startswith(_squash(before)), (code, citation.text)
    # ... and nothing else is taken for a citation of another document.
    listed = {pos for pos, _, _ in expected}
    extra = [
        c.text
        for c in citations
        if c.code and c.form is not CitationForm.SELF and c.code.span.start not in listed  # type: ignore[union-attr]
    ]
    assert extra == []


@needs_corpus
def test_the_hand_list_covers_the_corpus() -> None:
    assert sum(len(v) for v in HAND.values()) >= 100
    assert set(HAND) <= {p.name for p in corpus_files()}


@needs_corpus
def test_forms_roles_and_antecedents_on_the_seed_chain() -> None:
    text = (CORPUS / "seed-03.txt").read_text(encoding="utf-8")
    citations = find_citations(text)
    full = [c for c in citations if c.form is CitationForm.FULL]
    assert [c.code.code for c in full[:2]] == ["3151/UBND-KGVX", "241/TB-VPCP"]  # type: ignore[union-attr]
    for c in citations:
        if c.antecedent is not None:
            first = citations[c.antecedent]
            assert c.code is None or first.code is not None
            assert c.code is None or first.code.code.casefold() == c.code.code.casefold()  # type: ignore[union-attr]
    assert any(c.form is CitationForm.SELF and c.text == "Công văn này" for c in citations)
    assert all(c.sentence and c.span and c.sentence.start <= c.span.start for c in citations)


def test_named_acts_pinpoints_and_issuers_without_a_code() -> None:
    text = (
        "Căn cứ Điều 26 Luật Đấu thầu; khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP ngày "
        "05/3/2020 của Chính phủ. Thực hiện Chỉ thị của Thủ tướng Chính phủ, UBND tỉnh yêu cầu "
        "các sở báo cáo. Chỉ thị trên được phổ biến trên địa bàn tỉnh. Hiến pháp năm 2013 quy định."
    )
    got = [(c.form, c.kind, c.title, c.pinpoint, c.issuer, c.basis) for c in find_citations(text)]
    assert got == [
        (CitationForm.NAMED, "luat", "Luật Đấu thầu", "Điều 26", None, True),
        (CitationForm.FULL, "nghi_dinh", None, "khoản 2 Điều 5", "Chính phủ", True),
        (CitationForm.NAMED, "chi_thi", None, None, "Thủ tướng Chính phủ", True),
        (CitationForm.SHORT, "chi_thi", None, None, None, False),
        (CitationForm.NAMED, "hien_phap", "Hiến pháp năm 2013", None, None, False),
    ]
    citations = find_citations(text)
    assert citations[3].antecedent == 2
    assert citations[1].text == (
        "khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
    )


def test_prepositions_are_not_short_forms() -> None:
    text = "Triển khai kế hoạch trên địa bàn tỉnh và báo cáo trên cơ sở kết quả."
    assert find_citations(text) == []


def test_issuers_are_normalised() -> None:
    assert normalize_issuer("UBND tỉnh") == "Ủy ban nhân dân tỉnh"
    assert normalize_issuer("Uỷ ban nhân dân  tỉnh Hoà Bình") == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert normalize_issuer("Ban Thường vụ Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy"
    assert normalize_issuer("quý cơ quan") == "Quý cơ quan"  # "quý" keeps its tone on y


def test_annotate_wraps_each_citation_and_keeps_every_other_byte() -> None:
    text = "Thực hiện Công văn số 12/UBND-VX ngày 5/3/2021\r\nvà Luật Đấu thầu;  <b>x</b>"
    citations = find_citations(text)
    out = annotate(text, citations, "[{index}:{text}]")
    assert (
        out
        == "Thực hiện [0:Công văn số 12/UBND-VX ngày 5/3/2021]\r\nvà [1:Luật Đấu thầu];  <b>x</b>"
    )
    html_out = annotate(text, citations, href=lambda c: f'/docs?q={c.kind}&x="')
    assert '<a href="/docs?q=cong_van&amp;x=&quot;">Công văn số' in html_out
    assert annotate(text, []) == text


_TYPE_NAMES = [vocab.doc_type(slug).name for slug in REFERENCE_TYPES]  # type: ignore[union-attr]


@st.composite
def embedded(draw: st.DrawFn) -> tuple[str, int, int, str, str | None]:
    """Random Vietnamese text with one coded reference built from random parts inside."""
    slug = draw(st.sampled_from(REFERENCE_TYPES))
    name = vocab.doc_type(slug).name  # type: ignore[union-attr]
    date = draw(partial_dates(drafts=False))
    code = draw(codes(kind=slug, year=date.year).filter(lambda c: bool(c.number)))
    parts = [draw(st.sampled_from([name, name.lower()])), draw(st.sampled_from(["số ", ""]))]
    parts = [parts[0] + " " + parts[1] + code.code]
    if draw(st.booleans()):
        parts.append(
            draw(
                st.sampled_from(
                    [
                        f"ngày {date.day}/{date.month}/{date.year}",
                        f"ngày {date.day:02d}/{date.month:02d}/{date.year}",
                        f"ngày {date.day} tháng {date.month} năm {date.year}",
                    ]
                )
            )
        )
    issuer = draw(st.one_of(st.none(), st.sampled_from(CITERS)))
    if issuer:
        parts.append(f"của {issuer}")
    reference = " ".join(parts)
    before = draw(vietnamese_words(0, 8))
    lead = draw(st.sampled_from(["", "Thực hiện ", "Theo ", "Căn cứ "]))
    prefix = (before[:1].upper() + before[1:] + ". " if before else "") + lead
    after = draw(st.sampled_from([".", ";", ". Đề nghị các đơn vị thực hiện."]))
    text = prefix + reference + after + " " + draw(vietnamese_words(0, 8))
    return text, len(prefix), len(prefix) + len(reference), code.code, issuer


@given(embedded())
def test_a_reference_built_from_random_parts_is_found_with_exactly_its_span(
    case: tuple[str, int, int, str, str | None],
) -> None:
    text, start, end, code, issuer = case
    citations = [c for c in find_citations(text) if c.code is not None]
    assert len(citations) == 1, (text, citations)
    (citation,) = citations
    assert citation.span is not None
    assert (citation.span.start, citation.span.end) == (start, end), (text, citation.text)
    assert citation.code is not None
    assert citation.code.code == code
    assert citation.issuer == issuer
    assert citation.basis == any(
        text[:start].endswith(cue) for cue in ("Thực hiện ", "Theo ", "Căn cứ ")
    )


def test_citations_are_plain_values() -> None:
    (c,) = find_citations("Theo Công văn số 12/UBND-VX.")
    assert isinstance(c, Citation)
    assert c == Citation(
        form=CitationForm.FULL,
        text="Công văn số 12/UBND-VX",
        kind="cong_van",
        code=c.code,
        basis=True,
    )


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Căn cứ Luật Phòng, chống tham nhũng năm 2018; ",
            ["Luật Phòng, chống tham nhũng năm 2018"],
        ),
        (
            "theo Luật Cán bộ,\ncông chức và Luật Viên chức",
            ["Luật Cán bộ, công chức", "Luật Viên chức"],
        ),
        ("Luật Sửa đổi, bổ sung một số điều của Luật Quản lý thuế", ["Luật Quản lý thuế"]),
        ("kết nối cộng đồng Dân Luật Việt Nam, nhằm", []),
        ("Theo Luật Đất đai năm 2013, người", ["Luật Đất đai năm 2013"]),
        ("Luật Dữ liệu có hiệu lực", ["Luật Dữ liệu"]),  # not in the vocabulary
        ("theo luật định", []),
    ],
)
def test_acts_cited_by_name(text: str, titles: list[str]) -> None:
    assert [c.title for c in find_citations(text) if c.form is CitationForm.NAMED] == titles
