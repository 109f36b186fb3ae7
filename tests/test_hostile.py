"""Adversarial inputs: each parses, in time that grows linearly with its size.

Timings live in ``benchmarks/``; here each input runs at two sizes under a time limit that a
linear parser meets with a wide margin and a quadratic one (100x the work for 10x the text)
cannot, so a regression fails the test instead of hanging the suite.
"""

from __future__ import annotations

import time

import pytest

from vnadmindoc import ParseTimeoutError, parse
from vnadmindoc.batch import parse_text
from vnadmindoc.deadline import check, remaining, time_limit

from .conftest import corpus_files
from .hostile_inputs import UNITS, repeat


def _flat_document() -> str:
    files = corpus_files()
    text = files[0].read_text(encoding="utf-8") if files else "Số: 12/UBND-VX ngày 1/1/2020 "
    return text.replace("\n", " ")


SMALL, LARGE = 20_000, 200_000
# Seconds for LARGE characters: a linear parser needs well under a second on this input
# size (about 1 s per MB here); a quadratic one needs minutes.
LIMIT = 20.0


@pytest.mark.parametrize("unit", list(UNITS.values()), ids=list(UNITS))
def test_adversarial_input_parses_in_linear_time(unit: str) -> None:
    for size in (SMALL, LARGE):
        _parse_within(repeat(unit, size), LIMIT)


def _parse_within(text: str, seconds: float) -> None:
    # The time limit stops the parser at its next check; a quadratic step between checks (a
    # list of every citation searched again for each) finishes late instead.
    start = time.perf_counter()
    parse(text, timeout=seconds)
    assert time.perf_counter() - start < seconds


def test_many_citations_in_one_document() -> None:
    # The last citation's end was looked up again for every citation (9x the time per MB from
    # 0.1 to 1 MB of "1/QĐ-UBND " before the fix): 40 000 of them took 20 s, and take about 1.
    _parse_within(repeat("1/QĐ-UBND ", 2 * LARGE), LIMIT / 2)


def test_one_line_of_spaces_under_a_heading() -> None:
    # A date line's comma was looked for from every position inside the run of spaces, and the
    # run read to its end from each: 72 s for 200 000 spaces before 2026-12-07.
    heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1/A\n"
    parse(heading + " " * LARGE + "x, ngày 1 tháng 1 năm 2020\n", timeout=LIMIT)


def test_an_addressees_rest_repeated_after_blank_lines() -> None:
    # Each rest was joined and the entry read whole again (6.6 s for 200 000 characters before
    # 2026-12-07): an entry stops growing at 300 characters.
    heading = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/A\nKính gửi: Cục Thuế các tỉnh,\n\n"
    parse(heading + repeat("trực thuộc trung ương,\n\n", LARGE), timeout=LIMIT)


def test_a_real_document_without_newlines() -> None:
    parse(repeat(_flat_document() + " ", LARGE), timeout=LIMIT)


def test_one_sentence_then_capitals() -> None:
    # The issuer may end a page's title sentence ("… ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM"):
    # looking for the capitals after every sentence mark once took quadratic time.
    parse("Văn bản" + repeat(". AB", LARGE) + " c\nSố: 1/UBND-VP\n", timeout=LIMIT)


def test_long_runs_in_a_closing() -> None:
    # A dotted leader on the "Nơi nhận:" line (trailing separators and scraps were stripped by
    # patterns that backtracked over it), and a flattened signature cell of many positions.
    parse("Nơi nhận: TL. CỤC TRƯỞNG" + repeat(" .", LARGE) + " X\n- Như trên;\n", timeout=LIMIT)
    parse(
        "Nơi nhận:\n- Lưu VT.\nKT. GIÁM ĐỐC " + repeat("PHÓ GIÁM ĐỐC ", LARGE) + "Nguyễn Văn An\n",
        timeout=LIMIT,
    )


def test_no_newlines_at_all_and_one_long_word() -> None:
    parse("x" * LARGE, timeout=LIMIT)
    parse(" " * LARGE + "x", timeout=LIMIT)


def test_the_time_limit_is_a_typed_error() -> None:
    text = repeat("Số: 1/QĐ-UBND ngày 1/1/2020 của UBND tỉnh\n", 2_000_000)
    started = time.monotonic()
    with pytest.raises(ParseTimeoutError):
        parse(text, timeout=0.05)
    assert time.monotonic() - started < 10  # it stopped, rather than finishing the work
    (record,) = parse_text(text, source="big.txt", timeout=0.05)
    assert record["error"]["type"] == "ParseTimeoutError"


def test_time_limits_nest_and_end() -> None:
    assert remaining() is None
    with time_limit(100):
        outer = remaining()
        with time_limit(1000):
            inner = remaining()
            assert inner is not None
            assert outer is not None
            assert inner <= outer
        check()
    assert remaining() is None
    with pytest.raises(ValueError, match="positive"), time_limit(0):
        pass


@pytest.mark.parametrize("number", ["Số: ²/UBND-VX", "Số: 1/²²²²/QĐ-UBND", "Số: ٣/UBND-VX"])
def test_digits_that_are_not_ascii_do_not_crash_the_checks(number: str) -> None:
    # Found by the hostile-input review: "²".isdigit() is true, int("²") raises.
    from vnadmindoc import validate

    for doc in parse(number + "\nHà Nội, ngày 05 tháng 3 năm 2020\nV/v thử"):
        validate(doc)
        if doc.code is not None:
            assert doc.code.year is None or doc.code.year > 0
