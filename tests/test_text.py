"""Fast paths checked against the plain definitions they replace."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from vnadmindoc import parse, vocab
from vnadmindoc.clean import _GRID_BORDER, _MARKUP, _RULER, _table_candidates, clean, markup_matches
from vnadmindoc.fields.directives import _candidate, _candidates
from vnadmindoc.fields.references import (
    _ASKING,
    _CUA,
    _PHRASES,
    _TAI_END,
    _TAI_TWICE,
    _clause_subject,
    _issuer_before,
    _issuer_subject,
    _last_word,
    _read_issuer,
)
from vnadmindoc.layout import Layout
from vnadmindoc.model import Directive, PartialDate
from vnadmindoc.segment import (
    _LABEL_LINE,
    _LUU_LINE,
    _WORD4,
    _YEAR_LINE,
    NOISE_LINE,
    closing_lines,
    is_closing_line,
    is_noise_line,
)
from vnadmindoc.tasks import directive_tree
from vnadmindoc.text import _FOLD_LIST, collapse_spaces, fold, letter_ratio, strip_separators

# Spaces str.split and \s agree on, and the four they do not (\x1c-\x1f), hyphens, line breaks.
_SPACY = st.text(
    alphabet=st.sampled_from(list("ab19 Đơ-\n\t\r\u00a0\u2003\u3000\x1c\x1f\u200b,.")),
    max_size=40,
)


@given(_SPACY | st.text())
def test_collapse_spaces_is_one_regex_pass(text: str) -> None:
    joined = regex.sub(r"-(?<=[\p{L}\p{N}]-)[ \t]*\n[ \t]*(?=[\p{L}\p{N}])", "-", text)
    assert collapse_spaces(text) == regex.sub(r"\s+", " ", joined).strip()


_SEPARATOR_RUNS = (regex.compile(r"^[\s;,.:]+"), regex.compile(r"[\s;,.:]+$"))


@given(
    st.text(alphabet=st.sampled_from(list(" ;,.:\t\n\x0b\x1c\x85\xa0\u2028\u3000aX")), max_size=20)
)
@example(" . . . X ;")
def test_strip_separators_strips_what_the_anchored_patterns_did(text: str) -> None:
    # str.strip replaced two patterns anchored at the ends, which backtracked over long runs.
    leading, trailing = _SEPARATOR_RUNS
    assert strip_separators(text) == leading.sub("", trailing.sub("", text))


@given(st.text(alphabet=st.sampled_from(list("ab \n*#")), max_size=60))
def test_layout_lines_are_the_text_between_line_breaks(text: str) -> None:
    layout = Layout.of(clean(text))
    breaks = [m.start() for m in regex.finditer(r"\n", layout.text)]
    assert layout.starts == (0, *(b + 1 for b in breaks))
    assert layout.ends == (*breaks, len(layout.text))


_LETTERS = regex.compile(r"\p{L}+")


def _all_in_by_tokens(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The definition: walk the words, take the first phrase that starts at each one."""
    tokens = list(_LETTERS.finditer(folded, lo, hi))
    lowered = [t.group().lower() for t in tokens]
    out, i = [], 0
    while i < len(tokens):
        for phrase in _PHRASES.by_first.get(lowered[i], ()):
            part = tokens[i : i + len(phrase)]
            joined = all(folded[a.end() : b.start()].isspace() for a, b in pairwise(part))
            if tuple(lowered[i : i + len(phrase)]) == phrase and joined:
                begin, stop = part[0].start(), part[-1].end()
                if not (begin and folded[begin - 1].isalpha()) and not (
                    stop < len(folded) and folded[stop].isalpha()
                ):
                    out.append((begin, stop))
                    i += len(phrase) - 1
                    break
        i += 1
    return out


# Words of phrases that overlap ("cong van ban": "cong van" or "van ban"), and others.
_WORDS = [
    *[
        "cong",
        "van",
        "ban",
        "sao",
        "thong",
        "bao",
        "ket",
        "luan",
        "phap",
        "lenh",
        "bo",
        "luat",
        "tu",
        "lien",
        "tich",
        "so",
        "cua",
    ],
    "quyet dinh",
    "Ke hoach",
]


@given(
    st.lists(st.sampled_from([*_WORDS, "x", "\n", ",", "  "]), max_size=20),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_type_phrases_are_found_as_the_word_walk_finds_them(
    words: list[str], cut_lo: int, cut_hi: int
) -> None:
    folded = fold(" ".join(words))
    lo, hi = sorted((min(cut_lo, len(folded)), max(0, len(folded) - cut_hi)))
    assert _PHRASES.all_in(folded, lo, hi) == _all_in_by_tokens(folded, lo, hi)


_LINE_STARTS = [
    "1. ",
    "12) ",
    "a) ",
    "đ ) ",
    "f) ",
    "II. ",
    "C. ",
    "Chương II",
    "Mục 3 ",
    "Điều 4.",
    "6 Giao",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "\t", "\u00a0", "\x1c", "\u3000"]),
            st.sampled_from([*_LINE_STARTS, "Phần I", "và ", "Sở ", "", "x"]),
            st.sampled_from(["", "Nội dung", "1", "\u0661. "]),
        ),
        max_size=12,
    )
)
def test_label_lines_are_those_the_line_by_line_reading_finds(
    lines: list[tuple[str, str, str]],
) -> None:
    layout = Layout.of(clean("\n".join("".join(parts) for parts in lines)))
    every = [_candidate(layout, i) for i in range(len(layout))]
    assert _candidates(layout, 0, len(layout)) == [c for c in every if c is not None]


