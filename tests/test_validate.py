"""The validator: every rule against its own examples, the base documents, the registry."""

from __future__ import annotations

import pytest
import regex

from vnadmindoc import Document, DocumentCode, parse, parse_document
from vnadmindoc.checks import BASES, base_document
from vnadmindoc.validate import Example, Rule, Severity, check, rules, validate

from .conftest import CORPUS, corpus_files, needs_corpus

EXAMPLES = [
    pytest.param(r, e, id=f"{r.code}-{i}")
    for r in rules().values()
    for i, e in enumerate(r.examples)
]


@pytest.mark.parametrize("base", BASES)
def test_base_documents_pass_every_rule(base: str) -> None:
    assert check(base_document(base)) == []


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_examples(rule: Rule, example: Example) -> None:
    good, bad = example.texts(base_document(example.base))
    assert [d for d in check(good) if d.code == rule.code] == []
    assert [d.code for d in check(bad, select=[rule.code])] != [], bad


def test_registry_is_complete_and_documented() -> None:
    registry = rules()
    assert len(registry) >= 40
    names = [r.name for r in registry.values()]
    assert len(set(names)) == len(names)
    for code, r in registry.items():
        assert code == r.code
        assert regex.fullmatch(r"[HNDTRSMB]\d{3}", code)
        assert r.examples, code
        assert all((r.summary, r.summary_vi, r.source)), code
        assert r.family in ("state", "party", "any")


def test_diagnostics_carry_both_languages_field_and_span() -> None:
    text = base_document("quyet_dinh").replace("ngày 01 tháng 02", "ngày 1 tháng 02")
    (found,) = check(text, select=["D302"])
    assert found.severity is Severity.ERROR
    assert found.field == "date"
    assert found.span is not None
    assert text[found.span.start : found.span.end] == "ngày 1 tháng 02 năm 2021"
    assert found.text("vi") != found.text("en")


def test_select_and_ignore_take_codes_prefixes_and_names() -> None:
    text = base_document("quyet_dinh").replace("ngày 01 tháng 02", "ngày 1 tháng 2")
    assert {d.code for d in check(text)} == {"D302", "D303"}
    assert {d.code for d in check(text, select=["D302"])} == {"D302"}
    assert {d.code for d in check(text, select=["D"], ignore=["month-padding"])} == {"D302"}
    assert check(text, ignore=["D3"]) == []


def test_without_the_source_only_value_rules_run() -> None:
    text = base_document("quyet_dinh").replace("ngày 01 tháng 02", "ngày 1 tháng 02")
    doc = parse_document(text)
    assert [d.code for d in validate(doc, source=text)] == ["D302"]
    assert validate(doc) == []  # D302 reads the printed day
    bare = Document(kind="cong_van", code=DocumentCode(number="5", symbol="UBND-VP"))
    codes = {d.code for d in validate(bare)}
    assert {"N202", "R501", "H104", "H105", "D308"} <= codes


def test_rules_of_one_family_skip_the_other() -> None:
    party = base_document("party").replace("T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ")
    assert [d.code for d in check(party)] == ["S602"]
    state = base_document("cong_van").replace("TM. ỦY BAN", "T/M ỦY BAN")
    assert [d.code for d in check(state)] == ["S601"]


def test_every_document_of_a_file_is_checked() -> None:
    one = base_document("cong_van").replace("ngày 12 tháng 8", "ngày 12 tháng 08")
    two = base_document("quyet_dinh").replace("ngày 01 tháng 02", "ngày 1 tháng 02")
    text = one + "\n\n" + two
    assert len(parse(text)) == 2
    found = check(text)
    assert [d.code for d in found] == ["D304", "D302"]
    spans = [d.span for d in found]
    assert None not in spans
    assert spans[0].start < len(one) < spans[1].start  # type: ignore[union-attr]


# What a careful văn thư would say about each dev-corpus file, read by hand against its text.
# Codes in source order; OCR damage counts as what the text shows.
DEV_EXPECTED: dict[str, list[str]] = {
    "real-003": [],
    "real-007": [],
    "real-008": ["N201"],  # "64            /2024/QĐ-UBND": number typed into the blank (info)
    "real-010": ["R505"],  # "- Lưu: VT, QHĐP (3) Cương": no final full stop
    # "4222 /TCT -PC" (space inside the symbol); "Hà Nội. ngày" (no comma); "Luu: VT, PC(Ib). a"
    "real-016": ["N201", "D301", "R505"],
    # OCR: "CONG HOA XÃ HOI", "Hanh phúc" without marks (warnings); points "c) đ) đ) e)";
    # "- Lưu: VT, KSTT().vra"
    "real-017": ["H101", "H102", "B802", "B802", "R505"],
    "real-020": ["H101", "D306"],  # "CONG HÒA … VIET NAM"; the day cannot be read
    # number typed into the blank; day unreadable; "c) đ) đ) e)"; "Lưu: Văn thư,KTTH(2b) 233"
    "real-026": ["N201", "D306", "B802", "B802", "R505"],
    # a web copy: no Nơi nhận, no signature, no trích yếu; "TP. Hồ Chí Minh" abbreviated
    "real-027": ["R503", "S606", "T401", "D307"],
    "real-032": ["N201", "R504"],  # "1581 /CT-TTHT"; "- Lưu VT, TTHTr." without its colon
    "seed-00": ["N201"],  # "2548 /UBND-KGVX"
    "seed-01": ["H104", "H105"],  # the text starts at "Số:": no heading, no issuer
    # a draft: blank number and day; "Số: -CV/BCSĐ" with a colon; "TM BAN CÁN SỰ ĐẢNG"
    "seed-02": ["N209", "N210", "D306", "S602"],
    # 848/UBND-TH: "tháng 09"; Nơi nhận starts with "TT HU" before "Như trên".
    # 3151/UBND-KGVX starts at "Số:". 241/TB-VPCP: "- Lưu: VT, KGVX (3)" without a full stop.
    "seed-03": ["N201", "D304", "R502", "H104", "H105", "N201", "R505"],
    "seed-04": ["N201"],  # "619 /UBND-VXNV"
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(DEV_EXPECTED))
def test_dev_corpus_diagnostics(name: str) -> None:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    assert [d.code for d in check(text)] == DEV_EXPECTED[name]


@needs_corpus
def test_dev_corpus_severities_of_note() -> None:
    seed_02 = check((CORPUS / "seed-02.txt").read_text(encoding="utf-8"))
    assert {d.code: d.severity for d in seed_02} == {
        "N209": Severity.INFO,
        "N210": Severity.INFO,
        "D306": Severity.INFO,
        "S602": Severity.ERROR,
    }
    seed_03 = check((CORPUS / "seed-03.txt").read_text(encoding="utf-8"))
    month = next(d for d in seed_03 if d.code == "D304")
    assert month.severity is Severity.WARNING
    assert "09" in month.message


@needs_corpus
def test_every_dev_file_has_its_expectations_written_down() -> None:
    assert sorted(p.stem for p in corpus_files()) == sorted(DEV_EXPECTED)


def test_public_names_are_not_shadowed_by_submodules() -> None:
    import types

    import vnadmindoc

    vnadmindoc.check("Số: 05/BNV-VP")  # loads every rule module
    for name in ("check", "rules", "validate", "render", "parse"):
        assert not isinstance(getattr(vnadmindoc, name), types.ModuleType), name