def _issuer_before_by_search(
    text: str, folded: str, type_start: int
) -> tuple[str | None, PartialDate | None]:
    """The definition: search the window for both forms."""
    window_start = max(0, type_start - 160)
    tai = _TAI_END.search(folded[window_start:type_start])
    if not tai:
        return _issuer_subject(text, folded, type_start)
    tai_start = window_start + tai.start()
    if twice := _TAI_TWICE.search(text, window_start, tai_start):
        tai_start = twice.start()  # "tại" typed twice
    found = list(_CUA.finditer(folded, window_start, tai_start))
    several = tai.group().rstrip().endswith("cac")
    if found and several and _last_word(folded, found[-1].start()) not in _ASKING:
        # "… vi phạm của Công ty … tại các Quyết định …": documents about a body, not by it
        return None, None
    if found:
        name, end = _read_issuer(text, folded, found[-1].end(), tai_start)
        # (a comma may stand before "tại": "Xét đề nghị của Giám đốc Sở Tư pháp, tại …")
        if name is not None and not text[end:tai_start].strip().removesuffix(","):
            return name, None
    if several:
        return None, None
    # "…, Bộ Tư pháp tại …": the body opening the clause.
    lo = found[-1].end() if found else window_start
    return _clause_subject(text, folded, lo, tai_start), None


@given(
    st.lists(
        st.sampled_from(
            [
                *["của", "Bộ Tài chính", "tại", "Tại", "đã có", "đã ban hành", "gửi", "các"],
                *["có", "Sở Y tế", "UBND tỉnh", "x1tại", "\n", " ", "   ", ",", "hướng dẫn"],
                *["Ngày 12/6/2015,", "ngày 16/8/2018", "vừa", "tiếp tục"],
            ]
        ),
        max_size=10,
    )
)
def test_issuer_before_a_citation_is_what_the_window_search_finds(words: list[str]) -> None:
    text = " ".join(words) + " Công văn số 12/UBND-VX"
    start = text.index("Công văn số")
    folded = fold(text)
    assert _issuer_before(text, folded, start) == _issuer_before_by_search(text, folded, start)


def _noise_in_the_order_written(text: str) -> bool:
    """The definition of a noise line, its tests in the order they were first written."""
    stripped = text.strip()
    if not stripped:
        return False
    if NOISE_LINE.fullmatch(stripped):
        return True
    if _LABEL_LINE.match(stripped) or _LUU_LINE.match(fold(stripped)):
        return False
    if len(stripped) <= 2 and not stripped.isupper():
        return True
    if _WORD4.search(stripped) or _YEAR_LINE.fullmatch(stripped):
        return False
    return len(stripped) >= 2 and letter_ratio(stripped) < 0.5


@given(
    st.lists(
        st.sampled_from(
            [
                *["Lưu", "LƯU", "- ", "•", "*", "1.", "a)", "page", "trang", "12", "2021"],
                *[
                    "of",
                    "www.x.vn",
                    "HTTP://a",
                    "Đ",
                    "ab",
                    "Sở",
                    " ",
                    "—",
                    ":",
                    "VT",
                    "lưuý",
                    "\t",
                    "x",
                ],
            ]
        ),
        max_size=6,
    )
)
@example(["—", "Lưu", "2021"])  # a dash only fold makes a bullet; no word boundary after "Lưu"
@example(["- "] * 14 + ["Lưu", ":", "VT"])  # bullets past the folded opening
def test_noise_lines_are_what_the_tests_in_any_order_find(parts: list[str]) -> None:
    text = "".join(parts)
    assert is_noise_line.__wrapped__(text) == _noise_in_the_order_written(text)


@given(
    st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u3000\x1c.")), max_size=20),
    st.integers(0, 22),
    st.integers(0, 22),
)
def test_trim_moves_both_ends_past_white_space(text: str, start: int, end: int) -> None:
    layout = Layout.of(clean(text))
    source = layout.text
    lo, hi = min(start, len(source)), min(end, len(source))
    expected_lo, expected_hi = lo, hi
    while expected_lo < expected_hi and source[expected_lo].isspace():
        expected_lo += 1
    while expected_hi > expected_lo and source[expected_hi - 1].isspace():
        expected_hi -= 1
    piece = layout.trim(lo, hi)
    assert (piece.text, piece.start, piece.end) == (
        source[expected_lo:expected_hi],
        expected_lo,
        expected_hi,
    )


_CLOSING_PIECES = ["Nơi nhận:", "NOI NHAN", "Nci nhan:", "TM. ỦY BAN", "T/M UBND", "KT. CHỦ TỊCH"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "- ", "* ", "•", "\t"]),
            st.sampled_from(
                [*_CLOSING_PIECES, "TL. BỘ", "TUQ. GĐ", "Q. GIÁM ĐỐC", "K/T CT", "Theo", "", "x"]
            ),
            st.sampled_from(["", " ", " TM. SỞ Y TẾ", " nội dung"]),
        ),
        max_size=10,
    )
)
def test_closing_lines_are_those_the_line_test_accepts(lines: list[tuple[str, str, str]]) -> None:
    layout = Layout.of(clean("\n".join("".join(parts) for parts in lines)))
    every = [i for i in range(len(layout)) if is_closing_line(layout, i)]
    assert list(closing_lines(layout)) == every
    if len(layout) > 2:
        assert list(closing_lines(layout, 1, len(layout) - 1)) == [
            i for i in every if 1 <= i < len(layout) - 1
        ]


@given(
    st.lists(
        st.sampled_from(
            ["+---+", "+===+---+", "+-+", "--- ---", "---", "- ", "+ ", "|a|", " ", "x"]
        ),
        max_size=12,
    ).map("\n".join)
)
def test_every_table_border_and_ruler_is_a_candidate(source: str) -> None:
    lines, candidates = _table_candidates(source)
    opening = [
        i
        for i, (start, end) in enumerate(_lines_of(source))
        if _GRID_BORDER.match(source, start, end) or _RULER.match(source, start, end)
    ]
    assert set(opening) <= set(candidates)
    assert not candidates or lines == _lines_of(source)


def _lines_of(source: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in source.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@given(
    st.lists(
        st.sampled_from(
            ["Hà Nội, ngày ", "ĐẢNG ", "ữ", "a", "\x00", "≥", "中", "😀", "\u0301", "—"]
        ),
        max_size=120,
    ).map("".join)
    | st.text(max_size=400)
)
def test_fold_by_codec_is_fold_by_translate(text: str) -> None:
    assert fold(text) == text.translate(_FOLD_LIST)
    assert len(fold(text)) == len(text)


_MARKED = st.lists(
    st.sampled_from(
        [
            *"*_-=#|\\!&<>[](){}^\r\n\t \f",
            "a",
            "Đ",
            "Ð",
            "\u00a0",
            "\u200b",
            "1",
            "**",
            "\\*",
            "<br>",
            "<!-- x -->",
            "&amp;",
            "&nbsp;",
            "![a](b)",
            "[a](b)",
            "_{2}",
            "^(3)",
            "---",
            "# ",
        ]
    ),
    max_size=40,
).map("".join)


@given(_MARKED | st.text(), st.integers(0, 50), st.integers(0, 50))
def test_markup_is_matched_where_the_whole_alternation_finds_it(
    source: str, lo: int, hi: int
) -> None:
    lo, hi = min(lo, len(source)), min(max(lo, hi), len(source))
    found = [(m.span(), m.lastgroup) for m in markup_matches(source, lo, hi)]
    assert found == [(m.span(), m.lastgroup) for m in _MARKUP.finditer(source, lo, hi)]


# Found by comparing the fast paths with the code they replaced, in separate processes.
def test_a_lead_after_an_unevenly_spaced_intro_is_found() -> None:
    tree = directive_tree(Directive("1", "Nội dung:\na) Đề  nghị Sở Y tế chủ trì thực hiện."))
    assert [c.lead for c in tree.children] == ["Sở Y tế"]


def test_a_number_line_with_a_long_s_is_read() -> None:
    (doc,) = parse("ſố: 12/CT-UBND")
    assert doc.code is not None
    assert doc.code.code == "12/CT-UBND"


def _kind_by_walking_names(title: str, extra_words: int | None) -> str | None:
    key = vocab._key(title)
    names = sorted(vocab._TITLES.items(), key=lambda item: -len(item[0]))
    for name, slug in names:
        if (key == name or key.startswith(name + " ")) and (
            extra_words is None or len(key[len(name) :].split()) <= extra_words
        ):
            return slug
    spaced = [name for name, _ in names if name.replace(" ", "") == key.replace(" ", "")]
    return vocab._TITLES[spaced[0]] if spaced and " " in key else None


_TITLE_WORDS = sorted({w for t in vocab.DOC_TYPES for w in t.name.split()} | {"KẾT", "LUẬN", "x"})


@given(
    st.builds(
        lambda name, more: " ".join([name, *more]),
        st.sampled_from([t.name for t in vocab.DOC_TYPES]),
        st.lists(st.sampled_from(_TITLE_WORDS), max_size=4),
    )
    | st.sampled_from([t.name for t in vocab.DOC_TYPES]).map(lambda n: " ".join(n.replace(" ", "")))
    | st.lists(st.sampled_from(_TITLE_WORDS), max_size=6).map(" ".join)
    | st.text(max_size=30),
    st.none() | st.integers(0, 3),
)
def test_a_title_is_typed_by_the_longest_name_it_starts_with(
    title: str, extra_words: int | None
) -> None:
    assert vocab.kind_from_title(title, extra_words=extra_words) == _kind_by_walking_names(
        title, extra_words
    )
